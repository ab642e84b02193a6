#pragma once

#include "Result.h"
#include "manifest/ArchiveEntry.h"
#include "manifest/ManifestStream.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <functional>

namespace sbs::manifest {

// The entries of a manifest's inner archive (private to src/core/manifest): for a .sig.tbz
// the entries of its <name>.tbz member, streamed through a second reader; for a bare .tbz its
// own entries. Each entry comes with its flags, Duplicate included.
class EntryStream
{
    Q_DECLARE_TR_FUNCTIONS(EntryStream)

public:
    explicit EntryStream(ManifestStream& stream);

    // Called for each entry with the entry as libarchive read it. Returns false to stop early.
    // Data the handler does not read is read and dropped afterwards, the limits checked.
    using Handler = std::function<Result<bool>(const ArchiveEntry& entry, archive_entry* raw)>;
    // Opens the file and streams the entries.
    Status run(const Handler& handler);

    // While a handler runs: the next block of the entry's data (*size 0 at its end).
    Status readBlock(const void** data, size_t* size);
    // While a handler runs: the whole data of a file entry, failing past maxBytes.
    Result<QByteArray> readData(const ArchiveEntry& entry, qint64 maxBytes);
    // "name.sig.tbz", or "the inner archive x.tbz in name.sig.tbz".
    QString where() const { return m_stream.describe(m_level); }

private:
    Status enterEntries();
    Status iterate(const Handler& handler);

    ManifestStream& m_stream;
    ManifestStream::Level m_level = ManifestStream::Outer;
    QSet<QString> m_seen;
    bool m_dataTaken = false;
};

} // namespace sbs::manifest
