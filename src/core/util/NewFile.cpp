#include "NewFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace sbs::util {

namespace {

bool sameBytes(const QString& path, const QByteArray& bytes)
{
    QFile existing(path);
    if (!existing.open(QIODevice::ReadOnly) || existing.size() != bytes.size())
        return false;
    constexpr qint64 Block = 1 << 20;
    for (qint64 offset = 0; offset < bytes.size(); offset += Block) {
        const QByteArray chunk = existing.read(Block);
        if (chunk != QByteArray::fromRawData(bytes.constData() + offset, qMin(Block, bytes.size() - offset)))
            return false;
    }
    return true;
}

} // namespace

Result<NewFile::Outcome> NewFile::write(const QString& path, const QByteArray& bytes,
                                        QFileDevice::Permissions permissions)
{
    using R = Result<Outcome>;
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink()) {
        if (target.isFile() && !target.isSymLink() && sameBytes(path, bytes))
            return R::ok(Outcome::AlreadyThere);
        return R::fail(tr("%1 exists already and is kept as it is: move or rename it, then try again.")
                           .arg(QDir::toNativeSeparators(path)));
    }
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return R::fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));

    QTemporaryFile temp(folder + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX.part"));
    if (!temp.open())
        return R::fail(
            tr("Cannot write in %1: %2").arg(QDir::toNativeSeparators(folder), temp.errorString()));
    if (temp.write(bytes) != bytes.size() || !temp.flush() || ::fsync(temp.handle()) != 0) {
        const QString reason = temp.errorString();
        return R::fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    if (!temp.setPermissions(permissions))
        return R::fail(tr("Cannot set the permissions of %1.").arg(QDir::toNativeSeparators(path)));
    // link() refuses an existing name, so a file that appeared meanwhile is not replaced.
    if (::link(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(path).constData()) != 0) {
        const int error = errno;
        if (error == EEXIST)
            return R::fail(tr("%1 exists already and is kept as it is: move or rename it, then try again.")
                               .arg(QDir::toNativeSeparators(path)));
        return R::fail(
            tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error))));
    }
    return R::ok(Outcome::Written); // the temporary name is removed with temp
}

} // namespace sbs::util
