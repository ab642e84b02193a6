#include "pki/CertificateAuthority.h"

#include "pki/OpenSslError.h"
#include "pki/OpenSslHandles.h"

#include <openssl/rand.h>
#include <utility>

namespace sbs::pki {

namespace {

// A positive random serial of up to 127 bits (RFC 5280 allows 20 octets; 64 random bits are
// the CA/Browser Forum's minimum).
bool setRandomSerial(X509* cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f; // positive
    bytes[0] |= 0x40; // and always 16 octets long, never zero
    BignumPtr number(BN_bin2bn(bytes, sizeof bytes, nullptr));
    OPENSSL_cleanse(bytes, sizeof bytes);
    if (!number)
        return false;
    Asn1IntegerPtr serial(BN_to_ASN1_INTEGER(number.get(), nullptr));
    return serial && X509_set_serialNumber(cert, serial.get());
}

bool setValidity(X509* cert, const CertificateValidity& validity, CertificateKind kind)
{
    const QDateTime start
        = validity.notBefore.isValid() ? validity.notBefore : QDateTime::currentDateTimeUtc();
    const int days = validity.days != 0 ? validity.days : CertificateProfile::validityDays(kind);
    const time_t from = time_t(start.toSecsSinceEpoch());
    const time_t until = time_t(start.addDays(days).toSecsSinceEpoch());
    return ASN1_TIME_set(X509_getm_notBefore(cert), from) && ASN1_TIME_set(X509_getm_notAfter(cert), until);
}

bool setCommonName(X509_NAME* name, const QString& commonName)
{
    const QByteArray cn = commonName.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(cn.constData()), int(cn.size()),
                                      -1, 0);
}

} // namespace

CertificateAuthority::CertificateAuthority(Certificate cert, PrivateKey key)
    : m_cert(std::move(cert))
    , m_key(std::move(key))
{ }

Result<CertificateAuthority> CertificateAuthority::create(const QString& commonName, KeyType keyType,
                                                          const CertificateValidity& validity)
{
    Result<PrivateKey> key = PrivateKey::generate(keyType);
    if (!key)
        return Result<CertificateAuthority>::fail(key.error());
    return create(commonName, key.value(), validity);
}

Result<CertificateAuthority> CertificateAuthority::create(const QString& commonName, const PrivateKey& key,
                                                          const CertificateValidity& validity)
{
    using R = Result<CertificateAuthority>;
    OpenSslError::clear();
    X509Ptr cert(X509_new());
    if (!cert || !X509_set_version(cert.get(), X509_VERSION_3) || !setRandomSerial(cert.get()))
        return R::fail(tr("Creating the CA certificate failed (%1).").arg(OpenSslError::take()));
    if (!setCommonName(X509_get_subject_name(cert.get()), commonName))
        return R::fail(tr("The CA name \"%1\" cannot be used (%2); choose a shorter CONTAINER_NAME.")
                           .arg(commonName, OpenSslError::take()));
    if (!X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()))
        || !setValidity(cert.get(), validity, CertificateKind::Ca)
        || !X509_set_pubkey(cert.get(), key.handle()))
        return R::fail(tr("Creating the CA certificate failed (%1).").arg(OpenSslError::take()));
    const Status extensions
        = CertificateProfile::addExtensions(cert.get(), cert.get(), CertificateKind::Ca, {});
    if (!extensions)
        return R::fail(extensions.error());
    if (!X509_sign(cert.get(), key.handle(), EVP_sha256()))
        return R::fail(tr("Signing the CA certificate failed (%1).").arg(OpenSslError::take()));
    return R::ok(CertificateAuthority(Certificate::adopt(cert.release()), key));
}

Result<CertificateAuthority> CertificateAuthority::load(const QString& certPath, const QString& keyPath,
                                                        const QDateTime& now)
{
    using R = Result<CertificateAuthority>;
    const Result<Certificate> cert = Certificate::load(certPath, tr("CA certificate (CAPATH)"));
    if (!cert)
        return R::fail(cert.error());
    const Result<PrivateKey> key = PrivateKey::load(keyPath, tr("CA key (CAKEYPATH)"));
    if (!key)
        return R::fail(key.error());
    return fromParts(cert.value(), key.value(), certPath, keyPath, now);
}

Result<CertificateAuthority> CertificateAuthority::fromParts(const Certificate& cert, const PrivateKey& key,
                                                             const QString& certName, const QString& keyName,
                                                             const QDateTime& now)
{
    using R = Result<CertificateAuthority>;
    if (!cert.isCa())
        return R::fail(
            tr("%1 is not a CA certificate (basicConstraints CA:TRUE is missing); give the certificate "
               "of a certificate authority.")
                .arg(certName));
    if (cert.hasExtension(NID_key_usage) && !cert.keyUsage().contains(QLatin1String("keyCertSign")))
        return R::fail(
            tr("%1 may not sign certificates (its keyUsage lacks keyCertSign); give a CA certificate "
               "that allows it.")
                .arg(certName));
    const QDateTime notAfter = cert.notAfter();
    if (now > notAfter)
        return R::fail(tr("The CA certificate %1 expired on %2; create a new CA (delete-certificates, then "
                          "create-client-cert) or give one that is valid.")
                           .arg(certName, notAfter.toString(Qt::ISODate)));
    if (now < cert.notBefore())
        return R::fail(tr("The CA certificate %1 is not valid before %2; check the computer's clock.")
                           .arg(certName, cert.notBefore().toString(Qt::ISODate)));
    if (!cert.matches(key))
        return R::fail(
            tr("%1 is not the key of the CA certificate %2; give the matching key.").arg(keyName, certName));
    return R::ok(CertificateAuthority(cert, key));
}

Result<Certificate> CertificateAuthority::issue(const CertificateRequest& request, CertificateKind kind,
                                                const std::optional<HostName>& host,
                                                const CertificateValidity& validity) const
{
    using R = Result<Certificate>;
    if (kind == CertificateKind::Ca)
        return R::fail(tr("This CA issues client and server certificates only."));
    if (request.isNull() || !request.hasValidSignature())
        return R::fail(tr("The certificate request is not signed by its own key; create a new request."));
    if (kind == CertificateKind::Server && !host)
        return R::fail(tr("A server certificate needs the server's HOSTNAME."));

    OpenSslError::clear();
    X509Ptr cert(X509_new());
    EVP_PKEY* publicKey = X509_REQ_get0_pubkey(request.handle());
    if (!cert || !publicKey || !X509_set_version(cert.get(), X509_VERSION_3) || !setRandomSerial(cert.get())
        || !X509_set_subject_name(cert.get(), X509_REQ_get_subject_name(request.handle()))
        || !X509_set_issuer_name(cert.get(), X509_get_subject_name(m_cert.handle()))
        || !setValidity(cert.get(), validity, kind) || !X509_set_pubkey(cert.get(), publicKey))
        return R::fail(tr("Creating the certificate failed (%1).").arg(OpenSslError::take()));
    const Status extensions = CertificateProfile::addExtensions(cert.get(), m_cert.handle(), kind, host);
    if (!extensions)
        return R::fail(extensions.error());
    if (!X509_sign(cert.get(), m_key.handle(), EVP_sha256()))
        return R::fail(tr("Signing the certificate failed (%1).").arg(OpenSslError::take()));
    return R::ok(Certificate::adopt(cert.release()));
}

} // namespace sbs::pki
