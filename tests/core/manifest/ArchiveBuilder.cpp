#include "ArchiveBuilder.h"

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace sbs::test {

namespace {

la_ssize_t appendBytes(archive*, void* client, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(client)->append(static_cast<const char*>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

struct EntryDeleter
{
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};

} // namespace

ArchiveBuilder::ArchiveBuilder(Compression compression, Format format)
    : m_archive(archive_write_new())
{
    if (compression == Compression::Bzip2 && archive_write_add_filter_bzip2(m_archive) != ARCHIVE_OK)
        fail("bzip2");
    const int set = format == Format::Pax ? archive_write_set_format_pax_restricted(m_archive)
                                          : archive_write_set_format_ustar(m_archive);
    if (set != ARCHIVE_OK)
        fail("format");
    if (archive_write_open(m_archive, &m_bytes, nullptr, &appendBytes, nullptr) != ARCHIVE_OK)
        fail("open");
}

ArchiveBuilder::~ArchiveBuilder()
{
    archive_write_free(m_archive);
}

void ArchiveBuilder::fail(const QString& what)
{
    if (m_error.isEmpty()) {
        const char* text = archive_error_string(m_archive);
        m_error = what + QStringLiteral(": ") + QString::fromUtf8(text ? text : "?");
    }
}

bool ArchiveBuilder::header(const QString& path, unsigned int type, int perm, qint64 size,
                            const QString& symlink, const QString& hardlink)
{
    std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
    archive_entry_copy_pathname(entry.get(), path.toUtf8().constData());
    if (!hardlink.isEmpty()) {
        archive_entry_copy_hardlink(entry.get(), hardlink.toUtf8().constData());
    } else {
        archive_entry_set_filetype(entry.get(), type);
    }
    if (!symlink.isEmpty())
        archive_entry_copy_symlink(entry.get(), symlink.toUtf8().constData());
    archive_entry_set_perm(entry.get(), perm);
    archive_entry_set_size(entry.get(), size);
    archive_entry_set_mtime(entry.get(), Mtime, 0);
    if (archive_write_header(m_archive, entry.get()) != ARCHIVE_OK) {
        fail(QStringLiteral("header of ") + path);
        return false;
    }
    return true;
}

ArchiveBuilder& ArchiveBuilder::file(const QString& path, const QByteArray& bytes, int perm)
{
    if (header(path, AE_IFREG, perm, bytes.size(), {}, {}) && !bytes.isEmpty()
        && archive_write_data(m_archive, bytes.constData(), size_t(bytes.size())) != bytes.size())
        fail(QStringLiteral("data of ") + path);
    return *this;
}

ArchiveBuilder& ArchiveBuilder::dir(const QString& path, int perm)
{
    header(path, AE_IFDIR, perm, 0, {}, {});
    return *this;
}

ArchiveBuilder& ArchiveBuilder::symlink(const QString& path, const QString& target)
{
    header(path, AE_IFLNK, 0777, 0, target, {});
    return *this;
}

ArchiveBuilder& ArchiveBuilder::hardlink(const QString& path, const QString& target)
{
    header(path, AE_IFREG, 0644, 0, {}, target);
    return *this;
}

ArchiveBuilder& ArchiveBuilder::zeros(const QString& path, qint64 size)
{
    if (!header(path, AE_IFREG, 0644, size, {}, {}))
        return *this;
    const QByteArray chunk(1 << 20, '\0');
    for (qint64 left = size; left > 0;) {
        const qint64 n = std::min<qint64>(left, chunk.size());
        if (archive_write_data(m_archive, chunk.constData(), size_t(n)) != n) {
            fail(QStringLiteral("data of ") + path);
            break;
        }
        left -= n;
    }
    return *this;
}

QByteArray ArchiveBuilder::finish()
{
    if (!m_closed) {
        m_closed = true;
        if (archive_write_close(m_archive) != ARCHIVE_OK)
            fail("close");
    }
    return m_error.isEmpty() ? m_bytes : QByteArray();
}

QByteArray ArchiveBuilder::bzip2(const QByteArray& bytes)
{
    QByteArray out;
    archive* a = archive_write_new();
    archive_write_add_filter_bzip2(a);
    archive_write_set_format_raw(a);
    archive_write_open(a, &out, nullptr, &appendBytes, nullptr);
    std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_copy_pathname(entry.get(), "raw");
    archive_write_header(a, entry.get());
    archive_write_data(a, bytes.constData(), size_t(bytes.size()));
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

} // namespace sbs::test
