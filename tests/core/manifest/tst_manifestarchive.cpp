#include "ArchiveBuilder.h"
#include "ManifestTools.h"
#include "TestSupport.h"
#include "manifest/ManifestArchive.h"
#include "manifest/ManifestWriter.h"
#include "pki/PrivateKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sbs;
using namespace sbs::manifest;
using sbs::test::ArchiveBuilder;
using sbs::test::ManifestTools;

namespace {

// The flags list() reports for ManifestTools::unsafeArchive(), in order.
QList<QPair<QString, int>> unsafeFlags()
{
    return {
        { "data/build.json", 0 },
        { "/abs-evil", ArchiveEntry::Absolute },
        { "../evil", ArchiveEntry::ParentReference },
        { "git/../../evil", ArchiveEntry::ParentReference },
        { "git/out", ArchiveEntry::LinkOutside },
        { "git/abs", ArchiveEntry::LinkOutside },
        { "git/hard", ArchiveEntry::LinkOutside },
        { "git/ok.txt", 0 },
        { "git/ok.txt", ArchiveEntry::Duplicate },
        { "git/inside", 0 },
        { "git/hard-ok", 0 },
        { "git/deep/up", 0 },
        { "evil-link", ArchiveEntry::LinkOutside },
        { "git/sub", 0 },
        { "git/sub/x", 0 },
    };
}

} // namespace

class TestManifestArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsEntries_data();
    void listsEntries();
    void readsOuter();
    void readsOuterWithSignatureFirst();
    void readsFiles_data();
    void readsFiles();
    void readFileErrors_data();
    void readFileErrors();
    void visitorReadsAndStops();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesBadMembers_data();
    void refusesBadMembers();
    void flagsUnsafeEntries_data();
    void flagsUnsafeEntries();
    void stopsDecompressionBombs_data();
    void stopsDecompressionBombs();
    void limitsEntries();
    void cancels_data();
    void cancels();
    void reportsProgress();

private:
    QString writeInput(const QString& name, const QByteArray& bytes);
    QString newFolder(const QString& name);

    QTemporaryDir m_dir;
    pki::PrivateKey m_key;
    QString m_name;
    QString m_git;
    QString m_sigTbz;
    QByteArray m_sigTbzHash;
    QByteArray m_tbz;
    QByteArray m_sig;
    QString m_bareTbz;
    QString m_bigSigTbz;
    QByteArray m_bomb; // a bare .tbz with 300 MiB of zeros in one file
};

QString TestManifestArchive::writeInput(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath("input/" + name);
    if (!test::writeFile(path, bytes))
        return QString();
    return path;
}

QString TestManifestArchive::newFolder(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(path);
    return path;
}

void TestManifestArchive::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto key = pki::PrivateKey::generate(pki::KeyType::Rsa2048);
    QVERIFY2(key, qPrintable(key.error()));
    m_key = key.value();

    m_git = m_dir.filePath("src/git");
    QVERIFY(ManifestTools::makeGitTree(m_git));
    m_name
        = ManifestWriter::manifestName("127.0.0.1:5443.sbs.sample-app.v1-d14cdc8.2026-11-29_12-00-00.123456");
    QVERIFY(QDir().mkpath(m_dir.filePath("out")));
    auto written = ManifestWriter::write(m_dir.filePath("out"), m_name,
                                         "{\"status\": \"success\", \"name\": \"sample-app\"}",
                                         "step 1\nstep 2\n", m_git, m_key);
    QVERIFY2(written, qPrintable(written.error()));
    m_sigTbz = written.value();
    m_sigTbzHash = ManifestTools::fileSha256(m_sigTbz);
    const QByteArray outer = test::readAll(m_sigTbz);
    m_tbz = ManifestTools::member(outer, m_name + ".tbz");
    m_sig = ManifestTools::member(outer, m_name + ".sig");
    QVERIFY(!m_tbz.isEmpty() && !m_sig.isEmpty());
    m_bareTbz = writeInput(m_name + ".tbz", m_tbz);

    // A few MiB that do not compress, so that reading takes many blocks.
    const QString bigGit = m_dir.filePath("src/big");
    QVERIFY(test::writeFile(bigGit + "/blob.bin", ManifestTools::randomBytes(6 << 20, 11)));
    QVERIFY(QDir().mkpath(m_dir.filePath("out-big")));
    auto big = ManifestWriter::write(m_dir.filePath("out-big"), ManifestWriter::manifestName("big"), "{}", "",
                                     bigGit, m_key);
    QVERIFY2(big, qPrintable(big.error()));
    m_bigSigTbz = big.value();

    ArchiveBuilder bomb;
    bomb.file("data/build.json", "{}").zeros("git/zeros", 300LL << 20);
    m_bomb = bomb.finish();
    QVERIFY2(!m_bomb.isEmpty() && m_bomb.size() < 100000, qPrintable(bomb.error()));
}

