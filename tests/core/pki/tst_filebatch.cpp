#include "PkiTestTools.h"
#include "TestSupport.h"
#include "TmpfsMount.h"
#include "config/ConfigStore.h"
#include "pki/FileBatch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sbs;
using namespace sbs::pki;

namespace {

SecretBytes secret(const char* text)
{
    return SecretBytes(text, qsizetype(qstrlen(text)));
}

} // namespace

class TestFileBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void writesFilesFoldersAndModes();
    void neverOverwrites();
    void danglingLinkCountsAsExisting();
    void backsUpWhatItReplaces();
    void rollsBackWhenAWriteFails();
    void refusesUnwritableFolders_data();
    void refusesUnwritableFolders();
    void refusesDuplicatesAndFolders();
};

void TestFileBatch::cleanup()
{
    FileBatch::setWriteFaultForTesting(nullptr);
}

void TestFileBatch::writesFilesFoldersAndModes()
{
    QTemporaryDir dir;
    const QString pub = dir.filePath(QStringLiteral("a/b/cert.pem"));
    const QString key = dir.filePath(QStringLiteral("a/b/key.pem"));
    const QString top = dir.filePath(QStringLiteral("combined"));
    FileBatch batch;
    batch.add(pub, "certificate");
    batch.addPrivate(key, secret("private"));
    batch.addPrivate(top, secret("both"));
    QVERIFY(batch.check());
    const Result<FileBatch::Written> written = batch.commit();
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written->files, QStringList({ pub, key, top }));
    QCOMPARE(written->folders,
             QStringList({ dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("a/b")) }));
    QVERIFY(written->backups.isEmpty());

    QCOMPARE(test::readAll(pub), QByteArray("certificate"));
    QCOMPARE(test::readAll(key), QByteArray("private"));
    QCOMPARE(test::fileMode(key), 0600);
    QCOMPARE(test::fileMode(top), 0600);
    QCOMPARE(test::fileMode(pub), 0644);
    // New folders are 0700 whatever the umask.
    QCOMPARE(test::fileMode(dir.filePath(QStringLiteral("a"))), 0700);
    QCOMPARE(test::fileMode(dir.filePath(QStringLiteral("a/b"))), 0700);
    // No temporary files are left behind.
    QCOMPARE(test::listTree(dir.path()),
             QStringList({ "a", "a/b", "a/b/cert.pem", "a/b/key.pem", "combined" }));
}

void TestFileBatch::neverOverwrites()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("one.pem"));
    const QString second = dir.filePath(QStringLiteral("sub/two.pem"));
    const QString third = dir.filePath(QStringLiteral("three.pem"));
    const QString fourth = dir.filePath(QStringLiteral("new/four.pem"));
    QVERIFY(test::writeFile(second, "old two"));
    QVERIFY(test::writeFile(third, "old three"));
    const QStringList before = test::listTree(dir.path());

    FileBatch batch;
    batch.add(first, "1");
    batch.add(second, "2");
    batch.addPrivate(third, secret("3"));
    batch.add(fourth, "4");
    const Status checked = batch.check();
    QVERIFY(!checked);
    const Result<FileBatch::Written> written = batch.commit();
    QVERIFY(!written);
    // Every existing file is named, and nothing at all was written.
    QVERIFY2(written.error().contains(second) && written.error().contains(third),
             qPrintable(written.error()));
    QVERIFY(!written.error().contains(first));
    QCOMPARE(test::listTree(dir.path()), before);
    QCOMPARE(test::readAll(second), QByteArray("old two"));
    QCOMPARE(test::readAll(third), QByteArray("old three"));

    const Status targets = FileBatch::checkTargets({ first, second }, QStringLiteral("try something else"));
    QVERIFY(!targets);
    QVERIFY2(targets.error().contains(second)
                 && targets.error().contains(QLatin1String("try something else")),
             qPrintable(targets.error()));
    QVERIFY(FileBatch::checkTargets({ first, fourth }));
}

void TestFileBatch::danglingLinkCountsAsExisting()
{
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("link.pem"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("missing-target")), link));
    FileBatch batch;
    batch.add(link, "x");
    const Result<FileBatch::Written> written = batch.commit();
    QVERIFY(!written);
    QVERIFY2(written.error().contains(link), qPrintable(written.error()));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing-target"))));
}

