#include "OnboardingConnectionPage.h"
#include "OnboardingEnvPage.h"
#include "OnboardingPageId.h"
#include "OnboardingWizard.h"
#include "PkiTestTools.h"
#include "Prompts.h"
#include "Resources.h"
#include "ServerFixture.h"
#include "TestSupport.h"
#include "config/ConfigDocument.h"
#include "pki/Certificate.h"
#include "pki/CertificateAuthority.h"
#include "pki/CertificateLayout.h"
#include "util/LocalServer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace sbs;
using gui::OnboardingConnectionPage;
using gui::OnboardingWizard;
using gui::Prompts;

namespace {

const QString Loopback = QStringLiteral("127.0.0.1");

// A port on 127.0.0.1 that nothing listens on (free a moment ago).
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

// The onboarding wizard driven as a user does, by object names: an existing configuration
// against a real sbs-server (and its failures), a new one from the template to a green
// connection test, and "Start a local server" with stand-in scripts and (in
// tst_onboardingwizard_localserver) with the real scripts/demo.sh.
class TestOnboardingWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void startPageOffersThreeWays();
    void existingConfigConnects();
    void existingConfigFailuresAreExplained_data();
    void existingConfigFailuresAreExplained();
    void connectionTestCanBeCancelled();
    void createPathReachesTheServer();
    void createPathEncryptsServerKey();
    void localServerScriptFailureIsShown();
    void localServerCanBeCancelled();
    void localServerGoesOnToConnectionTest();
    void localServerPath();

private:
    template<typename T> T* find(QWidget* parent, const QString& name)
    {
        T* child = parent->findChild<T*>(name);
        if (!child)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return child;
    }

    std::unique_ptr<OnboardingWizard> openWizard();
    // Presses Next; false when it is not there or not enabled.
    bool next(OnboardingWizard& wizard);
    void typeInto(QLineEdit* edit, const QString& text);
    // A configuration in own-CA mode for the fixture server's certificates.
    QString writeOwnCaConfig(const QString& dir, const QString& host, quint16 port, const QString& caPath,
                             const QString& client = QStringLiteral("client"));
    // Start → new configuration → essential fields → save → certificates made. Returns the
    // configuration's path, or an empty string (after a failed check).
    QString createProfile(OnboardingWizard& wizard, quint16 port);
    QString connectionState(OnboardingWizard& wizard);
    QString writeScript(const QString& name, const QByteArray& body);

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_serverDir;
    test::TestPki m_pki;
    test::ServerProcess m_server;
    QString m_foreignCaPath;
};

void TestOnboardingWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sbs-desktop-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_onboardingwizard"));
    gui::initResources();
    Prompts::setTestMode(true);
    // The local server's programs are those of this build tree.
    qputenv("SBS_BUILD_DIR",
            QDir::cleanPath(QFileInfo(test::binPath(QStringLiteral("sbsctl"))).absolutePath()
                            + QStringLiteral("/.."))
                .toUtf8());

    QVERIFY(m_serverDir.isValid());
    const QString made = m_pki.create(m_serverDir.filePath(QStringLiteral("pki")));
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QVERIFY2(m_server.start(m_pki, m_serverDir.filePath(QStringLiteral("data"))),
             qPrintable(m_server.output()));

    // A CA that signed nothing the server has.
    auto foreign = pki::CertificateAuthority::create(QStringLiteral("foreign test CA"), pki::KeyType::EcP256);
    QVERIFY2(foreign, qPrintable(foreign.error()));
    m_foreignCaPath = m_serverDir.filePath(QStringLiteral("pki/foreign-ca.pem"));
    QVERIFY(test::writeFile(m_foreignCaPath, foreign->certificate().toPem()));
}

void TestOnboardingWizard::cleanupTestCase()
{
    m_server.stop();
}

