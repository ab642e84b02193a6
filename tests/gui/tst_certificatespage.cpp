#include "CertificatesPage.h"
#include "MessageWidget.h"
#include "PkiTestTools.h"
#include "Prompts.h"
#include "Resources.h"
#include "TestSupport.h"
#include "config/ConfigDocument.h"
#include "models/CertificateTableModel.h"
#include "models/ConfigFieldModel.h"
#include "models/ProfileSession.h"
#include "pki/Certificate.h"
#include "pki/CertificateManager.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace sbs;
using gui::CertificatesPage;
using gui::MessageWidget;
using gui::Prompts;
using models::CertificateEntry;
using models::CertificateTableModel;
using Kind = CertificateEntry::Kind;

namespace {

const QString Uuid = QStringLiteral("7c0e2f4a-93b1-4d6e-8a5f-0b1c2d3e4f50");
constexpr int GenerateTimeoutMs = 60000;

// The value of KEY in YAML lines KEY: "value".
QString yamlValue(const QString& text, const QString& key)
{
    const QRegularExpression line(QStringLiteral("^%1: \"([^\"]*)\"$").arg(key),
                                  QRegularExpression::MultilineOption);
    return line.match(text).captured(1);
}

} // namespace

class TestCertificatesPage : public QObject
{
    Q_OBJECT

private:
    template<typename T> T* find(const QString& name) const
    {
        T* child = m_page->findChild<T*>(name);
        if (!child)
            qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return child;
    }

    QString configPath() const { return m_dir->filePath(QStringLiteral("sbs-config.json")); }

    void writeConfig(bool withUuid = true)
    {
        QByteArray json = R"({"HOSTNAME": "127.0.0.1", "RUNTIME_TYPE": "on-prem", )";
        if (withUuid)
            json += QStringLiteral(R"("UUID": "%1", "SECRET": "c2VjcmV0IGZvciB0ZXN0cw==", )")
                        .arg(Uuid)
                        .toUtf8();
        json += R"("CICD_PORT": "8443"})";
        QVERIFY(test::writeFile(configPath(), json + '\n'));
    }

