#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sbs::pki {

// Encrypts data to one OpenPGP public key with GPGME, ASCII-armoured: how the server key
// travels in a Hyper Protect contract (instance-env's SERVER_KEY). The key is imported into a
// temporary GnuPG home (a QTemporaryDir, 0700) that is removed afterwards, so the user's
// keyring and trust database are never read or changed. Only a public key is accepted; a
// secret key export is refused before gpg sees it.
class OpenPgpEncryptor
{
    Q_DECLARE_TR_FUNCTIONS(OpenPgpEncryptor)

public:
    // publicKey: an armoured or binary OpenPGP public key holding exactly one primary key that
    // can encrypt. keySource names it in errors.
    static Result<QByteArray> encrypt(const QByteArray& publicKey, const QString& keySource,
                                      const QByteArray& plaintext);
    static Result<QByteArray> encryptToKeyFile(const QString& publicKeyPath, const QByteArray& plaintext);

    // What the key data is, judged from its armour header or first packet.
    enum class KeyDataKind { PublicKey, SecretKey, NotOpenPgp };
    static KeyDataKind classify(const QByteArray& keyData);
};

} // namespace sbs::pki
