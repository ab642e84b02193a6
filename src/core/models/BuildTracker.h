#pragma once

#include "api/Answers.h"
#include "history/BuildRecord.h"
#include "models/BuildTimelineModel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QTimer;

namespace sbs::history {
class BuildHistory;
}

namespace sbs::models {

// Follows one profile's builds through the status answers it is given (from the poller and
// from the pages' own calls) and keeps the timeline model on the current build. A build is
// told from the previous one by the server's build_started when it sends one, otherwise by a
// stage that comes again or a running stage after an ended build. Times come from the server's
// steps when present, otherwise from when a status was first seen here. When a build it saw
// (running, or with the server's steps) ends, its record is stored in the history (once: a
// restart of the app that sees the same ended build updates the same row).
class BuildTracker : public QObject
{
    Q_OBJECT

public:
    // profile: the profile's config path, the history's key. history may be null (no storage).
    BuildTracker(const QString& profile, history::BuildHistory* history, QObject* parent = nullptr);

    BuildTimelineModel* timeline() const { return m_timeline; }
    const BuildProgress& progress() const { return m_progress; }
    void setProfile(const QString& profile); // after Save As

    // A status answer, seen at seenAt.
    void onStatus(const api::ServerStatus& status, const QDateTime& seenAt = QDateTime::currentDateTimeUtc());
    // The user started a build here at when (its start time when the server sends none).
    void noteBuildRequested(const QDateTime& when = QDateTime::currentDateTimeUtc());

Q_SIGNALS:
    // A new build began (the log of the previous one no longer applies).
    void buildStarted();
    void progressChanged(const sbs::models::BuildProgress& progress);
    // A build ended; record.id is its history row (0 when not stored).
    void buildEnded(const sbs::history::BuildRecord& record);

private:
    void beginBuild(const api::ServerStatus& status, const QDateTime& seenAt, bool running);
    void applyStageTimes(const api::ServerStatus& status, const QDateTime& seenAt);
    // Ends the current build with result; true when buildEnded is due (seen running or started here).
    bool endBuild(history::BuildRecord::Result result, const api::ServerStatus& status,
                  const QDateTime& seenAt);
    void forgetBuild();
    void publish(const QDateTime& now);
    void applyMedians(qint64 excludeId);

    QString m_profile;
    QPointer<history::BuildHistory> m_history;
    BuildTimelineModel* m_timeline;
    BuildProgress m_progress;
    QDateTime m_requestedAt;
    int m_lastStage = -1;
    bool m_sawRunning = false;
    QTimer* m_ticker;
    bool m_hasBuild = false; // m_progress is about a build (not only "" or "restarted cicd")
    bool m_storable = false; // the build was seen running, requested here, or known from steps
    bool m_seenStatus = false; // a status was seen before the current one
    bool m_startedHere = false; // the current build took a request made here
    QString m_endStatus; // the status text that ended the current build; empty while it runs
};

} // namespace sbs::models
