#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sbs::server {

// One OpenPGP key of the server in its own GnuPG home inside the data folder:
// - the image signing key for Red Hat simple signing (skopeo --sign-by finds it through
//   GNUPGHOME), made by the first build;
// - the platform key that SERVER_KEY may be encrypted to (sbsctl instance-env --pgp-key).
class OpenPgpHome
{
    Q_DECLARE_TR_FUNCTIONS(OpenPgpHome)

public:
    enum class Purpose { ImageSigning, Platform };

    OpenPgpHome(QString gnupgHome, Purpose purpose);
    // Stops the gpg-agent that gpg started for this home.
    ~OpenPgpHome();

    const QString& gnupgHome() const { return m_home; }

    // The gpg command line (program first) that creates the key without a passphrase.
    QStringList generateCommand() const;
    // Runs generateCommand() when the home holds no key yet.
    Status ensureKey() const;
    // Decrypts an ASCII-armoured OpenPGP message to this home's key.
    Result<QByteArray> decrypt(const QByteArray& armoredMessage) const;
    // The fingerprint of the signing key; empty when there is none yet.
    Result<QString> fingerprint() const;
    // The ASCII-armoured public key.
    Result<QString> publicKeyArmored() const;
    // The secret key, ASCII-armoured (for the state image); empty when there is no key yet.
    Result<QByteArray> exportSecretKey() const;
    // Replaces whatever key the home holds by the armoured secret key (from a state image).
    Status replaceKey(const QByteArray& armoredSecretKey) const;

private:
    Result<QByteArray> runGpg(const QStringList& arguments, const QByteArray& input = QByteArray()) const;
    void stopAgent() const;
    QString m_home;
    Purpose m_purpose;
};

} // namespace sbs::server
