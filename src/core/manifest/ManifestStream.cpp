#include "manifest/ManifestStream.h"

#include "manifest/EntryPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>
#include <cerrno>

namespace sbs::manifest {

namespace {

// libarchive reads the file in blocks of this size; large blocks keep the per-call overhead
// out of the profile.
constexpr size_t FileBlockSize = 1 << 20;
constexpr qint64 ProgressBytes = 1 << 20;
constexpr qint64 ProgressMs = 50;

// libarchive's ARCHIVE_ERRNO_FILE_FORMAT and ARCHIVE_ERRNO_MISC on Linux (archive_platform.h).
constexpr int ArchiveErrnoFileFormat = EILSEQ;
constexpr int ArchiveErrnoMisc = -1;

// Handed out for the holes of sparse entries.
constexpr size_t ZeroBlockSize = 64 * 1024;
const char ZeroBlock[ZeroBlockSize] = {};

QString bytesText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1);
}

} // namespace

ManifestStream::ManifestStream(const QString& path, const ReadControl& control, const ReadLimits& limits)
    : m_path(path)
    , m_fileName(QFileInfo(path).fileName())
    , m_control(control)
    , m_limits(limits)
{
    if (m_fileName.isEmpty())
        m_fileName = path;
}

ManifestStream::~ManifestStream()
{
    // The inner reader pulls from the outer one: free it first.
    m_levels[Inner].handle.reset();
    m_levels[Outer].handle.reset();
}

QString ManifestStream::describe(Level level) const
{
    if (level == Inner)
        return tr("the inner archive %1 in %2").arg(m_innerName, m_fileName);
    return m_fileName;
}

Status ManifestStream::open()
{
    const QFileInfo info(m_path);
    if (m_path.isEmpty())
        return Status::fail(tr("no manifest file was given"));
    if (!info.exists())
        return Status::fail(tr("cannot read %1: the file does not exist (%2)").arg(m_fileName, m_path));
    if (info.isDir())
        return Status::fail(
            tr("%1 is a folder, not a manifest file; choose the .sig.tbz file").arg(m_fileName));
    m_fileSize = info.size();
    if (m_fileSize == 0)
        return Status::fail(tr("%1 is empty; it is not a manifest (download it again)").arg(m_fileName));

    LevelState& outer = m_levels[Outer];
    QFile head(m_path);
    if (head.open(QIODevice::ReadOnly))
        outer.head = head.read(4);
    head.close();
    outer.handle.reset(archive_read_new());
    archive* a = outer.handle.get();
    if (!a || archive_read_support_filter_bzip2(a) != ARCHIVE_OK
        || archive_read_support_format_tar(a) != ARCHIVE_OK)
        return Status::fail(tr("cannot read %1: %2").arg(m_fileName, archiveErrorText(a)));
    if (archive_read_open_filename(a, QFile::encodeName(m_path).constData(), FileBlockSize) != ARCHIVE_OK) {
        // libarchive picks the compression and the format as it opens: a failure here is either
        // the file itself (it cannot be opened) or its first bytes.
        const int code = archive_errno(a);
        if (code == ArchiveErrnoFileFormat || code == ArchiveErrnoMisc)
            return Status::fail(failure(Outer, true));
        return Status::fail(tr("cannot read %1: %2").arg(m_fileName, archiveErrorText(a)));
    }
    m_progressTimer.start();
    reportProgress(true);
    return Status::ok();
}

Result<bool> ManifestStream::next(Level level)
{
    LevelState& s = m_levels[level];
    archive* a = s.handle.get();
    if (!a)
        return Result<bool>::fail(tr("cannot read %1: it is not open").arg(describe(level)));
    if (s.entry && !s.dataDone) {
        // Read the rest ourselves rather than let libarchive skip it: the limits are checked
        // block by block, so a bomb in an entry nobody reads is stopped as well.
        const Status skipped = skipData(level);
        if (!skipped)
            return Result<bool>::fail(skipped.error());
    }
    const Status ready = poll();
    if (!ready)
        return Result<bool>::fail(ready.error());

    archive_entry* raw = nullptr;
    const int r = archive_read_next_header(a, &raw);
    s.entry = nullptr;
    if (r == ARCHIVE_EOF) {
        if (s.entries == 0)
            return Result<bool>::fail(tr("%1 holds no entries; it is not a manifest").arg(describe(level)));
        const Status checked = checkLimits(level);
        if (!checked)
            return Result<bool>::fail(checked.error());
        return Result<bool>::ok(false);
    }
    if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
        return Result<bool>::fail(failure(level, s.entries == 0));
    if (s.entries == 0 && archive_filter_code(a, 0) != ARCHIVE_FILTER_BZIP2) {
        return Result<bool>::fail(
            tr("%1 is a tar archive but not bzip2-compressed; a manifest is a bzip2-compressed tar (.tbz)")
                .arg(describe(level)));
    }
    if (++s.entries > m_limits.maxEntries) {
        return Result<bool>::fail(tr("%1 has more than %2 entries, the limit for one archive; it was not "
                                     "read further")
                                      .arg(describe(level))
                                      .arg(m_limits.maxEntries));
    }
    s.entry = raw;
    s.offset = 0;
    s.pending = nullptr;
    s.pendingSize = 0;
    s.pendingOffset = 0;
    s.eofSeen = false;
    s.endOffset = 0;
    s.dataDone = false;
    const Status checked = checkLimits(level);
    if (!checked)
        return Result<bool>::fail(checked.error());
    return Result<bool>::ok(true);
}

