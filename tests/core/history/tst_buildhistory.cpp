#include "TestSupport.h"
#include "history/BuildHistory.h"
#include "models/BuildHistoryModel.h"
#include "util/Duration.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sbs;
using history::BuildHistory;
using history::BuildRecord;
using history::Stage;
using history::StageCount;
using models::BuildHistoryModel;
using BuildResult = BuildRecord::Result;

namespace {

const QString ProfileA = QStringLiteral("/profiles/a/sbs-config.json");
const QString ProfileB = QStringLiteral("/profiles/b/sbs-config.json");
const QDateTime Base = QDateTime(QDate(2024, 3, 10), QTime(9, 0), Qt::UTC);

// A build of profile with key that started minutes after Base and whose stages took the given
// seconds each (-1: that stage's time is unknown); it ended at its last known stage.
BuildRecord makeBuild(const QString& profile, const QString& key, int minutes, const QList<int>& stageSeconds,
                      BuildResult result = BuildResult::Succeeded)
{
    BuildRecord record;
    record.profile = profile;
    record.key = key;
    record.buildName = QStringLiteral("build-%1").arg(key);
    record.imageTag = QStringLiteral("registry.example.com/app:%1").arg(key);
    record.started = Base.addSecs(minutes * 60);
    record.result = result;
    QDateTime at = record.started;
    for (int i = 0; i < stageSeconds.size() && i < StageCount; ++i) {
        if (stageSeconds.at(i) < 0)
            continue;
        at = at.addSecs(stageSeconds.at(i));
        record.stageReached[i] = at;
    }
    record.ended = at;
    return record;
}

// RFC 4180 records of text: fields separated by commas, quoted fields with doubled quotes and
// line breaks, records ended by CRLF.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

// The user_version of the SQLite file at path, read on a connection of its own.
int userVersionOf(const QString& path)
{
    int version = -2;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                version = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return version;
}

bool setUserVersion(const QString& path, int version)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return ok;
}

QStringList movedFiles(const QString& dir)
{
    return QDir(dir).entryList({ QStringLiteral("history.sqlite.corrupt-*") }, QDir::Files, QDir::Name);
}

} // namespace

class TestBuildHistory : public QObject
{
    Q_OBJECT

private:
    QString dbPath(const QTemporaryDir& dir) const
    {
        return dir.filePath(QStringLiteral("data/history.sqlite"));
    }

private Q_SLOTS:
    void initTestCase();
    void freshOpenCreatesSchema();
    void defaultPathIsInAppData();
    void emptyFileIsNewHistory();
    void roundTripsEveryField();
    void upsertsByKey();
    void keepsProfilesApart();
    void survivesReopen();
    void medians();
    void failsWhenClosed();
    void movesCorruptFileAside_data();
    void movesCorruptFileAside();
    void movesNewerSchemaAside();
    void failsWithoutWritableFolder();
    void exportsCsv();
    void exportFailureLeavesNoFile();
    void forgetsProfile();
    void modelShowsNewestFirst();
    void modelFollowsHistory();
};

void TestBuildHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBuildHistory::freshOpenCreatesSchema()
{
    QTemporaryDir dir;
    BuildHistory history;
    QVERIFY(!history.isOpen());
    const Status opened = history.open(dbPath(dir));
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(history.isOpen());
    QCOMPARE(history.path(), dbPath(dir));
    QVERIFY(QFileInfo::exists(dbPath(dir))); // the folder was created too
    QCOMPARE(history.schemaVersion(), BuildHistory::SchemaVersion);
    QVERIFY(history.recoveryMessage().isEmpty());
    QVERIFY(history.builds(ProfileA).isEmpty());
    QVERIFY(movedFiles(dir.filePath(QStringLiteral("data"))).isEmpty());
}

