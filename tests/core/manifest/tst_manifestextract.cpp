#include "ArchiveBuilder.h"
#include "ManifestTools.h"
#include "TestSupport.h"
#include "manifest/ManifestArchive.h"
#include "manifest/ManifestWriter.h"
#include "pki/PrivateKey.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace sbs;
using namespace sbs::manifest;
using sbs::test::ArchiveBuilder;
using sbs::test::ManifestTools;

namespace {

// Every path under dir whose name contains "evil".
QStringList evilFiles(const QString& dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName().contains("evil"))
            found << path;
    }
    return found;
}

} // namespace

// ManifestArchive::extract: only safe entries are written, only under the target, never
// through a link; links are made only where they lead inside.
class TestManifestExtract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void extractsSafeEntriesOnly_data();
    void extractsSafeEntriesOnly();
    void extractsManifest();
    void extractRefusesTarget_data();
    void extractRefusesTarget();
    void extractRemovesLinksLeadingOutThroughLinks();
    void extractNeverWritesThroughLinks();
    void extractsFolderAfterItsFiles();
    void readsSparseEntries();

private:
    QString writeInput(const QString& name, const QByteArray& bytes);
    QString newFolder(const QString& name);

    QTemporaryDir m_dir;
    QString m_git;
    QString m_sigTbz;
    QByteArray m_sigTbzHash;
};

QString TestManifestExtract::writeInput(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath("input/" + name);
    return test::writeFile(path, bytes) ? path : QString();
}

QString TestManifestExtract::newFolder(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(path);
    return path;
}

void TestManifestExtract::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto key = pki::PrivateKey::generate(pki::KeyType::Rsa2048);
    QVERIFY2(key, qPrintable(key.error()));
    m_git = m_dir.filePath("src/git");
    QVERIFY(ManifestTools::makeGitTree(m_git));
    QVERIFY(QDir().mkpath(m_dir.filePath("out")));
    auto written = ManifestWriter::write(m_dir.filePath("out"), ManifestWriter::manifestName("sample-app.v1"),
                                         "{\"status\": \"success\", \"name\": \"sample-app\"}",
                                         "step 1\nstep 2\n", m_git, key.value());
    QVERIFY2(written, qPrintable(written.error()));
    m_sigTbz = written.value();
    m_sigTbzHash = ManifestTools::fileSha256(m_sigTbz);
}

void TestManifestExtract::cleanupTestCase()
{
    QCOMPARE(ManifestTools::fileSha256(m_sigTbz), m_sigTbzHash);
}

void TestManifestExtract::extractsSafeEntriesOnly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray unsafe = ManifestTools::unsafeArchive();
    QTest::newRow("bare .tbz") << unsafe;
    QTest::newRow(".sig.tbz") << ManifestTools::sigTbz("manifest.unsafe", unsafe, "00");
}

void TestManifestExtract::extractsSafeEntriesOnly()
{
    QFETCH(QByteArray, bytes);
    const QString tag = QString(QTest::currentDataTag()).replace(' ', '-');
    const QString path = writeInput("extract-unsafe-" + tag, bytes);
    const QString area = newFolder("extract-" + tag);
    const QString parent = area + "/parent";
    QVERIFY(test::writeFile(parent + "/keep.txt", "keep"));
    const QString target = parent + "/target";

    const auto extracted = ManifestArchive::extract(path, target);
    QVERIFY2(extracted, qPrintable(extracted.error()));
    QCOMPARE(extracted->written, 7);
    QStringList skipped;
    for (const ArchiveEntry& e : extracted->skipped) {
        QVERIFY(!e.isSafe());
        skipped << e.path;
    }
    QCOMPARE(skipped,
             QStringList({ "/abs-evil", "../evil", "git/../../evil", "git/out", "git/abs", "git/hard",
                           "git/ok.txt", "evil-link" }));
    QCOMPARE(ManifestTools::tree(target),
             QStringList({ "data", "data/build.json", "git", "git/deep", "git/deep/up", "git/hard-ok",
                           "git/inside", "git/ok.txt", "git/sub", "git/sub/x" }));
    QCOMPARE(test::readAll(target + "/git/ok.txt"), QByteArray("first"));
    QCOMPARE(QFileInfo(target + "/git/inside").symLinkTarget(), target + "/git/ok.txt");
    QCOMPARE(test::readAll(target + "/git/deep/up"), QByteArray("{}"));
    struct stat a;
    struct stat b;
    QCOMPARE(::lstat(QFile::encodeName(target + "/git/ok.txt").constData(), &a), 0);
    QCOMPARE(::lstat(QFile::encodeName(target + "/git/hard-ok").constData(), &b), 0);
    QCOMPARE(a.st_ino, b.st_ino);

    // Nothing outside the target: the parent holds what it held, no "evil" anywhere.
    QCOMPARE(ManifestTools::tree(parent).filter(QRegularExpression("^(?!target)")),
             QStringList({ "keep.txt" }));
    QCOMPARE(QDir(area).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({ "parent" }));
    QCOMPARE(evilFiles(m_dir.path()), QStringList());
    QVERIFY(!QFileInfo::exists("/abs-evil"));
    QCOMPARE(test::readAll(path), bytes);
}

