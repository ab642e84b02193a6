#include "ManifestTools.h"
#include "TestSupport.h"
#include "manifest/ManifestWriter.h"
#include "manifest/ReviewBundle.h"
#include "pki/PrivateKey.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace sbs;
using namespace sbs::manifest;
using sbs::test::ManifestTools;
using Outcome = Verification::Outcome;

namespace {

struct ZipMember
{
    QString name;
    QByteArray bytes;
};
using ZipMembers = QList<ZipMember>;

bool writeZip(const QString& path, const ZipMembers& members)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const ZipMember& member : members) {
        QuaZipFile out(&zip);
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(member.name)))
            return false;
        if (out.write(member.bytes) != member.bytes.size())
            return false;
        out.close();
        if (out.getZipError() != UNZ_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

ZipMembers readZip(const QString& path)
{
    ZipMembers members;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return members;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile in(&zip);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        members.append({ zip.getCurrentFileName(), in.readAll() });
    }
    return members;
}

QByteArray memberOf(const ZipMembers& members, const QString& name)
{
    for (const ZipMember& member : members) {
        if (member.name == name)
            return member.bytes;
    }
    return {};
}

ZipMembers without(ZipMembers members, const QString& name)
{
    members.removeIf([&](const ZipMember& m) { return m.name == name; });
    return members;
}

ZipMembers replaced(ZipMembers members, const QString& name, const QByteArray& bytes)
{
    for (ZipMember& member : members) {
        if (member.name == name)
            member.bytes = bytes;
    }
    return members;
}

// Every path under dir, hidden ones included, relative and sorted.
QStringList everything(const QString& dir)
{
    QStringList paths;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << QDir(dir).relativeFilePath(it.next());
    paths.sort();
    return paths;
}

} // namespace

Q_DECLARE_METATYPE(ZipMembers)

class TestReviewBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesAndOpens();
    void writesReports();
    void bundlesAManifestThatDoesNotVerify();
    void refusesToWrite_data();
    void refusesToWrite();
    void refusesAnExistingZip();
    void opensAnAlteredManifest();
    void refusesBundles_data();
    void refusesBundles();
    void cancelsLeavingNothing();

private:
    QString m_manifestFile;
    QString m_keyFile;
    QTemporaryDir m_dir;
    pki::PrivateKey m_key;
    QByteArray m_pub;
    QByteArray m_otherPub;
    QString m_name;
    QString m_sigTbz;
    QString m_pubPath;
    QString m_bundle;
    ZipMembers m_members;
    Verification m_verification;
};

void TestReviewBundle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto key = pki::PrivateKey::generate(pki::KeyType::Rsa2048);
    auto other = pki::PrivateKey::generate(pki::KeyType::Rsa2048);
    QVERIFY(key && other);
    m_key = key.value();
    m_pub = m_key.publicKeyPem();
    m_otherPub = other.value().publicKeyPem();

    const QString git = m_dir.filePath("src/git");
    QVERIFY(ManifestTools::makeGitTree(git));
    m_name = ManifestWriter::manifestName("127.0.0.1:5443.sbs.sample-app.v1-d14cdc8.2026-11-29_12-00-00");
    m_manifestFile = m_name + ".sig.tbz";
    m_keyFile = m_name + "-public.pem";
    QVERIFY(QDir().mkpath(m_dir.filePath("library")));
    auto written
        = ManifestWriter::write(m_dir.filePath("library"), m_name,
                                "{\"status\": \"success\", \"note\": \"<b>&</b>\"}", "log\n", git, m_key);
    QVERIFY2(written, qPrintable(written.error()));
    m_sigTbz = written.value();
    m_pubPath = m_dir.filePath("library/" + m_keyFile);
    QVERIFY(test::writeFile(m_pubPath, m_pub));
    QVERIFY(test::writeFile(m_dir.filePath("library/other-public.pem"), m_otherPub));

    QVERIFY(QDir().mkpath(m_dir.filePath("bundles")));
    m_bundle = m_dir.filePath("bundles/review.zip");
    const auto bundle = ReviewBundle::write(m_bundle, m_sigTbz, m_pubPath);
    QVERIFY2(bundle, qPrintable(bundle.error()));
    m_verification = bundle.value();
    m_members = readZip(m_bundle);
    QCOMPARE(m_members.size(), 6);
}

