#include "OpenPgpHome.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace sbs::server {

namespace {

constexpr int GpgTimeoutMs = 30000;

} // namespace

OpenPgpHome::OpenPgpHome(QString gnupgHome, Purpose purpose)
    : m_home(std::move(gnupgHome))
    , m_purpose(purpose)
{ }

OpenPgpHome::~OpenPgpHome()
{
    stopAgent();
}

void OpenPgpHome::stopAgent() const
{
    QProcess gpgconf;
    gpgconf.start(QStringLiteral("gpgconf"), { "--homedir", m_home, "--kill", "gpg-agent" });
    gpgconf.waitForFinished(GpgTimeoutMs);
}

QStringList OpenPgpHome::generateCommand() const
{
    const QStringList common { "gpg",      "--homedir",    m_home, "--batch",        "--pinentry-mode",
                               "loopback", "--passphrase", "",     "--quick-gen-key" };
    if (m_purpose == Purpose::ImageSigning)
        return common
            + QStringList { "SBS Server image signing key <sbs-server@localhost>", "rsa3072", "sign",
                            "never" };
    // A signing primary key with an encryption subkey, as instance-env expects of a platform key.
    return common
        + QStringList { "SBS Server platform key <sbs-server@localhost>", "default", "default", "never" };
}

Status OpenPgpHome::ensureKey() const
{
    auto fpr = fingerprint();
    if (!fpr)
        return Status::fail(fpr.error());
    if (!fpr->isEmpty())
        return Status::ok();
    auto made = runGpg(generateCommand().mid(4));
    if (!made)
        return Status::fail(made.error());
    return Status::ok();
}

Result<QByteArray> OpenPgpHome::decrypt(const QByteArray& armoredMessage) const
{
    auto plain = runGpg({ "--pinentry-mode", "loopback", "--passphrase", "", "--decrypt" }, armoredMessage);
    if (!plain)
        return Result<QByteArray>::fail(
            tr("cannot decrypt with the key in %1: %2").arg(m_home, plain.error()));
    return plain;
}

Result<QByteArray> OpenPgpHome::runGpg(const QStringList& arguments, const QByteArray& input) const
{
    QProcess gpg;
    if (input.isEmpty())
        gpg.setStandardInputFile(QProcess::nullDevice());
    gpg.start(QStringLiteral("gpg"), QStringList { "--homedir", m_home, "--batch" } + arguments);
    if (!input.isEmpty()) {
        gpg.write(input);
        gpg.closeWriteChannel();
    }
    if (!gpg.waitForFinished(GpgTimeoutMs) || gpg.exitStatus() != QProcess::NormalExit || gpg.exitCode() != 0)
        return Result<QByteArray>::fail(
            tr("gpg %1 failed: %2")
                .arg(arguments.first(), QString::fromUtf8(gpg.readAllStandardError()).trimmed()));
    return Result<QByteArray>::ok(gpg.readAllStandardOutput());
}

Result<QString> OpenPgpHome::fingerprint() const
{
    auto listing = runGpg({ "--with-colons", "--list-secret-keys" });
    if (!listing)
        return Result<QString>::fail(listing.error());
    for (const QByteArray& line : listing->split('\n')) {
        if (line.startsWith("fpr:")) {
            const QList<QByteArray> fields = line.split(':');
            if (fields.size() > 9)
                return Result<QString>::ok(QString::fromLatin1(fields.at(9)));
        }
    }
    return Result<QString>::ok(QString());
}

Result<QString> OpenPgpHome::publicKeyArmored() const
{
    auto fpr = fingerprint();
    if (!fpr)
        return fpr;
    if (fpr->isEmpty())
        return Result<QString>::fail(
            m_purpose == Purpose::ImageSigning
                ? tr("there is no image signing key yet: it is made by the first build")
                : tr("there is no platform key in %1").arg(m_home));
    auto key = runGpg({ "--armor", "--export", fpr.value() });
    if (!key)
        return Result<QString>::fail(key.error());
    return Result<QString>::ok(QString::fromLatin1(key.value()));
}

Result<QByteArray> OpenPgpHome::exportSecretKey() const
{
    auto fpr = fingerprint();
    if (!fpr)
        return Result<QByteArray>::fail(fpr.error());
    if (fpr->isEmpty())
        return Result<QByteArray>::ok(QByteArray());
    return runGpg({ "--pinentry-mode", "loopback", "--passphrase", "", "--armor", "--export-secret-keys",
                    fpr.value() });
}

Status OpenPgpHome::replaceKey(const QByteArray& armoredSecretKey) const
{
    stopAgent();
    QDir home(m_home);
    if (!home.removeRecursively() || !QDir().mkpath(m_home)
        || !QFile::setPermissions(m_home,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Status::fail(tr("cannot reset the OpenPGP home %1").arg(m_home));
    if (armoredSecretKey.isEmpty())
        return Status::ok();
    auto imported
        = runGpg({ "--pinentry-mode", "loopback", "--passphrase", "", "--import" }, armoredSecretKey);
    if (!imported)
        return Status::fail(imported.error());
    return Status::ok();
}

} // namespace sbs::server
