#include "FileAccessDrop.h"
#include "FolderSnapshot.h"
#include "TestSupport.h"
#include "TmpfsMount.h"
#include "config/ConfigDocument.h"
#include "config/ConfigStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/stat.h>

using sbs::config::ConfigDocument;
using sbs::config::ConfigStore;
using sbs::test::FolderSnapshot;

namespace {

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

ConfigDocument sampleDocument(int paddingBytes = 0)
{
    ConfigDocument doc;
    doc.setString(QStringLiteral("HOSTNAME"), QStringLiteral("sbs.example.com"));
    doc.setString(QStringLiteral("SECRET"), QStringLiteral("c2VjcmV0"));
    if (paddingBytes > 0)
        doc.setString(QStringLiteral("X_PADDING"), QString(paddingBytes, QLatin1Char('p')));
    return doc;
}

const QDateTime FixedTime(QDate(2021, 2, 4), QTime(13, 25, 52, 512), Qt::UTC);

} // namespace

class TestConfigStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void backupName_data();
    void backupName();
    void backupNameNowHasMicroseconds();
    void saveNewFile();
    void saveExistingFile_data();
    void saveExistingFile();
    void consecutiveSavesKeepEveryVersion();
    void existingBackupIsNeverOverwritten();
    void refusedTargets_data();
    void refusedTargets();
    void interruptedWrite_data();
    void interruptedWrite();
    void readOnlyFolder_data();
    void readOnlyFolder();
    void diskFull_data();
    void diskFull();
};

void TestConfigStore::cleanup()
{
    ConfigStore::setClockForTesting({});
    ConfigStore::setWriteFaultForTesting({});
}

void TestConfigStore::backupName_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");

    QTest::newRow("guide example") << FixedTime << "sbs-config.json.2021-02-04_13-25-52.512000";
    QTest::newRow("zero padded") << QDateTime(QDate(2000, 1, 2), QTime(3, 4, 5, 6), Qt::UTC)
                                 << "sbs-config.json.2000-01-02_03-04-05.006000";
    QTest::newRow("end of year") << QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC)
                                 << "sbs-config.json.1999-12-31_23-59-59.999000";
    QTest::newRow("offset converted to UTC")
        << QDateTime(QDate(2021, 2, 4), QTime(15, 25, 52, 512), QTimeZone(2 * 3600))
        << "sbs-config.json.2021-02-04_13-25-52.512000";
}

void TestConfigStore::backupName()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(ConfigStore::backupName(QStringLiteral("sbs-config.json"), time), expected);
    QCOMPARE(ConfigStore::backupName(QStringLiteral("/a/b/sbs-config.json"), time),
             QStringLiteral("/a/b/") + expected);
}

void TestConfigStore::backupNameNowHasMicroseconds()
{
    static const QRegularExpression form(
        QStringLiteral("^x\\.(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})\\.(\\d{6})$"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString name = ConfigStore::backupName(QStringLiteral("x"), QDateTime());
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    const auto match = form.match(name);
    QVERIFY2(match.hasMatch(), qPrintable(name));
    QDateTime stamp = QDateTime::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
    stamp.setTimeSpec(Qt::UTC);
    QVERIFY(stamp >= before.addMSecs(-before.time().msec()) && stamp <= after);

    // The test clock replaces "now".
    ConfigStore::setClockForTesting([] { return FixedTime; });
    QCOMPARE(ConfigStore::backupName(QStringLiteral("x"), QDateTime()),
             QStringLiteral("x.2021-02-04_13-25-52.512000"));
}

void TestConfigStore::saveNewFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sbs-config.json"));
    const ConfigDocument doc = sampleDocument();

    auto saved = ConfigStore::save(doc, path);
    QVERIFY2(saved.isOk(), qPrintable(saved.error()));
    QCOMPARE(saved->path, path);
    QVERIFY(saved->backupPath.isEmpty());
    QCOMPARE(sbs::test::readAll(path), doc.toJson());
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(FolderSnapshot(dir.path()).names(), QStringList({ "sbs-config.json" }));
}

void TestConfigStore::saveExistingFile_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<int>("originalMode");

    QTest::newRow("readable by all") << QByteArray("{\n  \"HOSTNAME\": \"old.example.com\"\n}\n") << 0644;
    QTest::newRow("owner only") << QByteArray("{\"A\": 1}") << 0600;
    static const char binary[] = "not json at all \xff\x00 bytes";
    QTest::newRow("not even json") << QByteArray(binary, sizeof(binary) - 1) << 0640;
    QTest::newRow("empty") << QByteArray() << 0644;
}