void TestManifestExtract::extractsManifest()
{
    const QString target = m_dir.filePath("extract-good/target");
    const auto extracted = ManifestArchive::extract(m_sigTbz, target);
    QVERIFY2(extracted, qPrintable(extracted.error()));
    QCOMPARE(extracted->written, 11);
    QVERIFY(extracted->skipped.isEmpty());
    for (const char* file : { "Dockerfile", "bin/run.sh", "src/main.c", "src/data.bin" })
        QCOMPARE(test::readAll(target + "/git/" + file), test::readAll(m_git + "/" + file));
    QCOMPARE(test::readAll(target + "/data/build.log"), QByteArray("step 1\nstep 2\n"));
    struct stat st;
    QCOMPARE(::lstat(QFile::encodeName(target + "/git/bin/run.sh").constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0755));
    QCOMPARE(::lstat(QFile::encodeName(target + "/git/Dockerfile").constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0644));
    QCOMPARE(qint64(st.st_mtime), QFileInfo(m_git + "/Dockerfile").lastModified().toSecsSinceEpoch());
    QCOMPARE(::lstat(QFile::encodeName(target + "/git/src").constData(), &st), 0);
    QVERIFY(S_ISDIR(st.st_mode));
    QCOMPARE(st.st_mode & 07777, mode_t(0755));
    QVERIFY(QFileInfo(target + "/git/link").isSymLink());
    QCOMPARE(QFile::symLinkTarget(target + "/git/link"), target + "/git/Dockerfile");
    QCOMPARE(test::readAll(target + "/git/src/up"), test::readAll(m_git + "/Dockerfile"));
    QCOMPARE(ManifestTools::fileSha256(m_sigTbz), m_sigTbzHash);
}

void TestManifestExtract::extractRefusesTarget_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<bool>("targetIsFile");
    QTest::addColumn<QString>("expected");
    QTest::newRow("folder with a file") << "file.txt" << false << "not empty";
    QTest::newRow("folder with a hidden file") << ".hidden" << false << "not empty";
    QTest::newRow("target is a file") << "" << true << "not a folder";
}

void TestManifestExtract::extractRefusesTarget()
{
    QFETCH(QString, existing);
    QFETCH(bool, targetIsFile);
    QFETCH(QString, expected);
    const QString area = newFolder(QString("refuse-%1").arg(QTest::currentDataTag()).replace(' ', '-'));
    const QString target = area + "/target";
    if (targetIsFile)
        QVERIFY(test::writeFile(target, "a file"));
    else
        QVERIFY(test::writeFile(target + "/" + existing, "there"));
    const QStringList before = ManifestTools::tree(area);
    const auto extracted = ManifestArchive::extract(m_sigTbz, target);
    QVERIFY(!extracted);
    QVERIFY2(extracted.error().contains(expected), qPrintable(extracted.error()));
    QVERIFY2(extracted.error().contains(target), qPrintable(extracted.error()));
    QCOMPARE(ManifestTools::tree(area), before);
}

void TestManifestExtract::extractRemovesLinksLeadingOutThroughLinks()
{
    // Each link stays inside on its own (lexically), but git/a goes through git/b -> git/c -> the
    // target's root, and ".." from there leaves the target.
    ArchiveBuilder b;
    b.dir("git")
        .file("git/file.txt", "x")
        .symlink("git/c", "..")
        .symlink("git/b", "c")
        .symlink("git/a", "b/../..")
        .symlink("git/a2", "b/../../outside.txt");
    const QString path = writeInput("chain.tbz", b.finish());
    const auto listed = ManifestArchive::list(path);
    QVERIFY2(listed, qPrintable(listed.error()));
    for (const ArchiveEntry& e : listed.value())
        QVERIFY2(e.isSafe(), qPrintable(e.path));

    const QString area = newFolder("chain");
    QVERIFY(test::writeFile(area + "/outside.txt", "outside"));
    const QString target = area + "/target";
    const auto extracted = ManifestArchive::extract(path, target);
    QVERIFY2(extracted, qPrintable(extracted.error()));
    QStringList skipped;
    for (const ArchiveEntry& e : extracted->skipped) {
        QVERIFY(e.flags & ArchiveEntry::LinkOutside);
        skipped << e.path;
    }
    skipped.sort();
    QCOMPARE(skipped, QStringList({ "git/a", "git/a2" }));
    QCOMPARE(extracted->written, 4);
    QCOMPARE(ManifestTools::tree(target), QStringList({ "git", "git/b", "git/c", "git/file.txt" }));
    QCOMPARE(QFileInfo(target + "/git/b").canonicalFilePath(), QFileInfo(target).canonicalFilePath());
    QCOMPARE(test::readAll(area + "/outside.txt"), QByteArray("outside"));
}

