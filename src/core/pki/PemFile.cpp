#include "pki/PemFile.h"

#include <QFile>
#include <QFileInfo>

namespace sbs::pki {

Result<QByteArray> PemFile::read(const QString& path, const QString& what)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<QByteArray>::fail(
            tr("The %1 %2 does not exist; check the path or create the file first.").arg(what, path));
    if (info.isDir())
        return Result<QByteArray>::fail(
            tr("The %1 %2 is a folder; give the path of a file.").arg(what, path));
    if (info.size() > MaxSize)
        return Result<QByteArray>::fail(
            tr("The %1 %2 is larger than 1 MiB and cannot be a key or certificate; check the path.")
                .arg(what, path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::fail(
            tr("The %1 %2 cannot be read (%3); check its permissions.").arg(what, path, file.errorString()));
    return Result<QByteArray>::ok(file.readAll());
}

Status PemFile::checkPemText(const QByteArray& bytes, const QString& sourceName, const QString& derHint)
{
    if (bytes.trimmed().isEmpty())
        return Status::fail(tr("%1 is empty; give a PEM file.").arg(sourceName));
    if (bytes.contains("-----BEGIN "))
        return Status::ok();
    // A DER structure starts with an ASN.1 SEQUENCE tag; PEM is text.
    if (static_cast<unsigned char>(bytes.at(0)) == 0x30)
        return Status::fail(
            tr("%1 is in binary DER form; convert it to PEM first (%2).").arg(sourceName, derHint));
    return Status::fail(
        tr("%1 is not a PEM file (it has no -----BEGIN line); give a PEM file.").arg(sourceName));
}

} // namespace sbs::pki
