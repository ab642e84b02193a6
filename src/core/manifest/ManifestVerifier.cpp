#include "manifest/ManifestVerifier.h"

#include "manifest/ArchiveHandles.h"
#include "manifest/EntryStream.h"
#include "manifest/ManifestArchive.h"
#include "manifest/ManifestStream.h"
#include "pki/OpenSslError.h"
#include "pki/OpenSslHandles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QStringList>
#include <openssl/decoder.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace sbs::manifest {

namespace {

using pki::BioPtr;
using pki::EvpMdCtxPtr;
using pki::EvpPkeyCtxPtr;
using pki::EvpPkeyPtr;
using pki::OpenSslError;
using pki::X509Ptr;

constexpr int Sha256Size = 32;
const char TamperFileName[] = "git/sbs-tamper-test";
const char TamperFileText[] = "sbs tamper test: this file was not in the signed archive\n";

// The label of the first PEM block ("PUBLIC KEY", "CERTIFICATE", ...); empty when none.
QByteArray firstPemLabel(const QByteArray& pem)
{
    const QByteArray begin = "-----BEGIN ";
    const qsizetype start = pem.indexOf(begin);
    if (start < 0)
        return {};
    const qsizetype end = pem.indexOf("-----", start + begin.size());
    return end < 0 ? QByteArray() : pem.mid(start + begin.size(), end - start - begin.size());
}

// Any public key in PEM: SubjectPublicKeyInfo, PKCS#1 "RSA PUBLIC KEY" or a certificate's.
Result<EvpPkeyPtr> parsePublicKey(const QByteArray& pem)
{
    using R = Result<EvpPkeyPtr>;
    if (pem.trimmed().isEmpty())
        return R::fail(
            ManifestVerifier::tr("the public key is empty; give the server's public key in PEM form"));
    const QByteArray label = firstPemLabel(pem);
    if (label.isEmpty()) {
        return R::fail(ManifestVerifier::tr("the public key is not a PEM public key: it has no "
                                            "\"-----BEGIN PUBLIC KEY-----\" line"));
    }
    if (label.contains("PRIVATE KEY")) {
        return R::fail(
            ManifestVerifier::tr("the public key is a private key (%1); give the public key instead "
                                 "(openssl pkey -pubout makes it from the private key)")
                .arg(QString::fromLatin1(label)));
    }
    OpenSslError::clear();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    EVP_PKEY* key = nullptr;
    if (label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE") {
        X509Ptr cert(label == "TRUSTED CERTIFICATE"
                         ? PEM_read_bio_X509_AUX(bio.get(), nullptr, nullptr, nullptr)
                         : PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (cert)
            key = X509_get_pubkey(cert.get());
    } else if (label == "PUBLIC KEY") {
        key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    } else if (label == "RSA PUBLIC KEY") {
        OSSL_DECODER_CTX* decoder = OSSL_DECODER_CTX_new_for_pkey(&key, "PEM", "type-specific", "RSA",
                                                                  EVP_PKEY_PUBLIC_KEY, nullptr, nullptr);
        if (decoder) {
            if (OSSL_DECODER_from_bio(decoder, bio.get()) != 1) {
                EVP_PKEY_free(key);
                key = nullptr;
            }
            OSSL_DECODER_CTX_free(decoder);
        }
    } else {
        return R::fail(ManifestVerifier::tr("the public key is not a PEM public key: it is a PEM \"%1\"")
                           .arg(QString::fromLatin1(label)));
    }
    if (!key) {
        return R::fail(
            ManifestVerifier::tr("the public key is not a PEM public key: its \"%1\" block cannot be "
                                 "decoded (%2)")
                .arg(QString::fromLatin1(label), OpenSslError::take()));
    }
    return R::ok(EvpPkeyPtr(key));
}

Status requireRsa(EVP_PKEY* key)
{
    if (EVP_PKEY_is_a(key, "RSA"))
        return Status::ok();
    const char* name = EVP_PKEY_get0_type_name(key);
    const QString type = EVP_PKEY_is_a(key, "EC") ? QStringLiteral("EC")
        : name                                    ? QString::fromLatin1(name)
                                                  : ManifestVerifier::tr("unknown");
    const QString article = type.startsWith(QLatin1Char('E')) ? QStringLiteral("an") : QStringLiteral("a");
    return Status::fail(ManifestVerifier::tr("the public key is %1 %2 key; manifest signatures use RSA "
                                             "(PKCS#1 v1.5), so it cannot check them")
                            .arg(article, type));
}

QString shellQuote(const QString& text)
{
    static const QString safe
        = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-:/@%+=,");
    bool plain = !text.isEmpty();
    for (QChar c : text)
        plain = plain && safe.contains(c);
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

Result<QByteArray> decodeHex(const QByteArray& hex, const QString& what)
{
    using R = Result<QByteArray>;
    QByteArray digits;
    digits.reserve(hex.size());
    for (qsizetype i = 0; i < hex.size(); ++i) {
        const char c = hex.at(i);
        // Line breaks and spaces are ignored, as xxd -r -p does (xxd -p wraps its lines).
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        const bool isHex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!isHex) {
            const QString shown = (c > ' ' && c < 127)
                ? QStringLiteral("'%1'").arg(QLatin1Char(c))
                : QStringLiteral("byte 0x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
            return R::fail(
                ManifestVerifier::tr("%1 is not hex: it has %2 at position %3, where only the digits "
                                     "0-9 and a-f belong")
                    .arg(what, shown)
                    .arg(i + 1));
        }
        digits.append(c);
    }
    if (digits.isEmpty())
        return R::fail(ManifestVerifier::tr("%1 is empty: there is no signature").arg(what));
    if (digits.size() % 2 != 0) {
        return R::fail(ManifestVerifier::tr("%1 has an odd number of hex digits (%2), so it is cut short or "
                                            "damaged")
                           .arg(what)
                           .arg(digits.size()));
    }
    return R::ok(QByteArray::fromHex(digits));
}

la_ssize_t hashWrite(archive*, void* client, const void* buffer, size_t length)
{
    if (length > 0 && EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(client), buffer, length) != 1)
        return -1;
    return la_ssize_t(length);
}

// SHA-256 of a copy of the inner archive with TamperFileName added, written to the hash only.
Result<QByteArray> modifiedCopyDigest(const QString& path, const ReadControl& control,
                                      const ReadLimits& limits)
{
    using R = Result<QByteArray>;
    EvpMdCtxPtr hash(EVP_MD_CTX_new());
    if (!hash || EVP_DigestInit_ex(hash.get(), EVP_sha256(), nullptr) != 1)
        return R::fail(OpenSslError::take(ManifestVerifier::tr("cannot start SHA-256")));
    ArchiveWritePtr writer(archive_write_new());
    archive* w = writer.get();
    if (!w || archive_write_add_filter_bzip2(w) != ARCHIVE_OK
        || archive_write_set_format_pax_restricted(w) != ARCHIVE_OK
        || archive_write_open(w, hash.get(), nullptr, &hashWrite, nullptr) != ARCHIVE_OK)
        return R::fail(ManifestVerifier::tr("cannot write the modified copy: %1").arg(archiveErrorText(w)));
    const auto writeFailed = [&] {
        return Result<bool>::fail(
            ManifestVerifier::tr("cannot write the modified copy: %1").arg(archiveErrorText(w)));
    };

    ManifestStream stream(path, control, limits);
    EntryStream entries(stream);
    const Status copied = entries.run([&](const ArchiveEntry& entry, archive_entry* raw) -> Result<bool> {
        ArchiveEntryPtr copy(archive_entry_clone(raw));
        archive_entry_sparse_clear(copy.get());
        if (entry.type != ArchiveEntry::Type::File)
            archive_entry_set_size(copy.get(), 0);
        if (archive_write_header(w, copy.get()) < ARCHIVE_WARN)
            return writeFailed();
        if (entry.type != ArchiveEntry::Type::File)
            return Result<bool>::ok(true);
        const void* data = nullptr;
        size_t size = 0;
        for (;;) {
            const Status read = entries.readBlock(&data, &size);
            if (!read)
                return Result<bool>::fail(read.error());
            if (size == 0)
                break;
            if (archive_write_data(w, data, size) != la_ssize_t(size))
                return writeFailed();
        }
        return Result<bool>::ok(true);
    });
    if (!copied)
        return R::fail(copied.error());

    ArchiveEntryPtr extra(archive_entry_new());
    const qint64 textSize = qint64(sizeof TamperFileText - 1);
    archive_entry_set_pathname(extra.get(), TamperFileName);
    archive_entry_set_filetype(extra.get(), AE_IFREG);
    archive_entry_set_perm(extra.get(), 0644);
    archive_entry_set_size(extra.get(), textSize);
    archive_entry_set_mtime(extra.get(), time_t(QDateTime::currentSecsSinceEpoch()), 0);
    if (archive_write_header(w, extra.get()) < ARCHIVE_WARN
        || archive_write_data(w, TamperFileText, size_t(textSize)) != la_ssize_t(textSize)
        || archive_write_close(w) != ARCHIVE_OK)
        return R::fail(writeFailed().error());

    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestSize = 0;
    if (EVP_DigestFinal_ex(hash.get(), digest, &digestSize) != 1)
        return R::fail(OpenSslError::take(ManifestVerifier::tr("SHA-256 failed")));
    return R::ok(QByteArray(reinterpret_cast<const char*>(digest), int(digestSize)));
}

} // namespace

Result<ManifestVerifier::Key> ManifestVerifier::loadKey(const QByteArray& pem)
{
    using R = Result<Key>;
    auto parsed = parsePublicKey(pem);
    if (!parsed)
        return R::fail(parsed.error());
    const EvpPkeyPtr pkey = parsed.take();
    const Status rsa = requireRsa(pkey.get());
    if (!rsa)
        return R::fail(rsa.error());

    unsigned char* der = nullptr;
    const int derSize = i2d_PUBKEY(pkey.get(), &der);
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (derSize <= 0 || !bio || !PEM_write_bio_PUBKEY(bio.get(), pkey.get())) {
        OPENSSL_free(der);
        return R::fail(OpenSslError::take(tr("the public key cannot be encoded")));
    }
    const QByteArray spki(reinterpret_cast<const char*>(der), derSize);
    OPENSSL_free(der);
    char* text = nullptr;
    const long textSize = BIO_get_mem_data(bio.get(), &text);

    Key key;
    key.pem = QByteArray(text, int(textSize));
    key.fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex(':').toUpper());
    key.description = tr("RSA, %1 bits").arg(EVP_PKEY_get_bits(pkey.get()));
    return R::ok(key);
}

