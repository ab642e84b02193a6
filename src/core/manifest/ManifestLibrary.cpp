#include "manifest/ManifestLibrary.h"

#include "api/Answers.h"
#include "util/NewFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace sbs::manifest {

namespace {

const QLatin1String SigTbzSuffix(".sig.tbz");
const QLatin1String KeySuffix("-public.pem");
const QLatin1String ManifestPrefix("manifest.");

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A manifest name must give two plain file names in the folder. A leading '.' is refused too:
// items() lists no hidden files, so such a manifest would be stored and never seen again.
Status checkManifestName(const QString& manifestName)
{
    if (manifestName.isEmpty())
        return Status::fail(ManifestLibrary::tr("The manifest has no name."));
    if (manifestName.startsWith(QLatin1Char('.')) || manifestName.contains(QLatin1Char('\\'))
        || !api::isPlainFileName(manifestName + SigTbzSuffix)
        || !api::isPlainFileName(manifestName + KeySuffix))
        return Status::fail(
            ManifestLibrary::tr("\"%1\" cannot be the name of a manifest file: it must be a plain file name, "
                                "without '/', '\\' or a leading '.'")
                .arg(manifestName.left(120)));
    return Status::ok();
}

// Whether path holds a file whose bytes differ from bytes (a file that is absent does not).
bool differs(const QString& path, const QByteArray& bytes)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return false;
    QFile file(path);
    if (!info.isFile() || info.size() != bytes.size() || !file.open(QIODevice::ReadOnly))
        return true;
    return file.readAll() != bytes;
}

Status keptAsItIs(const QString& path)
{
    return Status::fail(
        ManifestLibrary::tr("%1 exists already with other contents and is kept as it is: move or rename it, "
                            "then try again.")
            .arg(native(path)));
}

LibraryItem itemFor(const QFileInfo& info)
{
    LibraryItem item;
    item.path = info.absoluteFilePath();
    item.manifestName = info.fileName().chopped(SigTbzSuffix.size());
    item.buildName = item.manifestName.startsWith(ManifestPrefix)
        ? item.manifestName.mid(ManifestPrefix.size())
        : item.manifestName;
    item.size = info.size();
    item.modified = info.lastModified().toUTC();
    const QFileInfo key(info.absoluteDir().filePath(item.manifestName + KeySuffix));
    if (key.isFile())
        item.keyPath = key.absoluteFilePath();
    return item;
}

Result<QByteArray> readSmallFile(const QString& path, qint64 maxBytes)
{
    using R = Result<QByteArray>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::fail(ManifestLibrary::tr("Cannot read %1: %2").arg(native(path), file.errorString()));
    if (file.size() > maxBytes)
        return R::fail(ManifestLibrary::tr("%1 is too large for a public key (%2 bytes).")
                           .arg(native(path))
                           .arg(file.size()));
    return R::ok(file.readAll());
}

} // namespace

ManifestLibrary::ManifestLibrary(const QString& folder)
    : m_folder(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()))
{ }

QString ManifestLibrary::folderFor(const QString& configPath)
{
    return QDir::cleanPath(QFileInfo(configPath).absoluteDir().filePath(QStringLiteral("manifests")));
}

QList<LibraryItem> ManifestLibrary::items() const
{
    QList<LibraryItem> items;
    const QDir dir(m_folder);
    if (!dir.exists())
        return items;
    // No name filter: a glob would treat '[' in a build name as a pattern.
    const QFileInfoList files = dir.entryInfoList(QDir::Files);
    for (const QFileInfo& info : files) {
        const QString name = info.fileName();
        if (name.endsWith(SigTbzSuffix) && name.size() > SigTbzSuffix.size())
            items.append(itemFor(info));
    }
    std::sort(items.begin(), items.end(), [](const LibraryItem& a, const LibraryItem& b) {
        if (a.modified != b.modified)
            return a.modified > b.modified;
        return a.manifestName < b.manifestName;
    });
    return items;
}

