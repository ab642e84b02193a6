#include "DataDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace sbs::server {

DataDir::DataDir(QString path)
    : m_path(std::move(path))
{ }

Status DataDir::makePrivateDir(const QString& path)
{
    if (!QDir().mkpath(path))
        return Status::fail(tr("cannot create the folder %1").arg(path));
    if (!QFile::setPermissions(path,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Status::fail(tr("cannot set the permissions of %1 to 0700").arg(path));
    return Status::ok();
}

Result<DataDir> DataDir::open(const QString& path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    DataDir dir(clean);
    for (const QString& sub : { clean, dir.logsDir(), dir.workspaceDir(), dir.gnupgDir(),
                                dir.platformGnupgDir(), dir.filePath("keys"), dir.buildsDir() }) {
        const Status made = makePrivateDir(sub);
        if (!made)
            return Result<DataDir>::fail(made.error());
    }
    return Result<DataDir>::ok(dir);
}

QString DataDir::filePath(const QString& name) const
{
    return m_path + QLatin1Char('/') + name;
}

Status DataDir::writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    return Status::ok();
}

Result<QJsonObject> DataDir::readObject(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Result<QJsonObject>::ok(QJsonObject());
    if (!file.open(QIODevice::ReadOnly))
        return Result<QJsonObject>::fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Result<QJsonObject>::fail(tr("%1 is not a JSON object: %2").arg(path, error.errorString()));
    return Result<QJsonObject>::ok(doc.object());
}

} // namespace sbs::server
