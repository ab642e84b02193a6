// The State page: export against a real sbs-server, the list and its secret generations, the
// guided recovery on a second server started with the first one's state secret, files that are
// no state image, and the object-storage request shapes against a test double of the server.
#include "MessageWidget.h"
#include "Prompts.h"
#include "RecoveryPanel.h"
#include "Resources.h"
#include "SbsDouble.h"
#include "ServerFixture.h"
#include "StatePage.h"
#include "TestSupport.h"
#include "models/ProfileSession.h"
#include "models/StateImageListModel.h"
#include "state/StateImageFile.h"
#include "state/StateImageRecords.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>
#include <sys/stat.h>

using sbs::gui::MessageWidget;
using sbs::gui::Prompts;
using sbs::gui::RecoveryPanel;
using sbs::gui::StatePage;
using sbs::models::Profile;
using sbs::models::ProfileSession;
using sbs::models::StateImageListModel;
using sbs::state::StateImageRecord;
using sbs::state::StateImageRecords;
using sbs::test::SbsDouble;
using Step = sbs::models::RecoveryFlow::Step;
using StepState = RecoveryPanel::StepState;

namespace {

const QString Secret = QStringLiteral("c2VjcmV0LW9mLXRoZS1zdGF0ZS1wYWdlLXRlc3Qtb25l");
const QString OtherSecret = QStringLiteral("YW5vdGhlci1zZWNyZXQtYWZ0ZXItdGhlLXJvdGF0aW9u");

QJsonObject objectOf(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// How a JSON answer is laid out, to tell the bytes as received from a rewritten copy.
QString encodingOf(const QByteArray& bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (bytes == doc.toJson(QJsonDocument::Indented))
        return QStringLiteral("indented");
    if (bytes == doc.toJson(QJsonDocument::Compact))
        return QStringLiteral("compact");
    return QStringLiteral("other");
}

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

SbsDouble::Script answer(const QJsonObject& body, int status = 200)
{
    SbsDouble::Script script;
    script.status = status;
    script.body = compact(body);
    return script;
}

} // namespace

// Receives the URLs QDesktopServices would hand to the file manager.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

class TestStatePage : public QObject
{
    Q_OBJECT

private:
    // The page over its own session and list, as the profile's tabs hold them.
    struct Fixture
    {
        std::unique_ptr<ProfileSession> session;
        std::unique_ptr<StateImageListModel> images;
        std::unique_ptr<StatePage> page;
        RecoveryPanel* panel() const { return page->recoveryPanel(); }
    };

