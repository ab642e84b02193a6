// The main window against a real sbs-server on loopback: status badges, the Overview page's
// actions, unreachable, hanging and garbage-speaking servers, and broken profiles.
#include "BuildNotifier.h"
#include "BuildPage.h"
#include "BuildTimelineView.h"
#include "LogView.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "OverviewPage.h"
#include "ProfilePages.h"
#include "Prompts.h"
#include "Resources.h"
#include "ServerFixture.h"
#include "TestSupport.h"
#include "config/ConfigDocument.h"
#include "history/BuildHistory.h"
#include "models/BuildHistoryModel.h"
#include "models/BuildTimelineModel.h"
#include "models/BuildTracker.h"
#include "models/ConfigFieldModel.h"
#include "models/LogModel.h"
#include "models/ProfileListModel.h"
#include "models/ProfileSession.h"
#include "models/ProfileStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using sbs::gui::MainWindow;
using sbs::gui::MessageWidget;
using sbs::gui::OverviewPage;
using sbs::gui::ProfilePages;
using sbs::gui::Prompts;
using sbs::models::Profile;
using sbs::models::ProfileHealth;
using sbs::models::ProfileListModel;
using Badge = ProfileHealth::Badge;

namespace {

const QString Secret = QStringLiteral("c2VjcmV0LW9mLXRoZS1zZXJ2ZXItcHJvZmlsZXMtdGVzdA==");

// A TLS server that completes the handshake and answers every request with a body that is
// not JSON: what no real sbs-server can be made to do.
class GarbageServer : public QSslServer
{
public:
    bool start(const sbs::test::TestPki& pki)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(sbs::test::readAll(pki.serverCertPath())));
        tls.setPrivateKey(QSslKey(sbs::test::readAll(pki.serverKeyPath()), QSsl::Ec));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        setSslConfiguration(tls);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 20\r\nConnection: close\r\n\r\n<html>garbage</html>");
                    socket->disconnectFromHost();
                });
            }
        });
        return listen(QHostAddress::LocalHost);
    }
};

} // namespace

class TestServerProfiles : public QObject
{
    Q_OBJECT

private:
    // An own-CA profile for 127.0.0.1:port in a folder of its own.
    QString writeProfile(const QString& name, quint16 port, const QJsonObject& extra = {})
    {
        QJsonObject config = sbs::test::loopbackProfileSettings(m_pki, m_clientBundle, port, Secret);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            config.insert(it.key(), it.value());
        const QString path = m_dir->filePath(name + QStringLiteral("/sbs-config.json"));
        if (!sbs::test::writeFile(path, QJsonDocument(config).toJson()))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setWizardRunner([](QWidget*) { return Profile(); });
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        return window;
    }

    // Adds the profile and shows its Overview page.
    OverviewPage* addProfile(MainWindow* window, const QString& path)
    {
        window->addProfile(Profile::forConfig(path));
        window->session(Profile::forConfig(path).configPath)->poller()->setIntervalScale(0.05);
        return window->overviewPage();
    }

    static Badge badgeOf(MainWindow* window, const QString& path)
    {
        const QModelIndex index = window->profileModel()->indexOf(Profile::forConfig(path).configPath);
        return Badge(index.data(ProfileListModel::BadgeRole).toInt());
    }

    template<typename T> static T* child(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return widget;
    }

    QTemporaryDir m_work;
    QTemporaryDir m_settingsDir;
    sbs::test::TestPki m_pki;
    QString m_clientBundle;
    std::unique_ptr<sbs::test::ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_work.isValid() && m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        sbs::gui::initResources();
        Prompts::setTestMode(true);

