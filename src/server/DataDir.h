#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sbs::server {

// The server's data folder (mode 0700). Layout:
//   config.json    the build configuration of the last init/update (0600; holds secrets)
//   status.json    the build status record (0600)
//   logs/          build.log and the other logs GET /log/<name> serves
//   workspace/     the clone of the current build
//   gnupg/         the OpenPGP home with the image signing key
//   platform-gnupg/  the OpenPGP home with the platform key SERVER_KEY may be encrypted to
//   keys/          manifest-key.pem, the manifest signing key
//   builds/<build name>/  build.json and manifest.<build name>.sig.tbz of each successful build
class DataDir
{
    Q_DECLARE_TR_FUNCTIONS(DataDir)

public:
    // Creates the folder and its subfolders, or tightens an existing one to 0700.
    static Result<DataDir> open(const QString& path);

    const QString& path() const { return m_path; }
    QString filePath(const QString& name) const;
    QString configPath() const { return filePath(QStringLiteral("config.json")); }
    QString statusPath() const { return filePath(QStringLiteral("status.json")); }
    QString logsDir() const { return filePath(QStringLiteral("logs")); }
    QString workspaceDir() const { return filePath(QStringLiteral("workspace")); }
    QString gnupgDir() const { return filePath(QStringLiteral("gnupg")); }
    QString platformGnupgDir() const { return filePath(QStringLiteral("platform-gnupg")); }
    QString manifestKeyPath() const { return filePath(QStringLiteral("keys/manifest-key.pem")); }
    QString buildsDir() const { return filePath(QStringLiteral("builds")); }

    // Atomic write, mode 0600.
    static Status writeFile(const QString& path, const QByteArray& bytes);
    // A JSON object from path; an empty object when the file does not exist.
    static Result<QJsonObject> readObject(const QString& path);
    // Creates a folder (and parents) and sets it to 0700.
    static Status makePrivateDir(const QString& path);

private:
    explicit DataDir(QString path);
    QString m_path;
};

} // namespace sbs::server
