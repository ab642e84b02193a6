#pragma once

#include "Result.h"
#include "manifest/ArchiveEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sbs::manifest {

// The result of checking a manifest against a public key.
struct Verification
{
    enum class Outcome {
        Verified, // the signature over SHA-256(<name>.tbz) is valid for the key
        SignatureInvalid, // it is not: the archive was changed, or another key signed it
        KeyUnusable, // the public key is not a PEM RSA public key
        Malformed, // the manifest could not be read (corrupt, truncated, members missing, bad hex)
        Cancelled,
    };

    Outcome outcome = Outcome::Malformed;
    QString message; // one sentence for the outcome
    QString manifestName;
    QByteArray tbzSha256; // 32 bytes, when the inner archive was read
    qint64 tbzSize = 0;
    QString keyFingerprint; // SHA-256 of the key's DER SubjectPublicKeyInfo, "AB:CD:…"
    QString keyDescription; // "RSA, 3072 bits"

    bool isVerified() const { return outcome == Outcome::Verified; }
};

// Verification as PROTOCOL.md §5 defines it: d = SHA-256(<name>.tbz); the .sig member is the
// hex of an RSA PKCS#1 v1.5 SHA-256 signature over d. The inner archive is hashed as it
// streams out of the outer one; nothing is written to disk.
class ManifestVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ManifestVerifier)

public:
    // Reads a public key (PEM "PUBLIC KEY", or a certificate's key) and describes it.
    struct Key
    {
        QByteArray pem;
        QString fingerprint;
        QString description;
    };
    static Result<Key> loadKey(const QByteArray& pem);

    // Decodes the .sig text: hex digits only (whitespace around is ignored), even length.
    static Result<QByteArray> decodeSignature(const QByteArray& hex);

    // Checks signature (binary) over the digest d with the key.
    static Status verifyDigest(const QByteArray& tbzSha256, const QByteArray& signature, const Key& key);

    static Verification verifyFile(const QString& sigTbzPath, const QByteArray& publicKeyPem,
                                   const ReadControl& control = {}, const ReadLimits& limits = {});

    // The reference's tamper test, in memory: a copy of the inner archive with one more file
    // under git/ is written to a hash, never to disk, and checked against the signature.
    // Succeeds when that check fails, as it must; fails when the modified copy still verified
    // (or the manifest could not be read).
    static Status tamperTest(const QString& sigTbzPath, const QByteArray& publicKeyPem,
                             const ReadControl& control = {}, const ReadLimits& limits = {});

    // The equivalent openssl commands for an independent check, for display and copy.
    static QString opensslCommands(const QString& manifestName, const QString& publicKeyFile);
};

} // namespace sbs::manifest
