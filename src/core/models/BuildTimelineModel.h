#pragma once

#include "history/BuildRecord.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace sbs::models {

// What the timeline shows of one build: its record so far, and the server's status text as it
// is (also a text the app does not know).
struct BuildProgress
{
    history::BuildRecord record;
    bool running = false; // the build has not ended
    QString statusText; // the last status text, shown as it is
    bool unknownStatus = false; // statusText is none of PROTOCOL.md §2's values
    bool isEmpty() const { return !record.started.isValid() && statusText.isEmpty(); }
};

// The stage timeline of one build: one row per stage of PROTOCOL.md §2 (cleaned up, github
// cloned, image built, image pushed, success). A stage is Done once its status was reached,
// Running while the build works towards it, Failed when the build failed on the way to it, and
// Pending otherwise. Its duration is known when both of its ends are; the running stage's
// elapsed time follows tick(). The medians of earlier successful builds give the running stage
// an estimated progress.
class BuildTimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class StageState { Pending, Running, Done, Failed };
    Q_ENUM(StageState)

    enum Role {
        StageRole = Qt::UserRole + 1, // int(history::Stage)
        StatusTextRole, // the stage's status text, e.g. "github cloned"
        StateRole, // int(StageState)
        ReachedRole, // QDateTime (UTC) when the stage was reached; invalid when not, or unknown
        DurationRole, // qint64 ms: Done and Failed: how long it took; Running: elapsed so far; -1 unknown
        MedianRole, // qint64 ms: median of this stage over earlier successful builds; -1 unknown
        ProgressRole, // double 0..1 for the Running stage (elapsed against the median, at most
                      // 0.99); -1 when there is no median or the stage is not running
        FailedCommandRole, // QString: the failing command, on the Failed stage only
    };

    explicit BuildTimelineModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setProgress(const BuildProgress& progress, const QDateTime& now);
    const BuildProgress& progress() const { return m_progress; }
    // One entry per stage in ms, -1 where unknown (history::BuildHistory::medianStageDurations).
    void setMedians(const QList<qint64>& medians);
    // Moves the running stage's elapsed time on to now.
    void tick(const QDateTime& now);
    void clear();

    // The row of the running or failed stage; -1 when there is none.
    int activeRow() const;

private:
    StageState stateOf(int row) const;

    BuildProgress m_progress;
    QList<qint64> m_medians;
    QDateTime m_now;
};

} // namespace sbs::models
