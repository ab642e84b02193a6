#include "manifest/ManifestArchive.h"

#include "manifest/EntryPaths.h"
#include "manifest/EntryStream.h"
#include "manifest/ManifestStream.h"
#include "pki/OpenSslError.h"
#include "pki/OpenSslHandles.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <openssl/evp.h>

namespace sbs::manifest {

namespace {

constexpr qint64 BuildRecordMaxBytes = 16 << 20;

} // namespace

Result<ManifestArchive::Outer> ManifestArchive::readOuter(const QString& path, const ReadControl& control,
                                                          const ReadLimits& limits)
{
    using R = Result<Outer>;
    ManifestStream stream(path, control, limits);
    const Status opened = stream.open();
    if (!opened)
        return R::fail(opened.error());

    pki::EvpMdCtxPtr hash(EVP_MD_CTX_new());
    if (!hash || EVP_DigestInit_ex(hash.get(), EVP_sha256(), nullptr) != 1)
        return R::fail(pki::OpenSslError::take(tr("cannot start SHA-256 for %1").arg(stream.fileName())));

    Outer outer;
    QString stem;
    bool haveTbz = false;
    bool haveSig = false;
    bool first = true;
    Result<bool> more = stream.next(ManifestStream::Outer);
    while (more && more.value()) {
        if (first) {
            const ArchiveEntry entry = EntryPaths::describe(stream.entry(ManifestStream::Outer));
            const bool memberName
                = entry.path.endsWith(QLatin1String(".tbz")) || entry.path.endsWith(QLatin1String(".sig"));
            if (!memberName && entry.isSafe()) {
                return R::fail(tr("%1 is not a signed manifest: it starts with %2 where <name>.tbz and "
                                  "<name>.sig belong, so it looks like a bare .tbz, which has no signature; "
                                  "choose the .sig.tbz file")
                                   .arg(stream.fileName(), entry.path));
            }
            first = false;
        }
        const auto member = stream.outerMember();
        if (!member)
            return R::fail(member.error());
        if (!stem.isEmpty() && member->stem != stem) {
            return R::fail(tr("%1 holds members of two manifests, %2 and %3; it was refused")
                               .arg(stream.fileName(), stem, member->stem));
        }
        stem = member->stem;
        const qint64 declared = archive_entry_size(stream.entry(ManifestStream::Outer));
        if (member->isSignature) {
            if (haveSig) {
                return R::fail(tr("%1 has two .sig members (%2); a manifest has one, so it was refused")
                                   .arg(stream.fileName(), member->name));
            }
            haveSig = true;
            const auto tooLarge = [&] {
                return R::fail(tr("the signature %1 in %2 is larger than a signature can be (%3 bytes); the "
                                  "manifest was refused")
                                   .arg(member->name, stream.fileName())
                                   .arg(limits.maxSignatureBytes));
            };
            if (declared > limits.maxSignatureBytes)
                return tooLarge();
            const void* data = nullptr;
            size_t size = 0;
            do {
                const Status read = stream.readBlock(ManifestStream::Outer, &data, &size);
                if (!read)
                    return R::fail(read.error());
                if (outer.signatureHex.size() + qint64(size) > limits.maxSignatureBytes)
                    return tooLarge();
                outer.signatureHex.append(static_cast<const char*>(data), qsizetype(size));
            } while (size > 0);
        } else {
            if (haveTbz) {
                return R::fail(tr("%1 has two .tbz members (%2); a manifest has one, so it was refused")
                                   .arg(stream.fileName(), member->name));
            }
            haveTbz = true;
            // The inner archive is hashed as it streams out of the outer one.
            const void* data = nullptr;
            size_t size = 0;
            do {
                const Status read = stream.readBlock(ManifestStream::Outer, &data, &size);
                if (!read)
                    return R::fail(read.error());
                if (size > 0 && EVP_DigestUpdate(hash.get(), data, size) != 1)
                    return R::fail(
                        pki::OpenSslError::take(tr("SHA-256 failed for %1").arg(stream.fileName())));
                outer.tbzSize += qint64(size);
            } while (size > 0);
        }
        more = stream.next(ManifestStream::Outer);
    }
    if (!more)
        return R::fail(more.error());
    if (!haveTbz) {
        return R::fail(tr("the manifest %1 has no .tbz member: %2.tbz, the signed archive of the build, is "
                          "missing, so there is nothing to verify")
                           .arg(stream.fileName(), stem));
    }
    if (!haveSig) {
        return R::fail(
            tr("the manifest %1 has no .sig member: %2.sig is missing, so the manifest is not signed")
                .arg(stream.fileName(), stem));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestSize = 0;
    if (EVP_DigestFinal_ex(hash.get(), digest, &digestSize) != 1)
        return R::fail(pki::OpenSslError::take(tr("SHA-256 failed for %1").arg(stream.fileName())));
    stream.finishProgress();
    outer.manifestName = stem;
    outer.tbzSha256 = QByteArray(reinterpret_cast<const char*>(digest), int(digestSize));
    outer.signatureHex = outer.signatureHex.trimmed();
    return R::ok(outer);
}

Status ManifestArchive::forEachEntry(const QString& path, const Visitor& visit, const ReadControl& control,
                                     const ReadLimits& limits)
{
    ManifestStream stream(path, control, limits);
    EntryStream entries(stream);
    return entries.run([&](const ArchiveEntry& entry, archive_entry*) -> Result<bool> {
        const std::function<Result<QByteArray>(qint64)> readData = [&](qint64 maxBytes) {
            return entries.readData(entry, maxBytes);
        };
        return Result<bool>::ok(!visit || visit(entry, readData));
    });
}

Result<QList<ArchiveEntry>> ManifestArchive::list(const QString& path, const ReadControl& control,
                                                  const ReadLimits& limits)
{
    QList<ArchiveEntry> entries;
    const Status listed = forEachEntry(
        path,
        [&](const ArchiveEntry& entry, const auto&) {
            entries.append(entry);
            return true;
        },
        control, limits);
    if (!listed)
        return Result<QList<ArchiveEntry>>::fail(listed.error());
    return Result<QList<ArchiveEntry>>::ok(entries);
}

Result<QByteArray> ManifestArchive::readFile(const QString& path, const QString& entryPath, qint64 maxBytes,
                                             const ReadControl& control)
{
    using R = Result<QByteArray>;
    const QString wanted = EntryPaths::normalized(EntryPaths::display(entryPath));
    ManifestStream stream(path, control, ReadLimits());
    EntryStream entries(stream);
    bool found = false;
    R data = R::fail(QString());
    const Status read = entries.run([&](const ArchiveEntry& entry, archive_entry*) -> Result<bool> {
        if (EntryPaths::normalized(entry.path) != wanted)
            return Result<bool>::ok(true);
        found = true;
        if (entry.type == ArchiveEntry::Type::Symlink || entry.type == ArchiveEntry::Type::Hardlink) {
            data = R::fail(tr("%1 in %2 is a link to %3, not a file")
                               .arg(entry.path, entries.where(), entry.linkTarget));
        } else {
            data = entries.readData(entry, maxBytes);
        }
        return Result<bool>::ok(false);
    });
    if (!read)
        return R::fail(read.error());
    if (!found)
        return R::fail(tr("%1 has no entry %2").arg(entries.where(), entryPath));
    return data;
}

Result<QJsonObject> ManifestArchive::buildRecord(const QString& path, const ReadControl& control)
{
    using R = Result<QJsonObject>;
    const QString name = QStringLiteral("data/build.json");
    const Result<QByteArray> bytes = readFile(path, name, BuildRecordMaxBytes, control);
    if (!bytes)
        return R::fail(bytes.error());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &error);
    if (error.error != QJsonParseError::NoError) {
        return R::fail(tr("%1 in %2 is not valid JSON: %3 at byte %4")
                           .arg(name, QFileInfo(path).fileName(), error.errorString())
                           .arg(error.offset));
    }
    if (!document.isObject())
        return R::fail(tr("%1 in %2 is not a JSON object").arg(name, QFileInfo(path).fileName()));
    return R::ok(document.object());
}

} // namespace sbs::manifest