Result<QByteArray> ManifestVerifier::decodeSignature(const QByteArray& hex)
{
    return decodeHex(hex, tr("the signature"));
}

Status ManifestVerifier::verifyDigest(const QByteArray& tbzSha256, const QByteArray& signature,
                                      const Key& key)
{
    if (tbzSha256.size() != Sha256Size)
        return Status::fail(
            tr("the digest is %1 bytes; SHA-256 makes %2").arg(tbzSha256.size()).arg(Sha256Size));
    auto parsed = parsePublicKey(key.pem);
    if (!parsed)
        return Status::fail(parsed.error());
    const EvpPkeyPtr pkey = parsed.take();
    const Status rsa = requireRsa(pkey.get());
    if (!rsa)
        return rsa;
    const int expected = EVP_PKEY_get_size(pkey.get());
    if (signature.size() != expected) {
        return Status::fail(
            tr("the signature is %1 bytes, but this %2-bit key makes %3-byte signatures: another "
               "key made it, or it is damaged")
                .arg(signature.size())
                .arg(EVP_PKEY_get_bits(pkey.get()))
                .arg(expected));
    }
    // PROTOCOL §5 signs SHA-256 over d (openssl dgst -sha256 -sign over the file holding d), so
    // the PKCS#1 v1.5 block carries SHA-256(d): the archive is hashed twice.
    const QByteArray hashOfDigest = QCryptographicHash::hash(tbzSha256, QCryptographicHash::Sha256);
    OpenSslError::clear();
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey.get(), nullptr));
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1
        || EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_sha256()) != 1)
        return Status::fail(OpenSslError::take(tr("cannot set up the signature check")));
    const int verified = EVP_PKEY_verify(
        ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
        reinterpret_cast<const unsigned char*>(hashOfDigest.constData()), size_t(hashOfDigest.size()));
    OpenSslError::clear();
    if (verified != 1) {
        return Status::fail(
            tr("the signature does not match: the archive was changed after it was signed, or "
               "another key signed it"));
    }
    return Status::ok();
}

