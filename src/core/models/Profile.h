#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>

namespace sbs::models {

// A server profile: one sbs-config.json and the working folder where its certificate files
// live (by default the config's folder, DESIGN.md "Data flow").
struct Profile
{
    QString configPath; // absolute
    QString workDir; // absolute

    static Profile forConfig(const QString& configPath, const QString& workDir = QString())
    {
        const QFileInfo info(configPath);
        return { info.absoluteFilePath(),
                 workDir.isEmpty() ? info.absolutePath() : QDir(workDir).absolutePath() };
    }
    bool isValid() const { return !configPath.isEmpty(); }
    // The name shown in the sidebar: the config's folder name, or its file name when that is not
    // the usual sbs-config.json.
    QString displayName() const
    {
        const QFileInfo info(configPath);
        if (info.fileName() == QLatin1String("sbs-config.json"))
            return info.dir().dirName();
        return info.completeBaseName();
    }
    bool operator==(const Profile& other) const { return configPath == other.configPath; }
    bool operator!=(const Profile& other) const { return !(*this == other); }
};

} // namespace sbs::models