    // A session on the folder's configuration, and the page on it, shown.
    void openPage()
    {
        m_session = std::make_unique<models::ProfileSession>(models::Profile::forConfig(configPath()));
        // The configuration only: the page never needs the server.
        const Status loaded = m_session->config()->loadFile(configPath());
        QVERIFY2(loaded, qPrintable(loaded.error()));
        // In a window of its own size, so that the message bars growing do not resize the window.
        m_window = std::make_unique<QWidget>();
        m_window->resize(1100, 720);
        m_page = std::make_unique<CertificatesPage>(m_window.get());
        m_page->setGeometry(0, 0, 1100, 720);
        m_page->setSession(m_session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(model()->rowCount() >= 3);
    }

    CertificateTableModel* model() const
    {
        return qobject_cast<CertificateTableModel*>(
            find<QTableView>(QStringLiteral("certificateTableView"))->model());
    }

    pki::CertificateLayout layout() const
    {
        const Result<pki::CertificateLayout> resolved = m_session->layout();
        if (!resolved)
            qFatal("%s", qPrintable(resolved.error()));
        return resolved.value();
    }

    const CertificateEntry* entry(Kind kind) const { return model()->entryAt(model()->rowOf(kind)); }

    bool allValid() const
    {
        if (m_page->isBusy() || model()->rowCount() != 3)
            return false;
        for (const CertificateEntry& e : model()->entries()) {
            if (!e.present || !e.info || !e.problems.isEmpty())
                return false;
        }
        return true;
    }

    QString message() const { return find<MessageWidget>(QStringLiteral("messageWidget"))->text(); }
    MessageWidget* problemBar() const { return find<MessageWidget>(QStringLiteral("problemMessageWidget")); }

    // Generate from the page and wait until the table shows three valid certificates.
    void generate()
    {
        QPushButton* button = find<QPushButton>(QStringLiteral("generateButton"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allValid(), GenerateTimeoutMs);
    }

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), GenerateTimeoutMs); }

    static QStringList backupsOf(const QString& path)
    {
        const QFileInfo info(path);
        return info.dir().entryList({ info.fileName() + QStringLiteral(".*") },
                                    QDir::Files | QDir::Hidden | QDir::System);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<models::ProfileSession> m_session;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<CertificatesPage> m_page;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::GpgHome> m_platform;
    QTemporaryDir m_keys;
    QString m_publicKey;
    QString m_secretKey;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        gui::initResources();
        Prompts::setTestMode(true);

        // A test OpenPGP key pair stands in for the platform's.
        m_platform = std::make_unique<test::GpgHome>();
        const test::ProcessResult made
            = m_platform->generateKey(QStringLiteral("HPVS <hpvs@example.invalid>"));
        QVERIFY2(made.ok(), made.text().constData());
        m_publicKey = m_keys.filePath(QStringLiteral("hpvs.asc"));
        m_secretKey = m_keys.filePath(QStringLiteral("hpvs-secret.asc"));
        QVERIFY(test::writeFile(m_publicKey,
                                m_platform->exportPublicKey(QStringLiteral("hpvs@example.invalid")).out));
        QVERIFY(test::writeFile(m_secretKey,
                                m_platform->exportSecretKey(QStringLiteral("hpvs@example.invalid")).out));
    }

    void cleanupTestCase() { m_platform.reset(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Prompts::clear();
    }

    void cleanup()
    {
        m_page.reset();
        m_window.reset();
        m_session.reset();
        QVERIFY2(Prompts::unanswered().isEmpty(),
                 qPrintable(Prompts::unanswered().join(QStringLiteral(", "))));
        QCOMPARE(Prompts::pendingAnswers(), 0);
    }

    void generatesFromThePage()
    {
        writeConfig();
        openPage();
        QSignalSpy changed(m_page.get(), &CertificatesPage::certificatesChanged);

        // Nothing yet: three rows saying what creates them, and Generate offered in the bar.
        QCOMPARE(model()->rowCount(), 3);
        for (const CertificateEntry& e : model()->entries())
            QVERIFY(!e.present);
        QVERIFY(
            model()->index(0, CertificateTableModel::SubjectColumn).data().toString().startsWith("missing"));
        QTRY_VERIFY(problemBar()->isVisible());
        QVERIFY2(problemBar()->text().contains(QStringLiteral("No certificates yet")),
                 qPrintable(problemBar()->text()));
        QToolButton* fix = find<QToolButton>(QStringLiteral("fixActionButton"));
        QVERIFY(fix->isVisible());
        QCOMPARE(fix->text(), QStringLiteral("Generate"));
        QVERIFY(find<QPushButton>(QStringLiteral("generateButton"))->isDefault());
        QVERIFY(!find<QPushButton>(QStringLiteral("renewButton"))->isEnabled());
        QVERIFY(!find<QPushButton>(QStringLiteral("deleteButton"))->isEnabled());

        // While the keys are made, the actions wait and the progress bar runs.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("generateButton")), Qt::LeftButton);
        QVERIFY(m_page->isBusy());
        QVERIFY(find<QProgressBar>(QStringLiteral("busyProgressBar"))->isVisible());
        QVERIFY(!find<QPushButton>(QStringLiteral("generateButton"))->isEnabled());
        QVERIFY(!find<QPushButton>(QStringLiteral("envSaveButton"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(allValid(), GenerateTimeoutMs);
        QVERIFY(!find<QProgressBar>(QStringLiteral("busyProgressBar"))->isVisible());

        const pki::CertificateLayout files = layout();
        for (const QString& path : { files.caCertPath(), files.caKeyPath(), files.clientCrtKeyPath(),
                                     files.serverCertPath(), files.serverKeyPath() })
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QCOMPARE(changed.size(), 1);
        QVERIFY2(message().contains(QStringLiteral("Created the client CA")), qPrintable(message()));
        QVERIFY2(message().contains(QStringLiteral("Created the server certificate")), qPrintable(message()));
        QCOMPARE(find<MessageWidget>(QStringLiteral("messageWidget"))->type(), MessageWidget::Type::Positive);
        QVERIFY(!problemBar()->isVisible());
        QCOMPARE(entry(Kind::Server)->info->subjectAltNames, QStringList { QStringLiteral("IP:127.0.0.1") });
        QCOMPARE(
            model()->index(model()->rowOf(Kind::Client), 0).data(CertificateTableModel::SeverityRole).toInt(),
            int(CertificateEntry::Severity::Ok));
        QVERIFY(find<QPushButton>(QStringLiteral("renewButton"))->isEnabled());
        QVERIFY(find<QPushButton>(QStringLiteral("deleteButton"))->isEnabled());

        // The details of the selected row.
        find<QTableView>(QStringLiteral("certificateTableView"))->selectRow(model()->rowOf(Kind::Server));
        const QString details
            = find<QWidget>(QStringLiteral("detailsView"))->property("plainText").toString();
        QVERIFY2(details.contains(entry(Kind::Server)->info->serialHex), qPrintable(details));
        QVERIFY(details.contains(files.serverCertPath()));
        QVERIFY(details.contains(QStringLiteral("serverAuth")));
        QVERIFY(details.contains(QStringLiteral("CN=container client CA"))); // the issuer
        QVERIFY(!details.contains(QStringLiteral("PRIVATE KEY")));

        // Generate again: everything exists and is kept.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("generateButton")), Qt::LeftButton);
        waitIdle();
        QVERIFY2(message().contains(QStringLiteral("was kept")), qPrintable(message()));
        QCOMPARE(changed.size(), 1);
    }

    void generateAddsUuid()
    {
        writeConfig(false);
        openPage();
        QTRY_VERIFY(problemBar()->text().contains(QStringLiteral("no UUID")));
        QCOMPARE(find<QToolButton>(QStringLiteral("fixActionButton"))->text(), QStringLiteral("Generate"));
        find<QComboBox>(QStringLiteral("keyTypeComboBox"))
            ->setCurrentIndex(
                find<QComboBox>(QStringLiteral("keyTypeComboBox"))->findData(int(pki::KeyType::EcP256)));
        QTest::mouseClick(find<QToolButton>(QStringLiteral("fixActionButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allValid(), GenerateTimeoutMs);
        const Result<config::ConfigDocument> saved = config::ConfigDocument::load(configPath());
        QVERIFY(saved);
        QVERIFY(!saved->string(QStringLiteral("UUID")).isEmpty());
        QVERIFY(!saved->string(QStringLiteral("SECRET")).isEmpty());
        QVERIFY(!m_session->config()->isModified());
        QCOMPARE(entry(Kind::Client)->info->key.text(), QStringLiteral("EC P-256"));
        QVERIFY(QFileInfo::exists(layout().serverCertPath()));

        // The profile goes away: nothing of it stays, and no action can run on it.
        m_session.reset();
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(!find<QPushButton>(QStringLiteral("generateButton"))->isEnabled());
        QVERIFY(!find<QPushButton>(QStringLiteral("envCopyButton"))->isEnabled());
    }

    void renewsWithForce()
    {
        writeConfig();
        openPage();
        generate();
        const QString clientSerial = entry(Kind::Client)->info->serialHex;
        const QString serverSerial = entry(Kind::Server)->info->serialHex;
        QSignalSpy changed(m_page.get(), &CertificatesPage::certificatesChanged);

        // Fresh certificates are not due.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("renewButton")), Qt::LeftButton);
        waitIdle();
        QVERIFY2(message().contains(QStringLiteral("Nothing to renew")), qPrintable(message()));
        QCOMPARE(changed.size(), 0);

        find<QCheckBox>(QStringLiteral("forceRenewCheckBox"))->setChecked(true);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("renewButton")), Qt::LeftButton);
        QVERIFY(m_page->isBusy());
        waitIdle();
        QVERIFY2(message().contains(QStringLiteral("Renewed the server certificate")), qPrintable(message()));
        QCOMPARE(changed.size(), 1);
        QTRY_VERIFY(entry(Kind::Server)->info && entry(Kind::Server)->info->serialHex != serverSerial);
        QTRY_VERIFY(entry(Kind::Client)->info->serialHex != clientSerial);
        QVERIFY(allValid());
        const pki::CertificateLayout files = layout();
        QCOMPARE(backupsOf(files.serverCertPath()).size(), 1);
        QCOMPARE(backupsOf(files.clientCrtKeyPath()).size(), 1);
        QVERIFY(message().contains(backupsOf(files.serverCertPath()).front()));
    }

    void deleteAsksFirst()
    {
        writeConfig();
        openPage();
        generate();
        const pki::CertificateLayout files = layout();
        QSignalSpy changed(m_page.get(), &CertificatesPage::certificatesChanged);

        Prompts::enqueueButton(QMessageBox::No);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("deleteButton")), Qt::LeftButton);
        QCOMPARE(Prompts::asked(), QStringList { QStringLiteral("Delete certificates") });
        QVERIFY(!m_page->isBusy());
        QVERIFY(QFileInfo::exists(files.clientCrtKeyPath()));
        QVERIFY(QFileInfo::exists(files.caCertPath()));
        QCOMPARE(changed.size(), 0);

        Prompts::enqueueButton(QMessageBox::Yes);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("deleteButton")), Qt::LeftButton);
        waitIdle();
        QVERIFY(!QFileInfo::exists(files.clientCrtKeyPath()));
        QVERIFY(!QFileInfo::exists(files.certDir()));
        QVERIFY(QFileInfo::exists(configPath()));
        QCOMPARE(changed.size(), 1);
        QVERIFY2(message().startsWith(QStringLiteral("Deleted")), qPrintable(message()));
        QTRY_VERIFY(!entry(Kind::Client)->present && !entry(Kind::Ca)->present);
        QVERIFY(!find<QPushButton>(QStringLiteral("deleteButton"))->isEnabled());
    }

    void savesPlainInstanceEnv()
    {
        writeConfig();
        openPage();
        generate();
        find<QTabWidget>(QStringLiteral("detailsTabWidget"))->setCurrentIndex(1);
        QLabel* warning = find<QLabel>(QStringLiteral("plainKeyWarningLabel"));
        QVERIFY(!warning->isVisible());
        find<QCheckBox>(QStringLiteral("plainKeyCheckBox"))->setChecked(true);
        QVERIFY(warning->isVisible());

        const QString target = m_dir->filePath(QStringLiteral("local-env.yaml"));
        Prompts::enqueueFileName(target);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("envSaveButton")), Qt::LeftButton);
        waitIdle();
        QVERIFY2(QFileInfo::exists(target), qPrintable(message()));
        QCOMPARE(test::fileMode(target), 0600);
        const QString text = QString::fromUtf8(test::readAll(target));
        const pki::CertificateLayout files = layout();
        QCOMPARE(QByteArray::fromBase64(yamlValue(text, QStringLiteral("CLIENT_CA")).toLatin1()),
                 test::readAll(files.caCertPath()));
        QCOMPARE(QByteArray::fromBase64(yamlValue(text, QStringLiteral("SERVER_CRT")).toLatin1()),
                 test::readAll(files.serverCertPath()));
        const QString serverKey = yamlValue(text, QStringLiteral("SERVER_KEY"));
        QVERIFY(QByteArray::fromBase64(serverKey.toLatin1()).startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY2(message().contains(QStringLiteral("not encrypted")), qPrintable(message()));
        // The plain key is never shown.
        const QString shown = find<QPlainTextEdit>(QStringLiteral("envTextEdit"))->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("CLIENT_CRT: \"")));
        QVERIFY(!shown.contains(serverKey));

        // Never over another file.
        QVERIFY(test::writeFile(m_dir->filePath(QStringLiteral("other.yaml")), "mine\n"));
        Prompts::enqueueFileName(m_dir->filePath(QStringLiteral("other.yaml")));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("envSaveButton")), Qt::LeftButton);
        waitIdle();
        QCOMPARE(find<MessageWidget>(QStringLiteral("messageWidget"))->type(), MessageWidget::Type::Error);
        QCOMPARE(test::readAll(m_dir->filePath(QStringLiteral("other.yaml"))), QByteArray("mine\n"));
    }

    void copiesEncryptedInstanceEnv()
    {
        writeConfig();
        openPage();
        generate();
        QVERIFY(m_session->config()->setValueText(QStringLiteral("HPVS_PUBLIC_KEY_FILE"), m_publicKey));
        QTRY_VERIFY(
            find<QLineEdit>(QStringLiteral("pgpKeyLineEdit"))->placeholderText().contains(m_publicKey));

        // A secret key export is refused.
        find<QLineEdit>(QStringLiteral("pgpKeyLineEdit"))->setText(m_secretKey);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("envShowButton")), Qt::LeftButton);
        waitIdle();
        QVERIFY2(message().contains(QStringLiteral("secret key export")), qPrintable(message()));
        find<QLineEdit>(QStringLiteral("pgpKeyLineEdit"))->clear();

        QClipboard* clipboard = QGuiApplication::clipboard();
        clipboard->clear();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("envCopyButton")), Qt::LeftButton);
        waitIdle();
        QVERIFY2(message().contains(QStringLiteral("Copied")), qPrintable(message()));
        const QMimeData* mime = clipboard->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        const QString text = clipboard->text();
        const QByteArray armoured
            = QByteArray::fromBase64(yamlValue(text, QStringLiteral("SERVER_KEY")).toLatin1());
        QVERIFY2(armoured.startsWith("-----BEGIN PGP MESSAGE-----"), armoured.constData());
        const test::ProcessResult decrypted = m_platform->decrypt(armoured);
        QVERIFY2(decrypted.ok(), decrypted.text().constData());
        QCOMPARE(decrypted.out, test::readAll(layout().serverKeyPath()));
        // The encrypted values may be shown.
        QCOMPARE(find<QPlainTextEdit>(QStringLiteral("envTextEdit"))->toPlainText(), text);

        // The clipboard forgets them after 30 seconds.
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), CertificatesPage::ClipboardClearMs + 5000);
    }

    void exportsTheCa()
    {
        writeConfig();
        openPage();
        generate();
        const QString target = m_dir->filePath(QStringLiteral("exported-ca.pem"));
        Prompts::enqueueFileName(target);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("exportCaButton")), Qt::LeftButton);
        waitIdle();
        QCOMPARE(test::readAll(target), test::readAll(layout().caCertPath()));
        QVERIFY2(message().contains(QStringLiteral("holds no key")), qPrintable(message()));

        // The same file again is left alone; another file is never replaced.
        Prompts::enqueueFileName(target);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("exportCaButton")), Qt::LeftButton);
        waitIdle();
        QVERIFY2(message().contains(QStringLiteral("already holds")), qPrintable(message()));
        const QString other = m_dir->filePath(QStringLiteral("other.pem"));
        QVERIFY(test::writeFile(other, "mine\n"));
        Prompts::enqueueFileName(other);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("exportCaButton")), Qt::LeftButton);
        waitIdle();
        QCOMPARE(find<MessageWidget>(QStringLiteral("messageWidget"))->type(), MessageWidget::Type::Error);
        QCOMPARE(test::readAll(other), QByteArray("mine\n"));
    }

    void hostnameMismatchOffersTheFix()
    {
        writeConfig();
        openPage();
        generate();
        const QString oldServerCert = layout().serverCertPath();

        // HOSTNAME edited after the server certificate was made (not saved yet: the page follows edits).
        QVERIFY(
            m_session->config()->setValueText(QStringLiteral("HOSTNAME"), QStringLiteral("sbs.example.com")));
        QTRY_VERIFY(problemBar()->isVisible());
        QVERIFY2(problemBar()->text().contains(QStringLiteral("not for HOSTNAME sbs.example.com")),
                 qPrintable(problemBar()->text()));
        QCOMPARE(problemBar()->type(), MessageWidget::Type::Error);
        QToolButton* fix = find<QToolButton>(QStringLiteral("fixActionButton"));
        QCOMPARE(fix->text(), QStringLiteral("New server certificate"));
        QVERIFY(find<QPushButton>(QStringLiteral("replaceServerButton"))->isDefault());

        QTest::mouseClick(fix, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allValid(), GenerateTimeoutMs);
        QCOMPARE(entry(Kind::Server)->info->subjectAltNames,
                 QStringList { QStringLiteral("DNS:sbs.example.com") });
        QCOMPARE(backupsOf(oldServerCert).size(), 1);
        QVERIFY(!problemBar()->isVisible());
    }

    void missingKeyIsNamed()
    {
        writeConfig();
        openPage();
        generate();
        const QString key = layout().serverKeyPath();
        QVERIFY(QFile::remove(key));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QTRY_COMPARE(model()->rowCount(), 4);
        const CertificateEntry* row = entry(Kind::ServerKey);
        QVERIFY(row && !row->present);
        QTRY_VERIFY(problemBar()->isVisible());
        QVERIFY2(problemBar()->text().contains(key), qPrintable(problemBar()->text()));
        QCOMPARE(find<QToolButton>(QStringLiteral("fixActionButton"))->text(),
                 QStringLiteral("New server certificate"));

        // A client file from another CA: start over is offered, and asks before it deletes.
        QTemporaryDir other;
        QVERIFY(test::writeFile(QDir(other.path()).filePath(QStringLiteral("sbs-config.json")),
                                test::readAll(configPath())));
        models::ProfileSession otherSession(
            models::Profile::forConfig(QDir(other.path()).filePath(QStringLiteral("sbs-config.json"))));
        QVERIFY(otherSession.config()->loadFile(otherSession.profile().configPath));
        const Result<pki::CertificateLayout> otherLayout = otherSession.layout();
        QVERIFY(otherLayout);
        QVERIFY(pki::CertificateManager(otherLayout.value()).createClientCertificates(pki::KeyType::EcP256));
        QVERIFY(QFile::remove(layout().clientCrtKeyPath()));
        QVERIFY(QFile::copy(otherLayout->clientCrtKeyPath(), layout().clientCrtKeyPath()));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QTRY_VERIFY(problemBar()->text().contains(QStringLiteral("was not issued by the CA")));
        QCOMPARE(find<QToolButton>(QStringLiteral("fixActionButton"))->text(), QStringLiteral("Start over…"));
        QVERIFY(find<QPushButton>(QStringLiteral("deleteButton"))->isDefault());

        Prompts::enqueueButton(QMessageBox::Yes);
        QTest::mouseClick(find<QToolButton>(QStringLiteral("fixActionButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allValid(), GenerateTimeoutMs);
        QVERIFY2(message().contains(QStringLiteral("Deleted")), qPrintable(message()));
        QVERIFY2(message().contains(QStringLiteral("Created the client CA")), qPrintable(message()));
    }

    void usesOwnCa()
    {
        writeConfig();
        openPage();
        const QString caDir = m_dir->filePath(QStringLiteral("ca"));
        QVERIFY(QDir().mkpath(caDir));
        const QString made = test::makeOpensslCa(caDir, QStringLiteral("own-ca"),
                                                 { QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                                   QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") },
                                                 800);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        // An unsaved edit: the page asks before it saves the configuration with it.
        QVERIFY(m_session->config()->setValueText(QStringLiteral("CONTAINER_NAME"), QStringLiteral("mine")));
        QVERIFY(m_session->config()->isModified());
        QSignalSpy changed(m_page.get(), &CertificatesPage::certificatesChanged);

        Prompts::enqueueFileName(QDir(caDir).filePath(QStringLiteral("own-ca.pem")));
        Prompts::enqueueFileName(QDir(caDir).filePath(QStringLiteral("own-ca-key.pem")));
        Prompts::enqueueButton(QMessageBox::Save);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("ownCaButton")), Qt::LeftButton);
        waitIdle();
        QCOMPARE(Prompts::asked().size(), 3);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!m_session->config()->isModified());
        const Result<config::ConfigDocument> saved = config::ConfigDocument::load(configPath());
        QVERIFY(saved);
        QCOMPARE(saved->string(QStringLiteral("CAPATH")), QStringLiteral("ca/own-ca.pem"));
        QCOMPARE(saved->string(QStringLiteral("CAKEYPATH")), QStringLiteral("ca/own-ca-key.pem"));
        QCOMPARE(saved->string(QStringLiteral("CONTAINER_NAME")), QStringLiteral("mine"));
        QTRY_VERIFY(entry(Kind::Ca) && entry(Kind::Ca)->present);
        QCOMPARE(model()->index(model()->rowOf(Kind::Ca), 0).data().toString(), QStringLiteral("Your CA"));
        QCOMPARE(entry(Kind::Ca)->info->subject, QStringLiteral("CN=own-ca,O=Test"));

        // Generate issues the client and server certificates from it.
        generate();
        QCOMPARE(entry(Kind::Client)->info->issuer, QStringLiteral("CN=own-ca,O=Test"));
        QCOMPARE(entry(Kind::Server)->info->issuer, QStringLiteral("CN=own-ca,O=Test"));
        QVERIFY(!QFileInfo::exists(QDir(layout().certDir()).filePath(QStringLiteral("client-ca.pem"))));

        // A key that does not belong to the certificate is refused before anything is saved.
        const QString otherCa
            = test::makeOpensslCa(caDir, QStringLiteral("other-ca"),
                                  { QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") },
                                  800);
        QVERIFY(otherCa.isEmpty());
        Prompts::enqueueFileName(QDir(caDir).filePath(QStringLiteral("own-ca.pem")));
        Prompts::enqueueFileName(QDir(caDir).filePath(QStringLiteral("other-ca-key.pem")));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("ownCaButton")), Qt::LeftButton);
        waitIdle();
        QCOMPARE(find<MessageWidget>(QStringLiteral("messageWidget"))->type(), MessageWidget::Type::Error);
        QCOMPARE(config::ConfigDocument::load(configPath())->string(QStringLiteral("CAKEYPATH")),
                 QStringLiteral("ca/own-ca-key.pem"));
    }
};

QTEST_MAIN(TestCertificatesPage)
#include "tst_certificatespage.moc"