void TestManifestArchive::cleanupTestCase()
{
    // Nothing in these tests may change the manifest they read.
    QCOMPARE(ManifestTools::fileSha256(m_sigTbz), m_sigTbzHash);
}

void TestManifestArchive::listsEntries_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow(".sig.tbz") << m_sigTbz;
    QTest::newRow("bare .tbz") << m_bareTbz;
}

void TestManifestArchive::listsEntries()
{
    QFETCH(QString, path);
    const auto listed = ManifestArchive::list(path);
    QVERIFY2(listed, qPrintable(listed.error()));
    QMap<QString, ArchiveEntry> byPath;
    for (const ArchiveEntry& e : listed.value()) {
        QVERIFY2(e.isSafe(), qPrintable(e.path + ": " + e.problem()));
        QVERIFY(e.problem().isEmpty());
        QVERIFY(!byPath.contains(e.path));
        byPath.insert(e.path, e);
    }
    QCOMPARE(byPath.keys(),
             QStringList({ "data/build.json", "data/build.log", "git", "git/Dockerfile", "git/bin",
                           "git/bin/run.sh", "git/link", "git/src", "git/src/data.bin", "git/src/main.c",
                           "git/src/up" }));
    QCOMPARE(listed->first().path, QString("data/build.json"));

    const ArchiveEntry json = byPath.value("data/build.json");
    QCOMPARE(json.type, ArchiveEntry::Type::File);
    QCOMPARE(json.size, qint64(QByteArray("{\"status\": \"success\", \"name\": \"sample-app\"}").size()));
    QCOMPARE(json.mode, 0644u);
    QCOMPARE(json.modeString(), QString("-rw-r--r--"));
    QVERIFY(json.mtime.isValid());
    QCOMPARE(json.mtime.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(json.mtime.secsTo(QDateTime::currentDateTimeUtc())) < 3600);

    const ArchiveEntry data = byPath.value("git/src/data.bin");
    QCOMPARE(data.size, qint64(5000));
    QCOMPARE(data.mtime.toSecsSinceEpoch(),
             QFileInfo(m_git + "/src/data.bin").lastModified().toSecsSinceEpoch());

    const ArchiveEntry script = byPath.value("git/bin/run.sh");
    QCOMPARE(script.mode, 0755u);
    QCOMPARE(script.modeString(), QString("-rwxr-xr-x"));

    const ArchiveEntry folder = byPath.value("git/src");
    QCOMPARE(folder.type, ArchiveEntry::Type::Directory);
    QCOMPARE(folder.modeString(), QString("drwxr-xr-x"));
    QCOMPARE(folder.size, qint64(0));

    const ArchiveEntry link = byPath.value("git/link");
    QCOMPARE(link.type, ArchiveEntry::Type::Symlink);
    QCOMPARE(link.linkTarget, QString("Dockerfile"));
    QCOMPARE(link.modeString(), QString("lrwxrwxrwx"));
    QCOMPARE(byPath.value("git/src/up").linkTarget, QString("../Dockerfile"));
}

void TestManifestArchive::readsOuter()
{
    QList<qint64> progress;
    ReadControl control;
    control.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, QFileInfo(m_sigTbz).size());
        progress << done;
    };
    const auto outer = ManifestArchive::readOuter(m_sigTbz, control);
    QVERIFY2(outer, qPrintable(outer.error()));
    QCOMPARE(outer->manifestName, m_name);
    QCOMPARE(outer->tbzSha256, ManifestTools::sha256(m_tbz));
    QCOMPARE(outer->tbzSize, qint64(m_tbz.size()));
    QCOMPARE(outer->signatureHex, m_sig.trimmed());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), QFileInfo(m_sigTbz).size());

    // A bare .tbz is not a signed manifest.
    const auto bare = ManifestArchive::readOuter(m_bareTbz);
    QVERIFY(!bare);
    QVERIFY2(bare.error().contains("bare .tbz") && bare.error().contains(QFileInfo(m_bareTbz).fileName()),
             qPrintable(bare.error()));
}

