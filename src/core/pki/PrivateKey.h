#pragma once

#include "Result.h"
#include "pki/KeyInfo.h"
#include "pki/KeyType.h"
#include "pki/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <openssl/evp.h>

namespace sbs::pki {

// A private key (EVP_PKEY). Copies share the one OpenSSL object (reference counted), so a
// key can travel through a QFuture without its secret being duplicated.
class PrivateKey
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)

public:
    PrivateKey() = default;
    PrivateKey(const PrivateKey& other);
    PrivateKey& operator=(const PrivateKey& other);
    PrivateKey(PrivateKey&& other) noexcept;
    PrivateKey& operator=(PrivateKey&& other) noexcept;
    ~PrivateKey();

    // Generates a fresh key. Blocks for up to a few seconds (RSA-4096): call it from a worker,
    // or use generateAsync().
    static Result<PrivateKey> generate(KeyType type);
    // Runs generate() on the global thread pool.
    static QFuture<Result<PrivateKey>> generateAsync(KeyType type);

    // Reads the first private key in PEM text (PKCS#8 or traditional RSA/EC). Encrypted keys
    // are refused at once: there is no passphrase prompt, on a terminal or elsewhere.
    static Result<PrivateKey> fromPem(const QByteArray& pem, const QString& sourceName);
    static Result<PrivateKey> load(const QString& path, const QString& what);

    // Takes ownership of an EVP_PKEY.
    static PrivateKey adopt(EVP_PKEY* key);

    bool isNull() const { return m_key == nullptr; }
    EVP_PKEY* handle() const { return m_key; }

    KeyInfo info() const;
    // Unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY"), built in OpenSSL's secure memory.
    Result<SecretBytes> toPem() const;
    // The public half as PEM (SubjectPublicKeyInfo).
    QByteArray publicKeyPem() const;

    // True when both hold the same key pair (their public parts are equal).
    bool samePublicKey(const EVP_PKEY* publicKey) const;

private:
    explicit PrivateKey(EVP_PKEY* key);
    EVP_PKEY* m_key = nullptr;
};

} // namespace sbs::pki