void TestFileBatch::backsUpWhatItReplaces()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("server-cert.pem"));
    const QString key = dir.filePath(QStringLiteral("server-cert-key.pem"));
    const QString fresh = dir.filePath(QStringLiteral("server-csr.pem"));
    QVERIFY(test::writeFile(cert, "old cert"));
    QVERIFY(test::writeFile(key, "old key"));
    const QDateTime time(QDate(2025, 6, 7), QTime(8, 9, 10, 123), Qt::UTC);

    FileBatch batch;
    batch.setBackupTime(time);
    batch.add(fresh, "new csr", FileBatch::Existing::BackUp);
    batch.add(cert, "new cert", FileBatch::Existing::BackUp);
    batch.addPrivate(key, secret("new key"), FileBatch::Existing::BackUp);
    const Result<FileBatch::Written> written = batch.commit();
    QVERIFY2(written, qPrintable(written.error()));

    const QString certBackup = config::ConfigStore::backupName(cert, time);
    const QString keyBackup = config::ConfigStore::backupName(key, time);
    QVERIFY2(certBackup.startsWith(cert + QStringLiteral(".2025-06-07_08-09-10.")), qPrintable(certBackup));
    QCOMPARE(written->backups, QStringList({ certBackup, keyBackup }));
    QCOMPARE(test::readAll(certBackup), QByteArray("old cert"));
    QCOMPARE(test::readAll(keyBackup), QByteArray("old key"));
    QCOMPARE(test::readAll(cert), QByteArray("new cert"));
    QCOMPARE(test::readAll(key), QByteArray("new key"));
    QCOMPARE(test::fileMode(key), 0600);
    QCOMPARE(test::readAll(fresh), QByteArray("new csr"));
}

void TestFileBatch::rollsBackWhenAWriteFails()
{
    QTemporaryDir dir;
    const QString replaced = dir.filePath(QStringLiteral("cert.pem"));
    const QString created = dir.filePath(QStringLiteral("new/deeper/csr.pem"));
    const QString failing = dir.filePath(QStringLiteral("new/deeper/key.pem"));
    QVERIFY(test::writeFile(replaced, "original"));
    const QStringList before = test::listTree(dir.path());

    FileBatch::setWriteFaultForTesting([failing](const QString& path) { return path == failing; });
    FileBatch batch;
    batch.add(replaced, "replacement", FileBatch::Existing::BackUp);
    batch.add(created, "csr");
    batch.addPrivate(failing, secret("key"));
    const Result<FileBatch::Written> written = batch.commit();
    QVERIFY(!written);
    QVERIFY2(written.error().contains(failing)
                 && written.error().contains(QLatin1String("nothing was changed")),
             qPrintable(written.error()));
    // The backup went back, the written file and the new folders are gone.
    QCOMPARE(test::listTree(dir.path()), before);
    QCOMPARE(test::readAll(replaced), QByteArray("original"));
}

void TestFileBatch::refusesUnwritableFolders_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a regular file in the path") << "file"
                                                << "is a file, not a folder";
    QTest::newRow("the file itself in the path") << "file-direct"
                                                 << "is a file, not a folder";
    QTest::newRow("read-only file system") << "readonly"
                                           << "is not writable";
}

void TestFileBatch::refusesUnwritableFolders()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    // The tests run as root, for whom permission bits do not stop a write. Two things still
    // do: a path that goes through a regular file, and a read-only file system (a tmpfs
    // mounted read-only, which needs root and is skipped where mounting is not allowed).
    QTemporaryDir dir;
    QString target;
    std::unique_ptr<test::TmpfsMount> mount;
    if (kind == QLatin1String("file")) {
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("plain")), "x"));
        target = dir.filePath(QStringLiteral("plain/sub/out.pem"));
    } else if (kind == QLatin1String("file-direct")) {
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("plain")), "x"));
        target = dir.filePath(QStringLiteral("plain/out.pem"));
    } else {
        const QString mountPoint = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkdir(mountPoint));
        mount = std::make_unique<test::TmpfsMount>(mountPoint, QStringLiteral("size=64k"));
        if (!mount->isMounted())
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: ") + mount->error()));
        QVERIFY2(mount->remountReadOnly(), qPrintable(mount->error()));
        target = mountPoint + QStringLiteral("/sub/out.pem");
    }
    const QStringList before = test::listTree(dir.path());
    FileBatch batch;
    batch.add(dir.filePath(QStringLiteral("fine.pem")), "fine");
    batch.add(target, "x");
    const Result<FileBatch::Written> written = batch.commit();
    QVERIFY(!written);
    QVERIFY2(written.error().contains(expected), qPrintable(written.error()));
    QCOMPARE(test::listTree(dir.path()), before);
}

void TestFileBatch::refusesDuplicatesAndFolders()
{
    QTemporaryDir dir;
    FileBatch twice;
    twice.add(dir.filePath(QStringLiteral("a.pem")), "1");
    twice.add(dir.filePath(QStringLiteral("./a.pem")), "2");
    const Status duplicate = twice.check();
    QVERIFY2(!duplicate && duplicate.error().contains(QLatin1String("written twice")),
             qPrintable(duplicate.error()));

    FileBatch folder;
    folder.add(dir.path(), "x", FileBatch::Existing::BackUp);
    const Status isFolder = folder.check();
    QVERIFY2(!isFolder && isFolder.error().contains(QLatin1String("is a folder")),
             qPrintable(isFolder.error()));
    QVERIFY(test::listTree(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestFileBatch)
#include "tst_filebatch.moc"