void TestConfigStore::saveExistingFile()
{
    QFETCH(QByteArray, original);
    QFETCH(int, originalMode);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sbs-config.json"));
    QVERIFY(sbs::test::writeFile(path, original));
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(originalMode)), 0);
    ConfigStore::setClockForTesting([] { return FixedTime; });

    const ConfigDocument doc = sampleDocument();
    auto saved = ConfigStore::save(doc, path);
    QVERIFY2(saved.isOk(), qPrintable(saved.error()));
    const QString backup = path + QStringLiteral(".2021-02-04_13-25-52.512000");
    QCOMPARE(saved->backupPath, backup);
    QCOMPARE(sbs::test::readAll(backup), original);
    QCOMPARE(modeOf(backup), 0600);
    QCOMPARE(sbs::test::readAll(path), doc.toJson());
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(FolderSnapshot(dir.path()).names(),
             QStringList({ "sbs-config.json", "sbs-config.json.2021-02-04_13-25-52.512000" }));
}

void TestConfigStore::consecutiveSavesKeepEveryVersion()
{
    // With the real clock every save gets its own backup name (microseconds).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sbs-config.json"));
    QList<QByteArray> versions;
    for (int i = 0; i < 4; ++i) {
        ConfigDocument doc = sampleDocument();
        doc.setValue(QStringLiteral("VERSION"), i);
        auto saved = ConfigStore::save(doc, path);
        QVERIFY2(saved.isOk(), qPrintable(saved.error()));
        if (i > 0) {
            QVERIFY(!saved->backupPath.isEmpty());
            QCOMPARE(sbs::test::readAll(saved->backupPath), versions.constLast());
        }
        versions.append(doc.toJson());
    }
    const FolderSnapshot after(dir.path());
    QCOMPARE(after.names().size(), 4);
    QCOMPARE(after.contents(QStringLiteral("sbs-config.json")), versions.constLast());
}

void TestConfigStore::existingBackupIsNeverOverwritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sbs-config.json"));
    const QString backup = path + QStringLiteral(".2021-02-04_13-25-52.512000");
    QVERIFY(sbs::test::writeFile(path, "{\"VERSION\": 2}"));
    QVERIFY(sbs::test::writeFile(backup, "{\"VERSION\": 1}"));
    ConfigStore::setClockForTesting([] { return FixedTime; });
    const FolderSnapshot before(dir.path());

    auto saved = ConfigStore::save(sampleDocument(), path);
    QVERIFY(!saved.isOk());
    QVERIFY2(saved.error().contains(backup), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains(QLatin1String("already exists")), qPrintable(saved.error()));
    QVERIFY2(FolderSnapshot(dir.path()) == before, qPrintable(FolderSnapshot(dir.path()).describe()));
}

void TestConfigStore::refusedTargets_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedPart");

    QTest::newRow("missing folder") << "missing-folder"
                                    << "does not exist";
    QTest::newRow("target is a folder") << "folder"
                                        << "not a regular file";
    QTest::newRow("dangling symlink") << "dangling"
                                      << "not a regular file";
}

void TestConfigStore::refusedTargets()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedPart);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("sbs-config.json"));
    if (kind == QLatin1String("missing-folder"))
        path = dir.filePath(QStringLiteral("no-such-folder/sbs-config.json"));
    else if (kind == QLatin1String("folder"))
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sbs-config.json")));
    else if (kind == QLatin1String("dangling"))
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere.json")), path));
    const FolderSnapshot before(dir.path());

    auto saved = ConfigStore::save(sampleDocument(), path);
    QVERIFY(!saved.isOk());
    QVERIFY2(saved.error().contains(path), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains(expectedPart), qPrintable(saved.error()));
    QVERIFY2(FolderSnapshot(dir.path()) == before, qPrintable(FolderSnapshot(dir.path()).describe()));
}

void TestConfigStore::interruptedWrite_data()
{
    QTest::addColumn<QString>("failing");
    QTest::addColumn<bool>("existing");

    QTest::newRow("backup write fails") << "backup" << true;
    QTest::newRow("config write fails") << "config" << true;
    QTest::newRow("config write fails, new file") << "config" << false;
}

