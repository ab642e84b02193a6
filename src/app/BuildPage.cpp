#include "BuildPage.h"

#include "BuildTimelineView.h"
#include "HistoryChart.h"
#include "LogView.h"
#include "MessageWidget.h"
#include "StageChart.h"
#include "api/StatusPoller.h"
#include "history/BuildHistory.h"
#include "models/BuildHistoryModel.h"
#include "models/BuildTracker.h"
#include "models/LogFollower.h"
#include "models/LogModel.h"
#include "models/ProfileHealth.h"
#include "models/ProfileSession.h"
#include "util/Duration.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sbs::gui {

using history::BuildRecord;
using models::BuildHistoryModel;
using models::BuildProgress;

namespace {

QString localTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

BuildPage::BuildPage(models::ProfileSession* session, history::BuildHistory* history, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_history(history)
    , m_tracker(new models::BuildTracker(session->profile().configPath, history, this))
    , m_logModel(new models::LogModel(this))
    , m_follower(new models::LogFollower(session->client(), m_logModel, this))
    , m_historyModel(new BuildHistoryModel(this))
    , m_pastTimeline(new models::BuildTimelineModel(this))
    , m_historyProxy(new QSortFilterProxyModel(this))
    , m_message(new MessageWidget(this))
    , m_pastMessage(new MessageWidget(this))
    , m_headingLabel(new QLabel(this))
    , m_detailLabel(new QLabel(this))
    , m_buildButton(new QPushButton(tr("&Build"), this))
    , m_refreshLogButton(new QPushButton(tr("Refresh &Log"), this))
    , m_timelineView(new BuildTimelineView(this))
    , m_tabs(new QTabWidget(this))
    , m_logView(new LogView(this))
    , m_stageChart(new StageChart(this))
    , m_historyChart(new HistoryChart(this))
    , m_historyTable(new QTableView(this))
    , m_exportButton(new QPushButton(tr("&Export as CSV…"), this))
    , m_historyPathLabel(new QLabel(this))
{
    m_message->setObjectName(QStringLiteral("buildMessageWidget"));
    m_pastMessage->setObjectName(QStringLiteral("pastBuildMessageWidget"));
    m_headingLabel->setObjectName(QStringLiteral("buildHeadingLabel"));
    m_detailLabel->setObjectName(QStringLiteral("buildDetailLabel"));
    m_buildButton->setObjectName(QStringLiteral("startBuildButton"));
    m_refreshLogButton->setObjectName(QStringLiteral("refreshLogButton"));
    m_tabs->setObjectName(QStringLiteral("buildTabWidget"));
    m_historyTable->setObjectName(QStringLiteral("historyTableView"));
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_historyPathLabel->setObjectName(QStringLiteral("historyPathLabel"));
    m_message->hide();
    m_pastMessage->hide();

    QFont headingFont = m_headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_headingLabel->setFont(headingFont);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel->setWordWrap(true);
    m_buildButton->setToolTip(tr("Start a build of this profile's configuration on the server"));
    m_refreshLogButton->setToolTip(tr("Fetch the server's build log now"));

    // The history tab: the chart above the table, the export below.
    m_historyProxy->setSourceModel(m_historyModel);
    m_historyProxy->setSortRole(BuildHistoryModel::SortRole);
    m_historyTable->setModel(m_historyProxy);
    m_historyTable->setSortingEnabled(true);
    m_historyTable->sortByColumn(BuildHistoryModel::StartedColumn, Qt::DescendingOrder);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    m_historyTable->setAlternatingRowColors(true);
    m_historyTable->setToolTip(tr("Double-click a build to open it"));
    m_historyPathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_historyPathLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* historyPage = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(historyPage);
    auto* historySplitter = new QSplitter(Qt::Vertical, historyPage);
    historySplitter->addWidget(m_historyChart);
    historySplitter->addWidget(m_historyTable);
    historySplitter->setStretchFactor(0, 3);
    historySplitter->setStretchFactor(1, 2);
    historyLayout->addWidget(historySplitter, 1);
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_historyPathLabel, 1);
    exportRow->addWidget(m_exportButton);
    historyLayout->addLayout(exportRow);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_logView, tr("Log"));
    m_tabs->addTab(m_stageChart, tr("Stage Durations"));
    m_tabs->addTab(historyPage, tr("History"));
    m_tabs->setTabToolTip(LogTab, tr("The server's build log, as it is written"));
    m_tabs->setTabToolTip(ChartsTab, tr("How long each stage took, against the usual"));
    m_tabs->setTabToolTip(HistoryTab, tr("Every build of this profile seen here"));

    auto* headingRow = new QHBoxLayout;
    auto* headingText = new QVBoxLayout;
    headingText->setSpacing(2);
    headingText->addWidget(m_headingLabel);
    headingText->addWidget(m_detailLabel);
    headingRow->addLayout(headingText, 1);
    headingRow->addWidget(m_refreshLogButton, 0, Qt::AlignTop);
    headingRow->addWidget(m_buildButton, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_pastMessage);
    layout->addLayout(headingRow);
    layout->addWidget(m_timelineView);
    layout->addWidget(m_tabs, 1);

