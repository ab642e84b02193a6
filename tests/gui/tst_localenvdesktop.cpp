// The whole life of a build from the main window, against scripts/local-env.sh and sbs-server:
// Init, Build to success followed on the Builds page (timeline, log, history, charts), Build
// again and Clean while it runs, a build that fails, and the history after a restart.
#include "BuildNotifier.h"
#include "BuildPage.h"
#include "BuildTimelineView.h"
#include "HistoryChart.h"
#include "LocalEnvBuildTest.h"
#include "CompareView.h"
#include "FileViewer.h"
#include "LogView.h"
#include "ManifestBrowser.h"
#include "ManifestsPage.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "ProfilePages.h"
#include "Prompts.h"
#include "Resources.h"
#include "StageChart.h"
#include "TestSupport.h"
#include "history/BuildHistory.h"
#include "models/BuildHistoryModel.h"
#include "models/BuildTimelineModel.h"
#include "models/BuildTracker.h"
#include "models/ConfigFieldModel.h"
#include "models/LogModel.h"
#include "models/ManifestLibraryModel.h"
#include "models/ManifestTreeModel.h"
#include "models/ProfileListModel.h"
#include "models/ProfileSession.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QBarSet>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QTest>
#include <QUuid>

using sbs::gui::BuildPage;
using sbs::gui::MainWindow;
using sbs::gui::ManifestsPage;
using sbs::gui::OverviewPage;
using sbs::gui::ProfilePages;
using sbs::gui::Prompts;
using sbs::history::BuildRecord;
using sbs::models::BuildHistoryModel;
using sbs::models::BuildTimelineModel;
using sbs::models::Profile;
using sbs::models::ProfileHealth;
using sbs::models::ProfileListModel;
using namespace sbs::test;

namespace {

BuildTimelineModel::StageState stageState(BuildPage* page, int row)
{
    const BuildTimelineModel* timeline = page->tracker()->timeline();
    return BuildTimelineModel::StageState(timeline->index(row).data(BuildTimelineModel::StateRole).toInt());
}

} // namespace

class TestLocalEnvDesktop : public LocalEnvBuildTest
{
    Q_OBJECT

private:
    // The profile scripts/demo.sh writes, for this test's server and certificates.
    QString writeProfile()
    {
        return writeDesktopProfile(m_work.filePath("profile"), "desktop/sample-app", "desktop",
                                   "hello from the desktop");
    }

    // The Builds page of the window's only profile, shown.
    static BuildPage* showBuilds(MainWindow& window)
    {
        window.currentPages()->setCurrentIndex(ProfilePages::BuildsTab);
        return window.currentPages()->builds();
    }

