#pragma once

#include <QByteArray>
#include <QString>

namespace sbs::test {

// tests/fixtures/<name> in the source tree.
QString fixturePath(const QString& name);
// The build tree's bin/ folder (sbs-desktop, sbsctl, sbs-server).
QString binPath(const QString& program);

QByteArray readAll(const QString& path);
// Writes bytes to path, creating folders; returns false on failure.
bool writeFile(const QString& path, const QByteArray& bytes);

} // namespace sbs::test
