// The Manifests page of a profile whose server cannot be reached: the library, the verification
// badge on real signatures, the tamper test, review bundles between two profiles, a hostile
// bundle, a fetch that fails, and the comparison of two manifests.
#include "CompareView.h"
#include "ManifestBrowser.h"
#include "ManifestTools.h"
#include "ManifestsPage.h"
#include "MessageWidget.h"
#include "Prompts.h"
#include "TestSupport.h"
#include "config/ConfigDocument.h"
#include "history/BuildHistory.h"
#include "manifest/ManifestVerifier.h"
#include "manifest/ManifestWriter.h"
#include "models/ManifestLibraryModel.h"
#include "models/ProfileSession.h"
#include "pki/CertificateLayout.h"
#include "pki/CertificateManager.h"
#include "pki/PrivateKey.h"

#include <QApplication>
#include <QComboBox>
#include <QDataStream>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace sbs;
using sbs::gui::ManifestsPage;
using sbs::gui::MessageWidget;
using sbs::gui::Prompts;
using sbs::manifest::ManifestDifference;
using sbs::manifest::ManifestVerifier;
using sbs::manifest::ManifestWriter;
using sbs::manifest::Verification;
using sbs::models::ManifestLibraryModel;
using sbs::test::ManifestTools;

namespace {

constexpr int Timeout = 30000;
const QString PassedText
    = QStringLiteral("Tamper test passed: a copy with one more file under git/ fails the check, as it must.");

quint32 crc32(const QByteArray& bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A zip with stored (uncompressed) members, written by hand so that a member can carry any
// name at all, as a hostile bundle would.
QByteArray storedZip(const QList<std::pair<QString, QByteArray>>& members)
{
    QByteArray out;
    QByteArray central;
    QDataStream local(&out, QIODevice::WriteOnly);
    local.setByteOrder(QDataStream::LittleEndian);
    QDataStream dir(&central, QIODevice::WriteOnly);
    dir.setByteOrder(QDataStream::LittleEndian);
    for (const auto& [name, bytes] : members) {
        const QByteArray encoded = name.toUtf8();
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(bytes);
        local << quint32(0x04034b50) << quint16(20) << quint16(0) << quint16(0) << quint16(0) << quint16(0x21)
              << crc << quint32(bytes.size()) << quint32(bytes.size()) << quint16(encoded.size())
              << quint16(0);
        local.writeRawData(encoded.constData(), int(encoded.size()));
        local.writeRawData(bytes.constData(), int(bytes.size()));
        dir << quint32(0x02014b50) << quint16(20) << quint16(20) << quint16(0) << quint16(0) << quint16(0)
            << quint16(0x21) << crc << quint32(bytes.size()) << quint32(bytes.size())
            << quint16(encoded.size()) << quint16(0) << quint16(0) << quint16(0) << quint16(0)
            << quint32(0644u << 16) << offset;
        dir.writeRawData(encoded.constData(), int(encoded.size()));
    }
    const quint32 centralOffset = quint32(out.size());
    local.writeRawData(central.constData(), int(central.size()));
    local << quint32(0x06054b50) << quint16(0) << quint16(0) << quint16(members.size())
          << quint16(members.size()) << quint32(central.size()) << centralOffset << quint16(0);
    return out;
}

quint16 unusedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port");
    return server.serverPort();
}

// Every file under dir whose name is name, links included.
QStringList filesNamed(const QString& dir, const QString& name)
{
    QStringList found;
    QDirIterator it(dir, { name }, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

// A profile of its own with a page on it: the library starts empty, the server is unreachable.
struct Fixture
{
    QString configPath;
    std::unique_ptr<models::ProfileSession> session;
    std::unique_ptr<history::BuildHistory> history;
    std::unique_ptr<ManifestsPage> page;

    QString folder() const { return QFileInfo(configPath).absolutePath(); }
    QString libraryFolder() const { return page->libraryModel()->folder(); }
};

} // namespace

class TestManifestsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void importShowsVerifiedWithFingerprint();
    void badgeShowsEveryOutcome_data();
    void badgeShowsEveryOutcome();
    void newSelectionDropsStaleResult();
    void tamperTestPasses();
    void reviewBundleOpensWithoutServer();
    void hostileBundleIsRefused_data();
    void hostileBundleIsRefused();
    void fetchFailsWhenServerIsUnreachable();
    void buildNamesComeFromHistory();
    void compareListsTheAddedFile();

private:
    std::unique_ptr<Fixture> makePage(const QString& name);
    // Imports path and waits until its check is done; returns the library's copy.
    QString importAndWait(ManifestsPage* page, const QString& path);
    QString writeManifest(const QString& dir, const QString& buildName, const QString& gitDir,
                          const pki::PrivateKey& key, const QByteArray& publicKey);
    template<typename T> T* child(QWidget* page, const char* name)
    {
        T* widget = page->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    pki::PrivateKey m_key;
    QByteArray m_pub;
    QString m_fingerprint;
    QString m_good; // signed by m_key, its key beside it
    QString m_changed; // one more file under git/, signed by m_key, its key beside it
    QString m_otherKey; // signed by another key, m_key's public key beside it
    QString m_noKey; // no key beside it
    QString m_corrupt; // a truncated archive, its key beside it
    int m_profiles = 0;
};

void TestManifestsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    Prompts::setTestMode(true);

    auto key = pki::PrivateKey::generate(pki::KeyType::Rsa2048);
    auto other = pki::PrivateKey::generate(pki::KeyType::Rsa2048);
    QVERIFY(key && other);
    m_key = key.value();
    m_pub = m_key.publicKeyPem();
    const auto loaded = ManifestVerifier::loadKey(m_pub);
    QVERIFY(loaded);
    m_fingerprint = loaded->fingerprint;

    const QString git = m_dir.filePath(QStringLiteral("src/git"));
    QVERIFY(ManifestTools::makeGitTree(git));
    const QString gitChanged = m_dir.filePath(QStringLiteral("src/git-changed"));
    QVERIFY(ManifestTools::makeGitTree(gitChanged));
    QVERIFY(test::writeFile(gitChanged + QStringLiteral("/extra.txt"), "one more file\n"));

    m_good = writeManifest(QStringLiteral("in/good"),
                           QStringLiteral("docker.io.alice.app.v1-aaaaaaa.2026-11-29_12-00-00.000001"), git,
                           m_key, m_pub);
    m_changed = writeManifest(QStringLiteral("in/changed"),
                              QStringLiteral("docker.io.alice.app.v2-bbbbbbb.2026-11-29_13-00-00.000002"),
                              gitChanged, m_key, m_pub);
    m_otherKey = writeManifest(QStringLiteral("in/other-key"),
                               QStringLiteral("docker.io.mallory.app.v1-ccccccc.2026-11-29_14-00-00.000003"),
                               git, other.value(), m_pub);
    m_noKey = writeManifest(QStringLiteral("in/no-key"),
                            QStringLiteral("docker.io.alice.app.v3-ddddddd.2026-11-29_15-00-00.000004"), git,
                            m_key, QByteArray());
    QVERIFY(!m_good.isEmpty() && !m_changed.isEmpty() && !m_otherKey.isEmpty() && !m_noKey.isEmpty());

    // The good manifest cut in half: its bzip2 stream ends early.
    const QString corruptName = ManifestWriter::manifestName(
        QStringLiteral("docker.io.alice.app.v4-eeeeeee.2026-11-29_16-00-00.000005"));
    const QByteArray goodBytes = test::readAll(m_good);
    m_corrupt = m_dir.filePath(QStringLiteral("in/corrupt/") + corruptName + QStringLiteral(".sig.tbz"));
    QVERIFY(test::writeFile(m_corrupt, goodBytes.left(goodBytes.size() / 2)));
    QVERIFY(test::writeFile(
        m_dir.filePath(QStringLiteral("in/corrupt/") + corruptName + QStringLiteral("-public.pem")), m_pub));
}

void TestManifestsPage::cleanup()
{
    Prompts::clear();
}

QString TestManifestsPage::writeManifest(const QString& dir, const QString& buildName, const QString& gitDir,
                                         const pki::PrivateKey& key, const QByteArray& publicKey)
{
    const QString out = m_dir.filePath(dir);
    if (!QDir().mkpath(out))
        return QString();
    const QString name = ManifestWriter::manifestName(buildName);
    // The same build record in every manifest: two of them differ only by their trees.
    const QJsonObject build { { "status", "success" } };
    auto written
        = ManifestWriter::write(out, name, QJsonDocument(build).toJson(), "build log\n", gitDir, key);
    if (!written) {
        qWarning("%s", qPrintable(written.error()));
        return QString();
    }
    if (!publicKey.isEmpty()
        && !test::writeFile(out + QLatin1Char('/') + name + QStringLiteral("-public.pem"), publicKey))
        return QString();
    return written.value();
}

std::unique_ptr<Fixture> TestManifestsPage::makePage(const QString& name)
{
    auto fixture = std::make_unique<Fixture>();
    const QString folder = m_dir.filePath(QStringLiteral("profiles/%1-%2").arg(name).arg(++m_profiles));
    fixture->configPath = folder + QStringLiteral("/sbs-config.json");
    const QJsonObject config { { "HOSTNAME", "127.0.0.1" },
                               { "CICD_PORT", QString::number(unusedPort()) },
                               { "RUNTIME_TYPE", "on-prem" },
                               { "UUID", QUuid::createUuid().toString(QUuid::WithoutBraces) } };
    if (!test::writeFile(fixture->configPath, QJsonDocument(config).toJson()))
        qFatal("cannot write the profile");

    // Real client certificates, so that the only thing missing is the server.
    const auto doc = config::ConfigDocument::load(fixture->configPath);
    if (!doc)
        qFatal("%s", qPrintable(doc.error()));
    const auto layout = pki::CertificateLayout::resolve(doc.value(), fixture->configPath, folder);
    if (!layout)
        qFatal("%s", qPrintable(layout.error()));
    const auto created
        = pki::CertificateManager(layout.value()).createClientCertificates(pki::KeyType::EcP256);
    if (!created)
        qFatal("%s", qPrintable(created.error()));

    fixture->session
        = std::make_unique<models::ProfileSession>(models::Profile::forConfig(fixture->configPath));
    const Status loaded = fixture->session->load();
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error()));
    fixture->history = std::make_unique<history::BuildHistory>();
    if (!fixture->history->open(folder + QStringLiteral("/history.sqlite")))
        qFatal("cannot open the history");
    fixture->page = std::make_unique<ManifestsPage>(fixture->session.get(), fixture->history.get());
    fixture->page->resize(1100, 700);
    fixture->page->show();
    if (!QTest::qWaitForWindowExposed(fixture->page.get()))
        qWarning("page not exposed");
    return fixture;
}