void TestManifestArchive::readsOuterWithSignatureFirst()
{
    ArchiveBuilder b;
    b.file(m_name + ".sig", m_sig + "\n").file(m_name + ".tbz", m_tbz);
    const QString path = writeInput("sig-first.sig.tbz", b.finish());
    const auto outer = ManifestArchive::readOuter(path);
    QVERIFY2(outer, qPrintable(outer.error()));
    QCOMPARE(outer->tbzSha256, ManifestTools::sha256(m_tbz));
    QCOMPARE(outer->signatureHex, m_sig.trimmed());
    const auto listed = ManifestArchive::list(path);
    QVERIFY2(listed, qPrintable(listed.error()));
    QCOMPARE(listed->size(), 11);
}

void TestManifestArchive::readsFiles_data()
{
    listsEntries_data();
}

void TestManifestArchive::readsFiles()
{
    QFETCH(QString, path);
    const auto record = ManifestArchive::buildRecord(path);
    QVERIFY2(record, qPrintable(record.error()));
    QCOMPARE(record->value("status").toString(), QString("success"));
    QCOMPARE(record->value("name").toString(), QString("sample-app"));

    const auto data = ManifestArchive::readFile(path, "git/src/data.bin", 1 << 20);
    QVERIFY2(data, qPrintable(data.error()));
    QCOMPARE(data.value(), test::readAll(m_git + "/src/data.bin"));
    const auto dockerfile = ManifestArchive::readFile(path, "./git/Dockerfile", 5000);
    QVERIFY2(dockerfile, qPrintable(dockerfile.error()));
    QCOMPARE(dockerfile.value(), test::readAll(m_git + "/Dockerfile"));
    const auto exact = ManifestArchive::readFile(path, "git/src/data.bin", 5000);
    QVERIFY2(exact, qPrintable(exact.error()));
    QCOMPARE(ManifestArchive::readFile(path, "data/build.log", 100).value(), QByteArray("step 1\nstep 2\n"));
}

void TestManifestArchive::readFileErrors_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("larger than maxBytes") << "git/src/data.bin" << qint64(4999) << "larger than";
    QTest::newRow("no such entry") << "git/missing.txt" << qint64(100) << "has no entry git/missing.txt";
    QTest::newRow("a link") << "git/link" << qint64(100) << "is a link to Dockerfile";
    QTest::newRow("a folder") << "git/src" << qint64(100) << "not a file";
}

void TestManifestArchive::readFileErrors()
{
    QFETCH(QString, entry);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, expected);
    const auto read = ManifestArchive::readFile(m_sigTbz, entry, maxBytes);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(expected), qPrintable(read.error()));
    QVERIFY2(read.error().contains(m_name), qPrintable(read.error()));
}

void TestManifestArchive::visitorReadsAndStops()
{
    int visited = 0;
    QByteArray json;
    QString secondRead;
    QString tooLarge;
    const Status status
        = ManifestArchive::forEachEntry(m_sigTbz, [&](const ArchiveEntry& entry, const auto& readData) {
              ++visited;
              if (entry.path == "data/build.json") {
                  tooLarge = readData(10).error();
                  return true;
              }
              if (entry.path == "data/build.log") {
                  json = readData(100).value();
                  secondRead = readData(100).error();
                  return false;
              }
              return true;
          });
    QVERIFY2(status, qPrintable(status.error()));
    QCOMPARE(visited, 2);
    QCOMPARE(json, QByteArray("step 1\nstep 2\n"));
    QVERIFY2(secondRead.contains("read already"), qPrintable(secondRead));
    QVERIFY2(tooLarge.contains("larger than"), qPrintable(tooLarge));
}