void TestReviewBundle::writesAndOpens()
{
    QCOMPARE(m_verification.outcome, Outcome::Verified);
    QStringList names;
    for (const ZipMember& member : m_members)
        names << member.name;
    names.sort();
    QCOMPARE(names,
             QStringList({ "build.json", "bundle.json", m_keyFile, m_manifestFile, "verification-report.html",
                           "verification-report.txt" }));
    QCOMPARE(memberOf(m_members, m_manifestFile), test::readAll(m_sigTbz));
    QCOMPARE(memberOf(m_members, m_keyFile), m_pub);
    QCOMPARE(memberOf(m_members, "build.json"),
             QByteArray("{\"status\": \"success\", \"note\": \"<b>&</b>\"}"));
    const QJsonObject bundleJson = QJsonDocument::fromJson(memberOf(m_members, "bundle.json")).object();
    QCOMPARE(bundleJson.value("format").toString(), QString("sbs-review-bundle"));
    QCOMPARE(bundleJson.value("version").toInt(), 1);
    QCOMPARE(bundleJson.value("manifest").toString(), m_manifestFile);
    QCOMPARE(bundleJson.value("public_key").toString(), m_keyFile);
    // Only the bundle was written beside it.
    QCOMPARE(everything(m_dir.filePath("bundles")), QStringList({ "review.zip" }));

    QTemporaryDir target;
    const auto opened = ReviewBundle::open(m_bundle, target.path());
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(opened->folder, target.filePath("review-" + m_name));
    QCOMPARE(opened->manifestPath, target.filePath("review-" + m_name + "/" + m_manifestFile));
    QCOMPARE(opened->publicKeyPath, target.filePath("review-" + m_name + "/" + m_keyFile));
    QCOMPARE(test::readAll(opened->manifestPath), test::readAll(m_sigTbz));
    QCOMPARE(opened->verification.outcome, Outcome::Verified);
    QCOMPARE(opened->verification.keyFingerprint, m_verification.keyFingerprint);
    QVERIFY(opened->reportText.contains(m_verification.keyFingerprint));
    const QString folder = "review-" + m_name;
    QCOMPARE(everything(target.path()),
             QStringList({ folder, folder + "/build.json", folder + "/bundle.json", folder + "/" + m_keyFile,
                           folder + "/" + m_manifestFile, folder + "/verification-report.html",
                           folder + "/verification-report.txt" }));

    // Opened again: a new folder beside the first one, which stays as it was.
    const auto again = ReviewBundle::open(m_bundle, target.path());
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->folder, target.filePath(folder + "-2"));
    QCOMPARE(everything(target.path()).size(), 14);
}

void TestReviewBundle::writesReports()
{
    const QString text = QString::fromUtf8(memberOf(m_members, "verification-report.txt"));
    const QString html = QString::fromUtf8(memberOf(m_members, "verification-report.html"));
    QVERIFY(!m_verification.keyFingerprint.isEmpty());
    for (const QString& report : { text, html }) {
        QVERIFY2(report.contains(m_verification.keyFingerprint), qPrintable(report));
        QVERIFY2(report.contains("RSA, 2048 bits"), qPrintable(report));
        QVERIFY2(report.contains("Verified"), qPrintable(report));
        QVERIFY2(report.contains("PKCS#1 v1.5"), qPrintable(report));
        QVERIFY2(report.contains(m_name + ".tbz"), qPrintable(report));
        QVERIFY2(report.contains(QString::fromLatin1(m_verification.tbzSha256.toHex())), qPrintable(report));
        QVERIFY2(report.contains("openssl dgst -sha256 -verify"), qPrintable(report));
        // When, in UTC ISO 8601.
        QVERIFY2(QRegularExpression("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ").match(report).hasMatch(),
                 qPrintable(report));
    }
    QVERIFY(text.contains(ManifestVerifier::opensslCommands(m_name, m_keyFile)));

    // Values are escaped in the HTML: a message with markup shows as text.
    Verification v = m_verification;
    v.message = "<script>alert(1)</script> & more";
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1764417600, Qt::UTC);
    const QString escaped = ReviewBundle::reportHtml(v, m_manifestFile, when);
    QVERIFY(!escaped.contains("<script>"));
    QVERIFY(escaped.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
    QVERIFY(ReviewBundle::reportText(v, m_manifestFile, when).contains("2025-11-29T12:00:00Z"));
}