void TestOnboardingWizard::init()
{
    Prompts::clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOnboardingWizard::cleanup()
{
    qunsetenv("SBS_DEMO_SCRIPT");
    m_dir.reset();
}

std::unique_ptr<OnboardingWizard> TestOnboardingWizard::openWizard()
{
    auto wizard = std::make_unique<OnboardingWizard>();
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        qWarning("wizard not exposed");
    return wizard;
}

bool TestOnboardingWizard::next(OnboardingWizard& wizard)
{
    QAbstractButton* button = wizard.button(QWizard::NextButton);
    if (!button->isVisible() || !button->isEnabled())
        return false;
    button->click();
    return true;
}

void TestOnboardingWizard::typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

QString TestOnboardingWizard::writeOwnCaConfig(const QString& dir, const QString& host, quint16 port,
                                               const QString& caPath, const QString& client)
{
    const QString combined = dir + QStringLiteral("/client-cert-and-key.pem");
    test::writeFile(combined,
                    test::readAll(m_pki.dir + QLatin1Char('/') + client + QStringLiteral(".pem"))
                        + test::readAll(m_pki.dir + QLatin1Char('/') + client + QStringLiteral("-key.pem")));
    const QJsonObject config {
        { QStringLiteral("HOSTNAME"), host },
        { QStringLiteral("CICD_PORT"), QString::number(port) },
        { QStringLiteral("RUNTIME_TYPE"), QStringLiteral("on-prem") },
        { QStringLiteral("CONTAINER_NAME"), QStringLiteral("fixture") },
        { QStringLiteral("CAPATH"), caPath },
        { QStringLiteral("CLIENT_CRT_KEY"), QStringLiteral("client-cert-and-key.pem") },
        { QStringLiteral("GITHUB_URL"), QStringLiteral("git@github.com:org/app.git") },
        { QStringLiteral("DOCKER_REPO"), QStringLiteral("org/app") },
        { QStringLiteral("DOCKER_USER"), QStringLiteral("robot") },
        { QStringLiteral("DOCKER_PASSWORD"), QStringLiteral("not-a-real-password") },
    };
    const QString path = dir + QStringLiteral("/sbs-config.json");
    test::writeFile(path, QJsonDocument(config).toJson());
    return path;
}

QString TestOnboardingWizard::connectionState(OnboardingWizard& wizard)
{
    auto* label = wizard.findChild<QLabel*>(QStringLiteral("connectionResultLabel"));
    return label ? label->property("state").toString() : QString();
}

QString TestOnboardingWizard::writeScript(const QString& name, const QByteArray& body)
{
    const QString path = m_dir->filePath(name);
    test::writeFile(path, "#!/usr/bin/env bash\n" + body);
    QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner);
    return path;
}

void TestOnboardingWizard::startPageOffersThreeWays()
{
    auto wizard = openWizard();
    QCOMPARE(wizard->currentId(), int(gui::OnboardingStartPageId));
    auto* existing = find<QRadioButton>(wizard.get(), QStringLiteral("existingConfigRadioButton"));
    auto* created = find<QRadioButton>(wizard.get(), QStringLiteral("newConfigRadioButton"));
    auto* local = find<QRadioButton>(wizard.get(), QStringLiteral("localServerRadioButton"));
    auto* path = find<QLineEdit>(wizard.get(), QStringLiteral("existingConfigEdit"));
    QVERIFY(existing && created && local && path);
    QVERIFY(created->isChecked());
    // The source tree's scripts/demo.sh is found.
    QVERIFY(!util::LocalServer::findScript().isEmpty());
    QVERIFY(local->isEnabled());

    // An existing configuration needs a file, and a file that exists.
    existing->click();
    QVERIFY(path->isEnabled());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    Prompts::enqueueFileName(m_dir->filePath(QStringLiteral("missing/sbs-config.json")));
    QTest::mouseClick(find<QPushButton>(wizard.get(), QStringLiteral("browseExistingConfigButton")),
                      Qt::LeftButton);
    QVERIFY(path->text().endsWith(QStringLiteral("sbs-config.json")));
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(gui::OnboardingStartPageId));
    auto* message = find<QWidget>(wizard.get(), QStringLiteral("startMessageWidget"));
    QVERIFY(message->isVisible());
    QVERIFY(find<QLabel>(message, QStringLiteral("messageTextLabel"))
                ->text()
                .contains(QStringLiteral("does not exist")));
}