void TestManifestArchive::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("create");
    QTest::addColumn<QString>("expected");

    const QByteArray good = test::readAll(m_sigTbz);
    const qsizetype size = good.size();
    for (qsizetype cut :
         { qsizetype(1), qsizetype(20), qsizetype(200), size / 3, size / 2, size - 40, size - 1 }) {
        QTest::addRow("truncated to %lld bytes", qlonglong(cut))
            << good.left(cut) << true
            << (cut < 4 ? "is not a bzip2-compressed tar archive" : "truncated or corrupt");
    }
    QByteArray flipped = good;
    for (qsizetype i = size / 2; i < size / 2 + 16; ++i)
        flipped[i] = char(flipped[i] ^ 0x5a);
    QTest::newRow("corrupt bzip2 in the middle") << flipped << true << "truncated or corrupt";

    ArchiveBuilder plain(ArchiveBuilder::Compression::None);
    plain.file(m_name + ".tbz", "aaaa").file(m_name + ".sig", "bbbb");
    const QByteArray tar = plain.finish();
    QByteArray damaged = tar;
    for (int i = 1024; i < 1024 + 200; ++i)
        damaged[i] = char('A' + i % 26);
    QTest::newRow("tar with a garbage header")
        << ArchiveBuilder::bzip2(damaged) << true << "truncated or corrupt";
    QTest::newRow("bzip2 of garbage") << ArchiveBuilder::bzip2(ManifestTools::randomBytes(20000, 3)) << true
                                      << "or not a tar archive inside its bzip2 compression";
    QByteArray firstBlock = good;
    for (qsizetype i = 40; i < 48; ++i)
        firstBlock[i] = 'X';
    QTest::newRow("corrupt first bzip2 block") << firstBlock << true << "truncated or corrupt";
    QTest::newRow("a tar, not bzip2-compressed") << tar << true << "not bzip2-compressed";
    QTest::newRow("not an archive") << QByteArray("this is not a manifest\n").repeated(50) << true
                                    << "is not a bzip2-compressed tar archive";
    QTest::newRow("random bytes") << ManifestTools::randomBytes(100000, 5) << true
                                  << "is not a bzip2-compressed tar archive";
    QTest::newRow("empty file") << QByteArray() << true << "is empty";
    QTest::newRow("missing file") << QByteArray() << false << "does not exist";
}

void TestManifestArchive::refusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, create);
    QFETCH(QString, expected);
    const QString name = QString("bad-%1.sig.tbz").arg(QTest::currentDataTag()).replace(' ', '-');
    const QString path = create ? writeInput(name, bytes) : m_dir.filePath("input/" + name);
    QVERIFY(!path.isEmpty());
    const QByteArray before = ManifestTools::fileSha256(path);

    const auto outer = ManifestArchive::readOuter(path);
    QVERIFY(!outer);
    QVERIFY2(outer.error().contains(expected), qPrintable(outer.error()));
    QVERIFY2(outer.error().contains(name), qPrintable(outer.error()));

    // The inner archive may end before the damage, so listing can succeed; it must not crash,
    // and a failure names the file.
    const auto listed = ManifestArchive::list(path);
    if (!listed)
        QVERIFY2(listed.error().contains(name), qPrintable(listed.error()));
    const auto record = ManifestArchive::buildRecord(path);
    if (!record)
        QVERIFY2(record.error().contains(name), qPrintable(record.error()));
    QTemporaryDir target;
    const auto extracted = ManifestArchive::extract(path, target.path() + "/x");
    if (!extracted)
        QVERIFY2(extracted.error().contains(name), qPrintable(extracted.error()));

    QCOMPARE(QFile::exists(path), create);
    QCOMPARE(ManifestTools::fileSha256(path), before);
}

void TestManifestArchive::refusesBadMembers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QString n = m_name;
    const auto build = [](const QList<QPair<QString, QByteArray>>& members) {
        ArchiveBuilder b;
        for (const auto& m : members)
            b.file(m.first, m.second);
        return b.finish();
    };
    QTest::newRow("no .sig member") << build({ { n + ".tbz", m_tbz } }) << "has no .sig member";
    QTest::newRow("no .tbz member") << build({ { n + ".sig", m_sig } }) << "has no .tbz member";
    QTest::newRow("two .tbz members")
        << build({ { n + ".tbz", m_tbz }, { n + ".tbz", m_tbz }, { n + ".sig", m_sig } })
        << "two .tbz members";
    QTest::newRow("two .sig members")
        << build({ { n + ".tbz", m_tbz }, { n + ".sig", m_sig }, { n + ".sig", m_sig } })
        << "two .sig members";
    QTest::newRow("an extra member") << build(
        { { n + ".tbz", m_tbz }, { n + ".sig", m_sig }, { "README", "hello" } })
                                     << "unexpected member README";
    QTest::newRow("members of two manifests")
        << build({ { n + ".tbz", m_tbz }, { "manifest.other.sig", m_sig } }) << "two manifests";
    QTest::newRow("member with ..") << build({ { "../" + n + ".tbz", m_tbz }, { n + ".sig", m_sig } })
                                    << "unsafe path";
    QTest::newRow("absolute member") << build({ { "/" + n + ".tbz", m_tbz }, { n + ".sig", m_sig } })
                                     << "unsafe path";
    QTest::newRow("member in a folder")
        << build({ { "sub/" + n + ".tbz", m_tbz }, { "sub/" + n + ".sig", m_sig } })
        << "unexpected member sub/";
    QTest::newRow("signature too large")
        << build({ { n + ".tbz", m_tbz }, { n + ".sig", QByteArray(70000, 'a') } })
        << "larger than a signature can be";
    ArchiveBuilder folder;
    folder.dir(n + ".tbz").file(n + ".sig", m_sig);
    QTest::newRow(".tbz is a folder") << folder.finish() << "not a regular file";
}

