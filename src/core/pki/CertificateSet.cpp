#include "pki/CertificateSet.h"

#include "pki/PemFile.h"

#include <QFileInfo>

namespace sbs::pki {

namespace {

bool missing(const QString& path)
{
    return !QFileInfo::exists(path);
}

} // namespace

Result<Certificate> CertificateSet::loadCaCertificate(const CertificateLayout& layout)
{
    if (layout.mode() == CertificateLayout::Mode::Default && missing(layout.caCertPath()))
        return Result<Certificate>::fail(
            tr("The client CA %1 does not exist; run create-client-cert first.").arg(layout.caCertPath()));
    const Result<Certificate> ca = Certificate::load(layout.caCertPath(), tr("CA certificate (CAPATH)"));
    if (ca && !ca->isCa())
        return Result<Certificate>::fail(
            tr("%1 is not a CA certificate (basicConstraints CA:TRUE is missing); "
               "give the certificate of a certificate authority.")
                .arg(layout.caCertPath()));
    return ca;
}

Result<CertificateAuthority> CertificateSet::loadAuthority(const CertificateLayout& layout,
                                                           const QDateTime& now)
{
    if (layout.mode() == CertificateLayout::Mode::Default && missing(layout.caCertPath()))
        return Result<CertificateAuthority>::fail(
            tr("The client CA %1 does not exist; run create-client-cert first.").arg(layout.caCertPath()));
    return CertificateAuthority::load(layout.caCertPath(), layout.caKeyPath(), now);
}

Result<CertificateSet::Pair> CertificateSet::loadClient(const CertificateLayout& layout,
                                                        const Certificate& ca)
{
    using R = Result<Pair>;
    const QString path = layout.clientCrtKeyPath();
    if (missing(path))
        return R::fail(
            tr("The client certificate file %1 does not exist; run create-client-cert first.").arg(path));
    Result<QByteArray> bytes = PemFile::read(path, tr("client certificate and key (CLIENT_CRT_KEY)"));
    if (!bytes)
        return R::fail(bytes.error());
    const Result<Certificate> cert = Certificate::fromPem(bytes.value(), path);
    const Result<PrivateKey> key = PrivateKey::fromPem(bytes.value(), path);
    SecretBytes::wipe(bytes.value());
    if (!cert)
        return R::fail(cert.error());
    if (!key)
        return R::fail(key.error());
    if (!cert->matches(key.value()))
        return R::fail(tr("%1 holds a certificate and a key that do not belong together; create the client "
                          "certificate again.")
                           .arg(path));
    const Status chain = cert->verify(ca, Certificate::Purpose::TlsClient, QDateTime());
    if (!chain)
        return R::fail(
            tr("The client certificate in %1 was not issued by the CA %2 (%3); use the matching CA or "
               "create the client certificate again.")
                .arg(path, layout.caCertPath(), chain.error()));
    return R::ok(Pair { cert.value(), key.value() });
}

Result<CertificateSet::Pair> CertificateSet::loadServer(const CertificateLayout& layout,
                                                        const Certificate& ca)
{
    using R = Result<Pair>;
    const QString certPath = layout.serverCertPath();
    if (missing(certPath))
        return R::fail(
            tr("The server certificate %1 does not exist; run create-server-cert first.").arg(certPath));
    const Result<Certificate> cert = Certificate::load(certPath, tr("server certificate (CERTPATH)"));
    if (!cert)
        return R::fail(cert.error());
    const Result<PrivateKey> key = PrivateKey::load(layout.serverKeyPath(), tr("server key"));
    if (!key)
        return R::fail(key.error());
    if (!cert->matches(key.value()))
        return R::fail(
            tr("%1 is not the key of the server certificate %2; run create-server-cert --force to make "
               "a new pair.")
                .arg(layout.serverKeyPath(), certPath));
    const Status chain = cert->verify(ca, Certificate::Purpose::TlsServer, QDateTime());
    if (!chain)
        return R::fail(
            tr("The server certificate %1 was not issued by the CA %2 (%3); run create-server-cert "
               "--force to issue a new one.")
                .arg(certPath, layout.caCertPath(), chain.error()));
    return R::ok(Pair { cert.value(), key.value() });
}

} // namespace sbs::pki
