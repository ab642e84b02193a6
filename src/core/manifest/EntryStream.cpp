#include "manifest/EntryStream.h"

#include "manifest/EntryPaths.h"

#include <QLocale>
#include <algorithm>

namespace sbs::manifest {

namespace {

// The first member of a .sig.tbz is <name>.tbz or <name>.sig; a bare .tbz starts with
// data/build.json or another path inside the build's tree.
bool looksLikeManifestMember(const QString& path)
{
    return path.endsWith(QLatin1String(".tbz")) || path.endsWith(QLatin1String(".sig"));
}

} // namespace

EntryStream::EntryStream(ManifestStream& stream)
    : m_stream(stream)
{ }

Status EntryStream::enterEntries()
{
    const Status opened = m_stream.open();
    if (!opened)
        return opened;
    Result<bool> more = m_stream.next(ManifestStream::Outer);
    if (!more)
        return Status::fail(more.error());
    const ArchiveEntry first = EntryPaths::describe(m_stream.entry(ManifestStream::Outer));
    if (!looksLikeManifestMember(first.path)) {
        m_level = ManifestStream::Outer; // a bare .tbz: its first entry is current
        return Status::ok();
    }
    QString stem;
    while (more.value()) {
        const auto member = m_stream.outerMember();
        if (!member)
            return Status::fail(member.error());
        if (!stem.isEmpty() && member->stem != stem) {
            return Status::fail(tr("%1 holds members of two manifests, %2 and %3; it was refused")
                                    .arg(m_stream.fileName(), stem, member->stem));
        }
        stem = member->stem;
        const qint64 size = archive_entry_size(m_stream.entry(ManifestStream::Outer));
        if (member->isSignature && size > m_stream.limits().maxSignatureBytes) {
            return Status::fail(
                tr("the signature %1 in %2 is %3 bytes, more than a signature can be (%4 bytes); "
                   "the manifest was refused")
                    .arg(member->name, m_stream.fileName())
                    .arg(size)
                    .arg(m_stream.limits().maxSignatureBytes));
        }
        if (!member->isSignature) {
            const Status inner = m_stream.openInner(member->name);
            if (!inner)
                return inner;
            m_level = ManifestStream::Inner;
            more = m_stream.next(ManifestStream::Inner);
            if (!more)
                return Status::fail(more.error());
            return Status::ok();
        }
        more = m_stream.next(ManifestStream::Outer);
        if (!more)
            return Status::fail(more.error());
    }
    return Status::fail(tr("the manifest %1 has no .tbz member: %2.tbz, the signed archive of the build, is "
                           "missing, so there is nothing to read")
                            .arg(m_stream.fileName(), stem));
}

Status EntryStream::run(const Handler& handler)
{
    const Status entered = enterEntries();
    if (!entered)
        return entered;
    const Status done = iterate(handler);
    m_stream.finishProgress();
    return done;
}

Status EntryStream::iterate(const Handler& handler)
{
    for (;;) {
        archive_entry* raw = m_stream.entry(m_level);
        ArchiveEntry entry = EntryPaths::describe(raw);
        const QString key = EntryPaths::normalized(entry.path);
        if (m_seen.contains(key))
            entry.flags |= ArchiveEntry::Duplicate;
        else
            m_seen.insert(key);
        m_dataTaken = false;
        const Result<bool> goOn = handler(entry, raw);
        if (!goOn)
            return Status::fail(goOn.error());
        if (!goOn.value())
            return Status::ok();
        const Result<bool> more = m_stream.next(m_level);
        if (!more)
            return Status::fail(more.error());
        if (!more.value())
            return Status::ok();
    }
}

Status EntryStream::readBlock(const void** data, size_t* size)
{
    m_dataTaken = true;
    return m_stream.readBlock(m_level, data, size);
}

Result<QByteArray> EntryStream::readData(const ArchiveEntry& entry, qint64 maxBytes)
{
    using R = Result<QByteArray>;
    if (entry.type != ArchiveEntry::Type::File)
        return R::fail(tr("%1 in %2 is not a file, so it has no data to read").arg(entry.path, where()));
    if (m_dataTaken)
        return R::fail(tr("the data of %1 in %2 was read already").arg(entry.path, where()));
    const auto tooLarge = [&] {
        return R::fail(
            tr("%1 in %2 is larger than %3, the most that is read here")
                .arg(entry.path, where(), QLocale::c().formattedDataSize(std::max<qint64>(0, maxBytes))));
    };
    if (entry.size > maxBytes)
        return tooLarge();
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min<qint64>(entry.size, 64 << 20)));
    const void* data = nullptr;
    size_t size = 0;
    for (;;) {
        const Status read = readBlock(&data, &size);
        if (!read)
            return R::fail(read.error());
        if (size == 0)
            break;
        if (qint64(bytes.size()) + qint64(size) > maxBytes)
            return tooLarge();
        bytes.append(static_cast<const char*>(data), qsizetype(size));
    }
    return R::ok(bytes);
}

} // namespace sbs::manifest