void TestManifestArchive::refusesBadMembers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QVERIFY(!bytes.isEmpty());
    const QString path
        = writeInput(QString("members-%1.sig.tbz").arg(QTest::currentDataTag()).replace(' ', '-'), bytes);
    const auto outer = ManifestArchive::readOuter(path);
    QVERIFY(!outer);
    QVERIFY2(outer.error().contains(expected), qPrintable(outer.error()));
    QVERIFY2(outer.error().contains(QFileInfo(path).fileName()), qPrintable(outer.error()));
    const auto listed = ManifestArchive::list(path);
    if (!listed)
        QVERIFY2(listed.error().contains(QFileInfo(path).fileName()), qPrintable(listed.error()));
    QCOMPARE(test::readAll(path), bytes);
}

void TestManifestArchive::flagsUnsafeEntries_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray unsafe = ManifestTools::unsafeArchive();
    QTest::newRow("bare .tbz") << unsafe;
    QTest::newRow(".sig.tbz") << ManifestTools::sigTbz("manifest.unsafe", unsafe, "00");
}

void TestManifestArchive::flagsUnsafeEntries()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!bytes.isEmpty());
    const QString path
        = writeInput(QString("unsafe-%1").arg(QTest::currentDataTag()).replace(' ', '-'), bytes);
    const auto listed = ManifestArchive::list(path);
    QVERIFY2(listed, qPrintable(listed.error()));
    QList<QPair<QString, int>> flags;
    for (const ArchiveEntry& e : listed.value()) {
        flags.append({ e.path, e.flags });
        QCOMPARE(e.isSafe(), e.problem().isEmpty());
    }
    QCOMPARE(flags, unsafeFlags());
    const ArchiveEntry hard = listed->at(6);
    QCOMPARE(hard.type, ArchiveEntry::Type::Hardlink);
    QCOMPARE(hard.linkTarget, QString("../evil"));
    QVERIFY2(hard.problem().contains("outside"), qPrintable(hard.problem()));
    QVERIFY2(listed->at(1).problem().contains("absolute"), qPrintable(listed->at(1).problem()));
    QVERIFY2(listed->at(8).problem().contains("second entry"), qPrintable(listed->at(8).problem()));
}

void TestManifestArchive::stopsDecompressionBombs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<qint64>("maxTotalBytes");
    QTest::addColumn<qint64>("ratioFloorBytes");
    QTest::addColumn<QStringList>("expected");
    const qint64 total = ReadLimits().maxTotalBytes;
    const qint64 floor = ReadLimits().ratioFloorBytes;
    const QByteArray wrapped = ManifestTools::sigTbz("manifest.bomb", m_bomb, "00");
    QTest::newRow("300 MiB of zeros, ratio")
        << m_bomb << "list" << total << floor << QStringList({ "decompression bomb", "1000 times" });
    QTest::newRow("inner archive of a .sig.tbz, ratio")
        << wrapped << "list" << total << floor
        << QStringList({ "decompression bomb", "inner archive manifest.bomb.tbz", "1000 times" });
    QTest::newRow("total size") << m_bomb << "list" << qint64(10 << 20) << floor
                                << QStringList({ "decompression bomb", "more than 10.0 MiB" });
    QTest::newRow("inner archive, total size") << wrapped << "list" << qint64(10 << 20) << floor
                                               << QStringList({ "decompression bomb", "inner archive" });
    QTest::newRow("extract") << m_bomb << "extract" << qint64(10 << 20) << floor
                             << QStringList({ "decompression bomb", "stopped" });
    QTest::newRow("entry nobody reads, visitor")
        << m_bomb << "visit" << qint64(10 << 20) << floor << QStringList({ "decompression bomb" });

    ArchiveBuilder outerBomb;
    outerBomb.zeros("manifest.x.tbz", 16 << 20).file("manifest.x.sig", "00");
    const QByteArray outer = outerBomb.finish();
    QTest::newRow("outer member, ratio")
        << outer << "readOuter" << total << qint64(1 << 20) << QStringList({ "decompression bomb", "times" });
    QTest::newRow("outer member, total") << outer << "readOuter" << qint64(4 << 20) << floor
                                         << QStringList({ "decompression bomb", "4.0 MiB" });
}

