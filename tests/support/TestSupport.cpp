#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sbs::test {

QString fixturePath(const QString& name)
{
    return qEnvironmentVariable("SBS_FIXTURES", QStringLiteral(SBS_TEST_FIXTURES)) + QLatin1Char('/') + name;
}

QString binPath(const QString& program)
{
    return qEnvironmentVariable("SBS_BINARY_DIR", QStringLiteral(SBS_TEST_BINARY_DIR)) + QStringLiteral("/bin/")
        + program;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

} // namespace sbs::test