void TestReviewBundle::bundlesAManifestThatDoesNotVerify()
{
    QTemporaryDir out;
    const QString zip = out.filePath("unverified.zip");
    const auto written = ReviewBundle::write(zip, m_sigTbz, m_dir.filePath("library/other-public.pem"));
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written->outcome, Outcome::SignatureInvalid);
    const QString report = QString::fromUtf8(memberOf(readZip(zip), "verification-report.txt"));
    QVERIFY2(report.contains("Signature invalid"), qPrintable(report));
    QVERIFY2(report.contains(written->keyFingerprint), qPrintable(report));

    QTemporaryDir target;
    const auto opened = ReviewBundle::open(zip, target.path());
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(opened->verification.outcome, Outcome::SignatureInvalid);
}

void TestReviewBundle::refusesToWrite_data()
{
    QTest::addColumn<QString>("manifest");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("malformed manifest") << "bad/manifest.bad.sig.tbz"
                                        << ""
                                        << "manifest.bad.sig.tbz";
    QTest::newRow("unusable key") << ""
                                  << "bad/garbage.pem"
                                  << "garbage.pem";
    QTest::newRow("no key") << ""
                            << "bad/none.pem"
                            << "none.pem";
    QTest::newRow("no manifest") << "bad/manifest.none.sig.tbz"
                                 << ""
                                 << "manifest.none.sig.tbz";
}

void TestReviewBundle::refusesToWrite()
{
    QFETCH(QString, manifest);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QVERIFY(test::writeFile(m_dir.filePath("bad/manifest.bad.sig.tbz"), "not an archive"));
    QVERIFY(test::writeFile(m_dir.filePath("bad/garbage.pem"), "not a key"));
    QTemporaryDir out;
    const QString zip = out.filePath("bundle.zip");
    const auto written = ReviewBundle::write(zip, manifest.isEmpty() ? m_sigTbz : m_dir.filePath(manifest),
                                             key.isEmpty() ? m_pubPath : m_dir.filePath(key));
    QVERIFY(!written);
    QVERIFY2(written.error().contains(expected), qPrintable(written.error()));
    QCOMPARE(everything(out.path()), QStringList());
}

void TestReviewBundle::refusesAnExistingZip()
{
    QTemporaryDir out;
    const QString zip = out.filePath("bundle.zip");
    QVERIFY(test::writeFile(zip, "a file the user keeps"));
    const auto written = ReviewBundle::write(zip, m_sigTbz, m_pubPath);
    QVERIFY(!written);
    QVERIFY2(written.error().contains(zip), qPrintable(written.error()));
    QCOMPARE(test::readAll(zip), QByteArray("a file the user keeps"));
    QCOMPARE(everything(out.path()), QStringList({ "bundle.zip" }));
}

void TestReviewBundle::opensAnAlteredManifest()
{
    // The inner archive with one more file, under the original signature.
    const QByteArray outer = test::readAll(m_sigTbz);
    const QByteArray tbz = ManifestTools::member(outer, m_name + ".tbz");
    const QByteArray sig = ManifestTools::member(outer, m_name + ".sig");
    const QByteArray altered
        = ManifestTools::sigTbz(m_name, ManifestTools::withExtraFile(tbz, "git/backdoor", "evil\n"), sig);
    QVERIFY(!altered.isEmpty());
    QTemporaryDir work;
    const QString zip = work.filePath("altered.zip");
    QVERIFY(writeZip(zip, replaced(m_members, m_manifestFile, altered)));
    QVERIFY(QDir().mkpath(work.filePath("target")));

    const auto opened = ReviewBundle::open(zip, work.filePath("target"));
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(opened->verification.outcome, Outcome::SignatureInvalid);
    QCOMPARE(test::readAll(opened->manifestPath), altered);
    // The report the bundle carries still says what was checked when it was written.
    QVERIFY(opened->reportText.contains("Verified"));
}

