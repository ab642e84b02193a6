#pragma once

#include "manifest/ArchiveEntry.h"

#include <QString>

struct archive_entry;

namespace sbs::manifest {

// Path rules for archive entries (private to src/core/manifest): how a stored path is shown,
// compared and judged. Everything here is lexical; nothing touches the disk.
class EntryPaths
{
public:
    // The stored path without leading "./" and trailing '/' ("." for the archive's root itself).
    static QString display(const QString& stored);
    // The key two entries share when they name the same path: no "." or empty components,
    // no trailing '/'; ".." is kept (such paths are flagged anyway).
    static QString normalized(const QString& path);
    // True when a symbolic link at linkPath with this target stays inside the archive's tree
    // when resolved against the link's folder.
    static bool symlinkStaysInside(const QString& linkPath, const QString& target);
    // The flags of an entry, except Duplicate (that needs the entries seen before).
    static int flags(const ArchiveEntry& entry);
    // The entry libarchive read, described (flags without Duplicate).
    static ArchiveEntry describe(archive_entry* raw);
};

} // namespace sbs::manifest