Result<LibraryItem> ManifestLibrary::store(const QString& manifestName, const QByteArray& archive,
                                           const QByteArray& publicKeyPem)
{
    using R = Result<LibraryItem>;
    const Status name = checkManifestName(manifestName);
    if (!name)
        return R::fail(name.error());
    if (archive.isEmpty())
        return R::fail(tr("The manifest %1 is empty; nothing was stored.").arg(manifestName));
    if (!QDir().mkpath(m_folder))
        return R::fail(tr("Cannot create the folder %1.").arg(native(m_folder)));

    const QDir dir(m_folder);
    const QString path = dir.filePath(manifestName + SigTbzSuffix);
    const QString keyPath = dir.filePath(manifestName + KeySuffix);
    // Checked first, so a key that cannot be stored leaves no manifest without its key behind.
    if (!publicKeyPem.isEmpty() && differs(keyPath, publicKeyPem))
        return R::fail(keptAsItIs(keyPath).error());
    const auto written = util::NewFile::write(path, archive);
    if (!written)
        return R::fail(written.error());
    if (!publicKeyPem.isEmpty()) {
        const auto key = util::NewFile::write(keyPath, publicKeyPem);
        if (!key)
            return R::fail(key.error());
    }
    return R::ok(itemFor(QFileInfo(path)));
}

Status ManifestLibrary::storeKey(const QString& manifestName, const QByteArray& publicKeyPem)
{
    const Status name = checkManifestName(manifestName);
    if (!name)
        return name;
    if (publicKeyPem.trimmed().isEmpty())
        return Status::fail(tr("The public key of %1 is empty; nothing was stored.").arg(manifestName));
    const QDir dir(m_folder);
    const QString path = dir.filePath(manifestName + SigTbzSuffix);
    if (!QFileInfo(path).isFile())
        return Status::fail(tr("There is no manifest %1 in the library %2 to store a key for.")
                                .arg(manifestName + SigTbzSuffix, native(m_folder)));
    const QString keyPath = dir.filePath(manifestName + KeySuffix);
    const auto written = util::NewFile::write(keyPath, publicKeyPem);
    if (!written)
        return differs(keyPath, publicKeyPem) ? keptAsItIs(keyPath) : Status::fail(written.error());
    return Status::ok();
}

Result<LibraryItem> ManifestLibrary::import(const QString& sigTbzPath)
{
    using R = Result<LibraryItem>;
    const QFileInfo source(sigTbzPath);
    const QString fileName = source.fileName();
    if (!source.isFile())
        return R::fail(tr("%1 is not a file.").arg(native(sigTbzPath)));
    if (!fileName.endsWith(SigTbzSuffix) || fileName.size() == SigTbzSuffix.size())
        return R::fail(tr("%1 is not a manifest: its name must end in \".sig.tbz\" "
                          "(manifest.<build name>.sig.tbz).")
                           .arg(native(sigTbzPath)));
    const QString manifestName = fileName.chopped(SigTbzSuffix.size());
    const Status name = checkManifestName(manifestName);
    if (!name)
        return R::fail(name.error());

    const QDir dir(m_folder);
    const QString target = dir.filePath(manifestName + SigTbzSuffix);
    const QString keyTarget = dir.filePath(manifestName + KeySuffix);
    const QString keySource = source.absoluteDir().filePath(manifestName + KeySuffix);
    // Importing a file of the library itself is a no-op, not a copy onto itself.
    if (source.canonicalFilePath() == QFileInfo(target).canonicalFilePath())
        return R::ok(itemFor(QFileInfo(target)));

    QByteArray key;
    if (QFileInfo(keySource).isFile()) {
        const auto read = readSmallFile(keySource, 1 << 20);
        if (!read)
            return R::fail(read.error());
        key = read.value();
        if (differs(keyTarget, key))
            return R::fail(keptAsItIs(keyTarget).error());
    }

    QFile file(sigTbzPath);
    if (!file.open(QIODevice::ReadOnly))
        return R::fail(tr("Cannot read %1: %2").arg(native(sigTbzPath), file.errorString()));
    const QByteArray archive = file.readAll();
    if (archive.size() != source.size())
        return R::fail(tr("Cannot read %1: %2").arg(native(sigTbzPath), file.errorString()));
    file.close();
    if (QFileInfo::exists(target) && differs(target, archive))
        return R::fail(tr("The library holds another manifest named %1 already; it is kept as it is and "
                          "%2 was not imported.")
                           .arg(manifestName + SigTbzSuffix, native(sigTbzPath)));
    return store(manifestName, archive, key);
}

} // namespace sbs::manifest
