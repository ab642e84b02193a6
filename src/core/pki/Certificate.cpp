#include "pki/Certificate.h"

#include "pki/OpenSslError.h"
#include "pki/OpenSslHandles.h"
#include "pki/PemFile.h"
#include "pki/PrivateKey.h"

#include <QDate>
#include <QHostAddress>
#include <QTime>
#include <ctime>
#include <openssl/pem.h>
#include <utility>

namespace sbs::pki {

namespace {

QString bioText(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QString::fromUtf8(data, size);
}

QString nameText(const X509_NAME* name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !name)
        return {};
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return bioText(bio.get());
}

QDateTime toDateTime(const ASN1_TIME* time)
{
    struct tm tm = {};
    if (!time || !ASN1_TIME_to_tm(time, &tm))
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString ipText(const ASN1_OCTET_STRING* ip)
{
    const unsigned char* bytes = ASN1_STRING_get0_data(ip);
    const int length = ASN1_STRING_length(ip);
    if (length == 4)
        return QHostAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8
                            | bytes[3])
            .toString();
    if (length == 16)
        return QHostAddress(bytes).toString();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), length).toHex());
}

} // namespace

Certificate::Certificate(X509* cert)
    : m_cert(cert)
{ }

Certificate::Certificate(const Certificate& other)
    : m_cert(other.m_cert)
{
    if (m_cert)
        X509_up_ref(m_cert);
}

Certificate& Certificate::operator=(const Certificate& other)
{
    if (this != &other) {
        if (other.m_cert)
            X509_up_ref(other.m_cert);
        X509_free(m_cert);
        m_cert = other.m_cert;
    }
    return *this;
}

Certificate::Certificate(Certificate&& other) noexcept
    : m_cert(std::exchange(other.m_cert, nullptr))
{ }

Certificate& Certificate::operator=(Certificate&& other) noexcept
{
    if (this != &other) {
        X509_free(m_cert);
        m_cert = std::exchange(other.m_cert, nullptr);
    }
    return *this;
}

Certificate::~Certificate()
{
    X509_free(m_cert);
}

Certificate Certificate::adopt(X509* cert)
{
    return Certificate(cert);
}

Result<Certificate> Certificate::fromPem(const QByteArray& pem, const QString& sourceName)
{
    const Status text = PemFile::checkPemText(pem, sourceName, QStringLiteral("openssl x509 -inform DER"));
    if (!text)
        return Result<Certificate>::fail(text.error());
    OpenSslError::clear();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    X509* cert = bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!cert)
        return Result<Certificate>::fail(tr("%1 holds no readable certificate (%2); give a PEM certificate.")
                                             .arg(sourceName, OpenSslError::take()));
    return Result<Certificate>::ok(Certificate(cert));
}

Result<Certificate> Certificate::load(const QString& path, const QString& what)
{
    const Result<QByteArray> bytes = PemFile::read(path, what);
    if (!bytes)
        return Result<Certificate>::fail(bytes.error());
    return fromPem(bytes.value(), path);
}

QByteArray Certificate::toPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!m_cert || !bio || !PEM_write_bio_X509(bio.get(), m_cert))
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

QString Certificate::subject() const
{
    return m_cert ? nameText(X509_get_subject_name(m_cert)) : QString();
}

QString Certificate::issuer() const
{
    return m_cert ? nameText(X509_get_issuer_name(m_cert)) : QString();
}

QString Certificate::serialHex() const
{
    if (!m_cert)
        return {};
    BignumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_cert), nullptr));
    if (!serial)
        return {};
    char* hex = BN_bn2hex(serial.get());
    const QString text = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return text;
}

QDateTime Certificate::notBefore() const
{
    return m_cert ? toDateTime(X509_get0_notBefore(m_cert)) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    return m_cert ? toDateTime(X509_get0_notAfter(m_cert)) : QDateTime();
}

QStringList Certificate::subjectAltNames() const
{
    QStringList result;
    if (!m_cert)
        return result;
    GeneralNamesPtr names(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(m_cert, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return result;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_DNS) {
            const ASN1_IA5STRING* dns = name->d.dNSName;
            result.append(QStringLiteral("DNS:")
                          + QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(dns)),
                                                ASN1_STRING_length(dns)));
        } else if (name->type == GEN_IPADD) {
            result.append(QStringLiteral("IP:") + ipText(name->d.iPAddress));
        } else if (name->type == GEN_EMAIL) {
            const ASN1_IA5STRING* mail = name->d.rfc822Name;
            result.append(QStringLiteral("email:")
                          + QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(mail)),
                                                ASN1_STRING_length(mail)));
        } else if (name->type == GEN_URI) {
            const ASN1_IA5STRING* uri = name->d.uniformResourceIdentifier;
            result.append(QStringLiteral("URI:")
                          + QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(uri)),
                                                ASN1_STRING_length(uri)));
        }
    }
    return result;
}

KeyInfo Certificate::keyInfo() const
{
    return KeyInfo::of(m_cert ? X509_get0_pubkey(m_cert) : nullptr);
}

