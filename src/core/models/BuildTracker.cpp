#include "models/BuildTracker.h"

#include "history/BuildHistory.h"

#include <QTimer>
#include <QtGlobal>

namespace sbs::models {

using history::BuildRecord;
using Phase = api::ServerStatus::Phase;

namespace {

const QLatin1String RestartedText("restarted cicd");
const QLatin1String FailurePrefix("exiting due to a non-zero return value");

// Whether text is one of PROTOCOL.md §2's status values.
bool isKnownStatusText(const QString& text)
{
    return text.isEmpty() || text == RestartedText || history::stageIndexOf(text) >= 0
        || text.startsWith(FailurePrefix);
}

// Whether the answer's steps describe the current build: they do when there are some, or when
// the server names the build's start and sends an (as yet empty) list with it. Otherwise the
// stages come from the status text alone.
bool hasSteps(const api::ServerStatus& status)
{
    return !status.steps.isEmpty()
        || (status.buildStarted.isValid() && status.json.contains(QLatin1String("steps")));
}

QString isoMs(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

BuildTracker::BuildTracker(const QString& profile, history::BuildHistory* history, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_history(history)
    , m_timeline(new BuildTimelineModel(this))
    , m_ticker(new QTimer(this))
{
    m_progress.record.profile = profile;
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, [this] { m_timeline->tick(QDateTime::currentDateTimeUtc()); });
    applyMedians(0);
}

void BuildTracker::setProfile(const QString& profile)
{
    m_profile = profile;
    m_progress.record.profile = profile;
    applyMedians(m_progress.running ? 0 : m_progress.record.id);
}

void BuildTracker::noteBuildRequested(const QDateTime& when)
{
    m_requestedAt = when.toUTC();
}

void BuildTracker::onStatus(const api::ServerStatus& status, const QDateTime& seenAt)
{
    const Phase phase = status.phase();
    const QDateTime now = seenAt.toUTC();

    if (phase == Phase::Unknown) {
        // Shown as it is; what the app knew of the build stays as it was.
        m_progress.statusText = status.status;
        m_progress.unknownStatus = true;
        publish(now);
        m_seenStatus = true;
        return;
    }

    bool ended = false;
    if (phase == Phase::Restarted || phase == Phase::NotInitialized) {
        if (phase == Phase::Restarted && m_progress.running) {
            ended = endBuild(BuildRecord::Result::Stopped, status, now);
        } else if (!(phase == Phase::Restarted && m_hasBuild && m_endStatus == status.status)) {
            // The server holds no build (any more); a repeated "restarted cicd" after a stopped
            // build keeps showing that build.
            forgetBuild();
        }
        m_progress.statusText = status.status;
        m_progress.unknownStatus = false;
        publish(now);
        m_seenStatus = true;
        if (ended)
            Q_EMIT buildEnded(m_progress.record);
        return;
    }

    const bool running = phase == Phase::Running;
    bool newBuild = false;
    if (status.buildStarted.isValid()) {
        newBuild
            = !m_hasBuild || m_progress.record.key != QStringLiteral("started:") + isoMs(status.buildStarted);
    } else if (running) {
        const int stage = history::stageIndexOf(status.status);
        newBuild = !m_hasBuild || !m_progress.running || stage < m_lastStage || m_requestedAt.isValid();
    } else {
        // A terminal status: the same text again is the same ended build; another one is a
        // build that ran entirely between two polls.
        newBuild = !m_hasBuild || (!m_progress.running && status.status != m_endStatus);
    }
    if (newBuild)
        beginBuild(status, now, running);

    applyStageTimes(status, now);
    m_progress.statusText = status.status;
    m_progress.unknownStatus = !isKnownStatusText(status.status);

    if (running) {
        m_progress.running = true;
        m_sawRunning = true;
        m_storable = true;
    } else if (m_progress.running || newBuild) {
        const auto result
            = phase == Phase::Succeeded ? BuildRecord::Result::Succeeded : BuildRecord::Result::Failed;
        ended = endBuild(result, status, now);
    }
    publish(now);
    m_seenStatus = true;
    if (ended)
        Q_EMIT buildEnded(m_progress.record);
}

void BuildTracker::beginBuild(const api::ServerStatus& status, const QDateTime& seenAt, bool running)
{
    // A request made here is taken by the next build, unless that is the one the very first
    // answer shows already ended (the app was just started, and the server has not begun yet).
    const bool useRequest = m_requestedAt.isValid() && (running || m_seenStatus);

    BuildRecord record;
    record.profile = m_profile;
    if (status.buildStarted.isValid()) {
        record.started = status.buildStarted.toUTC();
        record.key = QStringLiteral("started:") + isoMs(record.started);
    } else {
        const QDateTime firstSeen = useRequest ? m_requestedAt : seenAt;
        record.key = QStringLiteral("seen:") + isoMs(firstSeen);
        if (useRequest)
            record.started = m_requestedAt;
        else if (running)
            record.started = seenAt;
        // An ended build seen first: when it started is unknown.
    }

    const bool announce = running || m_seenStatus;
    m_progress = BuildProgress();
    m_progress.record = record;
    m_hasBuild = true;
    m_lastStage = -1;
    m_sawRunning = false;
    m_startedHere = useRequest;
    // Stored when it ends only if its times mean something: seen running, started here, or
    // told by the server.
    m_storable = running || useRequest || status.buildStarted.isValid();
    m_endStatus.clear();
    if (useRequest)
        m_requestedAt = QDateTime();
    applyMedians(0);
    if (announce)
        Q_EMIT buildStarted();
}

void BuildTracker::applyStageTimes(const api::ServerStatus& status, const QDateTime& seenAt)
{
    BuildRecord& record = m_progress.record;
    if (hasSteps(status)) {
        record.timesFromServer = true;
        for (const api::StatusStep& step : status.steps) {
            const int i = history::stageIndexOf(step.status);
            if (i < 0)
                continue;
            if (step.time.isValid())
                record.stageReached[i] = step.time.toUTC();
            else if (!record.stageReached.at(i).isValid())
                record.stageReached[i] = seenAt; // an unreadable time: when it was first seen
            m_lastStage = qMax(m_lastStage, i);
        }
        return;
    }
    // Without steps a stage's time is when its status was first seen. Stages passed between
    // two polls keep no time: their state is still Done, but an invented time would skew the
    // durations and medians.
    const int i = history::stageIndexOf(status.status);
    if (i < 0)
        return;
    if (!record.stageReached.at(i).isValid())
        record.stageReached[i] = seenAt;
    m_lastStage = qMax(m_lastStage, i);
}

bool BuildTracker::endBuild(BuildRecord::Result result, const api::ServerStatus& status,
                            const QDateTime& seenAt)
{
    BuildRecord& record = m_progress.record;
    record.result = result;
    // The server's step for the ending status, when it sent one; otherwise when it was seen.
    record.ended = seenAt;
    if (!status.steps.isEmpty() && status.steps.constLast().status == status.status
        && status.steps.constLast().time.isValid())
        record.ended = status.steps.constLast().time.toUTC();
    if (result == BuildRecord::Result::Succeeded) {
        record.buildName = status.buildName;
        record.imageTag = status.imageTag;
    } else if (result == BuildRecord::Result::Failed) {
        record.failedCommand = status.failedCommand();
        record.exitCode = status.failedExitCode();
    }
    // Whoever watched it run, or asked for it here, is told it ended; a build that had ended
    // before the app saw it is not news.
    const bool watched = (m_progress.running && m_sawRunning) || m_startedHere;
    m_progress.running = false;
    m_endStatus = status.status;

    if (m_storable && m_history) {
        const Result<qint64> stored = m_history->store(record);
        if (stored)
            record.id = stored.value();
        else
            qWarning("build history: %s", qUtf8Printable(stored.error()));
    }
    applyMedians(record.id);
    return watched;
}

void BuildTracker::forgetBuild()
{
    m_progress = BuildProgress();
    m_progress.record.profile = m_profile;
    m_hasBuild = false;
    m_lastStage = -1;
    m_sawRunning = false;
    m_startedHere = false;
    m_storable = false;
    m_endStatus.clear();
}

void BuildTracker::publish(const QDateTime& now)
{
    m_timeline->setProgress(m_progress, now);
    if (m_progress.running) {
        if (!m_ticker->isActive())
            m_ticker->start();
    } else {
        m_ticker->stop();
    }
    Q_EMIT progressChanged(m_progress);
}

void BuildTracker::applyMedians(qint64 excludeId)
{
    if (m_history)
        m_timeline->setMedians(m_history->medianStageDurations(m_profile, excludeId));
}

} // namespace sbs::models
