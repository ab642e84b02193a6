#include "ServerTls.h"

#include "OpenPgpHome.h"
#include "ServerOptions.h"
#include "pki/Certificate.h"
#include "pki/PrivateKey.h"
#include "pki/SecretBytes.h"

#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>

namespace sbs::server {

Result<QSslConfiguration> ServerTls::configuration(const ServerOptions& options)
{
    using R = Result<QSslConfiguration>;
    auto ca = pki::Certificate::fromPem(options.clientCaPem, options.clientCaSource);
    if (!ca)
        return R::fail(ca.error());
    if (!ca->isCa())
        return R::fail(tr("%1 is not a CA certificate").arg(options.clientCaSource));
    auto cert = pki::Certificate::fromPem(options.serverCertPem, options.serverCertSource);
    if (!cert)
        return R::fail(cert.error());
    auto key = pki::PrivateKey::fromPem(options.serverKeyPem, options.serverKeySource);
    if (!key)
        return R::fail(key.error());
    if (!cert->matches(key.value()))
        return R::fail(tr("the server key (%1) does not belong to the server certificate (%2)")
                           .arg(options.serverKeySource, options.serverCertSource));
    const Status chained
        = cert->verify(ca.value(), pki::Certificate::Purpose::TlsServer, QDateTime::currentDateTimeUtc());
    if (!chained)
        return R::fail(tr("the server certificate (%1) is not valid under the client CA (%2): %3")
                           .arg(options.serverCertSource, options.clientCaSource, chained.error()));

    auto keyPem = key->toPem();
    if (!keyPem)
        return R::fail(keyPem.error());
    const QSsl::KeyAlgorithm algorithm = key->info().algorithm == QLatin1String("EC") ? QSsl::Ec : QSsl::Rsa;
    const QSslKey sslKey(keyPem->bytes(), algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (sslKey.isNull())
        return R::fail(
            tr("the server key (%1) is of a kind TLS cannot use here").arg(options.serverKeySource));

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(cert->toPem()));
    config.setPrivateKey(sslKey);
    config.setCaCertificates({ QSslCertificate(ca->toPem()) });
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return R::ok(config);
}

Status ServerTls::unwrapServerKey(ServerOptions& options, const QString& platformHome)
{
    if (!options.serverKeyPem.trimmed().startsWith("-----BEGIN PGP MESSAGE-----"))
        return Status::ok();
    const OpenPgpHome platform(platformHome, OpenPgpHome::Purpose::Platform);
    auto pem = platform.decrypt(options.serverKeyPem);
    if (!pem)
        return Status::fail(tr("%1 is encrypted, but not to this server's platform key: %2")
                                .arg(options.serverKeySource, pem.error()));
    pki::SecretBytes::wipe(options.serverKeyPem);
    options.serverKeyPem = pem.value();
    return Status::ok();
}

} // namespace sbs::server
