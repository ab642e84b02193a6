#include "manifest/EntryPaths.h"

#include <QStringList>
#include <archive_entry.h>

namespace sbs::manifest {

namespace {

QString utf8OrLocal(const char* utf8, const char* local)
{
    if (utf8)
        return QString::fromUtf8(utf8);
    return local ? QString::fromLocal8Bit(local) : QString();
}

} // namespace

QString EntryPaths::display(const QString& stored)
{
    QString path = stored;
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.startsWith(QLatin1Char('/')) && path.size() > 1 && path.at(1) == QLatin1Char('/'))
        path.remove(0, 1);
    // tar stores folders as "name/"; shown without the slash, as the type says it is a folder.
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path.isEmpty() ? QStringLiteral(".") : path;
}

QString EntryPaths::normalized(const QString& path)
{
    QStringList parts;
    for (const QString& part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part != QLatin1String("."))
            parts.append(part);
    }
    const QString joined = parts.join(QLatin1Char('/'));
    return path.startsWith(QLatin1Char('/')) ? QLatin1Char('/') + joined : joined;
}

bool EntryPaths::symlinkStaysInside(const QString& linkPath, const QString& target)
{
    if (target.isEmpty() || target.startsWith(QLatin1Char('/')))
        return false;
    // The folder the link lives in, then the target's components applied one by one: the
    // link leaves the tree as soon as ".." would climb above the root.
    QStringList folder = normalized(linkPath).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!folder.isEmpty())
        folder.removeLast();
    if (folder.contains(QLatin1String("..")))
        return false;
    for (const QString& part : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (folder.isEmpty())
                return false;
            folder.removeLast();
        } else {
            folder.append(part);
        }
    }
    return true;
}

int EntryPaths::flags(const ArchiveEntry& entry)
{
    int flags = 0;
    if (entry.path.startsWith(QLatin1Char('/')))
        flags |= ArchiveEntry::Absolute;
    if (entry.path.split(QLatin1Char('/')).contains(QLatin1String("..")))
        flags |= ArchiveEntry::ParentReference;
    if (entry.type == ArchiveEntry::Type::Symlink && !symlinkStaysInside(entry.path, entry.linkTarget))
        flags |= ArchiveEntry::LinkOutside;
    if (entry.type == ArchiveEntry::Type::Hardlink
        && (entry.linkTarget.isEmpty() || entry.linkTarget.startsWith(QLatin1Char('/'))
            || entry.linkTarget.split(QLatin1Char('/')).contains(QLatin1String(".."))))
        flags |= ArchiveEntry::LinkOutside;
    return flags;
}

ArchiveEntry EntryPaths::describe(archive_entry* raw)
{
    ArchiveEntry entry;
    entry.path = display(utf8OrLocal(archive_entry_pathname_utf8(raw), archive_entry_pathname(raw)));
    const char* hardlink = archive_entry_hardlink(raw);
    const mode_t type = archive_entry_filetype(raw);
    if (hardlink) {
        entry.type = ArchiveEntry::Type::Hardlink;
        const QString target = utf8OrLocal(archive_entry_hardlink_utf8(raw), hardlink);
        entry.linkTarget = target.isEmpty() ? target : display(target);
    } else if (type == AE_IFREG) {
        entry.type = ArchiveEntry::Type::File;
        entry.size = archive_entry_size_is_set(raw) ? qint64(archive_entry_size(raw)) : 0;
    } else if (type == AE_IFDIR) {
        entry.type = ArchiveEntry::Type::Directory;
    } else if (type == AE_IFLNK) {
        entry.type = ArchiveEntry::Type::Symlink;
        entry.linkTarget = utf8OrLocal(archive_entry_symlink_utf8(raw), archive_entry_symlink(raw));
    } else {
        entry.type = ArchiveEntry::Type::Other;
    }
    entry.mode = quint32(archive_entry_perm(raw)) & 07777;
    if (archive_entry_mtime_is_set(raw))
        entry.mtime = QDateTime::fromSecsSinceEpoch(qint64(archive_entry_mtime(raw)), Qt::UTC);
    entry.flags = flags(entry);
    return entry;
}

} // namespace sbs::manifest