QString TestManifestsPage::importAndWait(ManifestsPage* page, const QString& path)
{
    const QString expected = QDir(page->libraryModel()->folder()).filePath(QFileInfo(path).fileName());
    if (!page->importManifest(path))
        return QString();
    const bool done
        = QTest::qWaitFor([&] { return !page->isBusy() && page->selectedPath() == expected; }, Timeout);
    return done ? expected : QString();
}

void TestManifestsPage::importShowsVerifiedWithFingerprint()
{
    auto f = makePage(QStringLiteral("import"));
    ManifestsPage* page = f->page.get();
    QCOMPARE(page->badgeText(), QStringLiteral("Not checked"));
    QSignalSpy verified(page, &ManifestsPage::verified);

    const QString path = importAndWait(page, m_good);
    QVERIFY(!path.isEmpty());
    QCOMPARE(QFileInfo(path).absolutePath(), f->folder() + QStringLiteral("/manifests"));
    QCOMPARE(page->libraryModel()->rowCount(), 1);
    QCOMPARE(page->badgeText(), QStringLiteral("Verified"));
    QCOMPARE(child<QLabel>(page, "verificationBadgeLabel")->text(), QStringLiteral("Verified"));
    QCOMPARE(page->libraryModel()->state(path), ManifestLibraryModel::State::Verified);
    QCOMPARE(verified.count(), 1);
    QCOMPARE(verified.at(0).at(0).toString(), path);

    // The key's fingerprint, the check in words and the inner archive's digest are shown.
    QVERIFY2(child<QLabel>(page, "fingerprintLabel")->text().contains(m_fingerprint),
             qPrintable(child<QLabel>(page, "fingerprintLabel")->text()));
    const QString manifestName = QFileInfo(path).fileName().chopped(8);
    const QString check = child<QLabel>(page, "checkDescriptionLabel")->text();
    QVERIFY2(check.contains(manifestName + QStringLiteral(".sig"))
                 && check.contains(QStringLiteral("-public.pem")) && check.contains(QStringLiteral("PKCS#1")),
             qPrintable(check));
    const QByteArray tbz
        = ManifestTools::member(test::readAll(m_good), manifestName + QStringLiteral(".tbz"));
    QVERIFY(!tbz.isEmpty());
    const QString digest = QString::fromLatin1(ManifestTools::sha256(tbz).toHex());
    QVERIFY2(page->findChild<QLabel*>(QStringLiteral("archiveDigestLabel"))->text().contains(digest),
             qPrintable(page->findChild<QLabel*>(QStringLiteral("archiveDigestLabel"))->text()));

    // The openssl commands name the manifest and the key, and can be copied.
    QVERIFY2(page->opensslCommands().contains(QStringLiteral("openssl")),
             qPrintable(page->opensslCommands()));
    QVERIFY(page->opensslCommands().contains(manifestName + QStringLiteral("-public.pem")));
    QCOMPARE(child<QPlainTextEdit>(page, "opensslCommandsEdit")->toPlainText(), page->opensslCommands());
    QVERIFY(child<QPlainTextEdit>(page, "opensslCommandsEdit")->isReadOnly());

    // The contents are read when the tab is shown.
    auto* tabs = child<QTabWidget>(page, "manifestTabWidget");
    tabs->setCurrentIndex(ManifestsPage::ContentsTab);
    QCOMPARE(page->browser()->manifest(), path);
    QTRY_VERIFY_WITH_TIMEOUT(!page->browser()->isLoading(), Timeout);

    // Verify Again checks again and says so.
    QTest::mouseClick(child<QPushButton>(page, "verifyButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 2, Timeout);
    QCOMPARE(page->badgeText(), QStringLiteral("Verified"));
    QVERIFY(page->messageWidget()->isVisible());
    QCOMPARE(page->messageWidget()->type(), MessageWidget::Type::Information);
}

void TestManifestsPage::badgeShowsEveryOutcome_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("message");
    QTest::newRow("signed by another key")
        << m_otherKey << "Signature invalid" << int(ManifestLibraryModel::State::SignatureInvalid) << "";
    QTest::newRow("no key beside it")
        << m_noKey << "Key missing" << int(ManifestLibraryModel::State::KeyMissing) << "-public.pem";
    QTest::newRow("truncated archive")
        << m_corrupt << "Archive malformed" << int(ManifestLibraryModel::State::Malformed) << "";
}

void TestManifestsPage::badgeShowsEveryOutcome()
{
    QFETCH(QString, source);
    QFETCH(QString, badge);
    QFETCH(int, state);
    QFETCH(QString, message);
    auto f = makePage(QStringLiteral("outcome"));
    ManifestsPage* page = f->page.get();
    const QString path = importAndWait(page, source);
    QVERIFY(!path.isEmpty());
    QCOMPARE(page->badgeText(), badge);
    QCOMPARE(int(page->libraryModel()->state(path)), state);
    // Whatever went wrong is said in the message bar, and not as good news.
    QTRY_VERIFY(page->messageWidget()->isVisible());
    QVERIFY(page->messageWidget()->type() == MessageWidget::Type::Error
            || page->messageWidget()->type() == MessageWidget::Type::Warning);
    QVERIFY2(page->messageWidget()->text().contains(message), qPrintable(page->messageWidget()->text()));
    if (state == int(ManifestLibraryModel::State::KeyMissing)) {
        // Nothing to test or export without the key.
        QVERIFY(!child<QPushButton>(page, "tamperTestButton")->isEnabled());
        QVERIFY(!child<QPushButton>(page, "exportBundleButton")->isEnabled());
        // Once the key is put beside it, Verify Again verifies it.
        const QString keyName = QFileInfo(path).fileName().chopped(8) + QStringLiteral("-public.pem");
        QVERIFY2(page->messageWidget()->text().contains(keyName), qPrintable(page->messageWidget()->text()));
        QVERIFY(test::writeFile(QFileInfo(path).dir().filePath(keyName), m_pub));
        QTest::mouseClick(child<QPushButton>(page, "verifyButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->badgeText(), QStringLiteral("Verified"), Timeout);
    }
}

void TestManifestsPage::newSelectionDropsStaleResult()
{
    auto f = makePage(QStringLiteral("stale"));
    ManifestsPage* page = f->page.get();
    const QString good = importAndWait(page, m_good);
    const QString other = importAndWait(page, m_otherKey);
    QVERIFY(!good.isEmpty() && !other.isEmpty());
    QSignalSpy verified(page, &ManifestsPage::verified);
    // Two selections in a row: the first check's result must not end up on the second.
    QVERIFY(page->selectManifest(good));
    QVERIFY(page->selectManifest(other));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && verified.count() >= 1, Timeout);
    QTest::qWait(200);
    QCOMPARE(verified.count(), 1);
    QCOMPARE(verified.at(0).at(0).toString(), other);
    QCOMPARE(page->selectedPath(), other);
    QCOMPARE(page->badgeText(), QStringLiteral("Signature invalid"));

    // Cancel stops a check at once; what was known before stays, and no result comes later.
    page->verifySelected();
    QVERIFY(page->isBusy());
    QCOMPARE(page->badgeText(), QStringLiteral("Checking…"));
    auto* cancel = child<QPushButton>(page, "cancelButton");
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!page->isBusy());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(page->badgeText(), QStringLiteral("Signature invalid"));
    QCOMPARE(page->libraryModel()->state(other), ManifestLibraryModel::State::SignatureInvalid);
    QTest::qWait(300);
    QCOMPARE(verified.count(), 1);

    // Closing the page while a check runs neither waits for it nor crashes when it ends.
    page->verifySelected();
    QVERIFY(page->isBusy());
    f->page.reset();
    QTest::qWait(300);
}

void TestManifestsPage::tamperTestPasses()
{
    auto f = makePage(QStringLiteral("tamper"));
    ManifestsPage* page = f->page.get();
    QVERIFY(!importAndWait(page, m_good).isEmpty());
    QCOMPARE(page->tamperResult(), QString());
    QSignalSpy finished(page, &ManifestsPage::tamperTestFinished);
    QTest::mouseClick(child<QPushButton>(page, "tamperTestButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(page->tamperResult(), PassedText);
    QCOMPARE(child<QLabel>(page, "tamperResultLabel")->text(), PassedText);
    QVERIFY(!page->isBusy());
    // The manifest in the library is unchanged: it still verifies.
    page->verifySelected();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), Timeout);
    QCOMPARE(page->badgeText(), QStringLiteral("Verified"));
}

void TestManifestsPage::reviewBundleOpensWithoutServer()
{
    auto sender = makePage(QStringLiteral("sender"));
    ManifestsPage* page = sender->page.get();
    QVERIFY(!importAndWait(page, m_good).isEmpty());

    // Export through the button: the file name is asked for.
    const QString zip = m_dir.filePath(QStringLiteral("bundles/%1-review.zip").arg(m_profiles));
    QVERIFY(QDir().mkpath(QFileInfo(zip).absolutePath()));
    QSignalSpy exported(page, &ManifestsPage::bundleExported);
    Prompts::enqueueFileName(zip);
    QTest::mouseClick(child<QPushButton>(page, "exportBundleButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, Timeout);
    QCOMPARE(Prompts::pendingAnswers(), 0);
    QVERIFY(QFileInfo(zip).isFile());
    QCOMPARE(page->messageWidget()->type(), MessageWidget::Type::Positive);
    QVERIFY2(page->messageWidget()->text().contains(QDir::toNativeSeparators(zip)),
             qPrintable(page->messageWidget()->text()));

    // An existing file is never replaced: the export says so.
    const QByteArray zipBytes = test::readAll(zip);
    QSignalSpy failed(page, &ManifestsPage::failed);
    page->exportBundle(zip);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
    QCOMPARE(page->messageWidget()->type(), MessageWidget::Type::Error);
    QCOMPARE(exported.count(), 1);
    QCOMPARE(test::readAll(zip), zipBytes);

    // A reviewer with a profile whose server is not there opens it.
    auto reviewer = makePage(QStringLiteral("reviewer"));
    ManifestsPage* other = reviewer->page.get();
    QCOMPARE(other->libraryModel()->rowCount(), 0);
    QSignalSpy opened(other, &ManifestsPage::bundleOpened);
    Prompts::enqueueFileName(zip);
    QTest::mouseClick(child<QPushButton>(other, "openBundleButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, Timeout);
    const QString path = opened.at(0).at(0).toString();
    QCOMPARE(QFileInfo(path).absolutePath(), reviewer->libraryFolder());
    QCOMPARE(QFileInfo(path).fileName(), QFileInfo(m_good).fileName());
    QCOMPARE(other->libraryModel()->rowCount(), 1);
    QCOMPARE(other->libraryModel()->rowOf(path), 0);
    QCOMPARE(other->selectedPath(), path);
    QCOMPARE(other->badgeText(), QStringLiteral("Verified"));
    QVERIFY(child<QLabel>(other, "fingerprintLabel")->text().contains(m_fingerprint));
    QVERIFY2(other->messageWidget()->text().contains(QStringLiteral("review bundle"))
                 && other->messageWidget()->text().contains(QFileInfo(zip).fileName()),
             qPrintable(other->messageWidget()->text()));
    QVERIFY(other->messageWidget()->type() == MessageWidget::Type::Positive);
}

void TestManifestsPage::hostileBundleIsRefused_data()
{
    QTest::addColumn<QString>("member");
    QTest::newRow("parent folder") << "../escaped.sig.tbz";
    QTest::newRow("deeper parent") << "x/../../../escaped.sig.tbz";
    QTest::newRow("absolute") << m_dir.filePath(QStringLiteral("escaped.sig.tbz"));
}

void TestManifestsPage::hostileBundleIsRefused()
{
    QFETCH(QString, member);
    auto f = makePage(QStringLiteral("hostile"));
    ManifestsPage* page = f->page.get();
    const QString name = QFileInfo(m_good).fileName().chopped(8);
    const QJsonObject bundle { { "format", "sbs-review-bundle" },
                               { "version", 1 },
                               { "manifest", name + ".sig.tbz" },
                               { "public_key", name + "-public.pem" } };
    const QByteArray good = test::readAll(m_good);
    const QString zip = m_dir.filePath(QStringLiteral("bundles/hostile-%1.zip").arg(m_profiles));
    QVERIFY(test::writeFile(zip,
                            storedZip({ { QStringLiteral("bundle.json"), QJsonDocument(bundle).toJson() },
                                        { name + QStringLiteral(".sig.tbz"), good },
                                        { name + QStringLiteral("-public.pem"), m_pub },
                                        { member, good } })));
    QSignalSpy failed(page, &ManifestsPage::failed);
    QSignalSpy opened(page, &ManifestsPage::bundleOpened);
    page->openBundle(zip);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
    QTRY_VERIFY(!page->isBusy());
    QCOMPARE(opened.count(), 0);
    QCOMPARE(page->messageWidget()->type(), MessageWidget::Type::Error);
    // Refused for that member, named in the message (not because the zip could not be read).
    QVERIFY2(page->messageWidget()->text().contains(QFileInfo(zip).fileName())
                 && page->messageWidget()->text().contains(member),
             qPrintable(page->messageWidget()->text()));
    // Nothing was written anywhere: not beside the target, not in the library.
    QCOMPARE(filesNamed(m_dir.path(), QStringLiteral("escaped.sig.tbz")), QStringList());
    QCOMPARE(page->libraryModel()->rowCount(), 0);
    QCOMPARE(filesNamed(f->folder(), name + QStringLiteral(".sig.tbz")), QStringList());
    QCOMPARE(page->badgeText(), QStringLiteral("Not checked"));
}

void TestManifestsPage::fetchFailsWhenServerIsUnreachable()
{
    auto f = makePage(QStringLiteral("unreachable"));
    ManifestsPage* page = f->page.get();
    QSignalSpy failed(page, &ManifestsPage::failed);
    QSignalSpy fetched(page, &ManifestsPage::fetched);
    QTest::mouseClick(child<QPushButton>(page, "fetchLatestButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
    QTRY_VERIFY(!page->isBusy());
    QCOMPARE(fetched.count(), 0);
    QCOMPARE(page->messageWidget()->type(), MessageWidget::Type::Error);
    QCOMPARE(page->messageWidget()->text(), failed.at(0).at(0).toString());
    QVERIFY2(page->messageWidget()->text().contains(QStringLiteral("manifest could not be fetched")),
             qPrintable(page->messageWidget()->text()));
    QCOMPARE(page->libraryModel()->rowCount(), 0);
    QVERIFY(child<QPushButton>(page, "fetchLatestButton")->isEnabled());

    // A named build fails the same way, and the page can be used again afterwards.
    auto* combo = child<QComboBox>(page, "buildNameComboBox");
    combo->setEditText(QStringLiteral("docker.io.alice.app.v1-aaaaaaa.2026-11-29_12-00-00.000001"));
    QTest::mouseClick(child<QPushButton>(page, "fetchBuildButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, Timeout);
    QTRY_VERIFY(!page->isBusy());
    QVERIFY(!importAndWait(page, m_good).isEmpty());
    QCOMPARE(page->badgeText(), QStringLiteral("Verified"));
}

void TestManifestsPage::buildNamesComeFromHistory()
{
    auto f = makePage(QStringLiteral("history"));
    ManifestsPage* page = f->page.get();
    auto* combo = child<QComboBox>(page, "buildNameComboBox");
    QCOMPARE(combo->count(), 0);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const auto record = [&](const QString& name, history::BuildRecord::Result result, int minutes) {
        history::BuildRecord r;
        r.profile = f->configPath;
        r.key = name;
        r.buildName = name;
        r.started = start.addSecs(minutes * 60);
        r.ended = r.started.addSecs(60);
        r.result = result;
        return r;
    };
    QVERIFY(
        f->history->store(record(QStringLiteral("app.v1-old"), history::BuildRecord::Result::Succeeded, 0)));
    QVERIFY(
        f->history->store(record(QStringLiteral("app.v2-new"), history::BuildRecord::Result::Succeeded, 10)));
    QVERIFY(
        f->history->store(record(QStringLiteral("app.v3-broken"), history::BuildRecord::Result::Failed, 20)));
    // Only succeeded builds have a manifest; the newest comes first.
    QTRY_COMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("app.v2-new"));
    QCOMPARE(combo->itemText(1), QStringLiteral("app.v1-old"));
    QVERIFY(combo->isEditable());
}

void TestManifestsPage::compareListsTheAddedFile()
{
    auto f = makePage(QStringLiteral("compare"));
    ManifestsPage* page = f->page.get();
    const QString before = importAndWait(page, m_good);
    const QString after = importAndWait(page, m_changed);
    QVERIFY(!before.isEmpty() && !after.isEmpty());
    QCOMPARE(page->selectedPath(), after);
    // The other manifest is offered to compare with.
    auto* combo = child<QComboBox>(page, "compareWithComboBox");
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->itemData(0).toString(), before);

    QSignalSpy compared(page->compareView(), &sbs::gui::CompareView::compared);
    QTest::mouseClick(child<QPushButton>(page, "compareButton"), Qt::LeftButton);
    QCOMPARE(child<QTabWidget>(page, "manifestTabWidget")->currentIndex(), int(ManifestsPage::CompareTab));
    QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, Timeout);
    const ManifestDifference& difference = page->compareView()->difference();
    QCOMPARE(difference.entries.size(), 1);
    QCOMPARE(difference.entries.at(0).kind, ManifestDifference::Kind::Added);
    QCOMPARE(difference.entries.at(0).path, QStringLiteral("git/extra.txt"));

    // compareWith does the same from code, the other way round.
    QVERIFY(page->selectManifest(before));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), Timeout);
    page->compareWith(after);
    QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 2, Timeout);
    QCOMPARE(page->compareView()->difference().entries.size(), 1);
    QCOMPARE(page->compareView()->difference().entries.at(0).kind, ManifestDifference::Kind::Removed);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("sbs-desktop"));
    app.setApplicationName(QStringLiteral("sbs-desktop-tests"));
    TestManifestsPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_manifestspage.moc"
