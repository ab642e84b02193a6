#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace sbs::history {

// The stages of a successful build, in order (PROTOCOL.md §2).
enum class Stage { CleanedUp, GithubCloned, ImageBuilt, ImagePushed, Success };
constexpr int StageCount = 5;

// The status text that marks a stage as reached: "cleaned up", "github cloned", ...
QString stageStatus(Stage stage);
// The stage a status text reaches; -1 for any other text (failure, "restarted cicd", unknown).
int stageIndexOf(const QString& status);
// The stage's name for people, translated: "Cleaned up", "Cloned", "Image built", ...
QString stageTitle(Stage stage);

// One build as the history keeps it. Times are UTC.
struct BuildRecord
{
    enum class Result { Succeeded, Failed, Stopped }; // Stopped: cleaned while it ran

    qint64 id = 0; // row id; 0 before it is stored
    QString profile; // the profile's config path (its identity)
    QString key; // what tells this build from others of the profile (see BuildTracker)
    QString buildName; // empty when the server named none (failed builds)
    QString imageTag;
    QDateTime started;
    QDateTime ended;
    Result result = Result::Succeeded;
    // When each stage was reached, indexed by Stage; invalid where it was not reached or not
    // seen. stageReached[CleanedUp] is the end of the first stage.
    QList<QDateTime> stageReached = QList<QDateTime>(StageCount);
    QString failedCommand; // for Failed: the command of the status text
    int exitCode = -1; // for Failed
    bool timesFromServer = false; // true when the times came from the server's "steps"

    // The whole build's duration in ms; -1 when started or ended is unknown.
    qint64 durationMs() const;
    // How long the stage took in ms: from the previous stage (or the start) to its own time;
    // -1 when either end is unknown.
    qint64 stageDurationMs(Stage stage) const;
};

QString resultName(BuildRecord::Result result); // "succeeded", "failed", "stopped" (CSV, DB)
bool resultFromName(const QString& name, BuildRecord::Result* result);

} // namespace sbs::history