void TestOnboardingWizard::existingConfigConnects()
{
    const QString path = writeOwnCaConfig(m_dir->path(), Loopback, m_server.port(), m_pki.caPath());
    auto wizard = openWizard();
    find<QRadioButton>(wizard.get(), QStringLiteral("existingConfigRadioButton"))->click();
    find<QLineEdit>(wizard.get(), QStringLiteral("existingConfigEdit"))->setText(path);
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(gui::OnboardingCertificatesPageId));
    // Own-CA mode with the client certificate in place: nothing to create.
    QVERIFY(find<QRadioButton>(wizard.get(), QStringLiteral("ownCaRadioButton"))->isChecked());
    QVERIFY(find<QLabel>(wizard.get(), QStringLiteral("clientCertificateStatusLabel"))
                ->text()
                .endsWith(QStringLiteral("client-cert-and-key.pem")));
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(gui::OnboardingEnvPageId));
    QVERIFY(next(*wizard)); // the env can be skipped
    QCOMPARE(wizard->currentId(), int(gui::OnboardingConnectionPageId));

    QTRY_COMPARE_WITH_TIMEOUT(connectionState(*wizard), QStringLiteral("succeeded"), 30000);
    auto* result = find<QLabel>(wizard.get(), QStringLiteral("connectionResultLabel"));
    QVERIFY2(result->text().contains(QStringLiteral("https://127.0.0.1:%1").arg(m_server.port())),
             qPrintable(result->text()));
    // No advice, the server's state instead.
    QVERIFY(!find<QLabel>(wizard.get(), QStringLiteral("connectionHelpLabel"))->isVisible());
    auto* details = find<QLabel>(wizard.get(), QStringLiteral("connectionDetailsLabel"));
    QVERIFY2(details->text().startsWith(QStringLiteral("Build status: ")), qPrintable(details->text()));

    // Again, on demand.
    QTest::mouseClick(find<QPushButton>(wizard.get(), QStringLiteral("testConnectionButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(connectionState(*wizard), QStringLiteral("succeeded"), 30000);

    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
    const models::Profile profile = wizard->profile();
    QCOMPARE(profile.configPath, QFileInfo(path).absoluteFilePath());
    QCOMPARE(profile.workDir, QFileInfo(path).absolutePath());
}

void TestOnboardingWizard::existingConfigFailuresAreExplained_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<bool>("foreignCa");
    QTest::addColumn<QString>("client");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("fix");
    const QString own = QStringLiteral("client");
    QTest::newRow("foreign CA") << Loopback << false << true << own << int(api::ErrorKind::UnknownCa)
                                << "not from this profile's CA"
                                << "started with other certificates than this profile's";
    QTest::newRow("host name mismatch") << QStringLiteral("localhost") << false << false << own
                                        << int(api::ErrorKind::HostNameMismatch) << "for another name"
                                        << "/etc/hosts";
    QTest::newRow("client refused") << Loopback << false << false << QStringLiteral("foreign-client")
                                    << int(api::ErrorKind::ClientCertificateRefused)
                                    << "refused this profile's client certificate"
                                    << "trusts another client CA";
    QTest::newRow("closed port") << Loopback << true << false << own << int(api::ErrorKind::ConnectionRefused)
                                 << "Connection refused"
                                 << "Nothing listens at 127.0.0.1:";
}

void TestOnboardingWizard::existingConfigFailuresAreExplained()
{
    QFETCH(QString, host);
    QFETCH(bool, closed);
    QFETCH(bool, foreignCa);
    QFETCH(QString, client);
    QFETCH(int, kind);
    QFETCH(QString, headline);
    QFETCH(QString, fix);
    const quint16 port = closed ? closedPort() : m_server.port();
    const QString path
        = writeOwnCaConfig(m_dir->path(), host, port, foreignCa ? m_foreignCaPath : m_pki.caPath(), client);
    auto wizard = openWizard();
    find<QRadioButton>(wizard.get(), QStringLiteral("existingConfigRadioButton"))->click();
    find<QLineEdit>(wizard.get(), QStringLiteral("existingConfigEdit"))->setText(path);
    QVERIFY(next(*wizard));
    QVERIFY(next(*wizard));
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(gui::OnboardingConnectionPageId));
    QTRY_COMPARE_WITH_TIMEOUT(connectionState(*wizard), QStringLiteral("failed"), 30000);

    auto* page = qobject_cast<OnboardingConnectionPage*>(wizard->page(gui::OnboardingConnectionPageId));
    auto* result = find<QLabel>(wizard.get(), QStringLiteral("connectionResultLabel"));
    auto* help = find<QLabel>(wizard.get(), QStringLiteral("connectionHelpLabel"));
    QVERIFY2(int(page->lastErrorKind()) == kind,
             qPrintable(QStringLiteral("kind %1: %2").arg(int(page->lastErrorKind())).arg(result->text())));
    QVERIFY(!result->text().isEmpty());
    QVERIFY2(find<QLabel>(wizard.get(), QStringLiteral("connectionHeadlineLabel"))->text().contains(headline),
             qPrintable(find<QLabel>(wizard.get(), QStringLiteral("connectionHeadlineLabel"))->text()));
    QVERIFY(help->isVisible());
    QVERIFY2(help->text().startsWith(QStringLiteral("<b>How to fix:</b> ")), qPrintable(help->text()));
    QVERIFY2(help->text().contains(fix), qPrintable(help->text()));
    // Finishing is allowed: the server may not be deployed yet.
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
}

