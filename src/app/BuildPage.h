#pragma once

#include "history/BuildRecord.h"
#include "models/BuildTimelineModel.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace sbs::history {
class BuildHistory;
}

namespace sbs::models {
class BuildHistoryModel;
class BuildTracker;
class LogFollower;
class LogModel;
class ProfileSession;
} // namespace sbs::models

namespace sbs::gui {

class BuildTimelineView;
class HistoryChart;
class LogView;
class MessageWidget;
class StageChart;

// The Builds page of a profile: the current build's stage timeline, its log as the server
// writes it, the stage durations against the usual ones, and the history of the profile's
// builds (chart and table, exported as CSV). A build from the history opens in the timeline
// and the stage chart until the user goes back to the current one. The tracker behind it
// follows the profile's status answers whether the page is shown or not, so every build that
// ends is in the history; the log is fetched while the page is shown.
class BuildPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { LogTab, ChartsTab, HistoryTab };

    BuildPage(models::ProfileSession* session, history::BuildHistory* history, QWidget* parent = nullptr);
    ~BuildPage() override;

    models::BuildTracker* tracker() const { return m_tracker; }
    models::LogModel* logModel() const { return m_logModel; }
    models::BuildHistoryModel* historyModel() const { return m_historyModel; }
    LogView* logView() const { return m_logView; }
    BuildTimelineView* timelineView() const { return m_timelineView; }
    StageChart* stageChart() const { return m_stageChart; }
    HistoryChart* historyChart() const { return m_historyChart; }
    MessageWidget* messageWidget() const { return m_message; }

    // Shows a build of the history in the timeline and the stage chart; false when it is gone.
    bool openBuild(qint64 recordId);
    void showCurrentBuild();
    bool isShowingPastBuild() const { return m_pastId != 0; }

    // Whether the Build button can start a build now (the Overview's Build action can run).
    void setBuildEnabled(bool enabled);

    // The user started a build elsewhere (the Overview): its start time, and its log from the top.
    void noteBuildRequested();

Q_SIGNALS:
    // The Build button: the Overview runs it, with its save-first and its answer.
    void buildRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void onProgress(const models::BuildProgress& progress);
    void onBuildStarted();
    void onBuildEnded(const history::BuildRecord& record);
    void onLogFetched();
    void updateHeading();
    void updatePolling();
    void updateStageChart();
    void updateHistory();
    void exportCsv();
    QString profileKey() const;

    QPointer<models::ProfileSession> m_session;
    QPointer<history::BuildHistory> m_history;
    models::BuildTracker* m_tracker;
    models::LogModel* m_logModel;
    models::LogFollower* m_follower;
    models::BuildHistoryModel* m_historyModel;
    models::BuildTimelineModel* m_pastTimeline;
    QSortFilterProxyModel* m_historyProxy;

    MessageWidget* m_message;
    MessageWidget* m_pastMessage;
    QLabel* m_headingLabel;
    QLabel* m_detailLabel;
    QPushButton* m_buildButton;
    QPushButton* m_refreshLogButton;
    BuildTimelineView* m_timelineView;
    QTabWidget* m_tabs;
    LogView* m_logView;
    StageChart* m_stageChart;
    HistoryChart* m_historyChart;
    QTableView* m_historyTable;
    QPushButton* m_exportButton;
    QLabel* m_historyPathLabel;
    QAction* m_pastBackAction = nullptr;

    qint64 m_pastId = 0;
    QString m_jumpToFailure; // the failing command whose error line the log opens at, once
    bool m_jumpPending = false;
    bool m_buildEnabled = false;
};

} // namespace sbs::gui