void TestBuildHistory::defaultPathIsInAppData()
{
    QCOMPARE(BuildHistory::defaultPath(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                 + QStringLiteral("/history.sqlite"));
}

void TestBuildHistory::emptyFileIsNewHistory()
{
    // An empty file is an empty SQLite database: it gets the schema and is not moved aside.
    QTemporaryDir dir;
    QVERIFY(test::writeFile(dbPath(dir), QByteArray()));
    BuildHistory history;
    QVERIFY(history.open(dbPath(dir)));
    QCOMPARE(history.schemaVersion(), BuildHistory::SchemaVersion);
    QVERIFY(history.recoveryMessage().isEmpty());
    QVERIFY(movedFiles(dir.filePath(QStringLiteral("data"))).isEmpty());
    QVERIFY(history.store(makeBuild(ProfileA, QStringLiteral("k"), 0, { 1 })));
}

void TestBuildHistory::roundTripsEveryField()
{
    QTemporaryDir dir;
    BuildHistory history;
    QVERIFY(history.open(dbPath(dir)));

    BuildRecord record;
    record.profile = ProfileA;
    record.key = QStringLiteral("build-7f3a");
    record.buildName = QStringLiteral("sbs-20240310-0900");
    record.imageTag = QStringLiteral("registry.example.com/team/app:1.4.2");
    // Given in local time with milliseconds; it comes back as the same instant, in UTC.
    record.started = QDateTime(QDate(2024, 3, 10), QTime(10, 15, 30, 250), Qt::LocalTime);
    record.ended = record.started.addMSecs(754321);
    record.result = BuildResult::Failed;
    record.stageReached[int(Stage::CleanedUp)] = record.started.addSecs(3);
    record.stageReached[int(Stage::GithubCloned)] = record.started.addSecs(20);
    record.stageReached[int(Stage::ImageBuilt)] = record.started.addSecs(700);
    // ImagePushed and Success were never reached: invalid.
    record.failedCommand
        = QStringLiteral("buildah push --creds \"robot,ci\" \\\n  'ghcr.io/ünïcødé/app:1' — ✓");
    record.exitCode = 125;
    record.timesFromServer = true;

    QSignalSpy changed(&history, &BuildHistory::changed);
    const Result<qint64> id = history.store(record);
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(id.value() > 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), ProfileA);

    const QList<BuildRecord> builds = history.builds(ProfileA);
    QCOMPARE(builds.size(), 1);
    const BuildRecord& back = builds.first();
    QCOMPARE(back.id, id.value());
    QCOMPARE(back.profile, record.profile);
    QCOMPARE(back.key, record.key);
    QCOMPARE(back.buildName, record.buildName);
    QCOMPARE(back.imageTag, record.imageTag);
    QCOMPARE(back.started, record.started);
    QCOMPARE(back.started.timeSpec(), Qt::UTC);
    QCOMPARE(back.started.toUTC().time(), record.started.toUTC().time());
    QCOMPARE(back.ended, record.ended);
    QCOMPARE(back.ended.timeSpec(), Qt::UTC);
    QCOMPARE(back.durationMs(), 754321);
    QCOMPARE(back.result, BuildResult::Failed);
    QCOMPARE(back.stageReached.size(), StageCount);
    for (int i = 0; i < StageCount; ++i) {
        QCOMPARE(back.stageReached.at(i).isValid(), record.stageReached.at(i).isValid());
        QCOMPARE(back.stageReached.at(i), record.stageReached.at(i));
    }
    QCOMPARE(back.failedCommand, record.failedCommand);
    QCOMPARE(back.exitCode, 125);
    QCOMPARE(back.timesFromServer, true);

    const Result<BuildRecord> single = history.build(id.value());
    QVERIFY2(single, qPrintable(single.error()));
    QCOMPARE(single->failedCommand, record.failedCommand);
    QCOMPARE(single->started, record.started);
    const Result<BuildRecord> missing = history.build(id.value() + 100);
    QVERIFY(!missing);
    QVERIFY(!missing.error().isEmpty());

    // A record without a start or an end keeps them unknown.
    BuildRecord bare;
    bare.profile = ProfileA;
    bare.key = QStringLiteral("bare");
    bare.result = BuildResult::Stopped;
    const Result<qint64> bareId = history.store(bare);
    QVERIFY2(bareId, qPrintable(bareId.error()));
    const Result<BuildRecord> bareBack = history.build(bareId.value());
    QVERIFY(bareBack);
    QVERIFY(!bareBack->started.isValid());
    QVERIFY(!bareBack->ended.isValid());
    QCOMPARE(bareBack->result, BuildResult::Stopped);
    QCOMPARE(bareBack->durationMs(), -1);
}

