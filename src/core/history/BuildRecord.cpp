#include "history/BuildRecord.h"

#include <QCoreApplication>

namespace sbs::history {

namespace {

const char* const StageStatuses[StageCount]
    = { "cleaned up", "github cloned", "image built", "image pushed", "success" };

} // namespace

QString stageStatus(Stage stage)
{
    return QString::fromLatin1(StageStatuses[int(stage)]);
}

int stageIndexOf(const QString& status)
{
    for (int i = 0; i < StageCount; ++i) {
        if (status == QLatin1String(StageStatuses[i]))
            return i;
    }
    return -1;
}

QString stageTitle(Stage stage)
{
    switch (stage) {
    case Stage::CleanedUp:
        return QCoreApplication::translate("BuildRecord", "Workspace cleaned");
    case Stage::GithubCloned:
        return QCoreApplication::translate("BuildRecord", "Source cloned");
    case Stage::ImageBuilt:
        return QCoreApplication::translate("BuildRecord", "Image built");
    case Stage::ImagePushed:
        return QCoreApplication::translate("BuildRecord", "Image pushed and signed");
    case Stage::Success:
        return QCoreApplication::translate("BuildRecord", "Manifest signed");
    }
    return QString();
}

qint64 BuildRecord::durationMs() const
{
    if (!started.isValid() || !ended.isValid())
        return -1;
    return started.msecsTo(ended);
}

qint64 BuildRecord::stageDurationMs(Stage stage) const
{
    const int i = int(stage);
    if (i >= stageReached.size() || !stageReached.at(i).isValid())
        return -1;
    const QDateTime from = i == 0 ? started : stageReached.at(i - 1);
    if (!from.isValid())
        return -1;
    return qMax<qint64>(0, from.msecsTo(stageReached.at(i)));
}

QString resultName(BuildRecord::Result result)
{
    switch (result) {
    case BuildRecord::Result::Succeeded:
        return QStringLiteral("succeeded");
    case BuildRecord::Result::Failed:
        return QStringLiteral("failed");
    case BuildRecord::Result::Stopped:
        return QStringLiteral("stopped");
    }
    return QString();
}

bool resultFromName(const QString& name, BuildRecord::Result* result)
{
    for (BuildRecord::Result r :
         { BuildRecord::Result::Succeeded, BuildRecord::Result::Failed, BuildRecord::Result::Stopped }) {
        if (name == resultName(r)) {
            *result = r;
            return true;
        }
    }
    return false;
}

} // namespace sbs::history
