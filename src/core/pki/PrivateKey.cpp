#include "pki/PrivateKey.h"

#include "pki/OpenSslError.h"
#include "pki/OpenSslHandles.h"
#include "pki/PemFile.h"

#include <QtConcurrent/QtConcurrentRun>
#include <openssl/pem.h>
#include <utility>

namespace sbs::pki {

namespace {

// The passphrase callback for every key we read: it never prompts, it records that a
// passphrase was wanted and makes OpenSSL fail at once.
int refusePassphrase(char* /*buf*/, int /*size*/, int /*rwflag*/, void* userData)
{
    *static_cast<bool*>(userData) = true;
    return -1;
}

} // namespace

PrivateKey::PrivateKey(EVP_PKEY* key)
    : m_key(key)
{ }

PrivateKey::PrivateKey(const PrivateKey& other)
    : m_key(other.m_key)
{
    if (m_key)
        EVP_PKEY_up_ref(m_key);
}

PrivateKey& PrivateKey::operator=(const PrivateKey& other)
{
    if (this != &other) {
        if (other.m_key)
            EVP_PKEY_up_ref(other.m_key);
        EVP_PKEY_free(m_key);
        m_key = other.m_key;
    }
    return *this;
}

PrivateKey::PrivateKey(PrivateKey&& other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
{ }

PrivateKey& PrivateKey::operator=(PrivateKey&& other) noexcept
{
    if (this != &other) {
        EVP_PKEY_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
    }
    return *this;
}

PrivateKey::~PrivateKey()
{
    EVP_PKEY_free(m_key);
}

PrivateKey PrivateKey::adopt(EVP_PKEY* key)
{
    return PrivateKey(key);
}

Result<PrivateKey> PrivateKey::generate(KeyType type)
{
    OpenSslError::clear();
    EVP_PKEY* key = nullptr;
    switch (type) {
    case KeyType::Rsa2048:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        break;
    case KeyType::Rsa3072:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072));
        break;
    case KeyType::Rsa4096:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(4096));
        break;
    case KeyType::EcP256:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case KeyType::EcP384:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
        break;
    }
    if (!key)
        return Result<PrivateKey>::fail(tr("Generating a %1 key failed (%2); check the OpenSSL installation.")
                                            .arg(keyTypeName(type), OpenSslError::take()));
    return Result<PrivateKey>::ok(PrivateKey(key));
}

QFuture<Result<PrivateKey>> PrivateKey::generateAsync(KeyType type)
{
    return QtConcurrent::run([type] { return generate(type); });
}

Result<PrivateKey> PrivateKey::fromPem(const QByteArray& pem, const QString& sourceName)
{
    const Status text = PemFile::checkPemText(pem, sourceName, QStringLiteral("openssl pkey -inform DER"));
    if (!text)
        return Result<PrivateKey>::fail(text.error());

    OpenSslError::clear();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return Result<PrivateKey>::fail(tr("Reading %1 failed (%2).").arg(sourceName, OpenSslError::take()));
    bool passphraseWanted = false;
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, &passphraseWanted);
    if (!key) {
        const QString detail = OpenSslError::take();
        if (passphraseWanted || pem.contains("ENCRYPTED"))
            return Result<PrivateKey>::fail(
                tr("%1 holds an encrypted private key; passphrases are not asked for, so decrypt it first "
                   "(openssl pkey -in KEY -out PLAIN-KEY) and keep the result private.")
                    .arg(sourceName));
        return Result<PrivateKey>::fail(
            tr("%1 holds no readable private key (%2); give an unencrypted PEM private key.")
                .arg(sourceName, detail));
    }
    return Result<PrivateKey>::ok(PrivateKey(key));
}

Result<PrivateKey> PrivateKey::load(const QString& path, const QString& what)
{
    Result<QByteArray> bytes = PemFile::read(path, what);
    if (!bytes)
        return Result<PrivateKey>::fail(bytes.error());
    Result<PrivateKey> key = fromPem(bytes.value(), path);
    SecretBytes::wipe(bytes.value());
    return key;
}

KeyInfo PrivateKey::info() const
{
    return KeyInfo::of(m_key);
}

Result<SecretBytes> PrivateKey::toPem() const
{
    if (!m_key)
        return Result<SecretBytes>::fail(tr("There is no private key to write."));
    OpenSslError::clear();
    // A secure-memory BIO is wiped when it is freed.
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || !PEM_write_bio_PrivateKey(bio.get(), m_key, nullptr, nullptr, 0, nullptr, nullptr))
        return Result<SecretBytes>::fail(
            tr("Encoding the private key failed (%1).").arg(OpenSslError::take()));
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return Result<SecretBytes>::ok(SecretBytes(data, size));
}

QByteArray PrivateKey::publicKeyPem() const
{
    if (!m_key)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !PEM_write_bio_PUBKEY(bio.get(), m_key))
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

bool PrivateKey::samePublicKey(const EVP_PKEY* publicKey) const
{
    return m_key && publicKey && EVP_PKEY_eq(m_key, publicKey) == 1;
}

} // namespace sbs::pki
