#pragma once

#include <QByteArray>
#include <QString>

struct archive;

namespace sbs::test {

// Builds a tar archive in memory with libarchive's writer, entry by entry, for tests that need
// archives ManifestWriter would never make (links leaving the tree, duplicates, bombs, ...).
class ArchiveBuilder
{
public:
    enum class Compression { Bzip2, None };
    enum class Format { Pax, Ustar };

    explicit ArchiveBuilder(Compression compression = Compression::Bzip2, Format format = Format::Pax);
    ~ArchiveBuilder();
    ArchiveBuilder(const ArchiveBuilder&) = delete;
    ArchiveBuilder& operator=(const ArchiveBuilder&) = delete;

    ArchiveBuilder& file(const QString& path, const QByteArray& bytes, int perm = 0644);
    ArchiveBuilder& dir(const QString& path, int perm = 0755);
    ArchiveBuilder& symlink(const QString& path, const QString& target);
    ArchiveBuilder& hardlink(const QString& path, const QString& target);
    // A file of size zero bytes, streamed in chunks (so a bomb never sits in memory).
    ArchiveBuilder& zeros(const QString& path, qint64 size);

    // Closes the archive and returns its bytes; empty when anything failed (see error()).
    QByteArray finish();
    const QString& error() const { return m_error; }

    // bytes compressed with bzip2, no tar around them.
    static QByteArray bzip2(const QByteArray& bytes);

    // The fixed mtime of every entry.
    static constexpr qint64 Mtime = 1764417600; // 2025-11-29 12:00:00 UTC

private:
    bool header(const QString& path, unsigned int type, int perm, qint64 size, const QString& symlink,
                const QString& hardlink);
    void fail(const QString& what);

    archive* m_archive = nullptr;
    QByteArray m_bytes;
    QString m_error;
    bool m_closed = false;
};

} // namespace sbs::test
