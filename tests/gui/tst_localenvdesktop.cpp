// The whole life of a build from the main window, against scripts/local-env.sh and sbs-server:
// Init, Build to success, then Build again and Clean while it runs.
#include "BuildNotifier.h"
#include "LocalEnvBuildTest.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "Prompts.h"
#include "Resources.h"
#include "TestSupport.h"
#include "models/ConfigFieldModel.h"
#include "models/ProfileListModel.h"
#include "models/ProfileSession.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using sbs::gui::MainWindow;
using sbs::gui::OverviewPage;
using sbs::gui::Prompts;
using sbs::models::Profile;
using sbs::models::ProfileHealth;
using sbs::models::ProfileListModel;
using namespace sbs::test;

class TestLocalEnvDesktop : public LocalEnvBuildTest
{
    Q_OBJECT

private:
    // The profile scripts/demo.sh writes, for this test's server and certificates.
    QString writeProfile()
    {
        const QString bundle = m_work.filePath("profile/client-bundle.pem");
        writeFile(bundle, readAll(m_pki.dir + "/client.pem") + readAll(m_pki.dir + "/client-key.pem"));
        QFile::setPermissions(bundle, QFile::ReadOwner | QFile::WriteOwner);
        QJsonObject config = profileSettings("desktop/sample-app", "desktop", "hello from the desktop");
        config.insert("HOSTNAME", "127.0.0.1");
        config.insert("CICD_PORT", QString::number(m_server.port()));
        config.insert("RUNTIME_TYPE", "on-prem");
        config.insert("CAPATH", m_pki.caPath());
        config.insert("CLIENT_CRT_KEY", bundle);
        config.insert("UUID", QUuid::createUuid().toString(QUuid::WithoutBraces));
        config.insert("SECRET", "ZGVza3RvcC1pbnRlZ3JhdGlvbi1zZWNyZXQ=");
        const QString path = m_work.filePath("profile/sbs-config.json");
        writeFile(path, QJsonDocument(config).toJson());
        return path;
    }

    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        sbs::gui::initResources();
        Prompts::setTestMode(true);
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

        // An unsaved edit: Build asks to save it first.
        window.configModel()->setValueText("IMAGE_TAG_PREFIX", "desktop1");
        Prompts::enqueueButton(QMessageBox::Save);
        QTRY_VERIFY_WITH_TIMEOUT(build->isEnabled(), 30000);
        QTest::mouseClick(build, Qt::LeftButton);
        QVERIFY(!window.configModel()->isModified());
        QTRY_COMPARE_WITH_TIMEOUT(page->lastResult(OverviewPage::Action::Build),
                                  QString("OK: async build started"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QString("success"), 240000);
        const QModelIndex index = window.profileModel()->indexOf(configPath);
        QTRY_COMPARE(index.data(ProfileListModel::BadgeRole).toInt(), int(ProfileHealth::Badge::Succeeded));
        QTRY_COMPARE_WITH_TIMEOUT(window.notifier()->count(), 1, 30000);
        QVERIFY(window.notifier()->lastTitle().contains("succeeded"));
        QVERIFY(page->findChild<QLabel*>("buildNameValueLabel")->text().contains("sample-app"));
        QVERIFY(page->findChild<QLabel*>("imageTagValueLabel")->text().startsWith("desktop"));

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
