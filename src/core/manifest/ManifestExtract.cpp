// ManifestArchive::extract: writes the safe entries of a manifest's inner archive under a
// target folder.
//
// Files and folders are written as they stream, with libarchive's archive_write_disk and its
// checks against ".." and writing through links. Links are made afterwards, by us: hard links
// first (to regular files only, while no symbolic link exists under the target, so no path
// can lead through one), then symbolic links, each in a chain of real folders. Finally every
// symbolic link made is resolved on disk, following other links; one that leads outside the
// target (a chain like a -> b/.. with b -> ..) is removed again and reported as skipped.
#include "manifest/ArchiveHandles.h"
#include "manifest/EntryPaths.h"
#include "manifest/EntryStream.h"
#include "manifest/ManifestArchive.h"
#include "manifest/ManifestStream.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sbs::manifest {

namespace {

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The folders above relative path rel under root, made where missing; each one must be a
// real folder (lstat, so a link to a folder does not count).
Status ensureRealFolders(const QString& root, const QString& rel)
{
    QStringList parts = EntryPaths::normalized(rel).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!parts.isEmpty())
        parts.removeLast();
    QString current = root;
    for (const QString& part : parts) {
        current += QLatin1Char('/') + part;
        struct stat st;
        if (::lstat(native(current).constData(), &st) != 0) {
            if (errno != ENOENT || ::mkdir(native(current).constData(), 0755) != 0) {
                return Status::fail(ManifestArchive::tr("cannot create the folder %1: %2")
                                        .arg(QDir(root).relativeFilePath(current), errnoText(errno)));
            }
            continue;
        }
        if (!S_ISDIR(st.st_mode)) {
            return Status::fail(ManifestArchive::tr("cannot write %1: %2 is not a folder (it may be a link)")
                                    .arg(rel, QDir(root).relativeFilePath(current)));
        }
    }
    return Status::ok();
}

// Resolves the symbolic link at linkPath on disk, following further links and taking ".."
// after them as the system does; parts that do not exist are taken as written. True when the
// result is root or under it (root must be canonical).
bool symlinkResolvesInside(const QString& root, const QString& linkPath)
{
    QByteArray target(4096, '\0');
    const ssize_t n = ::readlink(native(linkPath).constData(), target.data(), size_t(target.size() - 1));
    if (n < 0)
        return false;
    target.resize(n);
    QStringList pending = QFileInfo(linkPath).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString targetText = QFile::decodeName(target);
    if (targetText.startsWith(QLatin1Char('/')))
        pending.clear();
    pending += targetText.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList current;
    int hops = 0;
    while (!pending.isEmpty()) {
        const QString part = pending.takeFirst();
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!current.isEmpty())
                current.removeLast();
            continue;
        }
        current.append(part);
        const QByteArray here = native(QLatin1Char('/') + current.join(QLatin1Char('/')));
        struct stat st;
        if (::lstat(here.constData(), &st) != 0 || !S_ISLNK(st.st_mode))
            continue;
        if (++hops > 40)
            return false; // a loop: not a place inside the target
        QByteArray next(4096, '\0');
        const ssize_t m = ::readlink(here.constData(), next.data(), size_t(next.size() - 1));
        if (m < 0)
            return false;
        next.resize(m);
        const QString nextText = QFile::decodeName(next);
        current.removeLast();
        if (nextText.startsWith(QLatin1Char('/')))
            current.clear();
        pending = nextText.split(QLatin1Char('/'), Qt::SkipEmptyParts) + pending;
    }
    const QString resolved = QLatin1Char('/') + current.join(QLatin1Char('/'));
    return resolved == root || resolved.startsWith(root + QLatin1Char('/'));
}

void setLinkTime(const QString& path, const QDateTime& mtime)
{
    if (!mtime.isValid())
        return;
    struct timespec times[2];
    times[0].tv_sec = time_t(mtime.toSecsSinceEpoch());
    times[0].tv_nsec = 0;
    times[1] = times[0];
    ::utimensat(AT_FDCWD, native(path).constData(), times, AT_SYMLINK_NOFOLLOW);
}