        const QString error = m_pki.create(m_work.filePath(QStringLiteral("pki")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The reference layout: the client certificate followed by its key, in one file.
        m_clientBundle = m_work.filePath(QStringLiteral("pki/client-bundle.pem"));
        QVERIFY(sbs::test::writeCombined(m_pki, m_clientBundle).isEmpty());
    }

    void init()
    {
        QSettings().clear();
        Prompts::clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<sbs::test::ServerProcess>();
        QVERIFY2(m_server->start(m_pki, m_dir->filePath(QStringLiteral("data"))),
                 qPrintable(m_server->output()));
    }

    void cleanup()
    {
        QVERIFY2(Prompts::unanswered().isEmpty(),
                 qPrintable(Prompts::unanswered().join(QStringLiteral(", "))));
        QCOMPARE(Prompts::pendingAnswers(), 0);
        m_server.reset();
        m_dir.reset();
    }

    void badgeTurnsIdleAndInitAnswersOk()
    {
        const QString path = writeProfile(QStringLiteral("web-app"), m_server->port());
        auto window = openWindow();
        OverviewPage* page = addProfile(window.get(), path);
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(badgeOf(window.get(), path), Badge::Idle, 20000);
        const QModelIndex index = window->profileModel()->indexOf(Profile::forConfig(path).configPath);
        QCOMPARE(index.data().toString(), QStringLiteral("web-app"));
        QCOMPARE(index.data(ProfileListModel::BadgeTextRole).toString(), QStringLiteral("Idle"));

        // The card shows the fresh server: an empty status, and when it was polled.
        QVERIFY(child<QLabel>(page, "statusValueLabel")->text().contains(QStringLiteral("empty")));
        QVERIFY(child<QLabel>(page, "serverValueLabel")->text().contains(QString::number(m_server->port())));
        QVERIFY(child<QLabel>(page, "lastPollValueLabel")->text().contains(QLatin1Char(':')));
        QVERIFY(child<QLabel>(page, "certificateValueLabel")->text().contains(QStringLiteral("day")));

        auto* initButton = child<QPushButton>(page, "initButton");
        auto* buildButton = child<QPushButton>(page, "buildButton");
        QVERIFY(initButton->isEnabled());
        QVERIFY(!buildButton->isEnabled()); // not initialized yet
        QVERIFY(!child<QPushButton>(page, "cleanButton")->isEnabled());
        QVERIFY(child<QPushButton>(page, "refreshButton")->isEnabled());

        QTest::mouseClick(initButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->lastResult(OverviewPage::Action::Init), QStringLiteral("OK"), 20000);
        QCOMPARE(child<QLabel>(page, "initResultLabel")->text(), QStringLiteral("OK"));
        QVERIFY(!child<QLabel>(page, "initTimeLabel")->text().isEmpty());
        QTRY_VERIFY(buildButton->isEnabled());
        QVERIFY(child<QPushButton>(page, "updateButton")->isEnabled());

        // A build of a repository that does not exist fails at the clone; the badge, the message
        // bar and the desktop notification say so.
        QTest::mouseClick(buildButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->lastResult(OverviewPage::Action::Build),
                                  QStringLiteral("OK: async build started"), 20000);
        QVERIFY(!buildButton->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(badgeOf(window.get(), path), Badge::Failed, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(window->notifier()->count(), 1, 20000);
        QVERIFY2(window->notifier()->lastText().contains(QStringLiteral("git clone")),
                 qPrintable(window->notifier()->lastText()));
        MessageWidget* bar = page->messageWidget();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->type(), MessageWidget::Type::Error);
        QVERIFY(!bar->text().contains(QStringLiteral("pw-5e1d9c")));
        QTRY_VERIFY(buildButton->isEnabled());
        QVERIFY(child<QPushButton>(page, "cleanButton")->isEnabled());

        // Clean asks first; Cancel leaves the server alone, Yes resets it.
        Prompts::enqueueButton(QMessageBox::Cancel);
        QTest::mouseClick(child<QPushButton>(page, "cleanButton"), Qt::LeftButton);
        QCOMPARE(Prompts::asked().value(0), QStringLiteral("Clean"));
        QVERIFY(page->lastResult(OverviewPage::Action::Clean).isEmpty());
        Prompts::enqueueButton(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(page, "cleanButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->lastResult(OverviewPage::Action::Clean),
                                  QStringLiteral("restarted cicd"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(page, "statusValueLabel")->text(),
                                  QStringLiteral("restarted cicd"), 20000);
        QCOMPARE(badgeOf(window.get(), path), Badge::Idle);
    }

    void newSecretIsSavedOnlyAfterOk()
    {
        const QString path = writeProfile(QStringLiteral("rotating"), m_server->port());
        auto window = openWindow();
        OverviewPage* page = addProfile(window.get(), path);
        QTRY_COMPARE_WITH_TIMEOUT(badgeOf(window.get(), path), Badge::Idle, 20000);
        QTest::mouseClick(child<QPushButton>(page, "initButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->lastResult(OverviewPage::Action::Init), QStringLiteral("OK"), 20000);

        auto* newSecret = child<QPushButton>(page, "newSecretButton");
        QTRY_VERIFY(newSecret->isEnabled());
        Prompts::enqueueButton(QMessageBox::Cancel);
        QTest::mouseClick(newSecret, Qt::LeftButton);
        QCOMPARE(sbs::test::readAll(path).contains(Secret.toUtf8()), true);

        Prompts::enqueueButton(QMessageBox::Yes);
        Prompts::enqueueButton(QMessageBox::No); // the State page's offer of a fresh state image
        QTest::mouseClick(newSecret, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->lastResult(OverviewPage::Action::NewSecret), QStringLiteral("OK"),
                                  20000);
        QTRY_COMPARE(Prompts::asked().size(), 3);
        QCOMPARE(Prompts::asked().last(), QStringLiteral("Export a Fresh State Image"));
        // The confirmation says that no state image of this profile is at stake.
        QVERIFY2(Prompts::questionTexts().at(1).contains(QStringLiteral("No state image")),
                 qPrintable(Prompts::questionTexts().at(1)));
        const auto saved = sbs::config::ConfigDocument::load(path);
        QVERIFY(saved.isOk());
        const QString rotated = saved->string(QStringLiteral("SECRET"));
        QVERIFY(!rotated.isEmpty() && rotated != Secret);
        QVERIFY(!window->configModel()->isModified());
        // The old file is kept, and the secret never shows on the page.
        QCOMPARE(QDir(QFileInfo(path).absolutePath())
                     .entryList({ QStringLiteral("sbs-config.json.*") }, QDir::Files)
                     .size(),
                 1);
        QVERIFY(!page->messageWidget()->text().contains(rotated));

        // The server takes an update with the new secret only.
        QTest::mouseClick(child<QPushButton>(page, "updateButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->lastResult(OverviewPage::Action::Update), QStringLiteral("OK"),
                                  20000);
    }

    void buildAsksToSaveFirst()
    {
        const QString path = writeProfile(QStringLiteral("unsaved"), m_server->port());
        auto window = openWindow();
        OverviewPage* page = addProfile(window.get(), path);
        QTRY_COMPARE_WITH_TIMEOUT(badgeOf(window.get(), path), Badge::Idle, 20000);
        QTest::mouseClick(child<QPushButton>(page, "initButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->lastResult(OverviewPage::Action::Init), QStringLiteral("OK"), 20000);
        QTRY_VERIFY(child<QPushButton>(page, "buildButton")->isEnabled());

        window->configModel()->setValueText(QStringLiteral("IMAGE_TAG_PREFIX"), QStringLiteral("v2"));
        QVERIFY(window->configModel()->isModified());
        Prompts::enqueueButton(QMessageBox::Cancel);
        QTest::mouseClick(child<QPushButton>(page, "buildButton"), Qt::LeftButton);
        QCOMPARE(Prompts::asked().value(0), QStringLiteral("Unsaved changes"));
        QVERIFY(page->lastResult(OverviewPage::Action::Build).isEmpty());
        QVERIFY(window->configModel()->isModified());

        Prompts::enqueueButton(QMessageBox::Save);
        QTest::mouseClick(child<QPushButton>(page, "buildButton"), Qt::LeftButton);
        QVERIFY(!window->configModel()->isModified());
        QVERIFY(sbs::test::readAll(path).contains("\"v2\""));
        QTRY_COMPARE_WITH_TIMEOUT(page->lastResult(OverviewPage::Action::Build),
                                  QStringLiteral("OK: async build started"), 20000);
    }

    // A build that fails at once (its repository does not exist), started on the Builds page:
    // the clone stage is marked failed with the command, the log opens at the error, and the
    // failure is in the history.
    void failedBuildOnTheBuildsPage()
    {
        QFile::remove(sbs::history::BuildHistory::defaultPath());
        const QString path = writeProfile(QStringLiteral("no-repository"), m_server->port());
        auto window = openWindow();
        OverviewPage* page = addProfile(window.get(), path);
        QTRY_COMPARE_WITH_TIMEOUT(badgeOf(window.get(), path), Badge::Idle, 20000);
        QTest::mouseClick(child<QPushButton>(page, "initButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->lastResult(OverviewPage::Action::Init), QStringLiteral("OK"), 20000);

        window->currentPages()->setCurrentIndex(ProfilePages::BuildsTab);
        sbs::gui::BuildPage* builds = window->currentPages()->builds();
        auto* start = child<QPushButton>(builds, "startBuildButton");
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 20000);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->lastResult(OverviewPage::Action::Build),
                                  QStringLiteral("OK: async build started"), 20000);

        using State = sbs::models::BuildTimelineModel::StageState;
        const auto state = [builds](sbs::history::Stage stage) {
            return State(builds->tracker()
                             ->timeline()
                             ->index(int(stage))
                             .data(sbs::models::BuildTimelineModel::StateRole)
                             .toInt());
        };
        QTRY_COMPARE_WITH_TIMEOUT(state(sbs::history::Stage::GithubCloned), State::Failed, 30000);
        QCOMPARE(state(sbs::history::Stage::CleanedUp), State::Done);
        QCOMPARE(state(sbs::history::Stage::ImageBuilt), State::Pending);
        const QString command = builds->tracker()->progress().record.failedCommand;
        QVERIFY2(command.startsWith(QStringLiteral("git ")), qPrintable(command));
        auto* panel = child<QWidget>(builds, "failurePanel");
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(child<QWidget>(panel, "failedCommandLabel")->property("text").toString().contains(command));

        sbs::models::LogModel* log = builds->logModel();
        QTRY_VERIFY2_WITH_TIMEOUT(builds->logView()->currentRow() >= 0,
                                  qPrintable(QStringLiteral("rows %1, failure row %2, message: %3")
                                                 .arg(log->rowCount())
                                                 .arg(log->failureRow(command))
                                                 .arg(builds->messageWidget()->text())),
                                  20000);
        QCOMPARE(builds->logView()->currentRow(), log->failureRow(command));
        QVERIFY(builds->logView()->currentRow() > 0);
        QCOMPARE(log->severity(builds->logView()->currentRow()), sbs::models::LogModel::Severity::Error);

        QTRY_COMPARE(builds->historyModel()->rowCount(), 1);
        QCOMPARE(builds->historyModel()->record(0).result, sbs::history::BuildRecord::Result::Failed);
        QCOMPARE(builds->historyModel()->record(0).failedCommand, command);
        // While the Builds page is shown, the idle server is polled at the building pace, so
        // a build started elsewhere shows within seconds; not once another page is shown.
        sbs::api::StatusPoller* poller = window->session(Profile::forConfig(path).configPath)->poller();
        QVERIFY(poller->isWatched());
        QTRY_COMPARE(poller->currentIntervalMs(), int(sbs::api::StatusPoller::BuildingIntervalMs));
        window->currentPages()->setCurrentIndex(ProfilePages::OverviewTab);
        QVERIFY(!poller->isWatched());
        QTRY_COMPARE(poller->currentIntervalMs(), int(sbs::api::StatusPoller::IdleIntervalMs));
        window->currentPages()->setCurrentIndex(ProfilePages::BuildsTab);
        // No secret of the configuration is on the page.
        const QString logText = log->lineText(0) + log->lineText(builds->logView()->currentRow());
        QVERIFY(!logText.contains(QStringLiteral("pw-5e1d9c")));

        // After a restart of the app, an edit sent by Update and a second failed build: the
        // history still holds the first, and the log opens at the new error.
        window.reset();
        window = openWindow();
        window->startUp(QString());
        window->session(Profile::forConfig(path).configPath)->poller()->setIntervalScale(0.05);
        window->currentPages()->setCurrentIndex(ProfilePages::BuildsTab);
        builds = window->currentPages()->builds();
        QCOMPARE(builds->historyModel()->rowCount(), 1);
        window->configModel()->setValueText(QStringLiteral("GITHUB_URL"),
                                            QStringLiteral("file:///nonexistent/other.git"));
        QVERIFY(window->save());
        page = window->overviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->canTrigger(OverviewPage::Action::Update), 20000);
        QVERIFY(page->trigger(OverviewPage::Action::Update));
        QTRY_COMPARE_WITH_TIMEOUT(page->lastResult(OverviewPage::Action::Update), QStringLiteral("OK"),
                                  20000);
        start = child<QPushButton>(builds, "startBuildButton");
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 20000);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(builds->historyModel()->rowCount(), 2, 30000);
        const QString second = builds->tracker()->progress().record.failedCommand;
        QVERIFY2(second.contains(QStringLiteral("other.git")), qPrintable(second));
        log = builds->logModel();
        QTRY_VERIFY2_WITH_TIMEOUT(builds->logView()->currentRow() >= 0,
                                  qPrintable(QStringLiteral("rows %1, failure row %2, message: %3")
                                                 .arg(log->rowCount())
                                                 .arg(log->failureRow(second))
                                                 .arg(builds->messageWidget()->text())),
                                  20000);
        QCOMPARE(builds->logView()->currentRow(), log->failureRow(second));
    }

    void unreachableServerIsReported()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        const QString path = writeProfile(QStringLiteral("gone"), closedPort);
        auto window = openWindow();
        OverviewPage* page = addProfile(window.get(), path);
        QTRY_COMPARE_WITH_TIMEOUT(badgeOf(window.get(), path), Badge::Unreachable, 20000);
        MessageWidget* bar = page->messageWidget();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->type(), MessageWidget::Type::Error);
        QVERIFY2(bar->text().contains(QStringLiteral("cannot be reached")), qPrintable(bar->text()));
        const QString detail = window->profileModel()
                                   ->indexOf(Profile::forConfig(path).configPath)
                                   .data(ProfileListModel::DetailRole)
                                   .toString();
        QVERIFY(!detail.isEmpty());
        QVERIFY(bar->text().contains(detail));
        for (const char* name :
             { "initButton", "updateButton", "newSecretButton", "buildButton", "cleanButton" })
            QVERIFY2(!child<QPushButton>(page, name)->isEnabled(), name);
        QVERIFY(child<QPushButton>(page, "refreshButton")->isEnabled());
        // The poller backs off while the server stays away.
        QTRY_VERIFY(window->session(Profile::forConfig(path).configPath)->poller()->currentIntervalMs()
                    >= 10000);
    }

    void garbageAnswerIsReported()
    {
        GarbageServer garbage;
        QVERIFY(garbage.start(m_pki));
        const QString path = writeProfile(QStringLiteral("garbage"), garbage.serverPort());
        auto window = openWindow();
        OverviewPage* page = addProfile(window.get(), path);
        QTRY_COMPARE_WITH_TIMEOUT(badgeOf(window.get(), path), Badge::Unreachable, 20000);
        QTRY_VERIFY(page->messageWidget()->isVisible());
        QVERIFY(!page->messageWidget()->text().isEmpty());
        // Still responsive: the other pages open at once.
        window->currentPages()->setCurrentIndex(ProfilePages::ConfigurationTab);
        QCOMPARE(window->currentPages()->currentIndex(), int(ProfilePages::ConfigurationTab));
    }

    void staysResponsiveWhileTheServerHangs()
    {
        // Accepts the connection and never says a word: the TLS handshake waits.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* socket = silent.nextPendingConnection())
                held << socket;
        });
        const QString path = writeProfile(QStringLiteral("silent"), silent.serverPort());
        auto window = openWindow();
        OverviewPage* page = addProfile(window.get(), path);
        auto* refresh = child<QPushButton>(page, "refreshButton");
        QTRY_VERIFY(refresh->isEnabled());
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(page->isBusy());
        QVERIFY(child<QWidget>(page, "busyWidget")->isVisible());
        QVERIFY(child<QPushButton>(page, "cancelButton")->isEnabled());
        QVERIFY(!refresh->isEnabled());
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("silent")));

        // A click on another page's tab is handled at once while the call waits.
        QTabBar* tabs = window->currentPages()->tabBar();
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(ProfilePages::ConfigurationTab).center());
        QCoreApplication::processEvents();
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(window->currentPages()->currentIndex(), int(ProfilePages::ConfigurationTab));
        QVERIFY2(elapsed < 100, qPrintable(QString::number(elapsed)));
        QVERIFY(page->isBusy());

        // Cancel stops waiting.
        window->currentPages()->setCurrentIndex(ProfilePages::OverviewTab);
        QTest::mouseClick(child<QPushButton>(page, "cancelButton"), Qt::LeftButton);
        QVERIFY(!page->isBusy());
        QCOMPARE(page->lastResult(OverviewPage::Action::Refresh), QStringLiteral("Cancelled."));
        QVERIFY(refresh->isEnabled());

        // Closing while a call runs is safe.
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(page->isBusy());
        QVERIFY(window->close());
        window.reset();
        QTest::qWait(50);
        qDeleteAll(held);
    }