Status ManifestStream::fetchBlock(Level level)
{
    LevelState& s = m_levels[level];
    const void* block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    for (;;) {
        const int r = archive_read_data_block(s.handle.get(), &block, &size, &offset);
        if (r == ARCHIVE_EOF) {
            s.eofSeen = true;
            s.endOffset = s.offset;
            // A sparse entry may end in a hole: its size says where the data ends.
            if (archive_entry_sparse_count(s.entry) > 0 && archive_entry_size_is_set(s.entry))
                s.endOffset = std::max(s.offset, qint64(archive_entry_size(s.entry)));
            break;
        }
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
            return Status::fail(failure(level, false));
        if (size == 0)
            continue; // libarchive ends every entry with ARCHIVE_EOF; empty blocks carry nothing
        s.pending = static_cast<const char*>(block);
        s.pendingSize = size;
        s.pendingOffset = offset;
        break;
    }
    const Status checked = checkLimits(level);
    if (!checked)
        return checked;
    return poll();
}

Status ManifestStream::readBlock(Level level, const void** data, size_t* size)
{
    LevelState& s = m_levels[level];
    *data = nullptr;
    *size = 0;
    if (!s.entry || s.dataDone)
        return Status::ok();
    if (s.pendingSize == 0 && !s.eofSeen) {
        const Status fetched = fetchBlock(level);
        if (!fetched)
            return fetched;
    }
    const qint64 nextData = s.eofSeen ? s.endOffset : s.pendingOffset;
    if (nextData > s.offset) {
        const size_t hole = size_t(std::min<qint64>(nextData - s.offset, qint64(ZeroBlockSize)));
        s.holeBytes += qint64(hole);
        s.offset += qint64(hole);
        *data = ZeroBlock;
        *size = hole;
        return checkLimits(level);
    }
    if (s.eofSeen) {
        s.dataDone = true;
        return Status::ok();
    }
    if (nextData < s.offset)
        return Status::fail(tr("%1 is corrupt: the data of %2 overlaps itself; download it again")
                                .arg(describe(level), EntryPaths::describe(s.entry).path));
    *data = s.pending;
    *size = s.pendingSize;
    s.offset += qint64(s.pendingSize);
    s.pending = nullptr;
    s.pendingSize = 0;
    return Status::ok();
}

Status ManifestStream::skipData(Level level)
{
    const void* data = nullptr;
    size_t size = 0;
    do {
        const Status read = readBlock(level, &data, &size);
        if (!read)
            return read;
    } while (size > 0);
    return Status::ok();
}

la_ssize_t ManifestStream::readInner(archive* a, void* client, const void** buffer)
{
    auto* self = static_cast<ManifestStream*>(client);
    size_t size = 0;
    const Status read = self->readBlock(Outer, buffer, &size);
    if (!read) {
        self->m_pendingError = read.error();
        archive_set_error(a, EIO, "%s", read.error().toUtf8().constData());
        return ARCHIVE_FATAL;
    }
    QByteArray& head = self->m_levels[Inner].head;
    if (head.size() < 4)
        head.append(static_cast<const char*>(*buffer),
                    qsizetype(std::min<size_t>(size, size_t(4 - head.size()))));
    return la_ssize_t(size);
}

Status ManifestStream::openInner(const QString& memberName)
{
    m_innerName = memberName;
    LevelState& s = m_levels[Inner];
    s = LevelState();
    s.handle.reset(archive_read_new());
    archive* a = s.handle.get();
    if (!a || archive_read_support_filter_bzip2(a) != ARCHIVE_OK
        || archive_read_support_format_tar(a) != ARCHIVE_OK)
        return Status::fail(tr("cannot read %1: %2").arg(describe(Inner), archiveErrorText(a)));
    if (archive_read_open(a, this, nullptr, &ManifestStream::readInner, nullptr) != ARCHIVE_OK)
        return Status::fail(failure(Inner, true));
    return Status::ok();
}

