#pragma once

#include "PkiTestTools.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace sbs::test {

// The working folder of an sbsctl test: a fresh temporary folder for each test function, sbsctl
// run in it and its sbs-config.json. A test class inherits it after QObject and calls
// resetWorkFolder() from init().
class SbsctlWorkFolder
{
protected:
    // Replaces the folder with a new, empty one; false when it cannot be made.
    bool resetWorkFolder();

    QString workDir() const;
    QString path(const QString& name) const;
    // Runs the built sbsctl in the folder.
    ProcessResult sbsctl(const QStringList& arguments) const;
    // Writes config as the folder's sbs-config.json.
    bool writeConfig(const QJsonObject& config) const;

private:
    std::unique_ptr<QTemporaryDir> m_work;
};

} // namespace sbs::test