    m_logView->setModel(m_logModel);
    m_timelineView->setModel(m_tracker->timeline());
    m_historyModel->setHistory(history, profileKey());

    auto* backAction = new QAction(tr("Show the Current Build"), this);
    backAction->setObjectName(QStringLiteral("currentBuildAction"));
    connect(backAction, &QAction::triggered, this, &BuildPage::showCurrentBuild);
    m_pastBackAction = backAction;

    connect(m_buildButton, &QPushButton::clicked, this, &BuildPage::buildRequested);
    connect(m_refreshLogButton, &QPushButton::clicked, m_follower, &models::LogFollower::fetch);
    connect(m_exportButton, &QPushButton::clicked, this, &BuildPage::exportCsv);
    connect(m_historyChart, &HistoryChart::buildActivated, this, [this](qint64 id) { openBuild(id); });
    connect(m_historyTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        openBuild(index.data(BuildHistoryModel::RecordIdRole).toLongLong());
    });
    connect(m_tracker, &models::BuildTracker::progressChanged, this, &BuildPage::onProgress);
    connect(m_tracker, &models::BuildTracker::buildStarted, this, &BuildPage::onBuildStarted);
    connect(m_tracker, &models::BuildTracker::buildEnded, this, &BuildPage::onBuildEnded);
    connect(m_follower, &models::LogFollower::fetched, this, &BuildPage::onLogFetched);
    connect(m_follower, &models::LogFollower::failed, this, [this](const QString& message) {
        m_message->showMessage(tr("The build log could not be fetched: %1").arg(message),
                               MessageWidget::Type::Warning);
    });
    connect(session, &models::ProfileSession::statusChanged, m_tracker,
            [this](const api::ServerStatus& status) { m_tracker->onStatus(status); });
    if (history) {
        connect(history, &history::BuildHistory::changed, this, [this](const QString& profile) {
            if (profile == profileKey())
                updateHistory();
        });
    }

    if (session->health().status)
        m_tracker->onStatus(*session->health().status);
    updateHistory();
    updateHeading();
    updateStageChart();
}

BuildPage::~BuildPage()
{
    // The views go before the models they show (children are deleted in creation order).
    delete m_tabs;
    delete m_timelineView;
}

QString BuildPage::profileKey() const
{
    return m_session ? m_session->profile().configPath : QString();
}

void BuildPage::setBuildEnabled(bool enabled)
{
    m_buildEnabled = enabled;
    m_buildButton->setEnabled(m_buildEnabled && !m_tracker->progress().running);
}

void BuildPage::noteBuildRequested()
{
    m_tracker->noteBuildRequested();
}

void BuildPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updatePolling();
    m_follower->fetch();
}

void BuildPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    updatePolling();
}

void BuildPage::updatePolling()
{
    m_follower->setPolling(isVisible() && m_tracker->progress().running);
    if (m_session)
        m_session->poller()->setWatched(isVisible());
}

void BuildPage::onProgress(const BuildProgress& progress)
{
    const BuildRecord& record = progress.record;
    if (!progress.running && record.result == BuildRecord::Result::Failed && !record.failedCommand.isEmpty()
        && m_jumpToFailure != record.failedCommand) {
        // A failed build (also one that ended before the app started): the log opens at the
        // error once it is loaded, once per failure.
        m_jumpToFailure = record.failedCommand;
        m_jumpPending = true;
        if (isVisible())
            m_follower->fetch();
    }
    updatePolling();
    updateHeading();
    if (!isShowingPastBuild())
        updateStageChart();
}

void BuildPage::onBuildStarted()
{
    // The previous build's log no longer applies; the new one is fetched from the top.
    m_logModel->clear();
    m_jumpPending = false;
    m_jumpToFailure.clear();
    m_logView->setFollowing(true);
    if (isShowingPastBuild())
        showCurrentBuild();
    if (isVisible())
        m_follower->fetch();
}

void BuildPage::onBuildEnded(const BuildRecord& record)
{
    if (record.result == BuildRecord::Result::Failed)
        m_tabs->setCurrentIndex(LogTab);
    // The last lines came after the last poll.
    if (isVisible())
        m_follower->fetch();
    updateStageChart();
}

void BuildPage::onLogFetched()
{
    if (!m_jumpPending)
        return;
    const int row = m_logModel->failureRow(m_jumpToFailure);
    if (row < 0)
        return; // not in the log yet; the next fetch tries again
    m_jumpPending = false;
    m_tabs->setCurrentIndex(LogTab);
    m_logView->showRow(row);
}

