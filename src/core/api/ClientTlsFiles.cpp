#include "api/ClientTlsFiles.h"

#include "api/SbsClient.h"
#include "pki/Certificate.h"
#include "pki/PrivateKey.h"
#include "pki/SecretBytes.h"

#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>

namespace sbs::api {

namespace {

constexpr qint64 MaxFileSize = 1024 * 1024;

// Reads a small PEM file. what is e.g. "the client certificate and key file"; setting names the
// configuration key; missingAdvice says what to do when it is not there.
Result<QByteArray> readPemFile(const QString& path, const QString& what, const QString& setting,
                               const QString& missingAdvice)
{
    using R = Result<QByteArray>;
    if (path.isEmpty())
        return R::fail(ClientTlsFiles::tr("no %1 is set (%2): %3").arg(what, setting, missingAdvice));
    const QFileInfo info(path);
    if (!info.exists())
        return R::fail(
            ClientTlsFiles::tr("%1 %2 (%3) does not exist: %4").arg(what, path, setting, missingAdvice));
    if (info.isDir())
        return R::fail(ClientTlsFiles::tr("%1 (%2) is a folder, not %3: give the path of the file")
                           .arg(path, setting, what));
    if (info.size() > MaxFileSize)
        return R::fail(ClientTlsFiles::tr("%1 (%2) is larger than 1 MiB and cannot be %3: check %2")
                           .arg(path, setting, what));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::fail(ClientTlsFiles::tr("cannot read %1 (%2): %3: check its permissions")
                           .arg(path, setting, file.errorString()));
    QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return R::fail(ClientTlsFiles::tr("%1 (%2) is empty: it should hold %3").arg(path, setting, what));
    return R::ok(bytes);
}

bool hasPrivateKeyBlock(const QByteArray& pem)
{
    return pem.contains("-----BEGIN PRIVATE KEY-----") || pem.contains("-----BEGIN RSA PRIVATE KEY-----")
        || pem.contains("-----BEGIN EC PRIVATE KEY-----")
        || pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----");
}

} // namespace

Result<ClientTlsFiles> ClientTlsFiles::load(const Endpoint& endpoint)
{
    using R = Result<ClientTlsFiles>;
    const QString clientSetting = QStringLiteral("CLIENT_CRT_KEY");
    const QString& clientPath = endpoint.clientCertKeyPath;
    auto combined = readPemFile(clientPath, tr("the client certificate and key file"), clientSetting,
                                tr("run create-client-cert first"));
    if (!combined)
        return R::fail(combined.error());
    QByteArray& bytes = combined.value();
    const QString clientName = tr("%1 (CLIENT_CRT_KEY)").arg(clientPath);

    if (!bytes.contains("-----BEGIN CERTIFICATE-----")) {
        pki::SecretBytes::wipe(bytes);
        return R::fail(
            tr("%1 holds no certificate: it should hold the client certificate followed by its private "
               "key")
                .arg(clientName));
    }
    auto cert = pki::Certificate::fromPem(bytes, clientName);
    if (!cert) {
        pki::SecretBytes::wipe(bytes);
        return R::fail(cert.error());
    }
    if (!hasPrivateKeyBlock(bytes.mid(bytes.indexOf("-----BEGIN CERTIFICATE-----")))) {
        pki::SecretBytes::wipe(bytes);
        return R::fail(
            tr("%1: no private key after the certificate: the file should hold the client certificate "
               "followed by its private key")
                .arg(clientName));
    }
    auto key = pki::PrivateKey::fromPem(bytes, clientName);
    pki::SecretBytes::wipe(bytes);
    if (!key)
        return R::fail(key.error());
    if (!cert->matches(key.value()))
        return R::fail(
            tr("the private key in %1 does not belong to the certificate before it: create the client "
               "certificate again")
                .arg(clientName));
    const QString algorithm = key->info().algorithm;
    if (algorithm != QLatin1String("RSA") && algorithm != QLatin1String("EC"))
        return R::fail(
            tr("%1 holds a %2 key, but TLS here needs an RSA or EC key: create the client certificate "
               "again")
                .arg(clientName, algorithm));
    auto keyPem = key->toPem();
    if (!keyPem)
        return R::fail(tr("%1: %2").arg(clientName, keyPem.error()));
    const QSslKey sslKey(keyPem->bytes(), algorithm == QLatin1String("EC") ? QSsl::Ec : QSsl::Rsa, QSsl::Pem,
                         QSsl::PrivateKey);
    const QSslCertificate sslCert(cert->toPem(), QSsl::Pem);
    if (sslKey.isNull() || sslCert.isNull())
        return R::fail(tr("%1 cannot be used for TLS: create the client certificate again").arg(clientName));

    auto caBytes
        = readPemFile(endpoint.caPath, tr("the CA certificate"), QStringLiteral("CAPATH"),
                      tr("run create-client-cert first, or set CAPATH to the CA that signed the server "
                         "certificate"));
    if (!caBytes)
        return R::fail(caBytes.error());
    QList<QSslCertificate> cas;
    for (const QSslCertificate& ca : QSslCertificate::fromData(caBytes.value(), QSsl::Pem)) {
        if (!ca.isNull())
            cas.append(ca);
    }
    if (cas.isEmpty())
        return R::fail(
            tr("%1 (CAPATH) holds no readable certificate: give the PEM file of the CA that signed the "
               "server certificate")
                .arg(endpoint.caPath));

    ClientTlsFiles files;
    QSslConfiguration& tls = files.m_configuration;
    tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(cas); // only the profile's CA, never the system store
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setLocalCertificate(sslCert);
    tls.setPrivateKey(sslKey);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    files.m_notBefore = cert->notBefore();
    files.m_notAfter = cert->notAfter();
    return R::ok(files);
}

} // namespace sbs::api
