#include "pki/OpenPgpEncryptor.h"

#include "pki/PemFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gpgme.h>
#include <memory>
#include <mutex>
#include <type_traits>
#include <vector>

namespace sbs::pki {

namespace {

struct ContextDeleter
{
    void operator()(gpgme_ctx_t ctx) const { gpgme_release(ctx); }
};
struct DataDeleter
{
    void operator()(gpgme_data_t data) const { gpgme_data_release(data); }
};
struct KeyDeleter
{
    void operator()(gpgme_key_t key) const { gpgme_key_unref(key); }
};
using ContextPtr = std::unique_ptr<std::remove_pointer_t<gpgme_ctx_t>, ContextDeleter>;
using DataPtr = std::unique_ptr<std::remove_pointer_t<gpgme_data_t>, DataDeleter>;
using KeyPtr = std::unique_ptr<std::remove_pointer_t<gpgme_key_t>, KeyDeleter>;

QString errorText(gpgme_error_t error)
{
    char buffer[256] = {};
    gpgme_strerror_r(error, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

bool initialize(QString* error)
{
    static std::once_flag once;
    static gpgme_error_t status = 0;
    std::call_once(once, [] {
        if (!gpgme_check_version(nullptr))
            status = gpg_error(GPG_ERR_NOT_SUPPORTED);
        else
            status = gpgme_engine_check_version(GPGME_PROTOCOL_OpenPGP);
    });
    if (status != 0)
        *error = errorText(status);
    return status == 0;
}

} // namespace

OpenPgpEncryptor::KeyDataKind OpenPgpEncryptor::classify(const QByteArray& keyData)
{
    const QByteArray text = keyData.trimmed();
    if (text.isEmpty())
        return KeyDataKind::NotOpenPgp;
    const qsizetype armour = text.indexOf("-----BEGIN PGP ");
    if (armour >= 0) {
        const QByteArray header = text.mid(armour, 48);
        if (header.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"))
            return KeyDataKind::PublicKey;
        if (header.startsWith("-----BEGIN PGP PRIVATE KEY BLOCK-----"))
            return KeyDataKind::SecretKey;
        return KeyDataKind::NotOpenPgp;
    }
    // Binary: the first packet's tag (RFC 4880 §4.2), old or new format.
    const auto first = static_cast<unsigned char>(keyData.at(0));
    if (!(first & 0x80))
        return KeyDataKind::NotOpenPgp;
    const int tag = (first & 0x40) ? (first & 0x3f) : ((first >> 2) & 0x0f);
    if (tag == 6)
        return KeyDataKind::PublicKey;
    if (tag == 5)
        return KeyDataKind::SecretKey;
    return KeyDataKind::NotOpenPgp;
}

Result<QByteArray> OpenPgpEncryptor::encryptToKeyFile(const QString& publicKeyPath,
                                                      const QByteArray& plaintext)
{
    const Result<QByteArray> key = PemFile::read(publicKeyPath, tr("OpenPGP public key"));
    if (!key)
        return key;
    return encrypt(key.value(), publicKeyPath, plaintext);
}

Result<QByteArray> OpenPgpEncryptor::encrypt(const QByteArray& publicKey, const QString& keySource,
                                             const QByteArray& plaintext)
{
    using R = Result<QByteArray>;
    switch (classify(publicKey)) {
    case KeyDataKind::PublicKey:
        break;
    case KeyDataKind::SecretKey:
        return R::fail(
            tr("%1 is an OpenPGP secret key export; give the platform's public key instead (never hand "
               "out a secret key).")
                .arg(keySource));
    case KeyDataKind::NotOpenPgp:
        return R::fail(tr("%1 is not an OpenPGP public key; give the platform's public key file (armoured or "
                          "binary).")
                           .arg(keySource));
    }

    QString initError;
    if (!initialize(&initError))
        return R::fail(tr("GnuPG cannot be used (%1); install gnupg and libgpgme.").arg(initError));

    // A throw-away GnuPG home: the user's keyring is never touched.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/sbs-gnupg-XXXXXX"));
    if (!home.isValid())
        return R::fail(tr("A temporary GnuPG folder cannot be created (%1); check the free space of %2.")
                           .arg(home.errorString(), QDir::tempPath()));
    QFile::setPermissions(home.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // gpg would start a gpg-agent for this home even to import a public key; that agent would
    // outlive us and keep sockets in the folder. Nothing here needs an agent.
    QFile options(QDir(home.path()).filePath(QStringLiteral("gpg.conf")));
    if (!options.open(QIODevice::WriteOnly) || options.write("no-autostart\n") < 0 || !options.flush())
        return R::fail(tr("A temporary GnuPG folder cannot be set up in %1 (%2); check its free space.")
                           .arg(QDir::tempPath(), options.errorString()));
    options.close();

    gpgme_ctx_t rawContext = nullptr;
    gpgme_error_t error = gpgme_new(&rawContext);
    ContextPtr context(rawContext);
    if (error)
        return R::fail(tr("GnuPG cannot be used (%1); install gnupg and libgpgme.").arg(errorText(error)));
    const QByteArray homePath = QFile::encodeName(home.path());
    error = gpgme_set_protocol(context.get(), GPGME_PROTOCOL_OpenPGP);
    if (!error)
        error
            = gpgme_ctx_set_engine_info(context.get(), GPGME_PROTOCOL_OpenPGP, nullptr, homePath.constData());
    if (error)
        return R::fail(tr("GnuPG cannot be set up (%1); install gnupg.").arg(errorText(error)));
    gpgme_set_armor(context.get(), 1);
    gpgme_set_offline(context.get(), 1);

    gpgme_data_t rawKeyData = nullptr;
    error = gpgme_data_new_from_mem(&rawKeyData, publicKey.constData(), size_t(publicKey.size()), 0);
    DataPtr keyData(rawKeyData);
    if (!error)
        error = gpgme_op_import(context.get(), keyData.get());
    const gpgme_import_result_t imported = error ? nullptr : gpgme_op_import_result(context.get());
    if (error || !imported || imported->considered == 0)
        return R::fail(
            tr("%1 holds no OpenPGP public key that GnuPG can read (%2); give the platform's public key.")
                .arg(keySource, error ? errorText(error) : tr("nothing imported")));
    if (imported->secret_read > 0)
        return R::fail(
            tr("%1 holds an OpenPGP secret key; give the platform's public key instead.").arg(keySource));

    std::vector<KeyPtr> keys;
    for (gpgme_import_status_t status = imported->imports; status; status = status->next) {
        if (status->result != 0 || !status->fpr)
            continue;
        gpgme_key_t key = nullptr;
        if (gpgme_get_key(context.get(), status->fpr, &key, 0) == 0 && key) {
            bool seen = false;
            for (const KeyPtr& k : keys)
                seen = seen || qstrcmp(k->fpr, key->fpr) == 0;
            if (seen)
                gpgme_key_unref(key);
            else
                keys.emplace_back(key);
        }
    }
    if (keys.empty())
        return R::fail(
            tr("%1 holds no usable OpenPGP public key; give the platform's public key.").arg(keySource));
    if (keys.size() > 1)
        return R::fail(
            tr("%1 holds %2 OpenPGP keys, so the recipient is ambiguous; give a file with the platform's "
               "key alone.")
                .arg(keySource)
                .arg(keys.size()));
    gpgme_key_t key = keys.front().get();
    if (key->revoked || key->expired || key->disabled || key->invalid || !key->can_encrypt)
        return R::fail(
            tr("The OpenPGP key %1 in %2 cannot encrypt (it is revoked, expired or has no encryption "
               "subkey); get the platform's current public key.")
                .arg(QString::fromLatin1(key->fpr), keySource));

    gpgme_data_t rawPlain = nullptr;
    gpgme_data_t rawCipher = nullptr;
    error = gpgme_data_new_from_mem(&rawPlain, plaintext.constData(), size_t(plaintext.size()), 0);
    DataPtr plain(rawPlain);
    if (!error)
        error = gpgme_data_new(&rawCipher);
    DataPtr cipher(rawCipher);
    if (error)
        return R::fail(tr("GnuPG cannot be used (%1); install gnupg and libgpgme.").arg(errorText(error)));

    gpgme_key_t recipients[2] = { key, nullptr };
    error
        = gpgme_op_encrypt(context.get(), recipients, GPGME_ENCRYPT_ALWAYS_TRUST, plain.get(), cipher.get());
    if (error) {
        QString reason = errorText(error);
        const gpgme_encrypt_result_t result = gpgme_op_encrypt_result(context.get());
        if (result && result->invalid_recipients)
            reason = errorText(result->invalid_recipients->reason);
        return R::fail(tr("Encrypting to the OpenPGP key in %1 failed (%2); check that it is the platform's "
                          "current public key.")
                           .arg(keySource, reason));
    }

    size_t length = 0;
    char* bytes = gpgme_data_release_and_get_mem(cipher.release(), &length);
    const QByteArray armoured(bytes, qsizetype(length));
    gpgme_free(bytes);
    return R::ok(armoured);
}

} // namespace sbs::pki
