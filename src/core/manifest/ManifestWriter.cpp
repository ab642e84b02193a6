#include "ManifestWriter.h"

#include "pki/OpenSslError.h"
#include "pki/OpenSslHandles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <archive.h>
#include <archive_entry.h>
#include <memory>
#include <openssl/evp.h>
#include <unistd.h>

namespace sbs::manifest {

namespace {

struct ArchiveDeleter
{
    void operator()(archive* a) const { archive_write_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;
using EntryPtr = std::unique_ptr<archive_entry, EntryDeleter>;

constexpr qint64 ChunkSize = 256 * 1024;

QString archiveError(archive* a)
{
    const char* text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : QStringLiteral("unknown archive error");
}

EntryPtr newEntry(const QString& name, mode_t type, int perm, qint64 size, qint64 mtime)
{
    EntryPtr entry(archive_entry_new());
    archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
    archive_entry_set_filetype(entry.get(), type);
    archive_entry_set_perm(entry.get(), perm);
    archive_entry_set_size(entry.get(), size);
    archive_entry_set_mtime(entry.get(), mtime, 0);
    return entry;
}

Status addFile(archive* a, const QString& name, const QString& path, int perm, qint64 mtime)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::fail(ManifestWriter::tr("cannot read %1: %2").arg(path, file.errorString()));
    EntryPtr entry = newEntry(name, AE_IFREG, perm, file.size(), mtime);
    if (archive_write_header(a, entry.get()) != ARCHIVE_OK)
        return Status::fail(archiveError(a));
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(ChunkSize);
        if (archive_write_data(a, chunk.constData(), size_t(chunk.size())) != chunk.size())
            return Status::fail(archiveError(a));
    }
    return Status::ok();
}

Status addBytes(archive* a, const QString& name, const QByteArray& bytes, qint64 mtime)
{
    EntryPtr entry = newEntry(name, AE_IFREG, 0644, bytes.size(), mtime);
    if (archive_write_header(a, entry.get()) != ARCHIVE_OK)
        return Status::fail(archiveError(a));
    if (!bytes.isEmpty() && archive_write_data(a, bytes.constData(), size_t(bytes.size())) != bytes.size())
        return Status::fail(archiveError(a));
    return Status::ok();
}

Status addTree(archive* a, const QString& root, const QString& prefix)
{
    const QFileInfo rootInfo(root);
    EntryPtr top = newEntry(prefix, AE_IFDIR, 0755, 0, rootInfo.lastModified().toSecsSinceEpoch());
    if (archive_write_header(a, top.get()) != ARCHIVE_OK)
        return Status::fail(archiveError(a));
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString name = prefix + QLatin1Char('/') + base.relativeFilePath(info.filePath());
        const qint64 mtime = info.lastModified().toSecsSinceEpoch();
        const int perm
            = int(info.permissions() & (QFileDevice::ExeOwner | QFileDevice::ExeUser)) ? 0755 : 0644;
        if (info.isSymLink()) {
            // The link as written, not resolved: a reader decides whether it stays in the tree.
            QByteArray target(4096, '\0');
            const ssize_t n = ::readlink(QFile::encodeName(info.filePath()).constData(), target.data(), 4095);
            if (n < 0)
                return Status::fail(ManifestWriter::tr("cannot read the link %1").arg(info.filePath()));
            target.resize(n);
            EntryPtr entry = newEntry(name, AE_IFLNK, 0777, 0, mtime);
            archive_entry_set_symlink(entry.get(), target.constData());
            if (archive_write_header(a, entry.get()) != ARCHIVE_OK)
                return Status::fail(archiveError(a));
        } else if (info.isDir()) {
            EntryPtr entry = newEntry(name, AE_IFDIR, 0755, 0, mtime);
            if (archive_write_header(a, entry.get()) != ARCHIVE_OK)
                return Status::fail(archiveError(a));
        } else if (info.isFile()) {
            const Status added = addFile(a, name, info.filePath(), perm, mtime);
            if (!added)
                return added;
        }
    }
    return Status::ok();
}

} // namespace