    // An own-CA profile for 127.0.0.1:port.
    QString writeProfile(quint16 port, const QJsonObject& extra = {})
    {
        QJsonObject config = sbs::test::loopbackProfileSettings(m_pki, m_clientBundle, port, Secret);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            config.insert(it.key(), it.value());
        const QString path = m_dir->filePath(QStringLiteral("profile/sbs-config.json"));
        if (!sbs::test::writeFile(path, QJsonDocument(config).toJson()))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Changes one value in the config file and loads it again, as a save elsewhere would.
    static bool rewriteConfig(Fixture& f, const QString& key, const QString& value)
    {
        const QString path = f.session->profile().configPath;
        QJsonObject config = objectOf(sbs::test::readAll(path));
        config.insert(key, value);
        return sbs::test::writeFile(path, QJsonDocument(config).toJson()) && f.session->load().isOk();
    }

    std::unique_ptr<Fixture> openPage(const QString& configPath)
    {
        auto f = std::make_unique<Fixture>();
        f->session = std::make_unique<ProfileSession>(Profile::forConfig(configPath));
        const sbs::Status loaded = f->session->load();
        if (!loaded)
            qWarning("%s", qPrintable(loaded.error()));
        f->images = std::make_unique<StateImageListModel>();
        f->page = std::make_unique<StatePage>(f->session.get(), f->images.get());
        f->page->resize(1100, 700);
        f->page->show();
        if (!QTest::qWaitForWindowExposed(f->page.get()))
            qWarning("page not exposed");
        return f;
    }

    // The init body the profile's configuration stands for, sent without the page.
    QJsonObject initBody() const
    {
        return QJsonObject { { "RUNTIME_TYPE", "on-prem" },
                             { "DOCKER_REPO", "alice/app" },
                             { "DOCKER_USER", "alice" },
                             { "DOCKER_PASSWORD", "pw-7c2e41" },
                             { "DOCKER_PUSH_SERVER", "127.0.0.1:9" },
                             { "GITHUB_URL", "file:///nonexistent/app.git" },
                             { "GITHUB_KEY", "" },
                             { "BASE_REPO_PUBLIC_KEY", "" },
                             { "SECRET", Secret },
                             { "BUILD_IMAGE_TAG", "1.3.0" } };
    }

    sbs::test::Answer call(quint16 port, const QByteArray& method, const QString& path,
                           const QByteArray& body = QByteArray())
    {
        return sbs::test::request(m_pki.clientTls(), port, method, path, body);
    }

    // Exports with the page's button and waits until the list has rows images.
    static void exportAndWait(Fixture& f, int rows)
    {
        QTest::mouseClick(child<QPushButton>(f.page.get(), "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f.images->rowCount(), rows, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->isBusy(), 30000);
    }

    // Chooses the image at row of the list and prepares its recovery.
    static void prepareRow(Fixture& f, int row)
    {
        child<QTableView>(f.page.get(), "stateImagesView")->selectRow(row);
        auto* recover = child<QPushButton>(f.page.get(), "recoverButton");
        QVERIFY(recover->isEnabled());
        QTest::mouseClick(recover, Qt::LeftButton);
    }

    static void runRecovery(Fixture& f, bool withBuild)
    {
        auto* start = child<QPushButton>(f.page.get(), "startRecoveryButton");
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 10000);
        child<QCheckBox>(f.page.get(), "buildAfterRecoveryCheckBox")->setChecked(withBuild);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!f.panel()->isRunning(), 60000);
    }

    static QList<SbsDouble::Recorded> requestsTo(const SbsDouble& server, const QByteArray& method,
                                                 const QByteArray& path)
    {
        QList<SbsDouble::Recorded> found;
        for (const SbsDouble::Recorded& r : server.requests) {
            if (r.method == method && r.path == path)
                found << r;
        }
        return found;
    }

    // Requests other than the status the session asks for when it connects.
    static int changingRequests(const SbsDouble& server)
    {
        int count = 0;
        for (const SbsDouble::Recorded& r : server.requests)
            count += r.method != "GET" ? 1 : 0;
        return count;
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
        m_clientBundle = m_work.filePath(QStringLiteral("pki/client-bundle.pem"));
        QVERIFY(sbs::test::writeCombined(m_pki, m_clientBundle).isEmpty());
    }

    void init()
    {
        Prompts::clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        QVERIFY2(Prompts::unanswered().isEmpty(),
                 qPrintable(Prompts::unanswered().join(QStringLiteral(", "))));
        QCOMPARE(Prompts::pendingAnswers(), 0);
        m_dir.reset();
    }

    void exportSavesTheServersAnswer()
    {
        sbs::test::ServerProcess server;
        QVERIFY2(server.start(m_pki, m_dir->filePath(QStringLiteral("a-data"))), qPrintable(server.output()));
        QCOMPARE(call(server.port(), "POST", "/image", compact(initBody())).json.value("status").toString(),
                 QStringLiteral("OK"));
        const QString configPath = writeProfile(server.port());
        auto f = openPage(configPath);
        StatePage* page = f->page.get();

        // The default folder, next to the configuration and readable only by the user.
        const QString folder = StateImageRecords::defaultFolder(configPath);
        QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(page, "exportFolderEdit")->text()), folder);
        QVERIFY(child<QRadioButton>(page, "exportToFileRadioButton")->isChecked());
        QVERIFY(!child<QRadioButton>(page, "exportToBucketRadioButton")->isEnabled()); // no bucket configured
        QTest::mouseClick(child<QPushButton>(page, "exportButton"), Qt::LeftButton);
        QVERIFY(page->isBusy());
        QVERIFY(child<QPushButton>(page, "cancelExportButton")->isVisible());
        QVERIFY(!child<QPushButton>(page, "exportButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(f->images->rowCount(), 1, 30000);
        QTRY_VERIFY(!page->isBusy());
        QVERIFY(!child<QPushButton>(page, "cancelExportButton")->isVisible());
        QCOMPARE(modeOf(folder), 0700);

        const std::optional<StateImageRecord> record = f->images->recordAt(0);
        QVERIFY(record);
        QCOMPARE(record->path, folder + QLatin1Char('/') + record->name);
        QCOMPARE(record->where, StateImageRecord::Where::File);
        QCOMPARE(record->server, QStringLiteral("127.0.0.1:%1").arg(server.port()));
        QCOMPARE(modeOf(record->path), 0600);
        QCOMPARE(page->messageWidget()->type(), MessageWidget::Type::Positive);
        QVERIFY2(page->messageWidget()->text().contains(QDir::toNativeSeparators(record->path)),
                 qPrintable(page->messageWidget()->text()));

        // The file is the server's answer as it came: the same keys and encoding as another
        // answer (each export has its own name and nonce), and a state image the core accepts.
        const QByteArray saved = sbs::test::readAll(record->path);
        const QJsonObject savedJson = objectOf(saved);
        const sbs::test::Answer again = call(server.port(), "GET", "/state-image");
        QCOMPARE(again.httpStatus, 200);
        QCOMPARE(savedJson.keys(), again.json.keys());
        QCOMPARE(encodingOf(saved), encodingOf(again.body));
        QCOMPARE(savedJson.value("name").toString(), record->name);
        QCOMPARE(savedJson.value("export_tag").toString(), again.json.value("export_tag").toString());
        QCOMPARE(record->exportTag, again.json.value("export_tag").toString());
        const auto file = sbs::state::StateImageFile::read(record->path);
        QVERIFY2(file, qPrintable(file.error()));
        QVERIFY(!file->state.isEmpty());

        // Listed as made under the current secret, in the view too.
        auto* view = child<QTableView>(page, "stateImagesView");
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(f->images->matchOf(*record), StateImageListModel::Match::Current);
        QCOMPARE(view->model()->index(0, StateImageListModel::SecretColumn).data().toString(),
                 StateImageListModel::matchText(StateImageListModel::Match::Current));
        QCOMPARE(view->model()->index(0, StateImageListModel::NameColumn).data().toString(), record->name);

        // A second export is a second file; the first one is left as it was.
        exportAndWait(*f, 2);
        QCOMPARE(sbs::test::readAll(record->path), saved);
        QVERIFY(f->images->recordAt(0)->path != record->path); // newest first
        QVERIFY(QFileInfo(f->images->recordAt(0)->path).isFile());
    }

    void recoveryOnAFreshServer()
    {
        sbs::test::ServerProcess first;
        QVERIFY2(first.start(m_pki, m_dir->filePath(QStringLiteral("a-data"))), qPrintable(first.output()));
        QCOMPARE(call(first.port(), "POST", "/image", compact(initBody())).json.value("status").toString(),
                 QStringLiteral("OK"));
        // A status that a freshly started server does not have, to be carried over, and an image
        // signing key, as the first build would make it.
        QCOMPARE(call(first.port(), "DELETE", "/image").json.value("status").toString(),
                 QStringLiteral("restarted cicd"));
        const QString firstHome = m_dir->filePath(QStringLiteral("a-data/gnupg"));
        QProcess gpg;
        gpg.start(QStringLiteral("gpg"),
                  { "--homedir", firstHome, "--batch", "--pinentry-mode", "loopback", "--passphrase", "",
                    "--quick-gen-key", "Test image signing key <state-test@localhost>", "ed25519", "sign",
                    "never" });
        QVERIFY(gpg.waitForFinished(60000));
        QVERIFY2(gpg.exitCode() == 0, gpg.readAllStandardError().constData());
        const QString firstKey
            = call(first.port(), "GET", "/config-json").json.value("public_key").toString();
        QVERIFY(firstKey.startsWith(QStringLiteral("-----BEGIN PGP PUBLIC KEY BLOCK-----")));

        auto f = openPage(writeProfile(first.port()));
        exportAndWait(*f, 1);

        // The new server, started for the same server secret; the profile points at it now.
        sbs::test::ServerProcess second;
        QVERIFY2(second.start(m_pki, m_dir->filePath(QStringLiteral("b-data")),
                              { QStringLiteral("--state-secret-file"),
                                m_dir->filePath(QStringLiteral("a-data/keys/state-secret")) }),
                 qPrintable(second.output()));
        QVERIFY(call(second.port(), "GET", "/config-json").json.value("public_key").toString() != firstKey);
        QVERIFY(rewriteConfig(*f, QStringLiteral("CICD_PORT"), QString::number(second.port())));
        QVERIFY2(child<QLabel>(f->page.get(), "recoveryIntroLabel")
                     ->text()
                     .contains(QString::number(second.port())),
                 qPrintable(child<QLabel>(f->page.get(), "recoveryIntroLabel")->text()));

        QVERIFY(child<QCheckBox>(f->page.get(), "buildAfterRecoveryCheckBox")->isChecked()); // on by default
        prepareRow(*f, 0);
        runRecovery(*f, false);
        RecoveryPanel* panel = f->panel();
        for (Step step : { Step::Status, Step::Init, Step::PostState, Step::Update })
            QVERIFY2(panel->stepState(step) == StepState::Done, qPrintable(panel->stepText(step)));
        QCOMPARE(panel->stepState(Step::Build), StepState::Skipped);
        QVERIFY(!panel->closingText().isEmpty());
        // The keys came over: the new server signs with the old one's key.
        QCOMPARE(call(second.port(), "GET", "/config-json").json.value("public_key").toString(), firstKey);
        QCOMPARE(call(second.port(), "GET", "/image").json.value("status").toString(),
                 QStringLiteral("restarted cicd"));

        // The same server is no longer fresh: the flow stops at the status and runs nothing else.
        prepareRow(*f, 0);
        runRecovery(*f, true);
        QCOMPARE(panel->stepState(Step::Status), StepState::Failed);
        QVERIFY2(panel->stepText(Step::Status).contains(QStringLiteral("fresh"), Qt::CaseInsensitive),
                 qPrintable(panel->stepText(Step::Status)));
        const QList<std::pair<Step, const char*>> later { { Step::Init, "initStepStateLabel" },
                                                          { Step::PostState, "postStateStepStateLabel" },
                                                          { Step::Update, "updateStepStateLabel" },
                                                          { Step::Build, "buildStepStateLabel" } };
        for (const auto& [step, label] : later) {
            QCOMPARE(panel->stepState(step), StepState::Skipped);
            QCOMPARE(child<QLabel>(f->page.get(), label)->text(),
                     RecoveryPanel::stateText(StepState::Skipped));
        }
        QVERIFY2(panel->closingText().contains(QStringLiteral("fresh")), qPrintable(panel->closingText()));

        first.stop();
        second.stop();
        for (const char* data : { "a-data/gnupg", "b-data/gnupg" })
            QProcess::execute(QStringLiteral("gpgconf"),
                              { "--homedir", m_dir->filePath(QLatin1String(data)), "--kill", "gpg-agent" });
    }

    // An image chosen for recovery before the secret was rotated is checked again at Start.
    void aRotationAfterChoosingTheImageStopsTheRecovery()
    {
        SbsDouble server;
        QVERIFY(server.start(m_pki));
        server.scriptsByRequest["GET /state-image"]
            = answer({ { "name", "docker.io.alice.app.v1.2024-05-01_10-00-00.000001" },
                       { "export_tag", "v1" },
                       { "state", "c3RhdGUtYmVmb3JlLXJvdGF0aW9u" } });
        auto f = openPage(writeProfile(server.port()));
        exportAndWait(*f, 1);
        prepareRow(*f, 0);
        auto* start = child<QPushButton>(f->page.get(), "startRecoveryButton");
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 10000);

        QVERIFY(rewriteConfig(*f, QStringLiteral("SECRET"), OtherSecret));
        Prompts::enqueueButton(QMessageBox::No);
        f->page->secretRotated();
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(f->page->messageWidget()->type(), MessageWidget::Type::Error);
        QVERIFY2(f->page->messageWidget()->text().contains(QStringLiteral("older SECRET")),
                 qPrintable(f->page->messageWidget()->text()));
        QVERIFY(!f->panel()->isRunning());
        QVERIFY(!start->isEnabled());
        QTest::qWait(300);
        QCOMPARE(changingRequests(server), 0);
    }