Verification ManifestVerifier::verifyFile(const QString& sigTbzPath, const QByteArray& publicKeyPem,
                                          const ReadControl& control, const ReadLimits& limits)
{
    Verification v;
    const QString file = QFileInfo(sigTbzPath).fileName();
    const Result<Key> key = loadKey(publicKeyPem);
    if (!key) {
        v.outcome = Verification::Outcome::KeyUnusable;
        v.message = key.error();
        return v;
    }
    v.keyFingerprint = key->fingerprint;
    v.keyDescription = key->description;

    const auto outer = ManifestArchive::readOuter(sigTbzPath, control, limits);
    if (!outer) {
        const bool cancelled = control.cancelled && control.cancelled();
        v.outcome = cancelled ? Verification::Outcome::Cancelled : Verification::Outcome::Malformed;
        v.message = outer.error();
        return v;
    }
    v.manifestName = outer->manifestName;
    v.tbzSha256 = outer->tbzSha256;
    v.tbzSize = outer->tbzSize;

    const auto signature
        = decodeHex(outer->signatureHex, tr("the signature %1.sig in %2").arg(outer->manifestName, file));
    if (!signature) {
        v.outcome = Verification::Outcome::Malformed;
        v.message = signature.error();
        return v;
    }
    const Status verified = verifyDigest(outer->tbzSha256, signature.value(), key.value());
    if (!verified) {
        v.outcome = Verification::Outcome::SignatureInvalid;
        v.message = tr("%1 does not verify with the key %2 (%3): %4")
                        .arg(file, key->fingerprint, key->description, verified.error());
        return v;
    }
    v.outcome = Verification::Outcome::Verified;
    v.message = tr("%1 is verified: its signature over SHA-256 of %2.tbz is valid for the key %3 (%4)")
                    .arg(file, outer->manifestName, key->fingerprint, key->description);
    return v;
}

