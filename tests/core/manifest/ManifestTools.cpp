#include "ManifestTools.h"

#include "ArchiveBuilder.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator64>
#include <archive.h>
#include <archive_entry.h>

namespace sbs::test {

QList<ManifestTools::Member> ManifestTools::members(const QByteArray& bytes)
{
    QList<Member> result;
    archive* a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_tar(a);
    if (archive_read_open_memory(a, bytes.constData(), size_t(bytes.size())) == ARCHIVE_OK) {
        archive_entry* entry = nullptr;
        while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
            Member m;
            m.name = QString::fromUtf8(archive_entry_pathname(entry));
            char buffer[65536];
            la_ssize_t n = 0;
            while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
                m.bytes.append(buffer, qsizetype(n));
            result.append(m);
        }
    }
    archive_read_free(a);
    return result;
}

QByteArray ManifestTools::member(const QByteArray& archive, const QString& name)
{
    for (const Member& m : members(archive)) {
        if (m.name == name)
            return m.bytes;
    }
    return {};
}

QByteArray ManifestTools::withExtraFile(const QByteArray& bytes, const QString& path, const QByteArray& extra)
{
    QByteArray out;
    archive* in = archive_read_new();
    archive_read_support_filter_all(in);
    archive_read_support_format_tar(in);
    archive* w = archive_write_new();
    archive_write_add_filter_bzip2(w);
    archive_write_set_format_pax_restricted(w);
    const auto append = [](archive*, void* client, const void* buffer, size_t length) -> la_ssize_t {
        static_cast<QByteArray*>(client)->append(static_cast<const char*>(buffer), qsizetype(length));
        return la_ssize_t(length);
    };
    bool ok = archive_write_open(w, &out, nullptr, append, nullptr) == ARCHIVE_OK
        && archive_read_open_memory(in, bytes.constData(), size_t(bytes.size())) == ARCHIVE_OK;
    archive_entry* entry = nullptr;
    while (ok && archive_read_next_header(in, &entry) == ARCHIVE_OK) {
        ok = archive_write_header(w, entry) == ARCHIVE_OK;
        char buffer[65536];
        la_ssize_t n = 0;
        while (ok && (n = archive_read_data(in, buffer, sizeof buffer)) > 0)
            ok = archive_write_data(w, buffer, size_t(n)) == n;
    }
    archive_entry* added = archive_entry_new();
    archive_entry_copy_pathname(added, path.toUtf8().constData());
    archive_entry_set_filetype(added, AE_IFREG);
    archive_entry_set_perm(added, 0644);
    archive_entry_set_size(added, extra.size());
    ok = ok && archive_write_header(w, added) == ARCHIVE_OK
        && archive_write_data(w, extra.constData(), size_t(extra.size())) == extra.size()
        && archive_write_close(w) == ARCHIVE_OK;
    archive_entry_free(added);
    archive_write_free(w);
    archive_read_free(in);
    return ok ? out : QByteArray();
}

QByteArray ManifestTools::sigTbz(const QString& name, const QByteArray& tbz, const QByteArray& sig)
{
    ArchiveBuilder outer;
    outer.file(name + ".tbz", tbz).file(name + ".sig", sig);
    return outer.finish();
}

QByteArray ManifestTools::sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray ManifestTools::fileSha256(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result();
}

QByteArray ManifestTools::randomBytes(qint64 size, quint64 seed)
{
    QRandomGenerator64 random(seed);
    QByteArray bytes(qsizetype((size + 7) / 8 * 8), '\0');
    random.fillRange(reinterpret_cast<quint64*>(bytes.data()), bytes.size() / 8);
    bytes.truncate(qsizetype(size));
    return bytes;
}

QByteArray ManifestTools::unsafeArchive()
{
    ArchiveBuilder b;
    b.file("data/build.json", "{}")
        .file("/abs-evil", "x")
        .file("../evil", "x")
        .file("git/../../evil", "x")
        .symlink("git/out", "../../etc")
        .symlink("git/abs", "/etc/passwd")
        .hardlink("git/hard", "../evil")
        .file("git/ok.txt", "first")
        .file("git/ok.txt", "second")
        .symlink("git/inside", "ok.txt")
        .hardlink("git/hard-ok", "git/ok.txt")
        .symlink("git/deep/up", "../../data/build.json")
        .symlink("evil-link", "..")
        .dir("git/sub")
        .file("./git/sub/x", "x");
    return b.finish();
}

bool ManifestTools::makeGitTree(const QString& dir)
{
    bool ok = writeFile(dir + "/Dockerfile", "FROM scratch\nCOPY app /app\n")
        && writeFile(dir + "/bin/run.sh", "#!/bin/sh\necho run\n")
        && writeFile(dir + "/src/main.c", "int main(void) { return 0; }\n")
        && writeFile(dir + "/src/data.bin", randomBytes(5000, 7));
    ok = ok
        && QFile::setPermissions(dir + "/bin/run.sh",
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                     | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                     | QFileDevice::ExeOther);
    ok = ok && QFile::link("Dockerfile", dir + "/link") && QFile::link("../Dockerfile", dir + "/src/up");
    return ok;
}

QStringList ManifestTools::tree(const QString& dir)
{
    QStringList paths;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir base(dir);
    while (it.hasNext())
        paths << base.relativeFilePath(it.next());
    paths.sort();
    return paths;
}

} // namespace sbs::test
