#include "StateImageFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace sbs::state {

Result<StateImageFile> StateImageFile::read(const QString& path, bool requireState)
{
    using R = Result<StateImageFile>;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return R::fail(tr("The state image file %1 does not exist.").arg(shown));
    if (!info.isFile())
        return R::fail(
            tr("%1 is not a file: give the state image file that get-state-image saved.").arg(shown));
    if (info.size() > MaxFileBytes)
        return R::fail(tr("%1 is %2 bytes, larger than any state image: is it the right file?")
                           .arg(shown)
                           .arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::fail(tr("Cannot read %1: %2").arg(shown, file.errorString()));
    return parse(file.readAll(), shown, requireState);
}

Result<StateImageFile> StateImageFile::parse(const QByteArray& bytes, const QString& source,
                                             bool requireState)
{
    using R = Result<StateImageFile>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return R::fail(tr("%1 is not a state image: it is not JSON (%2 at byte %3).")
                           .arg(source, error.errorString())
                           .arg(error.offset));
    if (!doc.isObject())
        return R::fail(tr("%1 is not a state image: it holds no JSON object.").arg(source));
    const QJsonObject json = doc.object();
    StateImageFile result;
    for (const auto& [key, target] :
         { std::pair { "name", &result.name }, std::pair { "export_tag", &result.exportTag },
           std::pair { "state", &result.state } }) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isString())
            return R::fail(
                tr("%1 is not a state image: \"%2\" is not a string.").arg(source, QLatin1String(key)));
        *target = value.toString();
    }
    if (result.state.isEmpty()) {
        if (requireState)
            return R::fail(
                tr("%1 has no \"state\": it is not a state image, or only the metadata of one kept "
                   "in object storage (then use --name and --state-bucket-name).")
                    .arg(source));
        if (result.name.isEmpty())
            return R::fail(tr("%1 is not a state image: it has neither \"state\" nor \"name\".").arg(source));
    }
    return R::ok(std::move(result));
}

} // namespace sbs::state
