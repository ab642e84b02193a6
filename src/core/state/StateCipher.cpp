#include "StateCipher.h"

#include "pki/OpenSslError.h"

#include <cstring>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace sbs::state {

namespace {

const QByteArray magic = QByteArrayLiteral("SBSSTATE1");
constexpr int SaltSize = 16;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;
constexpr int KeySize = 32;
const char* const hkdfInfo = "sbs-server state image v1";

struct KdfDeleter
{
    void operator()(EVP_KDF* k) const { EVP_KDF_free(k); }
    void operator()(EVP_KDF_CTX* c) const { EVP_KDF_CTX_free(c); }
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};

// HKDF-SHA-256 over the user's secret followed by the server's secret.
Result<QByteArray> deriveKey(const QByteArray& userSecret, const QByteArray& serverSecret,
                             const QByteArray& salt)
{
    QByteArray ikm = userSecret + serverSecret;
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    QByteArray key(KeySize, '\0');
    char digest[] = "SHA256";
    OSSL_PARAM params[]
        = { OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, ikm.data(), size_t(ikm.size())),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.constData()),
                                              size_t(salt.size())),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(hkdfInfo),
                                              strlen(hkdfInfo)),
            OSSL_PARAM_construct_end() };
    const bool ok = ctx
        && EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char*>(key.data()), KeySize, params) == 1;
    OPENSSL_cleanse(ikm.data(), size_t(ikm.size()));
    if (!ok)
        return Result<QByteArray>::fail(
            pki::OpenSslError::take(StateCipher::tr("cannot derive the state key")));
    return Result<QByteArray>::ok(key);
}

} // namespace

Result<QByteArray> StateCipher::seal(const QByteArray& plaintext, const QByteArray& userSecret,
                                     const QByteArray& serverSecret)
{
    using R = Result<QByteArray>;
    if (userSecret.isEmpty() || serverSecret.isEmpty())
        return R::fail(tr("a state image needs both the SECRET and the server's secret"));
    QByteArray salt(SaltSize, '\0');
    QByteArray nonce(NonceSize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), SaltSize) != 1
        || RAND_bytes(reinterpret_cast<unsigned char*>(nonce.data()), NonceSize) != 1)
        return R::fail(pki::OpenSslError::take(tr("no random bytes")));
    auto key = deriveKey(userSecret, serverSecret, salt);
    if (!key)
        return key;
    std::unique_ptr<EVP_CIPHER_CTX, KdfDeleter> ctx(EVP_CIPHER_CTX_new());
    QByteArray out(plaintext.size() + 16, '\0');
    int len = 0;
    int total = 0;
    const QByteArray header = magic;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1
        && EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr,
                              reinterpret_cast<const unsigned char*>(key->constData()),
                              reinterpret_cast<const unsigned char*>(nonce.constData()))
            == 1
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len,
                             reinterpret_cast<const unsigned char*>(header.constData()), int(header.size()))
            == 1
        && EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len,
                             reinterpret_cast<const unsigned char*>(plaintext.constData()),
                             int(plaintext.size()))
            == 1;
    total = len;
    ok = ok
        && EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + total, &len) == 1;
    total += len;
    QByteArray tag(TagSize, '\0');
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, tag.data()) == 1;
    OPENSSL_cleanse(key->data(), size_t(key->size()));
    if (!ok)
        return R::fail(pki::OpenSslError::take(tr("cannot encrypt the state")));
    out.resize(total);
    return R::ok(header + salt + nonce + out + tag);
}

Result<QByteArray> StateCipher::open(const QByteArray& sealed, const QByteArray& userSecret,
                                     const QByteArray& serverSecret)
{
    using R = Result<QByteArray>;
    const qsizetype minimum = magic.size() + SaltSize + NonceSize + TagSize;
    if (sealed.size() < minimum || !sealed.startsWith(magic))
        return R::fail(tr("this is not a state image of sbs-server, or it is truncated"));
    const QByteArray salt = sealed.mid(magic.size(), SaltSize);
    const QByteArray nonce = sealed.mid(magic.size() + SaltSize, NonceSize);
    const QByteArray cipher = sealed.mid(magic.size() + SaltSize + NonceSize, sealed.size() - minimum);
    QByteArray tag = sealed.right(TagSize);
    auto key = deriveKey(userSecret, serverSecret, salt);
    if (!key)
        return key;
    std::unique_ptr<EVP_CIPHER_CTX, KdfDeleter> ctx(EVP_CIPHER_CTX_new());
    QByteArray out(cipher.size() + 16, '\0');
    int len = 0;
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1
        && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr,
                              reinterpret_cast<const unsigned char*>(key->constData()),
                              reinterpret_cast<const unsigned char*>(nonce.constData()))
            == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len,
                             reinterpret_cast<const unsigned char*>(magic.constData()), int(magic.size()))
            == 1
        && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len,
                             reinterpret_cast<const unsigned char*>(cipher.constData()), int(cipher.size()))
            == 1;
    int total = len;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1
        && EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + total, &len) == 1;
    OPENSSL_cleanse(key->data(), size_t(key->size()));
    pki::OpenSslError::clear();
    if (!ok) {
        OPENSSL_cleanse(out.data(), size_t(out.size()));
        return R::fail(
            tr("the state image does not open: the secret is wrong, the image was altered, or another "
               "server made it"));
    }
    out.resize(total + len);
    return R::ok(out);
}

} // namespace sbs::state