void TestConfigStore::interruptedWrite()
{
    QFETCH(QString, failing);
    QFETCH(bool, existing);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sbs-config.json"));
    if (existing)
        QVERIFY(sbs::test::writeFile(
            path, "{\n  \"HOSTNAME\": \"original.example.com\",\n  \"X\": \"keep me\"\n}\n"));
    const FolderSnapshot before(dir.path());

    QStringList asked;
    ConfigStore::setWriteFaultForTesting([&](const QString& target) {
        asked.append(target);
        return failing == QLatin1String("backup") ? target != path : target == path;
    });

    auto saved = ConfigStore::save(sampleDocument(4000), path);
    QVERIFY(!saved.isOk());
    QVERIFY2(saved.error().contains(path), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains(dir.path()), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains(QLatin1String("interrupted")), qPrintable(saved.error()));
    QVERIFY(!asked.isEmpty());
    QVERIFY2(FolderSnapshot(dir.path()) == before, qPrintable(FolderSnapshot(dir.path()).describe()));

    // Without the fault the same save goes through.
    ConfigStore::setWriteFaultForTesting({});
    auto retried = ConfigStore::save(sampleDocument(4000), path);
    QVERIFY2(retried.isOk(), qPrintable(retried.error()));
}

void TestConfigStore::readOnlyFolder_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("existing");

    // Folder mode 0555: as root, made to apply through the file-system user id.
    QTest::newRow("folder mode 0555, existing file") << "mode" << true;
    QTest::newRow("folder mode 0555, new file") << "mode" << false;
    // A tmpfs remounted read-only: refuses even root.
    QTest::newRow("read-only mount, existing file") << "mount" << true;
    QTest::newRow("read-only mount, new file") << "mount" << false;
}

void TestConfigStore::readOnlyFolder()
{
    QFETCH(QString, how);
    QFETCH(bool, existing);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("profile"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/sbs-config.json");
    const QByteArray original = "{\"HOSTNAME\": \"original.example.com\"}";

    std::unique_ptr<sbs::test::TmpfsMount> mount;
    if (how == QLatin1String("mount")) {
        mount = std::make_unique<sbs::test::TmpfsMount>(folder, QStringLiteral("size=1m,mode=0755"));
        if (!mount->isMounted())
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: %1").arg(mount->error())));
    }
    if (existing)
        QVERIFY(sbs::test::writeFile(path, original));
    const FolderSnapshot before(folder);

    sbs::Result<ConfigStore::Saved> saved = sbs::Result<ConfigStore::Saved>::fail(QString());
    if (mount) {
        QVERIFY2(mount->remountReadOnly(), qPrintable(mount->error()));
        saved = ConfigStore::save(sampleDocument(), path);
    } else {
        // Searchable and readable by everyone, writable by no one but root.
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0555), 0);
        {
            sbs::test::FileAccessDrop drop;
            QFile probe(folder + QStringLiteral("/probe"));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                QSKIP("folder permissions cannot be made to apply to this process");
            }
            saved = ConfigStore::save(sampleDocument(), path);
        }
    }
    QVERIFY(!saved.isOk());
    QVERIFY2(saved.error().contains(path), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains(folder), qPrintable(saved.error()));
    QVERIFY2(FolderSnapshot(folder) == before, qPrintable(FolderSnapshot(folder).describe()));
    if (existing)
        QCOMPARE(sbs::test::readAll(path), original);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestConfigStore::diskFull_data()
{
    QTest::addColumn<int>("originalBytes");
    QTest::addColumn<int>("newBytes");

    // The file system holds 64 KiB.
    QTest::newRow("new content does not fit") << 1000 << 100000;
    QTest::newRow("backup does not fit") << 40000 << 100;
    QTest::newRow("new file does not fit") << 0 << 100000;
}

void TestConfigStore::diskFull()
{
    QFETCH(int, originalBytes);
    QFETCH(int, newBytes);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(folder));
    sbs::test::TmpfsMount mount(folder, QStringLiteral("size=64k,mode=0700"));
    if (!mount.isMounted())
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: %1").arg(mount.error())));

    const QString path = folder + QStringLiteral("/sbs-config.json");
    QByteArray original;
    if (originalBytes > 0) {
        original = "{\"X_PADDING\": \"" + QByteArray(originalBytes, 'o') + "\"}";
        QVERIFY(sbs::test::writeFile(path, original));
    }
    const FolderSnapshot before(folder);

    auto saved = ConfigStore::save(sampleDocument(newBytes), path);
    QVERIFY(!saved.isOk());
    QVERIFY2(saved.error().contains(path), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains(folder), qPrintable(saved.error()));
    const QString noSpace = QString::fromLocal8Bit(std::strerror(ENOSPC));
    QVERIFY2(saved.error().contains(noSpace), qPrintable(saved.error()));
    QVERIFY2(FolderSnapshot(folder) == before, qPrintable(FolderSnapshot(folder).describe()));
    if (originalBytes > 0)
        QCOMPARE(sbs::test::readAll(path), original);
}

QTEST_GUILESS_MAIN(TestConfigStore)
#include "tst_configstore.moc"
