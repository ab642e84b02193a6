#include "contract/HyperProtect.h"

#include "pki/OpenSslError.h"
#include "pki/OpenSslHandles.h"
#include "pki/PemFile.h"
#include "pki/PrivateKey.h"

#include <QDate>
#include <QStringList>
#include <array>
#include <climits>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

namespace sbs::contract {

namespace {

using pki::OpenSslError;
using CipherCtxPtr = pki::OpenSslPtr<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>;

// PROTOCOL.md §7: what `openssl enc -aes-256-cbc -pbkdf2` writes and reads.
constexpr QByteArrayView SaltedMagic("Salted__");
constexpr int SaltSize = 8;
constexpr int PasswordSize = 32; // characters of the base64 alphabet
constexpr int Pbkdf2Iterations = 10000;
constexpr int KeySize = 32; // AES-256
constexpr int IvSize = 16; // one AES block
constexpr int AesBlock = 16;
constexpr int MinRsaBits = 2048;

// Wipes a fixed buffer when it goes out of scope, on every return path.
template<size_t N> struct CleansedBuffer
{
    std::array<unsigned char, N> bytes {};
    ~CleansedBuffer() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
    unsigned char* data() { return bytes.data(); }
    const unsigned char* data() const { return bytes.data(); }
    static constexpr int size() { return int(N); }
};

// What PEM text holds, by its first BEGIN line, for a refusal that says what the user gave.
QString pemKind(const QByteArray& pem)
{
    const int begin = pem.indexOf("-----BEGIN ");
    if (begin < 0)
        return {};
    const int end = pem.indexOf("-----", begin + 11);
    if (end < 0)
        return {};
    return QString::fromLatin1(pem.mid(begin + 11, end - begin - 11)).trimmed();
}

QString isoDate(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// The ciphertext part of B: "Salted__", the salt, then AES-256-CBC with PKCS#7 padding.
Result<QByteArray> encryptBody(const QByteArray& section, const unsigned char* password)
{
    using R = Result<QByteArray>;
    std::array<unsigned char, SaltSize> salt {};
    if (RAND_bytes(salt.data(), SaltSize) != 1)
        return R::fail(
            HyperProtectCipher::tr("No random salt could be made (%1).").arg(OpenSslError::take()));

    CleansedBuffer<KeySize + IvSize> keyIv;
    if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(password), PasswordSize, salt.data(), SaltSize,
                          Pbkdf2Iterations, EVP_sha256(), keyIv.size(), keyIv.data())
        != 1)
        return R::fail(
            HyperProtectCipher::tr("The section key could not be derived (%1).").arg(OpenSslError::take()));

    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx
        || EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_cbc(), keyIv.data(), keyIv.data() + KeySize, nullptr)
            != 1)
        return R::fail(
            HyperProtectCipher::tr("AES-256-CBC could not be set up (%1).").arg(OpenSslError::take()));

    QByteArray out;
    out.reserve(SaltedMagic.size() + SaltSize + section.size() + AesBlock);
    out.append(SaltedMagic.data(), SaltedMagic.size());
    out.append(reinterpret_cast<const char*>(salt.data()), SaltSize);
    const qsizetype header = out.size();
    out.resize(header + section.size() + AesBlock);
    auto* cipher = reinterpret_cast<unsigned char*>(out.data() + header);
    int written = 0;
    int last = 0;
    if (EVP_EncryptUpdate(ctx.get(), cipher, &written,
                          reinterpret_cast<const unsigned char*>(section.constData()), int(section.size()))
            != 1
        || EVP_EncryptFinal_ex(ctx.get(), cipher + written, &last) != 1)
        return R::fail(
            HyperProtectCipher::tr("The section could not be encrypted (%1).").arg(OpenSslError::take()));
    out.resize(header + written + last);
    return R::ok(out);
}

// A: the password RSA-encrypted (PKCS#1 v1.5) to the certificate's public key.
Result<QByteArray> encryptPassword(const unsigned char* password, EVP_PKEY* publicKey)
{
    using R = Result<QByteArray>;
    pki::EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, publicKey, nullptr));
    size_t size = 0;
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1
        || EVP_PKEY_encrypt(ctx.get(), nullptr, &size, password, PasswordSize) != 1)
        return R::fail(HyperProtectCipher::tr("RSA encryption to the certificate could not be set up (%1).")
                           .arg(OpenSslError::take()));
    QByteArray out(qsizetype(size), '\0');
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &size, password,
                         PasswordSize)
        != 1)
        return R::fail(
            HyperProtectCipher::tr("The section password could not be encrypted to the certificate (%1).")
                .arg(OpenSslError::take()));
    out.resize(qsizetype(size));
    return R::ok(out);
}