void TestReviewBundle::refusesBundles_data()
{
    QTest::addColumn<QString>("kind"); // "zip", or "bytes" for a file that is not a zip
    QTest::addColumn<ZipMembers>("members");
    QTest::addColumn<QString>("expected");

    const QString outside = m_dir.filePath("evil-absolute.txt");
    QTest::newRow("traversal") << "zip" << (ZipMembers(m_members) << ZipMember { "../evil.txt", "evil" })
                               << "../evil.txt";
    QTest::newRow("deep traversal") << "zip"
                                    << (ZipMembers(m_members) << ZipMember { "a/../../evil.txt", "evil" })
                                    << "a/../../evil.txt";
    QTest::newRow("absolute") << "zip" << (ZipMembers(m_members) << ZipMember { outside, "evil" }) << outside;
    QTest::newRow("in a folder") << "zip" << (ZipMembers(m_members) << ZipMember { "sub/evil.txt", "evil" })
                                 << "sub/evil.txt";
    QTest::newRow("backslash") << "zip" << (ZipMembers(m_members) << ZipMember { "..\\evil.txt", "evil" })
                               << "..\\evil.txt";
    QTest::newRow("unknown") << "zip" << (ZipMembers(m_members) << ZipMember { "evil.txt", "evil" })
                             << "evil.txt";
    QTest::newRow("twice") << "zip" << (ZipMembers(m_members) << ZipMember { "build.json", "{}" })
                           << "build.json";
    QTest::newRow("second manifest") << "zip"
                                     << (ZipMembers(m_members) << ZipMember { "manifest.x.sig.tbz", "x" })
                                     << "manifest.x.sig.tbz";
    for (const QString& name :
         { m_manifestFile, m_keyFile, QString("build.json"), QString("verification-report.txt"),
           QString("verification-report.html"), QString("bundle.json") }) {
        const QString expected = name == m_manifestFile ? QString(".sig.tbz") : name;
        QTest::newRow(qPrintable("missing " + name)) << "zip" << without(m_members, name) << expected;
    }
    QTest::newRow("key of another manifest")
        << "zip" << (without(m_members, m_keyFile) << ZipMember { "manifest.x-public.pem", m_pub })
        << "manifest.x-public.pem";
    QJsonObject json = QJsonDocument::fromJson(memberOf(m_members, "bundle.json")).object();
    json["format"] = "something-else";
    QTest::newRow("bundle.json format")
        << "zip" << replaced(m_members, "bundle.json", QJsonDocument(json).toJson()) << "bundle.json";
    json = QJsonDocument::fromJson(memberOf(m_members, "bundle.json")).object();
    json["manifest"] = "manifest.other.sig.tbz";
    QTest::newRow("bundle.json names")
        << "zip" << replaced(m_members, "bundle.json", QJsonDocument(json).toJson())
        << "manifest.other.sig.tbz";
    QTest::newRow("bundle.json not JSON")
        << "zip" << replaced(m_members, "bundle.json", "not json") << "bundle.json";
    QTest::newRow("too large") << "zip"
                               << replaced(m_members, "verification-report.html",
                                           QByteArray((1 << 20) + 1, ' '))
                               << "verification-report.html";
    QTest::newRow("build.json changed")
        << "zip" << replaced(m_members, "build.json", "{\"status\": \"forged\"}") << "build.json";
    QTest::newRow("not a zip") << "bytes" << ZipMembers() << "not a zip";
    QTest::newRow("empty file") << "empty" << ZipMembers() << "not a zip";
}

void TestReviewBundle::refusesBundles()
{
    QFETCH(QString, kind);
    QFETCH(ZipMembers, members);
    QFETCH(QString, expected);
    QTemporaryDir work;
    const QString zip = work.filePath("bundle.zip");
    if (kind == "zip")
        QVERIFY(writeZip(zip, members));
    else
        QVERIFY(test::writeFile(zip, kind == "bytes" ? ManifestTools::randomBytes(4096, 7) : QByteArray()));
    const QString target = work.filePath("target");
    QVERIFY(QDir().mkpath(target));
    const QStringList before = everything(m_dir.path());

    const auto opened = ReviewBundle::open(zip, target);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
    QVERIFY2(!opened.error().contains("zip error"), qPrintable(opened.error()));
    // Nothing written: not in the target, not beside it, not elsewhere in the test's folders.
    QCOMPARE(everything(target), QStringList());
    QCOMPARE(everything(work.path()), QStringList({ "bundle.zip", "target" }));
    QCOMPARE(everything(m_dir.path()), before);
    QVERIFY(!QFileInfo::exists(m_dir.filePath("evil-absolute.txt")));
    QVERIFY(!QFileInfo::exists(QDir(work.path()).filePath("evil.txt")));
}

void TestReviewBundle::cancelsLeavingNothing()
{
    ReadControl control;
    control.cancelled = [] {
        return true;
    };
    QTemporaryDir work;
    const auto written = ReviewBundle::write(work.filePath("bundle.zip"), m_sigTbz, m_pubPath, control);
    QVERIFY(!written);
    QVERIFY2(written.error().contains("cancelled"), qPrintable(written.error()));
    QCOMPARE(everything(work.path()), QStringList());

    const auto opened = ReviewBundle::open(m_bundle, work.path(), control);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains("cancelled"), qPrintable(opened.error()));
    QCOMPARE(everything(work.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestReviewBundle)
#include "tst_reviewbundle.moc"
