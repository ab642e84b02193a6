#pragma once

#include "Result.h"
#include "pki/Certificate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace sbs::pki {
class PrivateKey;
}

namespace sbs::contract {

// The platform's certificate that contract sections are encrypted to (PROTOCOL.md §7). Only a
// PEM X.509 certificate with an RSA public key that is valid now is accepted.
class EncryptionCertificate
{
    Q_DECLARE_TR_FUNCTIONS(EncryptionCertificate)

public:
    // Reads and checks the certificate. Refused, with a sentence naming the file and what to do:
    // a missing or unreadable file, text that is no PEM certificate, a key that is not RSA, a
    // certificate not yet valid or expired at now (default: the current time).
    static Result<EncryptionCertificate> load(const QString& path, const QDateTime& now = QDateTime());
    static Result<EncryptionCertificate> fromPem(const QByteArray& pem, const QString& sourceName,
                                                 const QDateTime& now = QDateTime());

    const pki::Certificate& certificate() const { return m_certificate; }
    QString subject() const;
    QDateTime notAfter() const;
    int keyBits() const;
    QString sha256Fingerprint() const;
    // One line for the page: subject, key, valid until, fingerprint.
    QString summary() const;

private:
    pki::Certificate m_certificate;
};

// A section encrypted as hyper-protect-basic.<A>.<B> (PROTOCOL.md §7): A is base64 of a
// 32-character password (from the base64 alphabet) RSA-encrypted with PKCS#1 v1.5 to the
// certificate; B is base64 of "Salted__" + 8-byte salt + the section encrypted with
// AES-256-CBC, key and IV from PBKDF2-HMAC-SHA-256 (10000 iterations) of the password and
// salt. `openssl pkeyutl -decrypt` and `openssl enc -d -aes-256-cbc -pbkdf2` reverse it.
class HyperProtectCipher
{
    Q_DECLARE_TR_FUNCTIONS(HyperProtectCipher)

public:
    static constexpr const char* Prefix = "hyper-protect-basic.";

    static Result<QString> encrypt(const QByteArray& section, const EncryptionCertificate& certificate);
    // Whether text (surrounding white space ignored) is one encrypted section: the prefix, two
    // non-empty base64 parts, B starting with "Salted__" and a whole number of AES blocks after
    // the salt. The error says what is wrong, naming `what` ("The workload section").
    static Status checkEncrypted(const QString& text, const QString& what);
};

// envWorkloadSignature (PROTOCOL.md §7): base64 of an RSA PKCS#1 v1.5 SHA-256 signature over the
// encrypted workload string followed directly by the encrypted env string.
class ContractSigner
{
    Q_DECLARE_TR_FUNCTIONS(ContractSigner)

public:
    // Refuses a key that is not RSA.
    static Result<QString> sign(const QString& encryptedWorkload, const QString& encryptedEnv,
                                const pki::PrivateKey& key);
};

} // namespace sbs::contract
