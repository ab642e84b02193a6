#include "models/BuildTimelineModel.h"

namespace sbs::models {

using history::Stage;
using history::StageCount;

namespace {

// The highest stage whose time is known; -1 when none is. The tracker always records the time
// of the stage it last saw, so every stage up to this one was passed, even those whose own
// time is unknown (skipped between two polls).
int lastReachedStage(const history::BuildRecord& record)
{
    for (int i = qMin<int>(StageCount, record.stageReached.size()) - 1; i >= 0; --i) {
        if (record.stageReached.at(i).isValid())
            return i;
    }
    return -1;
}

// Whether progress is about a build at all: "" and "restarted cicd" without a build leave the
// record empty and only carry the status text.
bool hasBuild(const BuildProgress& progress)
{
    return progress.running || progress.record.started.isValid() || progress.record.ended.isValid()
        || lastReachedStage(progress.record) >= 0;
}

} // namespace

BuildTimelineModel::BuildTimelineModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

int BuildTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : StageCount;
}

BuildTimelineModel::StageState BuildTimelineModel::stateOf(int row) const
{
    if (!hasBuild(m_progress))
        return StageState::Pending;
    const history::BuildRecord& record = m_progress.record;
    const int reached = lastReachedStage(record);
    if (row <= reached)
        return StageState::Done;
    if (m_progress.running)
        return row == reached + 1 ? StageState::Running : StageState::Pending;
    switch (record.result) {
    case history::BuildRecord::Result::Succeeded:
        return StageState::Done;
    case history::BuildRecord::Result::Failed:
        return row == reached + 1 ? StageState::Failed : StageState::Pending;
    case history::BuildRecord::Result::Stopped:
        // Cleaned while it ran: nothing went wrong in the stage it was on, it was cut short, so
        // that stage and the ones after it were simply never reached.
        return StageState::Pending;
    }
    return StageState::Pending;
}

QVariant BuildTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const Stage stage = Stage(row);
    const history::BuildRecord& record = m_progress.record;
    const StageState state = stateOf(row);
    // Where the stage's clock starts: the previous stage's time, or the build's start.
    const QDateTime stageStart = row == 0 ? record.started : record.stageReached.value(row - 1);
    const qint64 median = m_medians.value(row, -1);

    auto elapsed = [&]() -> qint64 {
        if (!stageStart.isValid() || !m_now.isValid())
            return -1;
        return qMax<qint64>(0, stageStart.msecsTo(m_now));
    };

    switch (role) {
    case Qt::DisplayRole:
        return history::stageTitle(stage);
    case StageRole:
        return row;
    case StatusTextRole:
        return history::stageStatus(stage);
    case StateRole:
        return int(state);
    case ReachedRole:
        return record.stageReached.value(row);
    case DurationRole:
        switch (state) {
        case StageState::Done:
            return record.stageDurationMs(stage);
        case StageState::Running:
            return elapsed();
        case StageState::Failed:
            if (!stageStart.isValid() || !record.ended.isValid())
                return qint64(-1);
            return qMax<qint64>(0, stageStart.msecsTo(record.ended));
        case StageState::Pending:
            return qint64(-1);
        }
        return qint64(-1);
    case MedianRole:
        return median;
    case ProgressRole: {
        if (state != StageState::Running || median < 0)
            return -1.0;
        const qint64 sofar = elapsed();
        if (sofar < 0)
            return -1.0;
        // A running stage is never shown as complete: it ends when the server says so.
        if (median == 0)
            return 0.99;
        return qMin(0.99, double(sofar) / double(median));
    }
    case FailedCommandRole:
        return state == StageState::Failed ? record.failedCommand : QString();
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> BuildTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StageRole, "stage");
    names.insert(StatusTextRole, "statusText");
    names.insert(StateRole, "state");
    names.insert(ReachedRole, "reached");
    names.insert(DurationRole, "duration");
    names.insert(MedianRole, "median");
    names.insert(ProgressRole, "progress");
    names.insert(FailedCommandRole, "failedCommand");
    return names;
}

void BuildTimelineModel::setProgress(const BuildProgress& progress, const QDateTime& now)
{
    m_progress = progress;
    m_now = now;
    // The rows stay the five stages; only what they say changes.
    Q_EMIT dataChanged(index(0), index(StageCount - 1));
}

void BuildTimelineModel::setMedians(const QList<qint64>& medians)
{
    m_medians = medians;
    Q_EMIT dataChanged(index(0), index(StageCount - 1), { MedianRole, ProgressRole });
}

void BuildTimelineModel::tick(const QDateTime& now)
{
    m_now = now;
    const int row = activeRow();
    if (row >= 0 && stateOf(row) == StageState::Running)
        Q_EMIT dataChanged(index(row), index(row), { DurationRole, ProgressRole });
}

void BuildTimelineModel::clear()
{
    // The medians belong to the profile, not to the build, so they stay.
    setProgress(BuildProgress(), QDateTime());
}

int BuildTimelineModel::activeRow() const
{
    for (int row = 0; row < StageCount; ++row) {
        const StageState state = stateOf(row);
        if (state == StageState::Running || state == StageState::Failed)
            return row;
    }
    return -1;
}

} // namespace sbs::models