Status ManifestVerifier::tamperTest(const QString& sigTbzPath, const QByteArray& publicKeyPem,
                                    const ReadControl& control, const ReadLimits& limits)
{
    const QString file = QFileInfo(sigTbzPath).fileName();
    const Result<Key> key = loadKey(publicKeyPem);
    if (!key)
        return Status::fail(tr("the tamper test cannot run: %1").arg(key.error()));
    const auto outer = ManifestArchive::readOuter(sigTbzPath, control, limits);
    if (!outer)
        return Status::fail(tr("the tamper test cannot run: %1").arg(outer.error()));
    const auto signature
        = decodeHex(outer->signatureHex, tr("the signature %1.sig in %2").arg(outer->manifestName, file));
    if (!signature)
        return Status::fail(tr("the tamper test cannot run: %1").arg(signature.error()));
    // A test that a change is noticed means something only when the unchanged manifest verifies.
    const Status original = verifyDigest(outer->tbzSha256, signature.value(), key.value());
    if (!original)
        return Status::fail(
            tr("the tamper test cannot run: %1 does not verify unchanged: %2").arg(file, original.error()));

    const Result<QByteArray> modified = modifiedCopyDigest(sigTbzPath, control, limits);
    if (!modified)
        return Status::fail(tr("the tamper test cannot run: %1").arg(modified.error()));
    if (verifyDigest(modified.value(), signature.value(), key.value())) {
        return Status::fail(tr("the tamper test failed: a modified copy still verified (%1 with %2 added)")
                                .arg(file, QString::fromLatin1(TamperFileName)));
    }
    return Status::ok();
}

QString ManifestVerifier::opensslCommands(const QString& manifestName, const QString& publicKeyFile)
{
    // "./" first: GNU tar takes a name with ':' before any '/' for a remote archive (host:file),
    // and manifest names hold a port ("manifest.127.0.0.1:5443...").
    const QString sigTbz = shellQuote(QStringLiteral("./") + manifestName + QStringLiteral(".sig.tbz"));
    const QString tbz = shellQuote(manifestName + QStringLiteral(".tbz"));
    const QString sig = shellQuote(manifestName + QStringLiteral(".sig"));
    const QString sigBin = shellQuote(manifestName + QStringLiteral(".sig.bin"));
    const QString digest = shellQuote(manifestName + QStringLiteral(".sha256"));
    const QStringList lines = {
        QStringLiteral("tar -xjf %1").arg(sigTbz),
        QStringLiteral("openssl dgst -sha256 -binary %1 > %2").arg(tbz, digest),
        QStringLiteral("xxd -r -p %1 > %2").arg(sig, sigBin),
        QStringLiteral("openssl dgst -sha256 -verify %1 -signature %2 %3")
            .arg(shellQuote(publicKeyFile), sigBin, digest),
    };
    return lines.join(QLatin1Char('\n'));
}

} // namespace sbs::manifest