void TestOnboardingWizard::connectionTestCanBeCancelled()
{
    // Accepts connections and never answers: the test runs until it is cancelled.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QString path = writeOwnCaConfig(m_dir->path(), Loopback, silent.serverPort(), m_pki.caPath());
    auto wizard = openWizard();
    find<QRadioButton>(wizard.get(), QStringLiteral("existingConfigRadioButton"))->click();
    find<QLineEdit>(wizard.get(), QStringLiteral("existingConfigEdit"))->setText(path);
    QVERIFY(next(*wizard));
    QVERIFY(next(*wizard));
    QVERIFY(next(*wizard));
    QCOMPARE(connectionState(*wizard), QStringLiteral("testing"));
    auto* cancel = find<QPushButton>(wizard.get(), QStringLiteral("cancelTestButton"));
    auto* test = find<QPushButton>(wizard.get(), QStringLiteral("testConnectionButton"));
    QVERIFY(cancel->isVisible());
    QVERIFY(!test->isEnabled());
    QVERIFY(find<QWidget>(wizard.get(), QStringLiteral("connectionProgressBar"))->isVisible());
    QTest::qWait(200);
    QCOMPARE(connectionState(*wizard), QStringLiteral("testing"));

    cancel->click();
    QTRY_COMPARE(connectionState(*wizard), QStringLiteral("cancelled"));
    QVERIFY(test->isEnabled());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!find<QWidget>(wizard.get(), QStringLiteral("connectionProgressBar"))->isVisible());
    QCOMPARE(find<QLabel>(wizard.get(), QStringLiteral("connectionHeadlineLabel"))->text(),
             QStringLiteral("Cancelled"));
}

QString TestOnboardingWizard::createProfile(OnboardingWizard& wizard, quint16 port)
{
    const QString folder = m_dir->filePath(QStringLiteral("my-server"));
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/sbs-config.json");
    auto fail = [](const char* what) {
        qWarning("%s", what);
        return QString();
    };

    if (!next(wizard) || wizard.currentId() != gui::OnboardingConfigPageId)
        return fail("the new configuration's page did not open");
    auto* host = find<QLineEdit>(&wizard, QStringLiteral("hostnameEdit"));
    auto* portEdit = find<QLineEdit>(&wizard, QStringLiteral("cicdPortEdit"));
    auto* password = find<QLineEdit>(&wizard, QStringLiteral("dockerPasswordEdit"));
    if (!host || !portEdit || !password || !find<QLineEdit>(&wizard, QStringLiteral("githubUrlEdit"))
        || !find<QWidget>(&wizard, QStringLiteral("runtimeTypeComboBox")))
        return fail("a field of the configuration page is missing");
    if (password->echoMode() != QLineEdit::Password)
        return fail("DOCKER_PASSWORD is not masked");

    // HOSTNAME is needed for the certificates: Next stays on the page without it.
    Prompts::enqueueFileName(path);
    if (!next(wizard) || wizard.currentId() != gui::OnboardingConfigPageId)
        return fail("Next went on without HOSTNAME");
    if (Prompts::pendingAnswers() != 1)
        return fail("the save dialog was shown without HOSTNAME");

    typeInto(host, Loopback);
    typeInto(portEdit, QString::number(port));
    typeInto(find<QLineEdit>(&wizard, QStringLiteral("githubUrlEdit")),
             QStringLiteral("git@github.com:org/app.git"));
    typeInto(find<QLineEdit>(&wizard, QStringLiteral("dockerRepoEdit")), QStringLiteral("org/app"));
    typeInto(find<QLineEdit>(&wizard, QStringLiteral("dockerUserEdit")), QStringLiteral("robot"));
    typeInto(password, QStringLiteral("not-a-real-password"));
    if (!next(wizard) || wizard.currentId() != gui::OnboardingCertificatesPageId)
        return fail("the configuration was not saved");
    if (!QFileInfo::exists(path))
        return fail("no sbs-config.json was written");

    if (!find<QRadioButton>(&wizard, QStringLiteral("newCaRadioButton"))->isChecked())
        return fail("a new CA is not the default");
    if (wizard.button(QWizard::NextButton)->isEnabled())
        return fail("Next is enabled before there are certificates");
    QTest::mouseClick(find<QPushButton>(&wizard, QStringLiteral("createCertificatesButton")), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 60000))
        return fail("the certificates were not made within 60 s");
    return path;
}

