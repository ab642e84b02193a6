#include "PkiTestTools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <sys/stat.h>

namespace sbs::test {

ProcessResult runProcess(const QString& program, const QStringList& arguments, const QString& workDir,
                         const QByteArray& input, const QProcessEnvironment& environment, int timeoutMs)
{
    ProcessResult result;
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "timed out: " + process.readAllStandardError();
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList listTree(const QString& root)
{
    QStringList entries;
    const QDir dir(root);
    const auto filter = QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System;
    for (const QFileInfo& info : dir.entryInfoList(filter, QDir::Name)) {
        entries << info.fileName();
        if (info.isDir() && !info.isSymLink()) {
            for (const QString& child : listTree(info.filePath()))
                entries << info.fileName() + QLatin1Char('/') + child;
        }
    }
    return entries;
}

int fileMode(const QString& path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

bool writeConfig(const QString& path, const QJsonObject& config)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QJsonDocument(config).toJson(QJsonDocument::Indented)) > 0;
}

QString makeOpensslCa(const QString& dir, const QString& name, const QStringList& extensions, int days)
{
    QStringList arguments
        = { QStringLiteral("req"),     QStringLiteral("-x509"),
            QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"),  QStringLiteral("-sha256"),
            QStringLiteral("-days"),   QString::number(days),
            QStringLiteral("-subj"),   QStringLiteral("/O=Test/CN=%1").arg(name),
            QStringLiteral("-keyout"), QDir(dir).filePath(name + QStringLiteral("-key.pem")),
            QStringLiteral("-out"),    QDir(dir).filePath(name + QStringLiteral(".pem")) };
    for (const QString& extension : extensions)
        arguments << QStringLiteral("-addext") << extension;
    const ProcessResult result = runProcess(QStringLiteral("openssl"), arguments, dir);
    return result.ok() ? QString() : QString::fromUtf8(result.text());
}

GpgHome::GpgHome()
{
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

GpgHome::~GpgHome()
{
    if (m_dir.isValid())
        runProcess(QStringLiteral("gpgconf"), { QStringLiteral("--kill"), QStringLiteral("all") }, QString(),
                   QByteArray(), environment(), 20000);
}

QProcessEnvironment GpgHome::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GNUPGHOME"), m_dir.path());
    return environment;
}

ProcessResult GpgHome::gpg(const QStringList& arguments, const QByteArray& input)
{
    return runProcess(QStringLiteral("gpg"),
                      QStringList { QStringLiteral("--batch"), QStringLiteral("--pinentry-mode"),
                                    QStringLiteral("loopback"), QStringLiteral("--passphrase"), QString() }
                          + arguments,
                      QString(), input, environment());
}

ProcessResult GpgHome::generateKey(const QString& userId)
{
    return gpg({ QStringLiteral("--quick-gen-key"), userId, QStringLiteral("default"),
                 QStringLiteral("default"), QStringLiteral("never") });
}

ProcessResult GpgHome::exportPublicKey(const QString& userId, bool armour)
{
    QStringList arguments;
    if (armour)
        arguments << QStringLiteral("--armor");
    return gpg(arguments << QStringLiteral("--export") << userId);
}

ProcessResult GpgHome::exportSecretKey(const QString& userId)
{
    return gpg({ QStringLiteral("--armor"), QStringLiteral("--export-secret-keys"), userId });
}

ProcessResult GpgHome::decrypt(const QByteArray& message)
{
    return gpg({ QStringLiteral("--decrypt") }, message);
}

} // namespace sbs::test
