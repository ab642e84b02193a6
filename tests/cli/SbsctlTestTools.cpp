#include "SbsctlTestTools.h"

#include "TestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sbs::test {

QString sbsctlTestUuid()
{
    return QStringLiteral("d2c1b0a9-6666-4e5f-8a7b-6c5d4e3f2a1b");
}

QString defaultClientFile()
{
    return QStringLiteral(".container-") + sbsctlTestUuid();
}

QString defaultCertDir()
{
    return defaultClientFile() + QStringLiteral(".d");
}

ProcessResult runSbsctl(const QString& workDir, const QStringList& arguments)
{
    return runProcess(binPath(QStringLiteral("sbsctl")), arguments, workDir);
}

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

QStringList backupsOf(const QString& dir, const QString& name)
{
    static const QRegularExpression suffix(
        QStringLiteral("\\.\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d\\.\\d{6}$"));
    QStringList result;
    for (const QString& entry : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        if (entry.startsWith(name + QLatin1Char('.')) && suffix.match(entry).hasMatch())
            result << entry;
    }
    return result;
}

QByteArray yamlValue(const QByteArray& yaml, const QByteArray& key)
{
    for (const QByteArray& line : yaml.split('\n')) {
        if (line.startsWith(key + ": \"") && line.endsWith('"'))
            return QByteArray::fromBase64(line.mid(key.size() + 3, line.size() - key.size() - 4));
    }
    return {};
}

} // namespace sbs::test
