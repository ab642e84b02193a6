// State images and deployment from the main window, against scripts/local-env.sh and two
// sbs-server instances: a build on the first server, its digest on the Deploy page, a state image
// exported on the State page, the guided recovery on a second server started with the same
// secret, a build there whose image signature verifies with the first server's key, and a secret
// rotation after which the old image is marked unusable and refused.
#include "DeployPage.h"
#include "LocalEnvBuildTest.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "ProfilePages.h"
#include "Prompts.h"
#include "Resources.h"
#include "StatePage.h"
#include "TestSupport.h"
#include "history/BuildHistory.h"
#include "models/ConfigFieldModel.h"
#include "models/ProfileSession.h"
#include "models/StateImageListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using sbs::gui::DeployPage;
using sbs::gui::MainWindow;
using sbs::gui::OverviewPage;
using sbs::gui::ProfilePages;
using sbs::gui::Prompts;
using sbs::gui::StatePage;
using sbs::models::Profile;
using sbs::models::StateImageListModel;
using namespace sbs::test;

class TestLocalEnvState : public LocalEnvBuildTest
{
    Q_OBJECT

private:
    template<typename T> static T* child(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }

    // The status text of the profile's server as the window last saw it.
    static QString statusOf(MainWindow& window, const QString& configPath)
    {
        const auto& health = window.session(configPath)->health();
        return health.status ? health.status->status : QString();
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
        QFile::remove(sbs::history::BuildHistory::defaultPath());
        startEnvironment();
    }

    void cleanupTestCase() { stopEnvironment(); }