// One folder or file, written with archive_write_disk; the file's data streams from entries.
Status writeEntry(archive* disk, const QString& root, const ArchiveEntry& entry, EntryStream& entries)
{
    const QString full = root + QLatin1Char('/') + EntryPaths::normalized(entry.path);
    const auto failed = [&](const QString& reason) {
        return Status::fail(ManifestArchive::tr("cannot write %1: %2").arg(entry.path, reason));
    };
    ArchiveEntryPtr out(archive_entry_new());
    archive_entry_copy_pathname(out.get(), native(full).constData());
    const bool isDir = entry.type == ArchiveEntry::Type::Directory;
    archive_entry_set_filetype(out.get(), isDir ? AE_IFDIR : AE_IFREG);
    // Plain permissions only: never set-id or sticky bits, never writable by others.
    archive_entry_set_perm(out.get(), (isDir || (entry.mode & 0111)) ? 0755 : 0644);
    if (entry.mtime.isValid())
        archive_entry_set_mtime(out.get(), time_t(entry.mtime.toSecsSinceEpoch()), 0);
    archive_entry_set_size(out.get(), isDir ? 0 : entry.size);
    if (archive_write_header(disk, out.get()) < ARCHIVE_WARN)
        return failed(archiveErrorText(disk));
    if (!isDir) {
        const void* data = nullptr;
        size_t size = 0;
        for (;;) {
            const Status read = entries.readBlock(&data, &size);
            if (!read)
                return read;
            if (size == 0)
                break;
            if (archive_write_data(disk, data, size) != la_ssize_t(size))
                return failed(archiveErrorText(disk));
        }
    }
    if (archive_write_finish_entry(disk) < ARCHIVE_WARN)
        return failed(archiveErrorText(disk));
    return Status::ok();
}

} // namespace

