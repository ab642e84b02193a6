#include "contract/InstanceEnv.h"

#include "config/ConfigRules.h"
#include "pki/CertificateSet.h"
#include "pki/OpenPgpEncryptor.h"
#include "pki/SecretBytes.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sbs::contract {

namespace {

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

QString InstanceEnv::pgpKeyPath(const config::ConfigDocument& doc, const QString& workDir,
                                const QString& overridePath)
{
    const QString value
        = !overridePath.isEmpty() ? overridePath : doc.string(QStringLiteral("HPVS_PUBLIC_KEY_FILE"));
    if (value.trimmed().isEmpty())
        return {};
    return config::resolvePath(value.trimmed(), workDir);
}

Status InstanceEnv::checkOptions(const Options& options, const QString& configName)
{
    if (options.plainServerKey || !options.pgpPublicKeyPath.isEmpty())
        return Status::ok();
    return Status::fail(
        tr("SERVER_KEY must be encrypted to the platform's OpenPGP public key, and none is named; "
           "set HPVS_PUBLIC_KEY_FILE in %1 or give --pgp-public-key FILE.")
            .arg(configName));
}

Result<InstanceEnv> InstanceEnv::build(const pki::CertificateLayout& layout, const Options& options)
{
    using R = Result<InstanceEnv>;
    using pki::CertificateSet;
    const Status usable = checkOptions(options, layout.configName());
    if (!usable)
        return R::fail(usable.error());

    const Result<pki::Certificate> ca = CertificateSet::loadCaCertificate(layout);
    if (!ca)
        return R::fail(ca.error());
    const Result<CertificateSet::Pair> client = CertificateSet::loadClient(layout, ca.value());
    if (!client)
        return R::fail(client.error());
    const Result<CertificateSet::Pair> server = CertificateSet::loadServer(layout, ca.value());
    if (!server)
        return R::fail(server.error());

    Result<pki::SecretBytes> keyPem = server->key.toPem();
    if (!keyPem)
        return R::fail(keyPem.error());
    QString serverKey;
    if (options.plainServerKey) {
        serverKey = base64(keyPem->bytes());
    } else {
        const Result<QByteArray> armoured
            = pki::OpenPgpEncryptor::encryptToKeyFile(options.pgpPublicKeyPath, keyPem->bytes());
        if (!armoured)
            return R::fail(armoured.error());
        serverKey = base64(armoured.value());
    }

    InstanceEnv env;
    env.m_values = {
        { QStringLiteral("CLIENT_CRT"), base64(client->certificate.toPem()) },
        { QStringLiteral("CLIENT_CA"), base64(ca->toPem()) },
        { QStringLiteral("SERVER_CRT"), base64(server->certificate.toPem()) },
        { QStringLiteral("SERVER_KEY"), serverKey },
    };

    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    const QList<QPair<QString, pki::Certificate>> checked = {
        { layout.caCertPath(), ca.value() },
        { layout.clientCrtKeyPath(), client->certificate },
        { layout.serverCertPath(), server->certificate },
    };
    for (const auto& [path, cert] : checked) {
        const qint64 days = cert.info().daysLeft(now);
        if (days < 0)
            env.m_warnings
                << tr("The certificate %1 expired on %2; run renew-certs before using these values.")
                       .arg(path, cert.notAfter().toString(Qt::ISODate));
        else if (days < WarningDays)
            env.m_warnings << tr("The certificate %1 expires in %2 days (%3); run renew-certs soon.")
                                  .arg(path)
                                  .arg(days)
                                  .arg(cert.notAfter().toString(Qt::ISODate));
    }
    return R::ok(env);
}

QFuture<Result<InstanceEnv>> InstanceEnv::buildAsync(const pki::CertificateLayout& layout,
                                                     const Options& options)
{
    return QtConcurrent::run([layout, options] { return build(layout, options); });
}

QString InstanceEnv::value(const QString& key) const
{
    for (const auto& [name, value] : m_values) {
        if (name == key)
            return value;
    }
    return {};
}

QString InstanceEnv::toYaml() const
{
    QString text;
    for (const auto& [name, value] : m_values)
        text += QStringLiteral("%1: \"%2\"\n").arg(name, value);
    return text;
}

QString InstanceEnv::toDockerArgs() const
{
    QStringList parts;
    for (const auto& [name, value] : m_values)
        parts << QStringLiteral("-e %1=%2").arg(name, value);
    return parts.join(QLatin1Char(' ')) + QLatin1Char('\n');
}

QString InstanceEnv::format(const QString& runtimeType) const
{
    return runtimeType.trimmed().compare(QLatin1String("classic"), Qt::CaseInsensitive) == 0 ? toDockerArgs()
                                                                                             : toYaml();
}

} // namespace sbs::contract
