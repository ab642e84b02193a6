#pragma once

#include "PkiTestTools.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sbs::test {

// The UUID the sbsctl tests put in sbs-config.json, and the default-layout names it gives.
QString sbsctlTestUuid();
QString defaultClientFile(); // .container-<UUID>
QString defaultCertDir(); // .container-<UUID>.d

// Runs the built sbsctl with workDir as its current directory (its working folder).
ProcessResult runSbsctl(const QString& workDir, const QStringList& arguments);

QJsonObject readJson(const QString& path);
// The names of <name>.<UTC %Y-%m-%d_%H-%M-%S.%f> backups of name in dir.
QStringList backupsOf(const QString& dir, const QString& name);
// The decoded value of KEY: "base64" in instance-env's YAML output, or empty.
QByteArray yamlValue(const QByteArray& yaml, const QByteArray& key);

} // namespace sbs::test