void TestBuildHistory::upsertsByKey()
{
    QTemporaryDir dir;
    BuildHistory history;
    QVERIFY(history.open(dbPath(dir)));

    BuildRecord running = makeBuild(ProfileA, QStringLiteral("k1"), 0, { 2, 10 });
    running.ended = QDateTime();
    running.buildName.clear(); // not named yet
    const Result<qint64> first = history.store(running);
    QVERIFY2(first, qPrintable(first.error()));

    BuildRecord finished = makeBuild(ProfileA, QStringLiteral("k1"), 0, { 2, 10, 300, 40, 5 });
    finished.id = 0; // the key, not the id, tells the row
    const Result<qint64> second = history.store(finished);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second.value(), first.value());

    const QList<BuildRecord> builds = history.builds(ProfileA);
    QCOMPARE(builds.size(), 1);
    QCOMPARE(builds.first().buildName, QStringLiteral("build-k1"));
    QCOMPARE(builds.first().ended, finished.ended);
    QCOMPARE(builds.first().stageReached.at(int(Stage::Success)),
             finished.stageReached.at(int(Stage::Success)));

    const Result<qint64> other = history.store(makeBuild(ProfileA, QStringLiteral("k2"), 30, { 1 }));
    QVERIFY(other);
    QVERIFY(other.value() != first.value());
    QCOMPARE(history.builds(ProfileA).size(), 2);
}

void TestBuildHistory::keepsProfilesApart()
{
    QTemporaryDir dir;
    BuildHistory history;
    QVERIFY(history.open(dbPath(dir)));
    // The same key in two profiles is two builds.
    const Result<qint64> a = history.store(makeBuild(ProfileA, QStringLiteral("same"), 0, { 1 }));
    const Result<qint64> b = history.store(makeBuild(ProfileB, QStringLiteral("same"), 5, { 2 }));
    QVERIFY(a && b);
    QVERIFY(a.value() != b.value());
    QCOMPARE(history.builds(ProfileA).size(), 1);
    QCOMPARE(history.builds(ProfileA).first().id, a.value());
    QCOMPARE(history.builds(ProfileB).size(), 1);
    QCOMPARE(history.builds(ProfileB).first().id, b.value());
    QVERIFY(history.builds(QStringLiteral("/elsewhere")).isEmpty());
}

void TestBuildHistory::survivesReopen()
{
    QTemporaryDir dir;
    qint64 id = 0;
    {
        BuildHistory history;
        QVERIFY(history.open(dbPath(dir)));
        const Result<qint64> stored = history.store(makeBuild(ProfileA, QStringLiteral("k"), 0, { 4, 8 }));
        QVERIFY(stored);
        id = stored.value();
    }
    // A second instance while another is open uses its own connection.
    BuildHistory history;
    BuildHistory other;
    QVERIFY(history.open(dbPath(dir)));
    QVERIFY(other.open(dbPath(dir)));
    QVERIFY(history.recoveryMessage().isEmpty());
    const QList<BuildRecord> builds = history.builds(ProfileA);
    QCOMPARE(builds.size(), 1);
    QCOMPARE(builds.first().id, id);
    QCOMPARE(builds.first().stageDurationMs(Stage::GithubCloned), 8000);
    QCOMPARE(other.builds(ProfileA).size(), 1);
}