void BuildPage::updateHeading()
{
    const BuildProgress& progress = m_tracker->progress();
    const BuildRecord& record = progress.record;
    m_buildButton->setEnabled(m_buildEnabled && !progress.running);
    if (progress.isEmpty()
        || (!progress.running && !record.started.isValid() && record.buildName.isEmpty()
            && progress.statusText.isEmpty())) {
        m_headingLabel->setText(tr("No build yet"));
        m_detailLabel->setText(
            tr("Start a build here or on the Overview; its stages, log and times appear here."));
        return;
    }
    QString heading;
    if (progress.running)
        heading = tr("Build running");
    else if (progress.unknownStatus)
        heading = tr("Server status not known to this app");
    else if (record.result == BuildRecord::Result::Succeeded
             && progress.statusText == QLatin1String("success"))
        heading = tr("Build succeeded");
    else if (record.result == BuildRecord::Result::Failed && !record.failedCommand.isEmpty())
        heading = tr("Build failed");
    else if (record.result == BuildRecord::Result::Stopped)
        heading = tr("Build stopped by Clean");
    else
        heading = tr("No build running");
    m_headingLabel->setText(heading);

    QStringList details;
    if (!record.buildName.isEmpty())
        details << tr("Build name: %1").arg(record.buildName);
    if (record.started.isValid())
        details << tr("started %1").arg(localTime(record.started));
    if (record.durationMs() >= 0)
        details << tr("took %1").arg(util::formatDuration(record.durationMs()));
    m_detailLabel->setText(details.join(QStringLiteral(" · ")));
}

void BuildPage::updateStageChart()
{
    if (!m_history)
        return;
    QList<qint64> current;
    QList<qint64> medians;
    BuildRecord record;
    if (isShowingPastBuild()) {
        const auto past = m_history->build(m_pastId);
        if (past)
            record = past.value();
    } else {
        record = m_tracker->progress().record;
    }
    for (int i = 0; i < history::StageCount; ++i)
        current << record.stageDurationMs(history::Stage(i));
    medians = m_history->medianStageDurations(profileKey(), record.id);
    m_stageChart->setDurations(current, medians);
}

void BuildPage::updateHistory()
{
    const QList<BuildRecord> builds = m_history ? m_history->builds(profileKey()) : QList<BuildRecord>();
    m_historyChart->setBuilds(builds);
    m_exportButton->setEnabled(!builds.isEmpty());
    m_historyTable->resizeColumnsToContents();
    if (!m_history)
        m_historyPathLabel->setText(tr("The build history is not available."));
    else
        m_historyPathLabel->setText(tr("%n build(s) in %1", nullptr, int(builds.size()))
                                        .arg(QDir::toNativeSeparators(m_history->path())));
}

bool BuildPage::openBuild(qint64 recordId)
{
    if (!m_history)
        return false;
    const auto record = m_history->build(recordId);
    if (!record) {
        m_message->showMessage(tr("That build is no longer in the history."), MessageWidget::Type::Warning);
        return false;
    }
    BuildProgress progress;
    progress.record = record.value();
    progress.running = false;
    progress.statusText = record->result == BuildRecord::Result::Succeeded ? QStringLiteral("success")
        : record->result == BuildRecord::Result::Failed
        ? QStringLiteral("exiting due to a non-zero return value: %1, cmd: %2")
              .arg(record->exitCode)
              .arg(record->failedCommand)
        : QStringLiteral("restarted cicd");
    m_pastId = recordId;
    m_pastTimeline->setMedians(m_history->medianStageDurations(profileKey(), recordId));
    m_pastTimeline->setProgress(progress,
                                record->ended.isValid() ? record->ended : QDateTime::currentDateTimeUtc());
    m_timelineView->setModel(m_pastTimeline);
    const QString name = record->buildName.isEmpty() ? tr("without a name") : record->buildName;
    m_pastMessage->clearActions();
    m_pastMessage->showMessage(tr("Showing the build %1 of %2. The log is always the server's latest.")
                                   .arg(name, localTime(record->started)),
                               MessageWidget::Type::Information, MessageWidget::NoAutoHide);
    m_pastMessage->addMessageAction(m_pastBackAction);
    const int row = m_historyModel->rowOfId(recordId);
    if (row >= 0)
        m_historyTable->selectRow(m_historyProxy->mapFromSource(m_historyModel->index(row, 0)).row());
    updateStageChart();
    return true;
}

void BuildPage::showCurrentBuild()
{
    m_pastId = 0;
    m_pastMessage->hideMessage();
    m_pastMessage->hide();
    m_timelineView->setModel(m_tracker->timeline());
    updateStageChart();
}

void BuildPage::exportCsv()
{
    if (!m_history)
        return;
    const QString suggested
        = QDir(QFileInfo(profileKey()).absolutePath())
              .filePath(QFileInfo(profileKey()).dir().dirName() + QStringLiteral("-builds.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Build History"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status written = m_history->exportCsv(profileKey(), path);
    if (written)
        m_message->showMessage(tr("Build history exported to %1.").arg(QDir::toNativeSeparators(path)),
                               MessageWidget::Type::Positive);
    else
        m_message->showMessage(written.error(), MessageWidget::Type::Error);
}

} // namespace sbs::gui