QString Certificate::sha256Fingerprint() const
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!m_cert || !X509_digest(m_cert, EVP_sha256(), digest, &length))
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex(':').toUpper());
}

bool Certificate::isCa() const
{
    // basicConstraints CA:TRUE alone; whether the key usage allows signing is asked separately.
    return m_cert && (X509_get_extension_flags(m_cert) & EXFLAG_CA);
}

QStringList Certificate::keyUsage() const
{
    QStringList result;
    if (!m_cert || !(X509_get_extension_flags(m_cert) & EXFLAG_KUSAGE))
        return result;
    const uint32_t usage = X509_get_key_usage(m_cert);
    const std::pair<uint32_t, const char*> names[] = {
        { KU_DIGITAL_SIGNATURE, "digitalSignature" },
        { KU_NON_REPUDIATION, "nonRepudiation" },
        { KU_KEY_ENCIPHERMENT, "keyEncipherment" },
        { KU_DATA_ENCIPHERMENT, "dataEncipherment" },
        { KU_KEY_AGREEMENT, "keyAgreement" },
        { KU_KEY_CERT_SIGN, "keyCertSign" },
        { KU_CRL_SIGN, "cRLSign" },
        { KU_ENCIPHER_ONLY, "encipherOnly" },
        { KU_DECIPHER_ONLY, "decipherOnly" },
    };
    for (const auto& [bit, name] : names) {
        if (usage & bit)
            result.append(QString::fromLatin1(name));
    }
    return result;
}

QStringList Certificate::extendedKeyUsage() const
{
    QStringList result;
    if (!m_cert)
        return result;
    ExtendedKeyUsagePtr eku(
        static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(m_cert, NID_ext_key_usage, nullptr, nullptr)));
    if (!eku)
        return result;
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku.get()); ++i) {
        const ASN1_OBJECT* object = sk_ASN1_OBJECT_value(eku.get(), i);
        const int nid = OBJ_obj2nid(object);
        if (nid != NID_undef) {
            result.append(QString::fromLatin1(OBJ_nid2sn(nid)));
        } else {
            char oid[80] = {};
            OBJ_obj2txt(oid, sizeof oid, object, 1);
            result.append(QString::fromLatin1(oid));
        }
    }
    return result;
}

bool Certificate::hasExtension(int nid) const
{
    return m_cert && X509_get_ext_by_NID(m_cert, nid, -1) >= 0;
}

bool Certificate::isExtensionCritical(int nid) const
{
    if (!m_cert)
        return false;
    const int index = X509_get_ext_by_NID(m_cert, nid, -1);
    return index >= 0 && X509_EXTENSION_get_critical(X509_get_ext(m_cert, index)) == 1;
}

CertificateInfo Certificate::info() const
{
    CertificateInfo info;
    info.subject = subject();
    info.issuer = issuer();
    info.serialHex = serialHex();
    info.notBefore = notBefore();
    info.notAfter = notAfter();
    info.subjectAltNames = subjectAltNames();
    info.key = keyInfo();
    info.sha256Fingerprint = sha256Fingerprint();
    info.isCa = isCa();
    info.keyUsage = keyUsage();
    info.extendedKeyUsage = extendedKeyUsage();
    return info;
}

bool Certificate::matches(const PrivateKey& key) const
{
    return m_cert && key.samePublicKey(X509_get0_pubkey(m_cert));
}

Status Certificate::verify(const Certificate& ca, Purpose purpose, const QDateTime& at,
                           const QString& peerName) const
{
    if (!m_cert || ca.isNull())
        return Status::fail(tr("no certificate to check"));
    OpenSslError::clear();
    X509StorePtr store(X509_STORE_new());
    X509StoreCtxPtr context(X509_STORE_CTX_new());
    if (!store || !context || !X509_STORE_add_cert(store.get(), ca.handle())
        || !X509_STORE_CTX_init(context.get(), store.get(), m_cert, nullptr))
        return Status::fail(OpenSslError::take());

    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(context.get());
    if (at.isValid())
        X509_VERIFY_PARAM_set_time(param, time_t(at.toSecsSinceEpoch()));
    else
        X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_NO_CHECK_TIME);
    if (purpose == Purpose::TlsClient)
        X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_CLIENT);
    else if (purpose == Purpose::TlsServer)
        X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_SERVER);
    if (!peerName.isEmpty()) {
        const QByteArray name = peerName.toUtf8();
        const bool set = QHostAddress(peerName).isNull()
            ? X509_VERIFY_PARAM_set1_host(param, name.constData(), 0)
            : X509_VERIFY_PARAM_set1_ip_asc(param, name.constData());
        if (!set)
            return Status::fail(OpenSslError::take());
    }
    if (X509_verify_cert(context.get()) == 1)
        return Status::ok();
    const int error = X509_STORE_CTX_get_error(context.get());
    OpenSslError::clear();
    return Status::fail(QString::fromUtf8(X509_verify_cert_error_string(error)));
}

} // namespace sbs::pki