void TestBuildHistory::medians()
{
    QTemporaryDir dir;
    BuildHistory history;
    QVERIFY(history.open(dbPath(dir)));
    QCOMPARE(history.medianStageDurations(ProfileA), QList<qint64>(StageCount, -1));

    // Stage 1: 10, 30, 20, 50 s (even count: (20 + 30) / 2); stage 2: 100, 40, 60, 80 s; stage
    // 3: 7, 9, 3 s (odd count) and unknown in s2; stages 4 and 5 never reached.
    QVERIFY(history.store(makeBuild(ProfileA, QStringLiteral("s1"), 0, { 10, 100, 7 })));
    QVERIFY(history.store(makeBuild(ProfileA, QStringLiteral("s2"), 10, { 30, 40, -1 })));
    QVERIFY(history.store(makeBuild(ProfileA, QStringLiteral("s3"), 20, { 20, 60, 9 })));
    QVERIFY(history.store(makeBuild(ProfileA, QStringLiteral("s4"), 30, { 50, 80, 3 })));
    // Failed and stopped builds do not count, however long they took.
    QVERIFY(history.store(
        makeBuild(ProfileA, QStringLiteral("f"), 40, { 900, 900, 900, 900 }, BuildResult::Failed)));
    QVERIFY(
        history.store(makeBuild(ProfileA, QStringLiteral("x"), 50, { 1, 1, 1, 1 }, BuildResult::Stopped)));
    // Nor do another profile's.
    QVERIFY(history.store(makeBuild(ProfileB, QStringLiteral("s1"), 0, { 5000, 5000, 5000, 5000, 5000 })));

    QCOMPARE(history.medianStageDurations(ProfileA), QList<qint64>({ 25000, 70000, 7000, -1, -1 }));

    // Leaving out s1 (the build being shown): stage 1 over 30, 20, 50 → 30 s; stage 2 over 40,
    // 60, 80 → 60 s; stage 3 over 9, 3 → 6 s.
    const qint64 s1 = history.builds(ProfileA).first().id;
    QCOMPARE(history.medianStageDurations(ProfileA, s1), QList<qint64>({ 30000, 60000, 6000, -1, -1 }));
    QCOMPARE(history.medianStageDurations(QStringLiteral("/none")), QList<qint64>(StageCount, -1));
}