    QTemporaryDir m_settingsDir;
    QString m_configPath;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        sbs::gui::initResources();
        Prompts::setTestMode(true);
        // A history from an earlier run of this test would add its rows.
        QFile::remove(sbs::history::BuildHistory::defaultPath());
        startEnvironment();
    }

    void cleanupTestCase() { stopEnvironment(); }

    void buildToSuccessThenCleanARunningBuild()
    {
        const QString path = writeProfile();
        MainWindow window;
        window.setWizardRunner([](QWidget*) { return Profile(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.addProfile(Profile::forConfig(path));
        const QString configPath = Profile::forConfig(path).configPath;
        window.session(configPath)->poller()->setIntervalScale(0.2);
        OverviewPage* page = window.overviewPage();
        QVERIFY(page);
        auto* status = page->findChild<QLabel*>("statusValueLabel");
        auto* init = page->findChild<QPushButton*>("initButton");
        auto* build = page->findChild<QPushButton*>("buildButton");
        auto* clean = page->findChild<QPushButton*>("cleanButton");
        QVERIFY(status && init && build && clean);

        QTRY_VERIFY_WITH_TIMEOUT(init->isEnabled(), 30000);
        QTest::mouseClick(init, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->lastResult(OverviewPage::Action::Init), QString("OK"), 30000);

        // An unsaved edit: Build (on the Builds page) asks to save it first.
        window.configModel()->setValueText("IMAGE_TAG_PREFIX", "desktop1");
        BuildPage* builds = showBuilds(window);
        auto* startBuild = builds->findChild<QPushButton*>("startBuildButton");
        QVERIFY(startBuild);
        Prompts::enqueueButton(QMessageBox::Save);
        QTRY_VERIFY_WITH_TIMEOUT(startBuild->isEnabled() && build->isEnabled(), 30000);
        QTest::mouseClick(startBuild, Qt::LeftButton);
        QVERIFY(!window.configModel()->isModified());
        QTRY_COMPARE_WITH_TIMEOUT(page->lastResult(OverviewPage::Action::Build),
                                  QString("OK: async build started"), 30000);

        // The log follows the build while it runs: lines arrive in more than one fetch, and
        // the view stays at the bottom.
        sbs::models::LogModel* log = builds->logModel();
        QTRY_VERIFY_WITH_TIMEOUT(builds->tracker()->progress().running && log->rowCount() > 0, 120000);
        const int firstRows = log->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() > firstRows || !builds->tracker()->progress().running,
                                 120000);
        QVERIFY2(log->rowCount() > firstRows, "the log did not grow while the build ran");
        QVERIFY(builds->logView()->isFollowing());
        QScrollBar* logBar = builds->logView()->listView()->verticalScrollBar();
        QTRY_COMPARE(logBar->value(), logBar->maximum());

        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QString("success"), 240000);
        const QModelIndex index = window.profileModel()->indexOf(configPath);
        QTRY_COMPARE(index.data(ProfileListModel::BadgeRole).toInt(), int(ProfileHealth::Badge::Succeeded));
        QTRY_COMPARE_WITH_TIMEOUT(window.notifier()->count(), 1, 30000);
        QVERIFY(window.notifier()->lastTitle().contains("succeeded"));
        QVERIFY(page->findChild<QLabel*>("buildNameValueLabel")->text().contains("sample-app"));
        QVERIFY(page->findChild<QLabel*>("imageTagValueLabel")->text().startsWith("desktop"));

        // The timeline reached success, with the server's times for every stage.
        QTRY_COMPARE(stageState(builds, int(sbs::history::Stage::Success)),
                     BuildTimelineModel::StageState::Done);
        for (int row = 0; row < sbs::history::StageCount; ++row) {
            const QModelIndex stage = builds->tracker()->timeline()->index(row);
            QCOMPARE(stageState(builds, row), BuildTimelineModel::StageState::Done);
            QVERIFY2(stage.data(BuildTimelineModel::DurationRole).toLongLong() >= 0,
                     qPrintable(QString::number(row)));
        }
        QCOMPARE(builds->findChild<QWidget*>("failurePanel")->isVisible(), false);

        // One row in the history, and a point in the history chart and bars in the stage chart.
        BuildHistoryModel* history = builds->historyModel();
        QTRY_COMPARE(history->rowCount(), 1);
        const BuildRecord succeeded = history->record(0);
        QCOMPARE(succeeded.result, BuildRecord::Result::Succeeded);
        QVERIFY(succeeded.buildName.contains("sample-app"));
        QCOMPARE(succeeded.imageTag, page->findChild<QLabel*>("imageTagValueLabel")->text());
        QVERIFY(succeeded.timesFromServer);
        QVERIFY(succeeded.durationMs() > 0);
        QCOMPARE(builds->historyChart()->succeededSeries()->count(), 1);
        QCOMPARE(builds->historyChart()->failedSeries()->count(), 0);
        QBarSet* bars = builds->stageChart()->currentSet();
        QCOMPARE(bars->count(), sbs::history::StageCount);
        double total = 0;
        for (int i = 0; i < bars->count(); ++i)
            total += bars->at(i);
        QVERIFY(total > 0);
        m_configPath = configPath;

        // Build again, and clean while it runs: the build stops and the server resets.
        QTRY_VERIFY_WITH_TIMEOUT(build->isEnabled(), 30000);
        QTest::mouseClick(build, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(index.data(ProfileListModel::BadgeRole).toInt(),
                                  int(ProfileHealth::Badge::Building), 60000);
        QVERIFY(clean->isEnabled());
        QVERIFY(!build->isEnabled());
        Prompts::enqueueButton(QMessageBox::Yes);
        QTest::mouseClick(clean, Qt::LeftButton);
        QCOMPARE(Prompts::asked().last(), QString("Clean"));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QString("restarted cicd"), 60000);
        QCOMPARE(page->lastResult(OverviewPage::Action::Clean), QString("restarted cicd"));
        QTRY_VERIFY(build->isEnabled());
        QVERIFY(Prompts::unanswered().isEmpty());
        QCOMPARE(Prompts::pendingAnswers(), 0);
        Prompts::clear();
        // The stopped build is in the history too.
        QTRY_COMPARE(history->rowCount(), 2);
        QCOMPARE(history->record(0).result, BuildRecord::Result::Stopped);
    }

    // A Dockerfile whose RUN step fails: the timeline marks the stage and shows the command,
    // and the log opens at the error.
    void failingBuildShowsTheStageCommandAndError()
    {
        QVERIFY(!m_configPath.isEmpty());
        MainWindow window;
        window.setWizardRunner([](QWidget*) { return Profile(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startUp(QString());
        QVERIFY(window.session(m_configPath));
        window.session(m_configPath)->poller()->setIntervalScale(0.2);
        BuildPage* builds = showBuilds(window);
        // The history survived the restart.
        QCOMPARE(builds->historyModel()->rowCount(), 2);

        // The server builds what the last Init or Update sent: the broken branch goes by Update.
        window.configModel()->setValueText("GITHUB_BRANCH", "broken");
        QVERIFY(window.save());
        OverviewPage* overview = window.overviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(overview->canTrigger(OverviewPage::Action::Update), 30000);
        QVERIFY(overview->trigger(OverviewPage::Action::Update));
        QTRY_COMPARE_WITH_TIMEOUT(overview->lastResult(OverviewPage::Action::Update), QString("OK"), 30000);
        auto* startBuild = builds->findChild<QPushButton*>("startBuildButton");
        QTRY_VERIFY_WITH_TIMEOUT(startBuild->isEnabled(), 30000);
        QTest::mouseClick(startBuild, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.overviewPage()->lastResult(OverviewPage::Action::Build),
                                  QString("OK: async build started"), 30000);

        const int imageBuilt = int(sbs::history::Stage::ImageBuilt);
        QTRY_COMPARE_WITH_TIMEOUT(stageState(builds, imageBuilt), BuildTimelineModel::StageState::Failed,
                                  240000);
        QCOMPARE(stageState(builds, int(sbs::history::Stage::GithubCloned)),
                 BuildTimelineModel::StageState::Done);
        QCOMPARE(stageState(builds, int(sbs::history::Stage::ImagePushed)),
                 BuildTimelineModel::StageState::Pending);
        const QString command = builds->tracker()->progress().record.failedCommand;
        QVERIFY2(command.contains("buildah"), qPrintable(command));
        auto* panel = builds->findChild<QWidget*>("failurePanel");
        QTRY_VERIFY(panel->isVisible());
        auto* commandLabel = panel->findChild<QWidget*>("failedCommandLabel");
        QVERIFY(commandLabel);
        const QString shown = commandLabel->property("text").toString();
        QVERIFY2(shown.contains(command), qPrintable(shown));

        // The log jumped to the first error after the failing command, on the Log tab.
        sbs::models::LogModel* log = builds->logModel();
        QTRY_VERIFY2_WITH_TIMEOUT(builds->logView()->currentRow() >= 0,
                                  qPrintable(QStringLiteral("rows %1, failure row %2, message: %3")
                                                 .arg(log->rowCount())
                                                 .arg(log->failureRow(command))
                                                 .arg(builds->messageWidget()->text())),
                                  30000);
        const int row = builds->logView()->currentRow();
        QCOMPARE(row, log->failureRow(command));
        QCOMPARE(log->severity(row), sbs::models::LogModel::Severity::Error);
        QVERIFY(!builds->logView()->isFollowing());
        QCOMPARE(builds->findChild<QTabWidget*>("buildTabWidget")->currentIndex(), int(BuildPage::LogTab));

        // The failure is in the history, once, with its command; the chart shows it as failed.
        QTRY_COMPARE(builds->historyModel()->rowCount(), 3);
        const BuildRecord failed = builds->historyModel()->record(0);
        QCOMPARE(failed.result, BuildRecord::Result::Failed);
        QCOMPARE(failed.failedCommand, command);
        QCOMPARE(builds->historyChart()->failedSeries()->count(), 1);
        QTest::qWait(2000); // more polls of the same failed status
        QCOMPARE(builds->historyModel()->rowCount(), 3);

        // Clicking the successful build in the chart opens it in the timeline.
        const qint64 successId = builds->historyModel()->record(2).id;
        QCOMPARE(builds->historyModel()->record(2).result, BuildRecord::Result::Succeeded);
        builds->findChild<QTabWidget*>("buildTabWidget")->setCurrentIndex(BuildPage::HistoryTab);
        QTRY_VERIFY(builds->historyChart()->isVisible());
        QTest::mouseClick(builds->historyChart()->viewport(), Qt::LeftButton, {},
                          builds->historyChart()->positionOf(successId));
        QTRY_VERIFY(builds->isShowingPastBuild());
        // The successful build has no failure to show, and its stage bars are its own.
        QTRY_VERIFY(!panel->isVisible());
        const BuildRecord opened = builds->historyModel()->record(2);
        QBarSet* bars = builds->stageChart()->currentSet();
        for (int i = 0; i < sbs::history::StageCount; ++i)
            QVERIFY(bars->at(i) >= 0);
        QVERIFY(opened.stageDurationMs(sbs::history::Stage::ImageBuilt) > 0);
        QVERIFY(bars->at(int(sbs::history::Stage::ImageBuilt)) > 0);
        builds->showCurrentBuild();
        QVERIFY(!builds->isShowingPastBuild());
        QTRY_VERIFY(panel->isVisible());
        Prompts::clear();
    }

    // The manifest workbench against the server's real manifests: fetch and verify the latest,
    // read a source file in the browser, the tamper test, two builds whose sources differ in
    // one file compared, and a review bundle verified again in a profile with no server.
    void manifestWorkbench()
    {
        QVERIFY(!m_configPath.isEmpty());
        MainWindow window;
        window.setWizardRunner([](QWidget*) { return Profile(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startUp(QString());
        window.session(m_configPath)->poller()->setIntervalScale(0.2);
        OverviewPage* overview = window.overviewPage();

        // A successful build of branch main, then one of branch page (index.html changed).
        const auto buildBranch = [&](const QString& branch) -> bool {
            window.configModel()->setValueText("GITHUB_BRANCH", branch);
            if (!window.save())
                return false;
            if (!QTest::qWaitFor([&] { return overview->canTrigger(OverviewPage::Action::Update); }, 30000))
                return false;
            overview->trigger(OverviewPage::Action::Update);
            if (!QTest::qWaitFor([&] { return overview->lastResult(OverviewPage::Action::Update) == "OK"; }, 30000))
                return false;
            if (!QTest::qWaitFor([&] { return overview->canTrigger(OverviewPage::Action::Build); }, 30000))
                return false;
            const int before = window.notifier()->count();
            overview->trigger(OverviewPage::Action::Build);
            if (!QTest::qWaitFor([&] { return window.notifier()->count() > before; }, 240000))
                return false;
            return window.notifier()->lastTitle().contains("succeeded");
        };
        QVERIFY(buildBranch(env("SBS_GIT_BRANCH")));

        window.currentPages()->setCurrentIndex(ProfilePages::ManifestsTab);
        ManifestsPage* manifests = window.currentPages()->manifests();
        QSignalSpy fetched(manifests, &ManifestsPage::fetched);
        QSignalSpy verified(manifests, &ManifestsPage::verified);
        manifests->fetchLatest();
        QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 60000);
        const QString first = fetched.at(0).at(0).toString();
        QVERIFY(QFileInfo(first).fileName().endsWith(".sig.tbz"));
        QTRY_VERIFY_WITH_TIMEOUT(!verified.isEmpty(), 60000);
        QVERIFY(verified.last().at(1).value<sbs::manifest::Verification>().isVerified());
        QVERIFY2(manifests->badgeText().contains("Verified"), qPrintable(manifests->badgeText()));
        QVERIFY(manifests->opensslCommands().contains("openssl dgst"));

        // A source file in the browser reads as it is in the repository.
        sbs::gui::ManifestBrowser* browser = manifests->browser();
        browser->setManifest(first);
        QSignalSpy loaded(browser, &sbs::gui::ManifestBrowser::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || (!browser->isLoading() && browser->treeModel()->entryCount() > 0), 60000);
        QSignalSpy shown(browser, &sbs::gui::ManifestBrowser::entryShown);
        QVERIFY(browser->showPath("git/index.html"));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        const QString repositoryText = QString::fromUtf8(
            readAll(qEnvironmentVariable("SBS_FIXTURES") + "/sample-app/main/index.html"));
        QCOMPARE(browser->fileViewer()->shownText(), repositoryText);

        // The tamper test: a copy with one more file must fail the check.
        QSignalSpy tampered(manifests, &ManifestsPage::tamperTestFinished);
        manifests->runTamperTest();
        QTRY_COMPARE_WITH_TIMEOUT(tampered.count(), 1, 60000);
        QCOMPARE(tampered.at(0).at(0).toBool(), true);
        QVERIFY(!manifests->tamperResult().isEmpty());

        // Branch page differs from main in index.html only: the comparison shows that file.
        QVERIFY(buildBranch(env("SBS_GIT_PAGE_BRANCH")));
        manifests->fetchLatest();
        QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 2, 60000);
        const QString second = fetched.at(1).at(0).toString();
        QVERIFY(second != first);
        QTRY_VERIFY_WITH_TIMEOUT(!manifests->isBusy(), 60000);
        QSignalSpy compared(manifests->compareView(), &sbs::gui::CompareView::compared);
        manifests->compareWith(first);
        QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 60000);
        QStringList sourceChanges;
        for (const auto& entry : manifests->compareView()->difference().entries) {
            // data/ holds each build's own record and log; git/.git the clone's metadata.
            if (entry.path.startsWith("git/") && !entry.path.startsWith("git/.git/") && entry.path != "git/.git")
                sourceChanges << entry.path;
        }
        QCOMPARE(sourceChanges, QStringList { "git/index.html" });
        for (const auto& entry : manifests->compareView()->difference().entries) {
            if (entry.path == "git/index.html")
                QCOMPARE(entry.kind, sbs::manifest::ManifestDifference::Kind::Changed);
        }
        // The list holds the source change and the build's own data/ files; the clone's .git
        // differences are counted, not listed.
        auto* differences = manifests->compareView()->findChild<QTreeWidget*>("differenceList");
        QVERIFY(differences);
        QStringList listed;
        for (int row = 0; row < differences->topLevelItemCount(); ++row)
            listed << differences->topLevelItem(row)->text(1);
        QVERIFY2(listed.contains("git/index.html"), qPrintable(listed.join(", ")));
        for (const QString& path : std::as_const(listed))
            QVERIFY2(path.startsWith("data/") || path == "git/index.html", qPrintable(path));
        QSignalSpy diffShown(manifests->compareView(), &sbs::gui::CompareView::diffShown);
        QVERIFY(manifests->compareView()->showDiff("git/index.html"));
        QTRY_COMPARE_WITH_TIMEOUT(diffShown.count(), 1, 30000);
        bool added = false;
        for (const auto& line : manifests->compareView()->shownDiff())
            added = added || (line.kind == sbs::manifest::TextDiffLine::Kind::Added && line.text.contains("branch"));
        QVERIFY(added);

        // A review bundle of the first manifest, opened for a profile whose server is gone.
        QVERIFY(manifests->selectManifest(first));
        QTRY_VERIFY_WITH_TIMEOUT(!manifests->isBusy(), 60000);
        const QString zip = m_work.filePath("review/first-review.zip");
        QVERIFY(QDir().mkpath(QFileInfo(zip).absolutePath()));
        QSignalSpy exported(manifests, &ManifestsPage::bundleExported);
        manifests->exportBundle(zip);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 60000);
        QVERIFY(QFileInfo::exists(zip));

        const QString offline = m_work.filePath("offline/sbs-config.json");
        QVERIFY(QDir().mkpath(QFileInfo(offline).absolutePath()));
        QJsonObject config = profileSettings("offline/sample-app", "offline", "offline");
        config.insert("HOSTNAME", "127.0.0.1");
        config.insert("CICD_PORT", "9");
        QVERIFY(writeFile(offline, QJsonDocument(config).toJson()));
        window.addProfile(Profile::forConfig(offline));
        window.currentPages()->setCurrentIndex(ProfilePages::ManifestsTab);
        ManifestsPage* reviewer = window.currentPages()->manifests();
        QVERIFY(reviewer != manifests);
        QSignalSpy opened(reviewer, &ManifestsPage::bundleOpened);
        QSignalSpy reverified(reviewer, &ManifestsPage::verified);
        reviewer->openBundle(zip);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!reverified.isEmpty(), 60000);
        QVERIFY(reverified.last().at(1).value<sbs::manifest::Verification>().isVerified());
        QVERIFY(reviewer->badgeText().contains("Verified"));
        QCOMPARE(reviewer->libraryModel()->rowCount(), 1);
        Prompts::clear();
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("sbs-desktop-tests"));
    app.setApplicationName(QStringLiteral("tst_localenvdesktop"));
    app.setApplicationVersion(QStringLiteral(SBS_VERSION));
    TestLocalEnvDesktop test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_localenvdesktop.moc"