    void deletedConfigIsBroken()
    {
        const QString path = writeProfile(QStringLiteral("vanished"), m_server->port());
        sbs::models::ProfileStore::add(Profile::forConfig(path));
        QVERIFY(QFile::remove(path));
        auto window = openWindow();
        window->startUp(QString());
        QCOMPARE(window->profileModel()->rowCount(), 1);
        QCOMPARE(badgeOf(window.get(), path), Badge::Broken);
        const QString detail = window->profileModel()->index(0).data(ProfileListModel::DetailRole).toString();
        QVERIFY2(detail.contains(QStringLiteral("sbs-config.json")), qPrintable(detail));
        OverviewPage* page = window->overviewPage();
        QVERIFY(page);
        QVERIFY(page->messageWidget()->isVisible());
        QVERIFY(page->messageWidget()->text().contains(detail));
        QVERIFY(!child<QPushButton>(page, "initButton")->isEnabled());
        QVERIFY(child<QPushButton>(page, "refreshButton")->isEnabled());

        // The file comes back: Refresh loads it again and the server answers.
        writeProfile(QStringLiteral("vanished"), m_server->port());
        window->session(Profile::forConfig(path).configPath)->poller()->setIntervalScale(0.05);
        QTest::mouseClick(child<QPushButton>(page, "refreshButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(badgeOf(window.get(), path), Badge::Idle, 20000);
    }

    void configThatVanishesOrBreaksWhileShownIsBroken()
    {
        const QString path = writeProfile(QStringLiteral("fragile"), m_server->port());
        const QString invalid = m_dir->filePath(QStringLiteral("invalid/sbs-config.json"));
        QVERIFY(sbs::test::writeFile(invalid, "{\"HOSTNAME\": "));
        auto window = openWindow();
        addProfile(window.get(), path);
        QTRY_COMPARE_WITH_TIMEOUT(badgeOf(window.get(), path), Badge::Idle, 20000);
        QVERIFY(QFile::remove(path));
        QTRY_COMPARE_WITH_TIMEOUT(badgeOf(window.get(), path), Badge::Broken, 20000);

        window->addProfile(Profile::forConfig(invalid));
        QCOMPARE(badgeOf(window.get(), invalid), Badge::Broken);
        const QString detail = window->profileModel()
                                   ->indexOf(Profile::forConfig(invalid).configPath)
                                   .data(ProfileListModel::DetailRole)
                                   .toString();
        QVERIFY2(detail.contains(QStringLiteral("line")), qPrintable(detail));
        QCOMPARE(window->profileModel()->rowCount(), 2);
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("sbs-desktop-tests"));
    app.setApplicationName(QStringLiteral("tst_serverprofiles"));
    app.setApplicationVersion(QStringLiteral(SBS_VERSION));
    TestServerProfiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_serverprofiles.moc"