Result<ManifestArchive::Extracted> ManifestArchive::extract(const QString& path, const QString& targetDir,
                                                            const ReadControl& control,
                                                            const ReadLimits& limits)
{
    using R = Result<Extracted>;
    if (targetDir.isEmpty())
        return R::fail(tr("no folder to extract into was given"));
    if (!QFileInfo(path).isFile()) {
        return R::fail(tr("cannot read %1: the file does not exist or is not a file (%2)")
                           .arg(QFileInfo(path).fileName(), path));
    }
    const QFileInfo target(targetDir);
    if (target.exists()) {
        if (!target.isDir())
            return R::fail(tr("cannot extract into %1: it exists and is not a folder").arg(targetDir));
        if (!QDir(targetDir)
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                 .isEmpty())
            return R::fail(
                tr("cannot extract into %1: the folder is not empty; choose an empty or new folder")
                    .arg(targetDir));
    } else if (target.isSymLink() || !QDir().mkpath(targetDir)) {
        return R::fail(tr("cannot create the folder %1 to extract into").arg(targetDir));
    }
    const QString root = QFileInfo(targetDir).canonicalFilePath();
    if (root.isEmpty())
        return R::fail(tr("cannot extract into %1: the folder cannot be resolved").arg(targetDir));

    ArchiveWritePtr disk(archive_write_disk_new());
    // Our paths are absolute (the target's canonical path, then the entry's path), so the
    // no-absolute-paths check cannot be used; absolute entries are skipped before this.
    if (!disk
        || archive_write_disk_set_options(disk.get(),
                                          ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_SECURE_NODOTDOT
                                              | ARCHIVE_EXTRACT_NO_OVERWRITE | ARCHIVE_EXTRACT_TIME)
            != ARCHIVE_OK)
        return R::fail(tr("cannot extract into %1: %2").arg(targetDir, archiveErrorText(disk.get())));

    Extracted result;
    QList<ArchiveEntry> symlinks;
    QList<ArchiveEntry> hardlinks;
    QString partial;
    ManifestStream stream(path, control, limits);
    EntryStream entries(stream);
    const auto stopped = [&](const QString& reason) {
        return R::fail(tr("extracting %1 into %2 stopped: %3 (entries written before it: %4)")
                           .arg(QFileInfo(path).fileName(), targetDir, reason)
                           .arg(result.written));
    };
    const Status streamed = entries.run([&](const ArchiveEntry& entry, archive_entry*) -> Result<bool> {
        if (!entry.isSafe() || entry.type == ArchiveEntry::Type::Other) {
            result.skipped.append(entry);
            return Result<bool>::ok(true);
        }
        if (EntryPaths::normalized(entry.path).isEmpty())
            return Result<bool>::ok(true); // the archive's root: the target folder itself
        if (entry.type == ArchiveEntry::Type::Symlink) {
            symlinks.append(entry);
            return Result<bool>::ok(true);
        }
        if (entry.type == ArchiveEntry::Type::Hardlink) {
            hardlinks.append(entry);
            return Result<bool>::ok(true);
        }
        const Status written = writeEntry(disk.get(), root, entry, entries);
        if (!written) {
            if (entry.type == ArchiveEntry::Type::File)
                partial = root + QLatin1Char('/') + EntryPaths::normalized(entry.path);
            return Result<bool>::fail(written.error());
        }
        ++result.written;
        return Result<bool>::ok(true);
    });
    if (!streamed) {
        archive_write_close(disk.get());
        // A file cut off in the middle would look whole: it goes.
        if (!partial.isEmpty() && ::unlink(native(partial).constData()) == 0)
            return stopped(tr("%1; the partly written %2 was removed")
                               .arg(streamed.error(), QDir(root).relativeFilePath(partial)));
        return stopped(streamed.error());
    }

    for (const ArchiveEntry& link : hardlinks) {
        const QString linkPath = root + QLatin1Char('/') + EntryPaths::normalized(link.path);
        const QString targetPath = root + QLatin1Char('/') + EntryPaths::normalized(link.linkTarget);
        struct stat st;
        if (::lstat(native(targetPath).constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
            archive_write_close(disk.get());
            return stopped(
                tr("cannot create the hard link %1: its target %2 is not a file written from the archive")
                    .arg(link.path, link.linkTarget));
        }
        const Status folders = ensureRealFolders(root, link.path);
        if (!folders) {
            archive_write_close(disk.get());
            return stopped(folders.error());
        }
        if (::link(native(targetPath).constData(), native(linkPath).constData()) != 0) {
            const QString reason = errnoText(errno);
            archive_write_close(disk.get());
            return stopped(tr("cannot create the hard link %1: %2").arg(link.path, reason));
        }
        ++result.written;
    }

    QList<ArchiveEntry> made;
    for (const ArchiveEntry& link : symlinks) {
        const QString linkPath = root + QLatin1Char('/') + EntryPaths::normalized(link.path);
        const Status folders = ensureRealFolders(root, link.path);
        if (!folders) {
            archive_write_close(disk.get());
            return stopped(folders.error());
        }
        if (::symlink(native(link.linkTarget).constData(), native(linkPath).constData()) != 0) {
            const QString reason = errnoText(errno);
            archive_write_close(disk.get());
            return stopped(tr("cannot create the link %1: %2").arg(link.path, reason));
        }
        setLinkTime(linkPath, link.mtime);
        made.append(link);
        ++result.written;
    }
    // Links that lead outside through other links are removed; removing one can change where
    // another leads, so check again until nothing changes.
    for (bool changed = true; changed;) {
        changed = false;
        for (qsizetype i = 0; i < made.size(); ++i) {
            const QString linkPath = root + QLatin1Char('/') + EntryPaths::normalized(made[i].path);
            if (symlinkResolvesInside(root, linkPath))
                continue;
            ::unlink(native(linkPath).constData());
            ArchiveEntry skipped = made.takeAt(i--);
            skipped.flags |= ArchiveEntry::LinkOutside;
            result.skipped.append(skipped);
            --result.written;
            changed = true;
        }
    }
    // Sets the folders' times and permissions, now that nothing is written into them.
    if (archive_write_close(disk.get()) != ARCHIVE_OK)
        return stopped(archiveErrorText(disk.get()));
    return R::ok(result);
}

} // namespace sbs::manifest