    void rotatedSecretRefusesOlderImages()
    {
        SbsDouble server;
        QVERIFY(server.start(m_pki));
        server.scriptsByRequest["GET /state-image"]
            = answer({ { "name", "docker.io.alice.app.v1.2024-05-01_10-00-00.000001" },
                       { "export_tag", "v1" },
                       { "state", "c3RhdGUtYmVmb3JlLXJvdGF0aW9u" } });
        auto f = openPage(writeProfile(server.port()));
        exportAndWait(*f, 1);
        const StateImageRecord record = *f->images->recordAt(0);
        QCOMPARE(f->images->matchOf(record), StateImageListModel::Match::Current);
        auto* summary = child<QLabel>(f->page.get(), "secretSummaryLabel");
        const QString summaryBefore = summary->text();

        // The rotation saved a new SECRET; the page then offers a fresh export (declined here).
        QVERIFY(rewriteConfig(*f, QStringLiteral("SECRET"), OtherSecret));
        Prompts::enqueueButton(QMessageBox::No);
        f->page->secretRotated();
        QVERIFY(
            Prompts::questionTexts().value(0).contains(QStringLiteral("Export a fresh state image now?")));
        QCOMPARE(requestsTo(server, "GET", "/state-image").size(), 1);
        QCOMPARE(f->images->matchOf(record), StateImageListModel::Match::Older);
        const QString secretText = child<QTableView>(f->page.get(), "stateImagesView")
                                       ->model()
                                       ->index(0, StateImageListModel::SecretColumn)
                                       .data()
                                       .toString();
        QVERIFY2(secretText.contains(QStringLiteral("Unusable")), qPrintable(secretText));
        QVERIFY(summary->text() != summaryBefore);

        // Recovering it is refused with the reason, from the list and as a file; nothing is sent.
        prepareRow(*f, 0);
        const QString refused = f->page->messageWidget()->text();
        QCOMPARE(f->page->messageWidget()->type(), MessageWidget::Type::Error);
        QVERIFY2(refused.contains(record.name) && refused.contains(QStringLiteral("older SECRET"))
                     && refused.contains(QStringLiteral("replaced on")),
                 qPrintable(refused));
        QVERIFY(!child<QPushButton>(f->page.get(), "startRecoveryButton")->isEnabled());
        f->page->messageWidget()->hideMessage();
        Prompts::enqueueFileName(record.path);
        QTest::mouseClick(child<QPushButton>(f->page.get(), "recoverFromFileButton"), Qt::LeftButton);
        QCOMPARE(f->page->messageWidget()->text(), refused);
        QTest::qWait(300);
        QCOMPARE(changingRequests(server), 0);
        QVERIFY(!child<QPushButton>(f->page.get(), "startRecoveryButton")->isEnabled());

        // Accepting the offer exports at once; the fresh image is usable under the new secret.
        server.scriptsByRequest["GET /state-image"]
            = answer({ { "name", "docker.io.alice.app.v1.2024-05-01_11-00-00.000002" },
                       { "export_tag", "v1" },
                       { "state", "c3RhdGUtYWZ0ZXItcm90YXRpb24=" } });
        Prompts::enqueueButton(QMessageBox::Yes);
        f->page->secretRotated();
        QTRY_COMPARE_WITH_TIMEOUT(f->images->rowCount(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!f->page->isBusy(), 30000);
        QCOMPARE(f->images->recordAt(0)->name,
                 QStringLiteral("docker.io.alice.app.v1.2024-05-01_11-00-00.000002"));
        QCOMPARE(f->images->matchOf(*f->images->recordAt(0)), StateImageListModel::Match::Current);
        QCOMPARE(f->images->matchOf(record), StateImageListModel::Match::Older);

        // The page's Rotate Secret asks for the rotation, which the Overview runs.
        QSignalSpy rotate(f->page.get(), &StatePage::rotateSecretRequested);
        QTest::mouseClick(child<QPushButton>(f->page.get(), "rotateSecretButton"), Qt::LeftButton);
        QCOMPARE(rotate.count(), 1);

        // With the old secret back, the old image is usable again.
        QVERIFY(rewriteConfig(*f, QStringLiteral("SECRET"), Secret));
        QCOMPARE(f->images->matchOf(record), StateImageListModel::Match::Current);
    }

    void exportCanBeCancelled()
    {
        SbsDouble server;
        QVERIFY(server.start(m_pki));
        SbsDouble::Script hang;
        hang.mode = SbsDouble::Mode::Hang;
        server.scriptsByRequest["GET /state-image"] = hang;
        const QString configPath = writeProfile(server.port());
        auto f = openPage(configPath);
        QSignalSpy progress(f->page.get(), &StatePage::progressChanged);
        // The folder chosen with Choose… is where the export goes; it is made when it is missing.
        const QString folder = m_dir->filePath(QStringLiteral("chosen"));
        Prompts::enqueueFileName(folder);
        QTest::mouseClick(child<QPushButton>(f->page.get(), "chooseExportFolderButton"), Qt::LeftButton);
        QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(f->page.get(), "exportFolderEdit")->text()),
                 folder);
        auto* exportButton = child<QPushButton>(f->page.get(), "exportButton");
        auto* cancel = child<QPushButton>(f->page.get(), "cancelExportButton");
        QVERIFY(!cancel->isVisible());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(requestsTo(server, "GET", "/state-image").size(), 1, 30000);
        QVERIFY(f->page->isBusy());
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QVERIFY(!exportButton->isEnabled());
        QVERIFY(!progress.isEmpty() && !progress.last().value(0).toString().isEmpty());

        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!f->page->isBusy());
        QVERIFY(!cancel->isVisible());
        QVERIFY(exportButton->isEnabled());
        QCOMPARE(progress.last().value(0).toString(), QString());
        QCOMPARE(f->page->messageWidget()->type(), MessageWidget::Type::Information);
        QVERIFY2(f->page->messageWidget()->text().contains(QStringLiteral("cancelled"), Qt::CaseInsensitive),
                 qPrintable(f->page->messageWidget()->text()));
        QCOMPARE(f->images->rowCount(), 0);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("recoverSays");
        QTest::addColumn<QString>("addSays"); // empty: the file is listed