void TestManifestExtract::extractNeverWritesThroughLinks()
{
    // git/l is a link to a folder, then a file is stored under it: the file goes into a real
    // folder git/l, and the link cannot be made any more.
    ArchiveBuilder b;
    b.symlink("git/l", "../..").dir("git/sub").file("git/l/x.txt", "x");
    const QString path = writeInput("through.tbz", b.finish());
    const QString area = newFolder("through");
    const QString target = area + "/target";
    const auto extracted = ManifestArchive::extract(path, target);
    QVERIFY(extracted);
    QCOMPARE(extracted->skipped.size(), 1);
    QCOMPARE(extracted->skipped.first().path, QString("git/l"));
    QVERIFY(!QFileInfo(target + "/git/l").isSymLink());
    QCOMPARE(ManifestTools::tree(area),
             QStringList({ "target", "target/git", "target/git/l", "target/git/l/x.txt", "target/git/sub" }));

    ArchiveBuilder inside;
    inside.symlink("git/l", "sub").dir("git/sub").file("git/l/x.txt", "x");
    const QString insidePath = writeInput("through-inside.tbz", inside.finish());
    const QString target2 = area + "/target2";
    const auto stopped = ManifestArchive::extract(insidePath, target2);
    QVERIFY(!stopped);
    QVERIFY2(stopped.error().contains("git/l") && stopped.error().contains("stopped"),
             qPrintable(stopped.error()));
    QVERIFY(!QFileInfo(target2 + "/git/l").isSymLink());
    QVERIFY(!QFileInfo::exists(target2 + "/git/sub/x.txt"));
}

void TestManifestExtract::extractsFolderAfterItsFiles()
{
    ArchiveBuilder b;
    b.file("git/a/b.txt", "b").dir("git/a", 0700).file("git/c.sh", "#!/bin/sh\n", 04755);
    const QString path = writeInput("folder-after.tbz", b.finish());
    const QString target = m_dir.filePath("folder-after/target");
    const auto extracted = ManifestArchive::extract(path, target);
    QVERIFY2(extracted, qPrintable(extracted.error()));
    QCOMPARE(extracted->written, 3);
    QCOMPARE(test::readAll(target + "/git/a/b.txt"), QByteArray("b"));
    struct stat st;
    QCOMPARE(::lstat(QFile::encodeName(target + "/git/c.sh").constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0755)); // never set-id
    QCOMPARE(::lstat(QFile::encodeName(target + "/git/a").constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0755));
}

void TestManifestExtract::readsSparseEntries()
{
    // GNU tar stores a file with holes as a sparse entry; its data must read as the file did.
    const QString area = newFolder("sparse");
    QFile sparse(area + "/tree/git/sparse.bin");
    QVERIFY(QDir().mkpath(area + "/tree/git"));
    QVERIFY(sparse.open(QIODevice::WriteOnly));
    QVERIFY(sparse.write("head"));
    QVERIFY(sparse.seek(3 << 20));
    QVERIFY(sparse.write("middle"));
    QVERIFY(sparse.resize(6 << 20));
    sparse.close();
    const QByteArray original = test::readAll(sparse.fileName());
    QProcess tar;
    tar.setWorkingDirectory(area + "/tree");
    tar.start("tar", { "--sparse", "--format=pax", "-cjf", "../sparse.tbz", "git" });
    QVERIFY(tar.waitForFinished(60000));
    QCOMPARE(tar.exitCode(), 0);
    const QString path = area + "/sparse.tbz";
    const auto listed = ManifestArchive::list(path);
    QVERIFY2(listed, qPrintable(listed.error()));
    QCOMPARE(listed->last().path, QString("git/sparse.bin"));
    QCOMPARE(listed->last().size, qint64(6 << 20));
    const auto read = ManifestArchive::readFile(path, "git/sparse.bin", 8 << 20);
    QVERIFY2(read, qPrintable(read.error()));
    QVERIFY(read.value() == original);
    const auto extracted = ManifestArchive::extract(path, area + "/target");
    QVERIFY2(extracted, qPrintable(extracted.error()));
    QVERIFY(test::readAll(area + "/target/git/sparse.bin") == original);
}

QTEST_GUILESS_MAIN(TestManifestExtract)
#include "tst_manifestextract.moc"