Result<ManifestStream::OuterMember> ManifestStream::outerMember() const
{
    using R = Result<OuterMember>;
    archive_entry* raw = m_levels[Outer].entry;
    if (!raw)
        return R::fail(tr("%1 has no current member").arg(m_fileName));
    const ArchiveEntry entry = EntryPaths::describe(raw);
    if (entry.flags & (ArchiveEntry::Absolute | ArchiveEntry::ParentReference)) {
        return R::fail(tr("%1 has a member with an unsafe path, %2 (%3); the manifest was refused")
                           .arg(m_fileName, entry.path, entry.problem()));
    }
    OuterMember member;
    member.name = entry.path;
    const bool isTbz = entry.path.endsWith(QLatin1String(".tbz"));
    member.isSignature = entry.path.endsWith(QLatin1String(".sig"));
    if ((!isTbz && !member.isSignature) || entry.path.contains(QLatin1Char('/')) || entry.path.size() <= 4) {
        return R::fail(
            tr("%1 has an unexpected member %2; a manifest holds only <name>.tbz and <name>.sig, so "
               "it was refused")
                .arg(m_fileName, entry.path));
    }
    if (entry.type != ArchiveEntry::Type::File) {
        return R::fail(tr("the member %1 of %2 is not a regular file; the manifest was refused")
                           .arg(entry.path, m_fileName));
    }
    member.stem = entry.path.chopped(4);
    return R::ok(member);
}

Status ManifestStream::checkLimits(Level level)
{
    archive* a = m_levels[level].handle.get();
    const qint64 unpacked = qint64(archive_filter_bytes(a, 0)) + m_levels[level].holeBytes;
    const qint64 packed = std::max<qint64>(1, archive_filter_bytes(a, -1));
    if (unpacked > m_limits.maxTotalBytes) {
        return Status::fail(tr("%1 unpacks to more than %2, the limit for one archive; it looks like a "
                               "decompression bomb, so reading stopped")
                                .arg(describe(level), bytesText(m_limits.maxTotalBytes)));
    }
    if (unpacked > m_limits.ratioFloorBytes && unpacked > qint64(m_limits.maxRatio) * packed) {
        return Status::fail(tr("%1 unpacks to more than %2 times its compressed size (%3 from %4; the limit "
                               "is %2 times); it looks like a decompression bomb, so reading stopped")
                                .arg(describe(level))
                                .arg(m_limits.maxRatio)
                                .arg(bytesText(unpacked), bytesText(packed)));
    }
    return Status::ok();
}

Status ManifestStream::poll()
{
    if (m_cancelled || (m_control.cancelled && m_control.cancelled())) {
        m_cancelled = true;
        return Status::fail(tr("reading %1 was cancelled").arg(m_fileName));
    }
    reportProgress(false);
    return Status::ok();
}

void ManifestStream::reportProgress(bool force)
{
    archive* outer = m_levels[Outer].handle.get();
    if (!m_control.progress || !outer)
        return;
    const qint64 done = std::clamp<qint64>(archive_filter_bytes(outer, -1), 0, m_fileSize);
    if (done == m_lastProgress && m_lastProgress >= 0)
        return;
    if (!force && done - m_lastProgress < ProgressBytes && m_progressTimer.elapsed() < ProgressMs)
        return;
    m_lastProgress = done;
    m_progressTimer.restart();
    m_control.progress(done, m_fileSize);
}

QString ManifestStream::failure(Level level, bool atStart)
{
    if (m_cancelled)
        return tr("reading %1 was cancelled").arg(m_fileName);
    if (!m_pendingError.isEmpty())
        return m_pendingError;
    archive* a = m_levels[level].handle.get();
    const QString text = archiveErrorText(a);
    if (atStart && archive_errno(a) == ArchiveErrnoFileFormat) {
        // libarchive says only that it found no tar archive: for bzip2 data that is what a
        // damaged first block looks like as well.
        const QByteArray& head = m_levels[level].head;
        const bool bzip2
            = head.size() == 4 && head.startsWith("BZh") && head.at(3) >= '1' && head.at(3) <= '9';
        if (bzip2) {
            return tr("%1 is truncated or corrupt, or not a tar archive inside its bzip2 compression (%2); "
                      "download it again")
                .arg(describe(level), text);
        }
        return tr("%1 is not a bzip2-compressed tar archive (%2); check that this is the manifest file the "
                  "server sent")
            .arg(describe(level), text);
    }
    return tr("%1 is truncated or corrupt: %2; download it again").arg(describe(level), text);
}

} // namespace sbs::manifest
