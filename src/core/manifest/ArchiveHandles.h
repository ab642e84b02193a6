#pragma once

#include <QString>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace sbs::manifest {

// Owning handles for libarchive objects (private to src/core/manifest).
struct ArchiveReadDeleter
{
    void operator()(archive* a) const { archive_read_free(a); }
};
struct ArchiveWriteDeleter
{
    void operator()(archive* a) const { archive_write_free(a); }
};
struct ArchiveEntryDeleter
{
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};
using ArchiveReadPtr = std::unique_ptr<archive, ArchiveReadDeleter>;
using ArchiveWritePtr = std::unique_ptr<archive, ArchiveWriteDeleter>;
using ArchiveEntryPtr = std::unique_ptr<archive_entry, ArchiveEntryDeleter>;

// libarchive's last error as text.
inline QString archiveErrorText(archive* a)
{
    const char* text = a ? archive_error_string(a) : nullptr;
    return text && *text ? QString::fromUtf8(text) : QStringLiteral("unknown archive error");
}

} // namespace sbs::manifest