void TestBuildHistory::failsWhenClosed()
{
    BuildHistory history;
    const Result<qint64> stored = history.store(makeBuild(ProfileA, QStringLiteral("k"), 0, { 1 }));
    QVERIFY(!stored);
    QVERIFY(!stored.error().isEmpty());
    QVERIFY(!history.forget(ProfileA));
    QTemporaryDir dir;
    QVERIFY(!history.exportCsv(ProfileA, dir.filePath(QStringLiteral("out.csv"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.csv"))));

    // Neither an empty profile nor an empty key makes a row that could be found again.
    QVERIFY(history.open(dir.filePath(QStringLiteral("history.sqlite"))));
    QVERIFY(!history.store(makeBuild(ProfileA, QString(), 0, { 1 })));
    QVERIFY(!history.store(makeBuild(QString(), QStringLiteral("k"), 0, { 1 })));
    QVERIFY(history.builds(ProfileA).isEmpty());
}

void TestBuildHistory::movesCorruptFileAside_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("random bytes") << QStringLiteral("random");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("truncated database") << QStringLiteral("truncated");
    QTest::newRow("damaged pages") << QStringLiteral("damaged");
}

void TestBuildHistory::movesCorruptFileAside()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QByteArray bytes;
    if (kind == QLatin1String("random")) {
        for (int i = 0; i < 8192; ++i)
            bytes += char((i * 7919 + 13) % 251);
    } else if (kind == QLatin1String("text")) {
        bytes = "this is not a database\n";
    } else {
        // A real history with enough rows to span many pages, then broken.
        {
            BuildHistory history;
            QVERIFY(history.open(path));
            for (int i = 0; i < 400; ++i) {
                BuildRecord record = makeBuild(ProfileA, QString::number(i), i, { 1, 2, 3, 4, 5 });
                record.failedCommand = QString(200, QLatin1Char('x'));
                QVERIFY(history.store(record));
            }
        }
        bytes = test::readAll(path);
        QVERIFY(bytes.size() > 8 * 4096);
        if (kind == QLatin1String("truncated")) {
            bytes.truncate(bytes.size() / 3);
        } else {
            // Overwrite the middle pages, leaving the header intact.
            for (qsizetype i = 4096; i < bytes.size() - 4096; ++i)
                bytes[i] = char(i % 256);
        }
    }
    QVERIFY(test::writeFile(path, bytes));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    BuildHistory history;
    const Status opened = history.open(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(history.isOpen());
    QCOMPARE(history.schemaVersion(), BuildHistory::SchemaVersion);

    const QStringList moved = movedFiles(QFileInfo(path).absolutePath());
    QCOMPARE(moved.size(), 1);
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^history\\.sqlite\\.corrupt-(\\d{8}-\\d{6})$"))
              .match(moved.first());
    QVERIFY2(match.hasMatch(), qPrintable(moved.first()));
    QDateTime stamp = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    stamp.setTimeSpec(Qt::UTC);
    QVERIFY2(stamp >= before && stamp <= QDateTime::currentDateTimeUtc(), qPrintable(match.captured(1)));

    const QString movedPath = QFileInfo(path).absoluteDir().filePath(moved.first());
    QCOMPARE(test::readAll(movedPath), bytes);
    QVERIFY2(history.recoveryMessage().contains(QDir::toNativeSeparators(movedPath)),
             qPrintable(history.recoveryMessage()));

    // The new history is empty and works.
    QVERIFY(history.builds(ProfileA).isEmpty());
    QVERIFY(history.store(makeBuild(ProfileA, QStringLiteral("new"), 0, { 1 })));
    QCOMPARE(history.builds(ProfileA).size(), 1);

    // The next start finds a sound history and says nothing.
    BuildHistory again;
    QVERIFY(again.open(path));
    QVERIFY(again.recoveryMessage().isEmpty());
    QCOMPARE(again.builds(ProfileA).size(), 1);
    QCOMPARE(movedFiles(QFileInfo(path).absolutePath()).size(), 1);
}

void TestBuildHistory::movesNewerSchemaAside()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    {
        BuildHistory history;
        QVERIFY(history.open(path));
        QVERIFY(history.store(makeBuild(ProfileA, QStringLiteral("k"), 0, { 1 })));
    }
    QVERIFY(setUserVersion(path, BuildHistory::SchemaVersion + 1));
    const QByteArray bytes = test::readAll(path);

    BuildHistory history;
    QVERIFY(history.open(path));
    QCOMPARE(history.schemaVersion(), BuildHistory::SchemaVersion);
    QVERIFY(history.builds(ProfileA).isEmpty());
    const QStringList moved = movedFiles(QFileInfo(path).absolutePath());
    QCOMPARE(moved.size(), 1);
    const QString movedPath = QFileInfo(path).absoluteDir().filePath(moved.first());
    QCOMPARE(test::readAll(movedPath), bytes);
    QCOMPARE(userVersionOf(movedPath), BuildHistory::SchemaVersion + 1);
    QVERIFY2(history.recoveryMessage().contains(QDir::toNativeSeparators(movedPath)),
             qPrintable(history.recoveryMessage()));
    QVERIFY(history.recoveryMessage().contains(QStringLiteral("newer")));
}

void TestBuildHistory::failsWithoutWritableFolder()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    QVERIFY(test::writeFile(file, "not a folder"));
    BuildHistory history;
    const Status opened = history.open(file + QStringLiteral("/sub/history.sqlite"));
    QVERIFY(!opened);
    QVERIFY(opened.error().contains(QDir::toNativeSeparators(file)));
    QVERIFY(!history.isOpen());
    QVERIFY(history.recoveryMessage().isEmpty());
    QCOMPARE(test::readAll(file), QByteArray("not a folder"));
    QVERIFY(history.builds(ProfileA).isEmpty());
}

void TestBuildHistory::exportsCsv()
{
    QTemporaryDir dir;
    BuildHistory history;
    QVERIFY(history.open(dbPath(dir)));
    BuildRecord ok = makeBuild(ProfileA, QStringLiteral("a"), 0, { 2, 10, 95, 30, 1 });
    ok.stageReached[int(Stage::CleanedUp)] = ok.started.addMSecs(2500);
    QVERIFY(history.store(ok));
    BuildRecord failed = makeBuild(ProfileA, QStringLiteral("b"), 60, { 3, -1 }, BuildResult::Failed);
    failed.buildName.clear();
    failed.ended = failed.started.addSecs(47);
    failed.failedCommand = QStringLiteral("sh -c \"make a,b\"\nexit 2 — ü");
    failed.exitCode = 2;
    QVERIFY(history.store(failed));
    QVERIFY(history.store(makeBuild(ProfileB, QStringLiteral("other"), 0, { 1 })));

    const QString path = dir.filePath(QStringLiteral("export/builds.csv"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(test::writeFile(path, "an older export the user chose to replace"));
    const Status exported = history.exportCsv(ProfileA, path);
    QVERIFY2(exported, qPrintable(exported.error()));

    const QByteArray bytes = test::readAll(path);
    QVERIFY(bytes.endsWith("\r\n"));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.toUtf8() == bytes); // valid UTF-8
    const QList<QStringList> rows = parseCsv(text);
    QCOMPARE(rows.size(), 3); // header, the two builds of ProfileA, oldest first
    const QStringList& header = rows.at(0);
    QCOMPARE(header.size(), 6 + StageCount + 2);
    QCOMPARE(header.at(0), QStringLiteral("Build name"));
    QCOMPARE(header.at(4), QStringLiteral("Duration (s)"));
    QCOMPARE(header.at(6), history::stageTitle(Stage::CleanedUp) + QStringLiteral(" (s)"));
    QCOMPARE(header.last(), QStringLiteral("Exit code"));
    for (const QStringList& row : rows)
        QCOMPARE(row.size(), header.size());

    const QStringList& first = rows.at(1);
    QCOMPARE(first.at(0), QStringLiteral("build-a"));
    QCOMPARE(first.at(1), ok.imageTag);
    QCOMPARE(first.at(2), QStringLiteral("2024-03-10T09:00:00Z"));
    QCOMPARE(first.at(3), QStringLiteral("2024-03-10T09:02:18Z"));
    QCOMPARE(first.at(4).toDouble(), 138.0);
    QCOMPARE(first.at(5), QStringLiteral("succeeded"));
    QCOMPARE(first.at(6).toDouble(), 2.5);
    QCOMPARE(first.at(7).toDouble(), 9.5);
    QCOMPARE(first.at(8).toDouble(), 95.0);
    QCOMPARE(first.at(11), QString());
    QCOMPARE(first.at(12), QString());

    const QStringList& second = rows.at(2);
    QCOMPARE(second.at(0), QString());
    QCOMPARE(second.at(4).toDouble(), 47.0);
    QCOMPARE(second.at(5), QStringLiteral("failed"));
    QCOMPARE(second.at(7), QString()); // stage time unknown
    QCOMPARE(second.at(11), failed.failedCommand);
    QCOMPARE(second.at(12), QStringLiteral("2"));
    // The command was quoted, its quotes doubled.
    QVERIFY(text.contains(QStringLiteral("\"sh -c \"\"make a,b\"\"\nexit 2 — ü\"")));
}

void TestBuildHistory::exportFailureLeavesNoFile()
{
    QTemporaryDir dir;
    BuildHistory history;
    QVERIFY(history.open(dbPath(dir)));
    QVERIFY(history.store(makeBuild(ProfileA, QStringLiteral("a"), 0, { 1 })));
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    QVERIFY(test::writeFile(file, "x"));
    const QString path = file + QStringLiteral("/builds.csv");
    const Status exported = history.exportCsv(ProfileA, path);
    QVERIFY(!exported);
    QVERIFY(exported.error().contains(QDir::toNativeSeparators(path)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({ QStringLiteral("plain-file") }));
}

void TestBuildHistory::forgetsProfile()
{
    QTemporaryDir dir;
    BuildHistory history;
    QVERIFY(history.open(dbPath(dir)));
    QVERIFY(history.store(makeBuild(ProfileA, QStringLiteral("a"), 0, { 1 })));
    QVERIFY(history.store(makeBuild(ProfileA, QStringLiteral("b"), 1, { 1 })));
    QVERIFY(history.store(makeBuild(ProfileB, QStringLiteral("a"), 0, { 1 })));
    QSignalSpy changed(&history, &BuildHistory::changed);
    QVERIFY(history.forget(ProfileA));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), ProfileA);
    QVERIFY(history.builds(ProfileA).isEmpty());
    QCOMPARE(history.builds(ProfileB).size(), 1);
    // A forgotten key can be used again.
    QVERIFY(history.store(makeBuild(ProfileA, QStringLiteral("a"), 0, { 1 })));
    QCOMPARE(history.builds(ProfileA).size(), 1);
}

void TestBuildHistory::modelShowsNewestFirst()
{
    QTemporaryDir dir;
    BuildHistory history;
    QVERIFY(history.open(dbPath(dir)));
    // Stored out of order: the model orders by start time.
    BuildRecord failed = makeBuild(ProfileA, QStringLiteral("f"), 120, { 2, 30, 200 }, BuildResult::Failed);
    failed.buildName.clear();
    failed.failedCommand = QStringLiteral("buildah bud -t app .\n--layers");
    failed.exitCode = 1;
    const Result<qint64> failedId = history.store(failed);
    const Result<qint64> oldId
        = history.store(makeBuild(ProfileA, QStringLiteral("o"), 0, { 2, 10, 60, 20, 3 }));
    const Result<qint64> stoppedId
        = history.store(makeBuild(ProfileA, QStringLiteral("s"), 60, { 2 }, BuildResult::Stopped));
    QVERIFY(failedId && oldId && stoppedId);

    BuildHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setHistory(&history, ProfileA);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(BuildHistoryModel::ColumnCount));
    QCOMPARE(model.rowOfId(failedId.value()), 0);
    QCOMPARE(model.rowOfId(stoppedId.value()), 1);
    QCOMPARE(model.rowOfId(oldId.value()), 2);
    QCOMPARE(model.rowOfId(987654), -1);
    QCOMPARE(model.record(2).key, QStringLiteral("o"));
    QCOMPARE(model.record(3).id, 0);

    QCOMPARE(model.headerData(BuildHistoryModel::DurationColumn, Qt::Horizontal).toString(),
             QStringLiteral("Duration"));
    QCOMPARE(model.headerData(BuildHistoryModel::FailedCommandColumn, Qt::Horizontal).toString(),
             QStringLiteral("Failing command"));

    const auto text = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(text(0, BuildHistoryModel::StartedColumn).toString(),
             failed.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(text(0, BuildHistoryModel::StartedColumn, BuildHistoryModel::SortRole).toDateTime(),
             failed.started);
    QCOMPARE(text(0, BuildHistoryModel::BuildNameColumn).toString(), QStringLiteral("–"));
    QCOMPARE(text(2, BuildHistoryModel::BuildNameColumn).toString(), QStringLiteral("build-o"));
    QCOMPARE(text(2, BuildHistoryModel::ImageTagColumn).toString(),
             QStringLiteral("registry.example.com/app:o"));
    QCOMPARE(text(2, BuildHistoryModel::DurationColumn).toString(), QStringLiteral("1 min 35 s"));
    QCOMPARE(text(2, BuildHistoryModel::DurationColumn, BuildHistoryModel::SortRole).toLongLong(), 95000);
    QCOMPARE(text(0, BuildHistoryModel::DurationColumn).toString(), util::formatDuration(232000));
    QCOMPARE(text(0, BuildHistoryModel::ResultColumn).toString(), QStringLiteral("Failed"));
    QCOMPARE(text(1, BuildHistoryModel::ResultColumn).toString(), QStringLiteral("Stopped"));
    QCOMPARE(text(2, BuildHistoryModel::ResultColumn).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(text(1, BuildHistoryModel::ImageTagColumn, BuildHistoryModel::ResultRole).toInt(),
             int(BuildResult::Stopped));
    QCOMPARE(text(0, BuildHistoryModel::ImageTagColumn, BuildHistoryModel::RecordIdRole).toLongLong(),
             failedId.value());
    // The table shows the command on one line; the tooltip shows all of it.
    QCOMPARE(text(0, BuildHistoryModel::FailedCommandColumn).toString(),
             QStringLiteral("buildah bud -t app . --layers"));
    QVERIFY(text(0, BuildHistoryModel::FailedCommandColumn, Qt::ToolTipRole)
                .toString()
                .contains(failed.failedCommand));
    QVERIFY(!text(2, BuildHistoryModel::FailedCommandColumn, Qt::ToolTipRole).isValid());
}

void TestBuildHistory::modelFollowsHistory()
{
    QTemporaryDir dir;
    BuildHistory history;
    QVERIFY(history.open(dbPath(dir)));
    const Result<qint64> first = history.store(makeBuild(ProfileA, QStringLiteral("1"), 0, { 1, 2 }));
    QVERIFY(first);
    QVERIFY(history.store(makeBuild(ProfileB, QStringLiteral("b1"), 0, { 1 })));

    BuildHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(&history, ProfileA);
    QCOMPARE(model.rowCount(), 1);

    // A new build appears on top, as an inserted row.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    BuildRecord running = makeBuild(ProfileA, QStringLiteral("2"), 30, { 1 });
    running.ended = QDateTime();
    const Result<qint64> second = history.store(running);
    QVERIFY(second);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowOfId(second.value()), 0);
    QCOMPARE(model.index(0, BuildHistoryModel::DurationColumn).data().toString(), QStringLiteral("–"));

    // It finishes: the same row changes.
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(
        history.store(makeBuild(ProfileA, QStringLiteral("2"), 30, { 1, 2, 3, 4, 50 }, BuildResult::Failed)));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(dataChanged.size() >= 1);
    QCOMPARE(model.index(0, BuildHistoryModel::ResultColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(model.index(0, BuildHistoryModel::DurationColumn).data().toString(),
             QStringLiteral("1 min 00 s"));

    // Another profile's build does not show.
    QVERIFY(history.store(makeBuild(ProfileB, QStringLiteral("b2"), 40, { 1 })));
    QCOMPARE(model.rowCount(), 2);

    // Switching the profile shows its builds, and follows it instead.
    model.setHistory(&history, ProfileB);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.record(0).key, QStringLiteral("b2"));
    QVERIFY(history.store(makeBuild(ProfileA, QStringLiteral("3"), 90, { 1 })));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(history.forget(ProfileB));
    QCOMPARE(model.rowCount(), 0);

    // Back on A with an older build stored later: it takes its place by time.
    model.setHistory(&history, ProfileA);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(history.store(makeBuild(ProfileA, QStringLiteral("0"), -60, { 1 })));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.record(3).key, QStringLiteral("0"));
    QCOMPARE(model.record(0).key, QStringLiteral("3"));

    // Without a history there is nothing to show.
    auto gone = std::make_unique<BuildHistory>();
    QVERIFY(gone->open(dir.filePath(QStringLiteral("other.sqlite"))));
    QVERIFY(gone->store(makeBuild(ProfileA, QStringLiteral("g"), 0, { 1 })));
    model.setHistory(gone.get(), ProfileA);
    QCOMPARE(model.rowCount(), 1);
    gone.reset();
    QCOMPARE(model.rowCount(), 0);
    model.setHistory(nullptr, ProfileA);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestBuildHistory)
#include "tst_buildhistory.moc"