    void recoverOnASecondServerThenRotateTheSecret()
    {
        const QString path
            = writeDesktopProfile(m_work.filePath("profile"), "state/sample-app", "state", "hello from the state test");
        MainWindow window;
        window.setWizardRunner([](QWidget*) { return Profile(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.addProfile(Profile::forConfig(path));
        const QString configPath = Profile::forConfig(path).configPath;
        window.session(configPath)->poller()->setIntervalScale(0.2);
        OverviewPage* overview = window.overviewPage();

        // A successful build on the first server.
        QTRY_VERIFY_WITH_TIMEOUT(overview->canTrigger(OverviewPage::Action::Init), 30000);
        overview->trigger(OverviewPage::Action::Init);
        QTRY_COMPARE_WITH_TIMEOUT(overview->lastResult(OverviewPage::Action::Init), QString("OK"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(overview->canTrigger(OverviewPage::Action::Build), 30000);
        overview->trigger(OverviewPage::Action::Build);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(window, configPath) == "success"
                                     || statusOf(window, configPath).startsWith("exiting"),
                                 300000);
        QCOMPARE(statusOf(window, configPath), QString("success"));
        const QString firstBuild = window.session(configPath)->health().status->buildName;
        const QString imageTag = window.session(configPath)->health().status->imageTag;

        // The Deploy page shows the digest the registry reports for the pushed image.
        window.currentPages()->setCurrentIndex(ProfilePages::DeployTab);
        DeployPage* deploy = window.currentPages()->deploy();
        deploy->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!deploy->digestReference().isEmpty(), 30000);
        const QString repository = env("SBS_REGISTRY") + "/state/sample-app";
        const ToolRun inspected
            = tool("skopeo", { "inspect", "--format", "{{.Digest}}", "--cert-dir", env("SBS_CERT_DIR"),
                               "--authfile", env("SBS_REGISTRY_RO_AUTHFILE"), "docker://" + repository + ":" + imageTag });
        QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.output));
        QCOMPARE(deploy->digestReference(), repository + "@" + inspected.output.trimmed());
        QCOMPARE(child<QLineEdit>(deploy, "digestEdit")->text(), deploy->digestReference());

        // Export the state image on the State page.
        window.currentPages()->setCurrentIndex(ProfilePages::StateTab);
        StatePage* state = window.currentPages()->state();
        StateImageListModel* images = state->images();
        QCOMPARE(images->rowCount(), 0);
        QTest::mouseClick(child<QPushButton>(state, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(images->rowCount(), 1, 60000);
        const auto exported = images->recordAt(0);
        QVERIFY(exported);
        QVERIFY(QFileInfo(exported->path).isFile());
        QCOMPARE(QFileInfo(exported->path).fileName(), exported->name);
        QCOMPARE(QFileInfo(exported->path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(images->matchOf(*exported), StateImageListModel::Match::Current);
        QTRY_VERIFY_WITH_TIMEOUT(!state->isBusy(), 30000);
        const QString firstImageKey = call("GET", "/config-json").json.value("public_key").toString();
        QVERIFY(firstImageKey.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));

        // A second server, started with the first one's state secret; the profile now points
        // at it, as it would after the new server took over the host name.
        ServerProcess second;
        QVERIFY2(startSecondServer(second, "second", true), qPrintable(second.output()));
        window.configModel()->setValueText("CICD_PORT", QString::number(second.port()));
        QVERIFY(window.save());
        QTRY_VERIFY_WITH_TIMEOUT(window.session(configPath)->health().status.has_value()
                                     && statusOf(window, configPath).isEmpty(),
                                 30000);

        // The guided recovery: status, init, post state, update, build, each shown.
        auto* view = child<QTableView>(state, "stateImagesView");
        view->selectRow(0);
        QTest::mouseClick(child<QPushButton>(state, "recoverButton"), Qt::LeftButton);
        auto* withBuild = child<QCheckBox>(state, "buildAfterRecoveryCheckBox");
        QVERIFY(withBuild->isChecked());
        auto* start = child<QPushButton>(state, "startRecoveryButton");
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 10000);
        QTest::mouseClick(start, Qt::LeftButton);
        // The imported state names the first server's build; the recovery's build ends in a new one.
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(window, configPath) == "success"
                                     && window.session(configPath)->health().status->buildName != firstBuild,
                                 300000);
        const QJsonObject built = request(m_pki.clientTls(), second.port(), "GET", "/image").json;
        QCOMPARE(built.value("status").toString(), QString("success"));
        QCOMPARE(request(m_pki.clientTls(), second.port(), "GET", "/config-json").json.value("public_key").toString(),
                 firstImageKey);

        // The second server's image signature verifies with the first server's key.
        const QString keyPath = m_work.filePath("verify/first-key.asc");
        QVERIFY(writeFile(keyPath, firstImageKey.toUtf8()));
        const QString policy = writeSignedByPolicy(keyPath, m_work.filePath("verify/policy.json"));
        QDirIterator signatures(m_work.filePath("second-signatures"), { "signature-1" }, QDir::Files,
                                QDirIterator::Subdirectories);
        QVERIFY2(signatures.hasNext(), "no signature in the second server's lookaside store");
        const ToolRun verified = copyUnderPolicy(policy, m_work.filePath("second/registries.d"),
                                                 repository + ":" + built.value("image_tag").toString(),
                                                 m_work.filePath("verify/second-image"));
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.output));

        // Rotating the secret names the image that becomes unusable; afterwards it is marked so
        // and the State page refuses to import it.
        Prompts::clear();
        Prompts::enqueueButton(QMessageBox::Yes); // rotate
        Prompts::enqueueButton(QMessageBox::No); // no fresh export now
        const QByteArray configBefore = readAll(configPath);
        QTest::mouseClick(child<QPushButton>(state, "rotateSecretButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(overview->lastResult(OverviewPage::Action::NewSecret), QString("OK"), 30000);
        QVERIFY(!Prompts::questionTexts().isEmpty());
        QVERIFY2(Prompts::questionTexts().first().contains(exported->name), qPrintable(Prompts::questionTexts().first()));
        QTRY_COMPARE_WITH_TIMEOUT(Prompts::pendingAnswers(), 0, 10000);
        QVERIFY(readAll(configPath) != configBefore);
        QTRY_COMPARE_WITH_TIMEOUT(images->matchOf(*images->recordForPath(exported->path)),
                                  StateImageListModel::Match::Older, 10000);

        ServerProcess third;
        QVERIFY2(startSecondServer(third, "third", true), qPrintable(third.output()));
        window.configModel()->setValueText("CICD_PORT", QString::number(third.port()));
        QVERIFY(window.save());
        QTRY_VERIFY_WITH_TIMEOUT(window.session(configPath)->health().status.has_value()
                                     && statusOf(window, configPath).isEmpty(),
                                 30000);
        view->selectRow(0);
        QTest::mouseClick(child<QPushButton>(state, "recoverButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(state->messageWidget()->text().contains("older", Qt::CaseInsensitive), 10000);
        QVERIFY2(state->messageWidget()->text().contains(exported->name), qPrintable(state->messageWidget()->text()));
        QTest::qWait(500);
        QCOMPARE(request(m_pki.clientTls(), third.port(), "GET", "/image").json.value("status").toString(), QString());
        // The server refuses the old image under the new secret too.
        const QString newSecret = window.configModel()->document().string("SECRET");
        const QJsonObject body { { "secret", newSecret },
                                 { "state", QJsonDocument::fromJson(readAll(exported->path)).object().value("state") } };
        const Answer refused = request(m_pki.clientTls(), third.port(), "POST", "/state-image", QJsonDocument(body).toJson());
        QVERIFY2(refused.json.value("status").toString() != "OK", refused.body.constData());
        QCOMPARE(request(m_pki.clientTls(), third.port(), "GET", "/image").json.value("status").toString(), QString());
        second.stop();
        third.stop();
        Prompts::clear();
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("sbs-desktop-tests"));
    app.setApplicationName(QStringLiteral("tst_localenvstate"));
    app.setApplicationVersion(QStringLiteral(SBS_VERSION));
    TestLocalEnvState test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_localenvstate.moc"