        QTest::newRow("not JSON") << QByteArray("name=img\nstate=abc\n") << "not JSON"
                                  << "not JSON";
        QTest::newRow("a JSON array") << QByteArray("[\"name\", \"state\"]") << "no JSON object"
                                      << "no JSON object";
        QTest::newRow("neither state nor name")
            << QByteArray(R"({"export_tag": "v1"})") << "neither \"state\" nor \"name\""
            << "neither \"state\" nor \"name\"";
        QTest::newRow("state not a string")
            << QByteArray(R"({"name": "img", "state": 42})") << "\"state\" is not a string"
            << "\"state\" is not a string";
        QTest::newRow("metadata only") << QByteArray(R"({"name": "img-in-bucket", "export_tag": "v1"})")
                                       << "holds no state" << QString();
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, recoverSays);
        QFETCH(QString, addSays);
        SbsDouble server;
        QVERIFY(server.start(m_pki));
        auto f = openPage(writeProfile(server.port()));
        const QString path = m_dir->filePath(QStringLiteral("elsewhere/image.json"));
        QVERIFY(sbs::test::writeFile(path, bytes));
        MessageWidget* message = f->page->messageWidget();

        Prompts::enqueueFileName(path);
        QTest::mouseClick(child<QPushButton>(f->page.get(), "recoverFromFileButton"), Qt::LeftButton);
        QTRY_VERIFY(!f->page->isBusy());
        QCOMPARE(message->type(), MessageWidget::Type::Error);
        QVERIFY2(message->text().contains(recoverSays)
                     && message->text().contains(QDir::toNativeSeparators(path)),
                 qPrintable(message->text()));
        QVERIFY(!child<QPushButton>(f->page.get(), "startRecoveryButton")->isEnabled());

        message->hideMessage();
        Prompts::enqueueFileName(path);
        QTest::mouseClick(child<QPushButton>(f->page.get(), "addFileButton"), Qt::LeftButton);
        QTRY_VERIFY(!f->page->isBusy());
        if (addSays.isEmpty()) {
            // A metadata file is listed as an image kept in a bucket.
            QCOMPARE(f->images->rowCount(), 1);
            QVERIFY(f->images->index(0, 0).data(StateImageListModel::InBucketRole).toBool());
            QCOMPARE(f->images->recordAt(0)->generation, 0);
            QCOMPARE(f->images->matchOf(*f->images->recordAt(0)), StateImageListModel::Match::Unknown);
        } else {
            QCOMPARE(message->type(), MessageWidget::Type::Error);
            QVERIFY2(message->text().contains(addSays), qPrintable(message->text()));
            QCOMPARE(f->images->rowCount(), 0);
        }
        QCOMPARE(sbs::test::readAll(path), bytes);
        QCOMPARE(changingRequests(server), 0);
    }

    void unknownSecretAsksFirst()
    {
        SbsDouble server;
        QVERIFY(server.start(m_pki));
        auto f = openPage(writeProfile(server.port()));
        const QString path = m_dir->filePath(QStringLiteral("elsewhere/img-from-a-colleague"));
        QVERIFY(sbs::test::writeFile(
            path, R"({"name": "img-from-a-colleague", "export_tag": "v2", "state": "c29tZS1zdGF0ZQ=="})"));
        auto* start = child<QPushButton>(f->page.get(), "startRecoveryButton");

        Prompts::enqueueFileName(path);
        Prompts::enqueueButton(QMessageBox::Cancel);
        QTest::mouseClick(child<QPushButton>(f->page.get(), "recoverFromFileButton"), Qt::LeftButton);
        QTRY_COMPARE(Prompts::pendingAnswers(), 0);
        QTRY_VERIFY(!f->page->isBusy());
        QCOMPARE(Prompts::asked().value(1), QStringLiteral("Secret Not Known"));
        QVERIFY(!start->isEnabled());

        Prompts::enqueueFileName(path);
        Prompts::enqueueButton(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(f->page.get(), "recoverFromFileButton"), Qt::LeftButton);
        QTRY_VERIFY(start->isEnabled());
        QVERIFY(child<QLabel>(f->page.get(), "recoverySourceLabel")
                    ->text()
                    .contains(QStringLiteral("img-from-a-colleague")));
        QCOMPARE(changingRequests(server), 0);
    }

    void objectStorageRequestShapes()
    {
        SbsDouble server;
        QVERIFY(server.start(m_pki));
        const QString name = QStringLiteral("docker.io.alice.app.v1.2024-05-02_08-30-00.123456");
        server.scriptsByRequest["GET /state-image"] = answer({ { "name", name }, { "export_tag", "v1" } });
        server.scriptsByRequest["GET /image"] = answer({ { "status", "" } });
        const QString configPath = writeProfile(server.port(), { { "STATE_BUCKET_NAME", "bkt" } });
        auto f = openPage(configPath);
        StatePage* page = f->page.get();

        // The configured bucket is offered; exporting to it sends its name and keeps the metadata.
        QCOMPARE(child<QLineEdit>(page, "bucketEdit")->text(), QStringLiteral("bkt"));
        auto* toBucket = child<QRadioButton>(page, "exportToBucketRadioButton");
        QVERIFY(toBucket->isEnabled());
        toBucket->setChecked(true);
        exportAndWait(*f, 1);
        const QList<SbsDouble::Recorded> exports = requestsTo(server, "GET", "/state-image");
        QCOMPARE(exports.size(), 1);
        QCOMPARE(objectOf(exports.first().body), QJsonObject({ { "state_bucket_name", "bkt" } }));
        const QString metadataPath = StateImageRecords::defaultFolder(configPath) + QLatin1Char('/') + name;
        QCOMPARE(sbs::test::readAll(metadataPath), server.scriptsByRequest["GET /state-image"].body);
        QCOMPARE(modeOf(metadataPath), 0600);
        const StateImageRecord record = *f->images->recordAt(0);
        QCOMPARE(record.where, StateImageRecord::Where::Bucket);
        QCOMPARE(record.bucket, QStringLiteral("bkt"));
        QVERIFY(f->images->index(0, StateImageListModel::StoredColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("bkt")));
        QVERIFY(page->messageWidget()->text().contains(QStringLiteral("bkt")));

        // Recovering it asks the server to fetch it from the bucket, under the config's SECRET.
        prepareRow(*f, 0);
        QCOMPARE(child<QLineEdit>(page, "recoveryBucketEdit")->text(), QStringLiteral("bkt"));
        QCOMPARE(child<QLineEdit>(page, "recoveryNameEdit")->text(), name);
        runRecovery(*f, false);
        const QList<SbsDouble::Recorded> posts = requestsTo(server, "POST", "/state-image");
        QCOMPARE(posts.size(), 1);
        QCOMPARE(objectOf(posts.first().body),
                 QJsonObject({ { "secret", Secret }, { "state_bucket_name", "bkt" }, { "name", name } }));
        for (Step step : { Step::Status, Step::Init, Step::PostState, Step::Update })
            QVERIFY2(f->panel()->stepState(step) == StepState::Done, qPrintable(f->panel()->stepText(step)));
        QCOMPARE(requestsTo(server, "PUT", "/image").size(), 0); // no build asked for
        // The secret is sent to the server only, never shown.
        QVERIFY(!page->messageWidget()->text().contains(Secret));
        QVERIFY(!f->panel()->closingText().contains(Secret));

        // A name typed for another bucket is not known to this profile: the user is asked first.
        f->panel()->fill(QStringLiteral("other-bkt"), QStringLiteral("someone-elses-image"));
        Prompts::enqueueButton(QMessageBox::Cancel);
        QTest::mouseClick(child<QPushButton>(page, "recoverFromBucketButton"), Qt::LeftButton);
        QCOMPARE(Prompts::asked().value(0), QStringLiteral("Secret Not Known"));
        QVERIFY(!child<QLabel>(page, "recoverySourceLabel")->text().contains(QStringLiteral("other-bkt")));
    }

    void refusedObjectStorageRequestIsExplained()
    {
        SbsDouble server;
        QVERIFY(server.start(m_pki));
        server.scriptsByRequest["GET /state-image"] = answer(
            { { "status", "sbs-server keeps state images itself: object storage is not available" } }, 400);
        const QString configPath = writeProfile(server.port(), { { "STATE_BUCKET_NAME", "bkt" } });
        auto f = openPage(configPath);
        child<QRadioButton>(f->page.get(), "exportToBucketRadioButton")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(f->page.get(), "exportButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!f->page->isBusy(), 30000);
        MessageWidget* message = f->page->messageWidget();
        QCOMPARE(message->type(), MessageWidget::Type::Error);
        QVERIFY2(message->text().contains(QStringLiteral("refused the object-storage request"))
                     && message->text().contains(QStringLiteral("object storage is not available"))
                     && message->text().contains(QStringLiteral("bkt")),
                 qPrintable(message->text()));
        QCOMPARE(f->images->rowCount(), 0);
        // Nothing was saved but the list's own records.
        QStringList files = QDir(StateImageRecords::defaultFolder(configPath)).entryList(QDir::Files);
        files.removeAll(QFileInfo(StateImageRecords::recordsPath(configPath)).fileName());
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QStringLiteral(", "))));

        // The same refusal for a file export is not about object storage.
        child<QRadioButton>(f->page.get(), "exportToFileRadioButton")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(f->page.get(), "exportButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!f->page->isBusy(), 30000);
        QVERIFY(!message->text().contains(QStringLiteral("object-storage")));
        QCOMPARE(objectOf(requestsTo(server, "GET", "/state-image").last().body), QJsonObject());
    }

    void exportNeverReplacesAFile()
    {
        SbsDouble server;
        QVERIFY(server.start(m_pki));
        const QJsonObject first { { "name", "img-same-name" },
                                  { "export_tag", "v1" },
                                  { "state", "Zmlyc3Q=" } };
        server.scriptsByRequest["GET /state-image"] = answer(first);
        const QString configPath = writeProfile(server.port());
        auto f = openPage(configPath);
        // A folder typed by the user is made, each new level readable only by the user.
        const QString folder = m_dir->filePath(QStringLiteral("exports/state"));
        auto* folderEdit = child<QLineEdit>(f->page.get(), "exportFolderEdit");
        folderEdit->clear();
        QTest::keyClicks(folderEdit, QDir::toNativeSeparators(folder));
        exportAndWait(*f, 1);
        const QString path = f->images->recordAt(0)->path;
        QCOMPARE(path, folder + QStringLiteral("/img-same-name"));
        QCOMPARE(sbs::test::readAll(path), compact(first));
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("exports"))), 0700);

        // The same name with other bytes: refused, the file stays as it was.
        server.scriptsByRequest["GET /state-image"]
            = answer({ { "name", "img-same-name" }, { "export_tag", "v1" }, { "state", "c2Vjb25k" } });
        QTest::mouseClick(child<QPushButton>(f->page.get(), "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(requestsTo(server, "GET", "/state-image").size(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!f->page->isBusy(), 30000);
        MessageWidget* message = f->page->messageWidget();
        QCOMPARE(message->type(), MessageWidget::Type::Error);
        QVERIFY2(message->text().contains(QStringLiteral("exists already")), qPrintable(message->text()));
        QCOMPARE(sbs::test::readAll(path), compact(first));
        QCOMPARE(f->images->rowCount(), 1);

        // The same bytes again are no error, and no second row.
        server.scriptsByRequest["GET /state-image"] = answer(first);
        exportAndWait(*f, 1);
        QCOMPARE(message->type(), MessageWidget::Type::Positive);
        QVERIFY2(message->text().contains(QStringLiteral("already")), qPrintable(message->text()));

        // Open Folder shows the export folder; Remove from List forgets the image, not the file.
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        QTest::mouseClick(child<QPushButton>(f->page.get(), "openFolderButton"), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.urls, QList<QUrl>({ QUrl::fromLocalFile(folder) }));
        child<QTableView>(f->page.get(), "stateImagesView")->selectRow(0);
        QTest::mouseClick(child<QPushButton>(f->page.get(), "removeFromListButton"), Qt::LeftButton);
        QCOMPARE(f->images->rowCount(), 0);
        QVERIFY(QFileInfo(path).isFile());
        QVERIFY2(message->text().contains(QStringLiteral("stays")), qPrintable(message->text()));
    }

    void unreadableRecordsAreMovedAsideAndToldOnce()
    {
        SbsDouble server;
        QVERIFY(server.start(m_pki));
        const QString configPath = writeProfile(server.port());
        const QString records = StateImageRecords::recordsPath(configPath);
        QVERIFY(sbs::test::writeFile(records, "{ this is not a record file"));
        {
            auto f = openPage(configPath);
            MessageWidget* message = f->page->messageWidget();
            QCOMPARE(message->type(), MessageWidget::Type::Warning);
            QVERIFY2(message->text().contains(QDir::toNativeSeparators(records)),
                     qPrintable(message->text()));
            QVERIFY(message->isVisible());
        }
        const QStringList aside
            = QDir(QFileInfo(records).absolutePath())
                  .entryList({ QFileInfo(records).fileName() + QStringLiteral(".unreadable-*") }, QDir::Files);
        QCOMPARE(aside.size(), 1);
        auto again = openPage(configPath);
        QVERIFY(!again->page->messageWidget()->isVisible());
    }
};

QTEST_MAIN(TestStatePage)
#include "tst_statepage.moc"