// Decodes one base64 part strictly; an empty result means it was not base64.
QByteArray strictBase64(const QString& part)
{
    for (const QChar c : part) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '+'
            || u == '/' || u == '=';
        if (!ok)
            return {};
    }
    if (part.size() % 4 != 0)
        return {};
    const QByteArray::FromBase64Result decoded
        = QByteArray::fromBase64Encoding(part.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace

// --- EncryptionCertificate ---------------------------------------------------------------

Result<EncryptionCertificate> EncryptionCertificate::load(const QString& path, const QDateTime& now)
{
    const Result<QByteArray> bytes = pki::PemFile::read(path, tr("encryption certificate"));
    if (!bytes)
        return Result<EncryptionCertificate>::fail(bytes.error());
    return fromPem(bytes.value(), path, now);
}

Result<EncryptionCertificate> EncryptionCertificate::fromPem(const QByteArray& pem, const QString& sourceName,
                                                             const QDateTime& now)
{
    using R = Result<EncryptionCertificate>;
    const QString kind = pemKind(pem);
    if (!kind.isEmpty() && !pem.contains("-----BEGIN CERTIFICATE-----")) {
        if (kind.endsWith(QLatin1String("PRIVATE KEY")))
            return R::fail(tr("%1 holds a private key, not a certificate; give the platform's encryption "
                              "certificate (-----BEGIN CERTIFICATE-----).")
                               .arg(sourceName));
        if (kind.startsWith(QLatin1String("PGP ")))
            return R::fail(tr("%1 holds an OpenPGP key, which encrypts SERVER_KEY; the contract sections are "
                              "encrypted to the platform's X.509 encryption certificate instead.")
                               .arg(sourceName));
        if (kind.endsWith(QLatin1String("PUBLIC KEY")))
            return R::fail(tr("%1 holds a bare public key, not a certificate; give the platform's encryption "
                              "certificate (-----BEGIN CERTIFICATE-----).")
                               .arg(sourceName));
        return R::fail(tr("%1 holds a PEM block of type \"%2\", not a certificate; give the platform's "
                          "encryption certificate (-----BEGIN CERTIFICATE-----).")
                           .arg(sourceName, kind));
    }

    const Result<pki::Certificate> parsed = pki::Certificate::fromPem(pem, sourceName);
    if (!parsed)
        return R::fail(parsed.error());
    const pki::Certificate& certificate = parsed.value();

    const pki::KeyInfo key = certificate.keyInfo();
    if (key.algorithm != QLatin1String("RSA")) {
        if (key.algorithm == QLatin1String("EC"))
            return R::fail(
                tr("The certificate in %1 has an EC key; the platform's encryption certificate has "
                   "an RSA key. Check that you chose the encryption certificate of the Hyper "
                   "Protect image.")
                    .arg(sourceName));
        return R::fail(tr("The certificate in %1 has a key of type %2; the platform's encryption certificate "
                          "has an RSA key. Check that you chose the encryption certificate of the Hyper "
                          "Protect image.")
                           .arg(sourceName, key.algorithm));
    }
    if (key.bits < MinRsaBits)
        return R::fail(tr("The certificate in %1 has an RSA key of only %2 bits; an encryption certificate "
                          "needs at least %3 bits.")
                           .arg(sourceName)
                           .arg(key.bits)
                           .arg(MinRsaBits));

    const QDateTime at = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    if (certificate.notBefore().isValid() && at < certificate.notBefore())
        return R::fail(tr("The certificate in %1 is not valid before %2; check the computer's clock, or "
                          "choose a certificate that is valid now.")
                           .arg(sourceName, isoDate(certificate.notBefore())));
    if (certificate.notAfter().isValid() && at > certificate.notAfter())
        return R::fail(tr("The certificate in %1 expired on %2; download the current encryption certificate "
                          "of the Hyper Protect image.")
                           .arg(sourceName, isoDate(certificate.notAfter())));

    EncryptionCertificate result;
    result.m_certificate = certificate;
    return R::ok(result);
}

QString EncryptionCertificate::subject() const
{
    return m_certificate.subject();
}

QDateTime EncryptionCertificate::notAfter() const
{
    return m_certificate.notAfter();
}

int EncryptionCertificate::keyBits() const
{
    return m_certificate.keyInfo().bits;
}

QString EncryptionCertificate::sha256Fingerprint() const
{
    return m_certificate.sha256Fingerprint();
}

QString EncryptionCertificate::summary() const
{
    return tr("%1, %2, valid until %3, SHA-256 %4")
        .arg(subject(), m_certificate.keyInfo().text(), notAfter().toUTC().date().toString(Qt::ISODate),
             sha256Fingerprint());
}

// --- HyperProtectCipher ------------------------------------------------------------------

Result<QString> HyperProtectCipher::encrypt(const QByteArray& section,
                                            const EncryptionCertificate& certificate)
{
    using R = Result<QString>;
    X509* cert = certificate.certificate().handle();
    EVP_PKEY* publicKey = cert ? X509_get0_pubkey(cert) : nullptr;
    if (!publicKey || !EVP_PKEY_is_a(publicKey, "RSA"))
        return R::fail(
            tr("No RSA encryption certificate is loaded; choose the platform's encryption certificate."));
    if (section.size() > INT_MAX - 2 * AesBlock)
        return R::fail(tr("The section is too large to encrypt."));

    OpenSslError::clear();
    // 24 random bytes in base64 are 32 characters of the base64 alphabet: no newline or NUL, so
    // `openssl enc -pass stdin` and `-pass file:` read the whole password.
    CleansedBuffer<PasswordSize * 3 / 4> random;
    CleansedBuffer<PasswordSize + 1> password; // EVP_EncodeBlock adds a NUL
    if (RAND_bytes(random.data(), random.size()) != 1)
        return R::fail(tr("No random password could be made (%1).").arg(OpenSslError::take()));
    if (EVP_EncodeBlock(password.data(), random.data(), random.size()) != PasswordSize)
        return R::fail(tr("The section password could not be encoded."));

    const Result<QByteArray> a = encryptPassword(password.data(), publicKey);
    if (!a)
        return R::fail(a.error());
    const Result<QByteArray> b = encryptBody(section, password.data());
    if (!b)
        return R::fail(b.error());
    return R::ok(QLatin1String(Prefix) + QString::fromLatin1(a->toBase64()) + QLatin1Char('.')
                 + QString::fromLatin1(b->toBase64()));
}

Status HyperProtectCipher::checkEncrypted(const QString& text, const QString& what)
{
    const QString token = text.trimmed();
    const QString prefix = QLatin1String(Prefix);
    if (token.isEmpty())
        return Status::fail(tr("%1 is empty; it should be a hyper-protect-basic.… string.").arg(what));
    if (!token.startsWith(prefix)) {
        if (token.startsWith(QLatin1String("hyper-protect-"))) {
            const QString scheme = token.section(QLatin1Char('.'), 0, 0).left(60);
            return Status::fail(tr("%1 is encrypted with the scheme \"%2\"; only hyper-protect-basic is "
                                   "supported.")
                                    .arg(what, scheme));
        }
        return Status::fail(tr("%1 is not an encrypted section: it does not start with "
                               "hyper-protect-basic.")
                                .arg(what));
    }
    const QStringList parts = token.mid(prefix.size()).split(QLatin1Char('.'));
    if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return Status::fail(tr("%1 is incomplete or damaged: after hyper-protect-basic. it must have two "
                               "parts separated by one '.', the encrypted password and the encrypted "
                               "section; copy the whole string again.")
                                .arg(what));
    const QByteArray password = strictBase64(parts.at(0));
    if (password.isEmpty())
        return Status::fail(tr("%1 is damaged: its password part is not valid base64; copy the whole string "
                               "again.")
                                .arg(what));
    if (password.size() < MinRsaBits / 8)
        return Status::fail(tr("%1 is damaged: its password part has %2 bytes, less than an RSA-encrypted "
                               "password; copy the whole string again.")
                                .arg(what)
                                .arg(password.size()));
    const QByteArray body = strictBase64(parts.at(1));
    if (body.isEmpty())
        return Status::fail(tr("%1 is damaged: its section part is not valid base64; copy the whole string "
                               "again.")
                                .arg(what));
    if (!body.startsWith(SaltedMagic))
        return Status::fail(tr("%1 is damaged: its section part does not start with the Salted__ header of "
                               "AES-256-CBC; copy the whole string again.")
                                .arg(what));
    const qsizetype cipherSize = body.size() - SaltedMagic.size() - SaltSize;
    if (cipherSize < AesBlock || cipherSize % AesBlock != 0)
        return Status::fail(tr("%1 is cut short: its section part is not a whole number of AES blocks; copy "
                               "the whole string again.")
                                .arg(what));
    return Status::ok();
}

// --- ContractSigner ----------------------------------------------------------------------

Result<QString> ContractSigner::sign(const QString& encryptedWorkload, const QString& encryptedEnv,
                                     const pki::PrivateKey& key)
{
    using R = Result<QString>;
    if (key.isNull())
        return R::fail(tr("No signing key is loaded; choose the RSA key that signs the contract."));
    if (!EVP_PKEY_is_a(key.handle(), "RSA"))
        return R::fail(tr("The contract signing key is %1; envWorkloadSignature needs an RSA key.")
                           .arg(key.info().text()));

    const QByteArray data = encryptedWorkload.toUtf8() + encryptedEnv.toUtf8();
    OpenSslError::clear();
    pki::EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pkeyCtx = nullptr;
    size_t size = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), &pkeyCtx, EVP_sha256(), nullptr, key.handle()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(pkeyCtx, RSA_PKCS1_PADDING) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &size, reinterpret_cast<const unsigned char*>(data.constData()),
                          size_t(data.size()))
            != 1)
        return R::fail(tr("The contract could not be signed (%1).").arg(OpenSslError::take()));
    QByteArray signature(qsizetype(size), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &size,
                       reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()))
        != 1)
        return R::fail(tr("The contract could not be signed (%1).").arg(OpenSslError::take()));
    signature.resize(qsizetype(size));
    return R::ok(QString::fromLatin1(signature.toBase64()));
}

} // namespace sbs::contract