void TestOnboardingWizard::createPathReachesTheServer()
{
    const quint16 port = closedPort();
    auto wizard = openWizard();
    const QString path = createProfile(*wizard, port);
    QVERIFY(!path.isEmpty());
    auto* serverStatus = find<QLabel>(wizard.get(), QStringLiteral("serverCertificateStatusLabel"));
    QVERIFY2(!serverStatus->text().contains(QStringLiteral("not created")), qPrintable(serverStatus->text()));
    auto* message = find<QWidget>(wizard.get(), QStringLiteral("certificatesMessageWidget"));
    QVERIFY(message->isVisible());

    // The configuration got UUID and SECRET; the files are where sbsctl puts them.
    auto doc = config::ConfigDocument::load(path);
    QVERIFY(doc);
    QVERIFY(!doc->string(QStringLiteral("UUID")).isEmpty());
    QVERIFY(!doc->string(QStringLiteral("SECRET")).isEmpty());
    auto layout = pki::CertificateLayout::resolve(doc.value(), path, QFileInfo(path).absolutePath());
    QVERIFY(layout);
    QVERIFY(QFileInfo::exists(layout->clientCrtKeyPath()));
    QVERIFY(QFileInfo::exists(layout->caCertPath()));
    QVERIFY(QFileInfo::exists(layout->serverCertPath()));

    // The env page: nothing without a key, the values in plain-key mode, never the plain key.
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(gui::OnboardingEnvPageId));
    auto* envPage = qobject_cast<gui::OnboardingEnvPage*>(wizard->page(gui::OnboardingEnvPageId));
    auto* text = find<QPlainTextEdit>(wizard.get(), QStringLiteral("instanceEnvTextEdit"));
    QVERIFY(text->toPlainText().isEmpty());
    QVERIFY(!find<QPushButton>(wizard.get(), QStringLiteral("saveEnvButton"))->isEnabled());
    find<QCheckBox>(wizard.get(), QStringLiteral("plainServerKeyCheckBox"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!envPage->envText().isEmpty(), 20000);
    const QString full = envPage->envText();
    for (const char* key : { "CLIENT_CRT: \"", "CLIENT_CA: \"", "SERVER_CRT: \"", "SERVER_KEY: \"" }) {
        QVERIFY2(full.contains(QLatin1String(key)), key);
        QVERIFY2(text->toPlainText().contains(QLatin1String(key)), key);
    }
    const QString serverKey
        = full.section(QStringLiteral("SERVER_KEY: \""), 1).section(QLatin1Char('"'), 0, 0);
    QVERIFY(QByteArray::fromBase64(serverKey.toLatin1()).startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(!text->toPlainText().contains(serverKey));
    QVERIFY(text->toPlainText().contains(QStringLiteral("(hidden")));

    find<QPushButton>(wizard.get(), QStringLiteral("copyEnvButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), full);

    // Saved to a new file, owner-only; the same values again leave it; another file is kept.
    const QString envPath = m_dir->filePath(QStringLiteral("my-server/instance-env.yaml"));
    Prompts::enqueueFileName(envPath);
    find<QPushButton>(wizard.get(), QStringLiteral("saveEnvButton"))->click();
    QCOMPARE(test::readAll(envPath), (full + QLatin1Char('\n')).toUtf8());
    QCOMPARE(test::fileMode(envPath), 0600);
    Prompts::enqueueFileName(envPath);
    find<QPushButton>(wizard.get(), QStringLiteral("saveEnvButton"))->click();
    auto* envMessage = find<QLabel>(find<QWidget>(wizard.get(), QStringLiteral("envMessageWidget")),
                                    QStringLiteral("messageTextLabel"));
    QVERIFY2(envMessage->text().contains(QStringLiteral("already")), qPrintable(envMessage->text()));
    const QString other = m_dir->filePath(QStringLiteral("other.yaml"));
    QVERIFY(test::writeFile(other, "kept\n"));
    Prompts::enqueueFileName(other);
    find<QPushButton>(wizard.get(), QStringLiteral("saveEnvButton"))->click();
    QCOMPARE(test::readAll(other), QByteArray("kept\n"));
    QVERIFY2(envMessage->text().contains(QStringLiteral("exists already")), qPrintable(envMessage->text()));

    // A server started with this profile's certificates: the connection test turns green.
    test::ServerProcess server;
    QVERIFY2(server.startRaw({ QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                               QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("server-data")),
                               QStringLiteral("--client-ca"), layout->caCertPath(),
                               QStringLiteral("--server-cert"), layout->serverCertPath(),
                               QStringLiteral("--server-key"), layout->serverKeyPath() },
                             QProcessEnvironment::systemEnvironment()),
             qPrintable(server.output()));
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(gui::OnboardingConnectionPageId));
    QTRY_COMPARE_WITH_TIMEOUT(connectionState(*wizard), QStringLiteral("succeeded"), 30000);

    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(wizard->profile().configPath, QFileInfo(path).absoluteFilePath());
    QCOMPARE(wizard->profile().workDir, QFileInfo(path).absolutePath());
}

void TestOnboardingWizard::createPathEncryptsServerKey()
{
    test::GpgHome platform;
    QVERIFY(platform.isValid());
    const test::ProcessResult made = platform.generateKey(QStringLiteral("HPVS <hpvs@example.invalid>"));
    QVERIFY2(made.ok(), made.text().constData());
    const QString publicKey = m_dir->filePath(QStringLiteral("hpvs.asc"));
    QVERIFY(test::writeFile(publicKey, platform.exportPublicKey(QStringLiteral("hpvs@example.invalid")).out));

    auto wizard = openWizard();
    const QString path = createProfile(*wizard, closedPort());
    QVERIFY(!path.isEmpty());
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(gui::OnboardingEnvPageId));
    auto* envPage = qobject_cast<gui::OnboardingEnvPage*>(wizard->page(gui::OnboardingEnvPageId));

    // The key is chosen here, like any file of the configuration.
    Prompts::enqueueFileName(publicKey);
    QTest::mouseClick(find<QToolButton>(wizard.get(), QStringLiteral("hpvsPublicKeyFileBrowseButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!envPage->envText().isEmpty(), 30000);
    auto* text = find<QPlainTextEdit>(wizard.get(), QStringLiteral("instanceEnvTextEdit"));
    QCOMPARE(text->toPlainText(), envPage->envText()); // nothing hidden: SERVER_KEY is encrypted
    const QString serverKey
        = envPage->envText().section(QStringLiteral("SERVER_KEY: \""), 1).section(QLatin1Char('"'), 0, 0);
    const QByteArray armoured = QByteArray::fromBase64(serverKey.toLatin1());
    QVERIFY(armoured.startsWith("-----BEGIN PGP MESSAGE-----"));
    const test::ProcessResult decrypted = platform.decrypt(armoured);
    QVERIFY2(decrypted.ok(), decrypted.text().constData());
    QVERIFY(decrypted.out.startsWith("-----BEGIN PRIVATE KEY-----"));

    // Leaving the page keeps the key in the configuration.
    QVERIFY(next(*wizard));
    auto doc = config::ConfigDocument::load(path);
    QVERIFY(doc);
    QVERIFY(!doc->string(QStringLiteral("HPVS_PUBLIC_KEY_FILE")).isEmpty());
    // Nothing listens at the configured port: refused, with what to do.
    QTRY_COMPARE_WITH_TIMEOUT(connectionState(*wizard), QStringLiteral("failed"), 30000);
    auto* page = qobject_cast<OnboardingConnectionPage*>(wizard->page(gui::OnboardingConnectionPageId));
    QCOMPARE(page->lastErrorKind(), api::ErrorKind::ConnectionRefused);
}

void TestOnboardingWizard::localServerScriptFailureIsShown()
{
    qputenv("SBS_DEMO_SCRIPT",
            writeScript(QStringLiteral("demo.sh"),
                        "echo 'demo: starting the local environment' >&2\n"
                        "echo \"local-env: error: 'docker-registry' is not installed (run "
                        "scripts/install-deps.sh)\" >&2\n"
                        "echo 'demo: error: the local environment did not start' >&2\n"
                        "exit 1\n")
                .toUtf8());
    auto wizard = openWizard();
    auto* local = find<QRadioButton>(wizard.get(), QStringLiteral("localServerRadioButton"));
    QVERIFY(local->isEnabled());
    local->click();
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(gui::OnboardingLocalServerPageId));
    auto* retry = find<QPushButton>(wizard.get(), QStringLiteral("retryLocalServerButton"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 20000);
    auto* message = find<QLabel>(find<QWidget>(wizard.get(), QStringLiteral("localServerMessageWidget")),
                                 QStringLiteral("messageTextLabel"));
    QCOMPARE(message->text(),
             QStringLiteral("The local server did not start: 'docker-registry' is not installed "
                            "(run scripts/install-deps.sh)."));
    auto* log = find<QPlainTextEdit>(wizard.get(), QStringLiteral("localServerLogTextEdit"));
    QVERIFY(log->toPlainText().startsWith(QStringLiteral("demo: starting the local environment\n")));
    QVERIFY(!find<QWidget>(wizard.get(), QStringLiteral("localServerProgressBar"))->isVisible());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard->currentId(), int(gui::OnboardingLocalServerPageId));
}

void TestOnboardingWizard::localServerCanBeCancelled()
{
    const QString marker = m_dir->filePath(QStringLiteral("child.pid"));
    qputenv("SBS_DEMO_SCRIPT",
            writeScript(QStringLiteral("demo.sh"),
                        "echo 'demo: waiting' >&2\n"
                        "sleep 120 &\n"
                        "echo $! > '"
                            + marker.toUtf8() + "'\nwait\n")
                .toUtf8());
    auto wizard = openWizard();
    find<QRadioButton>(wizard.get(), QStringLiteral("localServerRadioButton"))->click();
    QVERIFY(next(*wizard));
    auto* log = find<QPlainTextEdit>(wizard.get(), QStringLiteral("localServerLogTextEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QStringLiteral("demo: waiting")), 10000);
    QTRY_VERIFY(QFileInfo::exists(marker) && !test::readAll(marker).trimmed().isEmpty());
    const QByteArray child = test::readAll(marker).trimmed();
    auto* progress = find<QWidget>(wizard.get(), QStringLiteral("localServerProgressBar"));
    QVERIFY(progress->isVisible());

    find<QPushButton>(wizard.get(), QStringLiteral("cancelLocalServerButton"))->click();
    auto* retry = find<QPushButton>(wizard.get(), QStringLiteral("retryLocalServerButton"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
    QVERIFY(!progress->isVisible());
    QCOMPARE(find<QLabel>(wizard.get(), QStringLiteral("localServerStatusLabel"))->text(),
             QStringLiteral("Cancelled."));
    // Whatever the script ran at the moment ended with it.
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(QStringLiteral("/proc/") + QString::fromLatin1(child)),
                             10000);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
}

void TestOnboardingWizard::localServerGoesOnToConnectionTest()
{
    // A stand-in for demo.sh that "starts" the fixture server's profile.
    const QString profileDir = m_dir->filePath(QStringLiteral("profile"));
    QDir().mkpath(profileDir);
    const QString config = writeOwnCaConfig(profileDir, Loopback, m_server.port(), m_pki.caPath());
    qputenv("SBS_DEMO_SCRIPT",
            writeScript(QStringLiteral("demo.sh"),
                        "[ \"$1\" = start ] || exit 2\n"
                        "[ -x \"$SBS_BUILD_DIR/bin/sbs-server\" ] || exit 3\n"
                        "echo 'demo: sbs-server listens' >&2\n"
                        "echo '"
                            + config.toUtf8() + "'\n")
                .toUtf8());
    auto wizard = openWizard();
    find<QRadioButton>(wizard.get(), QStringLiteral("localServerRadioButton"))->click();
    QVERIFY(next(*wizard));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(gui::OnboardingConnectionPageId), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(connectionState(*wizard), QStringLiteral("succeeded"), 30000);
    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(wizard->profile().configPath, QFileInfo(config).absoluteFilePath());
    QCOMPARE(wizard->profile().workDir, QFileInfo(profileDir).absoluteFilePath());
}

void TestOnboardingWizard::localServerPath()
{
#ifndef SBS_ONBOARDING_LOCAL_SERVER
    QSKIP("runs the real local environment: see tst_onboardingwizard_localserver");
#else
    const QString script = util::LocalServer::findScript();
    QVERIFY2(!script.isEmpty(), "scripts/demo.sh not found");
    {
        // The demo's port is fixed: nothing else may use it.
        QTcpServer probe;
        QVERIFY2(probe.listen(QHostAddress::LocalHost, util::LocalServer::DefaultPort),
                 "port 18443 is in use: stop what listens there (scripts/demo.sh stop) and run again");
    }
    QTemporaryDir state(QDir::tempPath() + QStringLiteral("/sbs-onboarding-XXXXXX"));
    QVERIFY(state.isValid());
    qputenv("XDG_STATE_HOME", state.path().toUtf8());
    qunsetenv("SBS_DEMO_DIR");
    qunsetenv("SBS_DEMO_PORT");
    const QString demoDir = state.filePath(QStringLiteral("sbs-desktop/demo"));

    // Stops whatever the demo started, however the test ends.
    struct Stop
    {
        QString script;
        QString demoDir;
        ~Stop()
        {
            QProcess stop;
            stop.setProcessChannelMode(QProcess::ForwardedChannels);
            stop.start(QStringLiteral("bash"), { script, QStringLiteral("stop") });
            stop.waitForFinished(120000);
            QProcess purge;
            purge.setProcessChannelMode(QProcess::ForwardedChannels);
            purge.start(QStringLiteral("bash"),
                        { QFileInfo(script).absolutePath() + QStringLiteral("/local-env.sh"),
                          QStringLiteral("stop"), QStringLiteral("--purge"), QStringLiteral("--dir"),
                          demoDir + QStringLiteral("/env") });
            purge.waitForFinished(120000);
        }
    } stop { script, demoDir };

    auto wizard = openWizard();
    find<QRadioButton>(wizard.get(), QStringLiteral("localServerRadioButton"))->click();
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(gui::OnboardingLocalServerPageId));
    auto* log = find<QPlainTextEdit>(wizard.get(), QStringLiteral("localServerLogTextEdit"));
    QVERIFY(find<QWidget>(wizard.get(), QStringLiteral("localServerProgressBar"))->isVisible());
    QVERIFY(find<QWidget>(wizard.get(), QStringLiteral("cancelLocalServerButton"))->isVisible());
    auto* retry = find<QPushButton>(wizard.get(), QStringLiteral("retryLocalServerButton"));
    const bool reached = QTest::qWaitFor(
        [&] { return wizard->currentId() == gui::OnboardingConnectionPageId || retry->isVisible(); }, 600000);
    QVERIFY2(reached && wizard->currentId() == gui::OnboardingConnectionPageId,
             qPrintable(log->toPlainText()));
    QVERIFY(log->toPlainText().contains(QStringLiteral("demo: sbs-server listens on 127.0.0.1:18443")));
    QTRY_COMPARE_WITH_TIMEOUT(connectionState(*wizard), QStringLiteral("succeeded"), 60000);

    wizard->button(QWizard::FinishButton)->click();
    const models::Profile profile = wizard->profile();
    QCOMPARE(profile.configPath, QDir(demoDir).filePath(QStringLiteral("profile/sbs-config.json")));
    QCOMPARE(profile.workDir, QDir(demoDir).filePath(QStringLiteral("profile")));
#endif
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    TestOnboardingWizard test;
    QStringList arguments = QCoreApplication::arguments();
#ifdef SBS_ONBOARDING_LOCAL_SERVER
    // This build runs only the test with the real local environment.
    if (arguments.size() == 1)
        arguments << QStringLiteral("localServerPath");
#endif
    return QTest::qExec(&test, arguments);
}

#include "tst_onboardingwizard.moc"