QString ManifestWriter::manifestName(const QString& buildName)
{
    return QStringLiteral("manifest.") + buildName;
}

Result<QByteArray> ManifestWriter::signature(const QByteArray& tbz, const pki::PrivateKey& key)
{
    return signDigest(QCryptographicHash::hash(tbz, QCryptographicHash::Sha256), key);
}

Result<QByteArray> ManifestWriter::signatureOfFile(const QString& path, const pki::PrivateKey& key)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return Result<QByteArray>::fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    return signDigest(hash.result(), key);
}

Result<QByteArray> ManifestWriter::signDigest(const QByteArray& digest, const pki::PrivateKey& key)
{
    pki::EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.handle()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char*>(digest.constData()), size_t(digest.size()))
            != 1)
        return Result<QByteArray>::fail(pki::OpenSslError::take(tr("cannot sign the manifest")));
    QByteArray sig(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &length,
                       reinterpret_cast<const unsigned char*>(digest.constData()), size_t(digest.size()))
        != 1)
        return Result<QByteArray>::fail(pki::OpenSslError::take(tr("cannot sign the manifest")));
    sig.resize(qsizetype(length));
    return Result<QByteArray>::ok(sig.toHex());
}

Status ManifestWriter::writeTbz(const QString& path, const QList<Member>& members, const QString& treeDir,
                                const QString& treeName)
{
    const Status written = writeTbzUnchecked(path, members, treeDir, treeName);
    if (!written)
        QFile::remove(path);
    return written;
}

Status ManifestWriter::writeTbzUnchecked(const QString& path, const QList<Member>& members,
                                         const QString& treeDir, const QString& treeName)
{
    ArchivePtr a(archive_write_new());
    if (archive_write_add_filter_bzip2(a.get()) != ARCHIVE_OK
        || archive_write_set_format_pax_restricted(a.get()) != ARCHIVE_OK)
        return Status::fail(archiveError(a.get()));
    if (archive_write_open_filename(a.get(), QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return Status::fail(tr("cannot write %1: %2").arg(path, archiveError(a.get())));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const Member& m : members) {
        const Status added = m.sourcePath.isEmpty() ? addBytes(a.get(), m.name, m.bytes, now)
                                                    : addFile(a.get(), m.name, m.sourcePath, 0644, now);
        if (!added)
            return Status::fail(tr("cannot write %1: %2").arg(path, added.error()));
    }
    if (!treeDir.isEmpty()) {
        const Status added = addTree(a.get(), treeDir, treeName);
        if (!added)
            return Status::fail(tr("cannot write %1: %2").arg(path, added.error()));
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return Status::fail(tr("cannot write %1: %2").arg(path, archiveError(a.get())));
    return Status::ok();
}

Result<QString> ManifestWriter::write(const QString& dir, const QString& manifestName,
                                      const QByteArray& buildJson, const QByteArray& buildLog,
                                      const QString& gitDir, const pki::PrivateKey& key)
{
    using R = Result<QString>;
    const QString innerPath = dir + QLatin1Char('/') + manifestName + QStringLiteral(".tbz");
    const QString outerPath = dir + QLatin1Char('/') + manifestName + QStringLiteral(".sig.tbz");
    Status written = writeTbz(
        innerPath, { { "data/build.json", buildJson, QString() }, { "data/build.log", buildLog, QString() } },
        gitDir, QStringLiteral("git"));
    if (!written)
        return R::fail(written.error());
    auto sig = signatureOfFile(innerPath, key);
    if (!sig) {
        QFile::remove(innerPath);
        return R::fail(sig.error());
    }
    written = writeTbz(outerPath,
                       { { manifestName + QStringLiteral(".tbz"), QByteArray(), innerPath },
                         { manifestName + QStringLiteral(".sig"), sig.value(), QString() } });
    QFile::remove(innerPath);
    if (!written)
        return R::fail(written.error());
    return R::ok(outerPath);
}

} // namespace sbs::manifest