void TestManifestArchive::stopsDecompressionBombs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, operation);
    QFETCH(qint64, maxTotalBytes);
    QFETCH(qint64, ratioFloorBytes);
    QFETCH(QStringList, expected);
    QVERIFY(!bytes.isEmpty());
    const QString name = QString("bomb-%1.tbz").arg(QTest::currentDataTag()).replace(' ', '-').remove(',');
    const QString path = writeInput(name, bytes);
    ReadLimits limits;
    limits.maxTotalBytes = maxTotalBytes;
    limits.ratioFloorBytes = ratioFloorBytes;

    QString error;
    if (operation == "list") {
        error = ManifestArchive::list(path, {}, limits).error();
    } else if (operation == "readOuter") {
        error = ManifestArchive::readOuter(path, {}, limits).error();
    } else if (operation == "visit") {
        int visited = 0;
        error = ManifestArchive::forEachEntry(
                    path, [&](const ArchiveEntry&, const auto&) { return ++visited > 0; }, {}, limits)
                    .error();
        QCOMPARE(visited, 2);
    } else {
        const QString target = m_dir.filePath("bomb-target");
        error = ManifestArchive::extract(path, target, {}, limits).error();
        QVERIFY(!QFileInfo::exists(target + "/git/zeros")); // not left behind half written
        QVERIFY(QFileInfo::exists(target + "/data/build.json"));
        QDir(target).removeRecursively();
    }
    QVERIFY(!error.isEmpty());
    for (const QString& word : expected)
        QVERIFY2(error.contains(word), qPrintable(error));
    QVERIFY2(error.contains(name), qPrintable(error));
}

void TestManifestArchive::limitsEntries()
{
    ReadLimits limits;
    limits.maxEntries = 3;
    const auto listed = ManifestArchive::list(m_sigTbz, {}, limits);
    QVERIFY(!listed);
    QVERIFY2(listed.error().contains("more than 3 entries"), qPrintable(listed.error()));
    limits.maxEntries = 11;
    QVERIFY(ManifestArchive::list(m_sigTbz, {}, limits));
}

void TestManifestArchive::cancels_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("after");
    for (const char* op : { "readOuter", "list", "extract", "readFile" }) {
        QTest::addRow("%s, at once", op) << QString(op) << 0;
        QTest::addRow("%s, midway", op) << QString(op) << 20;
    }
}

void TestManifestArchive::cancels()
{
    QFETCH(QString, operation);
    QFETCH(int, after);
    int polls = 0;
    ReadControl control;
    control.cancelled = [&] {
        return ++polls > after;
    };
    QString error;
    if (operation == "readOuter") {
        error = ManifestArchive::readOuter(m_bigSigTbz, control).error();
    } else if (operation == "list") {
        error = ManifestArchive::list(m_bigSigTbz, control).error();
    } else if (operation == "readFile") {
        error = ManifestArchive::readFile(m_bigSigTbz, "git/blob.bin", 100 << 20, control).error();
    } else {
        const QString target = m_dir.filePath(QString("cancel-%1").arg(after));
        error = ManifestArchive::extract(m_bigSigTbz, target, control).error();
        QDir(target).removeRecursively();
    }
    QVERIFY2(error.contains("cancelled"), qPrintable(error));
    QVERIFY(polls > after);
}

void TestManifestArchive::reportsProgress()
{
    const qint64 size = QFileInfo(m_bigSigTbz).size();
    QList<qint64> values;
    ReadControl control;
    control.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, size);
        values << done;
    };
    QVERIFY(ManifestArchive::readOuter(m_bigSigTbz, control));
    QVERIFY2(values.size() >= 4, qPrintable(QString::number(values.size())));
    for (qsizetype i = 1; i < values.size(); ++i)
        QVERIFY(values[i] > values[i - 1]);
    QCOMPARE(values.last(), size);

    values.clear();
    QVERIFY(ManifestArchive::list(m_bigSigTbz, control));
    QVERIFY(values.size() >= 4);
    for (qsizetype i = 1; i < values.size(); ++i)
        QVERIFY(values[i] > values[i - 1]);
    QVERIFY(values.last() > size / 2);
}

QTEST_GUILESS_MAIN(TestManifestArchive)
#include "tst_manifestarchive.moc"
