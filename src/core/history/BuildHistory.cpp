#include "history/BuildHistory.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <algorithm>

namespace sbs::history {

namespace {

// Migration i takes the schema from version i to i + 1, one statement per entry (the SQLite
// driver runs only the first statement of a query). A new schema version is one more entry here
// and SchemaVersion raised; an entry is never changed once released.
const QList<QStringList>& migrations()
{
    static const QList<QStringList> list = {
        // 0 -> 1: the builds, one row per (profile, key); times in ms since the epoch (UTC),
        // NULL where unknown; one column per stage, in the order of Stage.
        {
            QStringLiteral("CREATE TABLE builds ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " profile TEXT NOT NULL,"
                           " build_key TEXT NOT NULL,"
                           " build_name TEXT NOT NULL DEFAULT '',"
                           " image_tag TEXT NOT NULL DEFAULT '',"
                           " started_ms INTEGER,"
                           " ended_ms INTEGER,"
                           " result TEXT NOT NULL,"
                           " cleaned_up_ms INTEGER,"
                           " github_cloned_ms INTEGER,"
                           " image_built_ms INTEGER,"
                           " image_pushed_ms INTEGER,"
                           " success_ms INTEGER,"
                           " failed_command TEXT NOT NULL DEFAULT '',"
                           " exit_code INTEGER NOT NULL DEFAULT -1,"
                           " times_from_server INTEGER NOT NULL DEFAULT 0,"
                           " UNIQUE (profile, build_key))"),
            QStringLiteral("CREATE INDEX builds_by_profile ON builds (profile, started_ms)"),
        },
    };
    return list;
}

// The stage columns, indexed by Stage.
const char* const StageColumns[StageCount]
    = { "cleaned_up_ms", "github_cloned_ms", "image_built_ms", "image_pushed_ms", "success_ms" };

QString selectColumns()
{
    QString columns = QStringLiteral("id, profile, build_key, build_name, image_tag, started_ms, "
                                     "ended_ms, result, failed_command, exit_code, times_from_server");
    for (const char* column : StageColumns)
        columns += QStringLiteral(", ") + QLatin1String(column);
    return columns;
}

QVariant msOf(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

// A null QString binds as SQL NULL; the text columns hold '' instead.
QString textOf(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QDateTime timeOf(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// The row at query's position, with the columns of selectColumns().
BuildRecord recordOf(const QSqlQuery& query)
{
    BuildRecord record;
    record.id = query.value(0).toLongLong();
    record.profile = query.value(1).toString();
    record.key = query.value(2).toString();
    record.buildName = query.value(3).toString();
    record.imageTag = query.value(4).toString();
    record.started = timeOf(query.value(5));
    record.ended = timeOf(query.value(6));
    // An unknown result text (a later version's) reads as Failed rather than as a success.
    if (!resultFromName(query.value(7).toString(), &record.result))
        record.result = BuildRecord::Result::Failed;
    record.failedCommand = query.value(8).toString();
    record.exitCode = query.value(9).toInt();
    record.timesFromServer = query.value(10).toBool();
    for (int i = 0; i < StageCount; ++i)
        record.stageReached[i] = timeOf(query.value(11 + i));
    return record;
}

// SQLite's own codes: SQLITE_NOTADB (26) for a file that is not a database, SQLITE_CORRUPT (11) for a
// damaged one. Others (locked, read-only, disk full) are no reason to move the file aside.
bool isCorruptionError(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("26") || code == QLatin1String("11");
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Seconds with the C locale's decimal point, so that the comma stays a separator; empty when
// unknown.
QString csvSeconds(qint64 ms)
{
    return ms < 0 ? QString() : QString::number(ms / 1000.0, 'f', 3);
}

QString csvTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2;
}

} // namespace

BuildHistory::BuildHistory(QObject* parent)
    : QObject(parent)
{
    // Several histories may be open at once (tests), each on a connection of its own.
    static QAtomicInteger<quint64> counter;
    m_connection = QStringLiteral("sbs-history-%1").arg(counter.fetchAndAddRelaxed(1));
}

BuildHistory::~BuildHistory()
{
    closeConnection();
}

QString BuildHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/history.sqlite");
}

void BuildHistory::closeConnection()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        // removeDatabase() warns, and leaves the file open, while a handle still exists.
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

BuildHistory::Attempt BuildHistory::attemptOpen(QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = db.lastError().text();
        return Attempt::Failed;
    }
    QSqlQuery query(db);
    // SQLite opens any file; the first read tells whether it is a database.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError().text();
        return isCorruptionError(query.lastError()) ? Attempt::Corrupt : Attempt::Failed;
    }
    const int version = query.value(0).toInt();
    if (version > SchemaVersion)
        return Attempt::Newer;
    if (version < 0)
        return Attempt::Corrupt;
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        *error = query.lastError().text();
        return isCorruptionError(query.lastError()) ? Attempt::Corrupt : Attempt::Failed;
    }
    if (query.value(0).toString() != QLatin1String("ok")) {
        *error = query.value(0).toString();
        return Attempt::Corrupt;
    }
    query.finish();

    Q_ASSERT(migrations().size() == SchemaVersion);
    if (version == SchemaVersion)
        return Attempt::Opened;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return isCorruptionError(db.lastError()) ? Attempt::Corrupt : Attempt::Failed;
    }
    for (int from = version; from < SchemaVersion; ++from) {
        QStringList statements = migrations().at(from);
        // Inside the transaction: a migration that fails leaves the version where it was.
        statements << QStringLiteral("PRAGMA user_version = %1").arg(from + 1);
        for (const QString& statement : statements) {
            if (!query.exec(statement)) {
                const QSqlError failure = query.lastError();
                *error = failure.text();
                query.finish();
                db.rollback();
                return isCorruptionError(failure) ? Attempt::Corrupt : Attempt::Failed;
            }
        }
    }
    if (!db.commit()) {
        const QSqlError failure = db.lastError();
        *error = failure.text();
        db.rollback();
        return isCorruptionError(failure) ? Attempt::Corrupt : Attempt::Failed;
    }
    return Attempt::Opened;
}

Status BuildHistory::open(const QString& path)
{
    closeConnection();
    m_recoveryMessage.clear();
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_path.clear();
        return Status::fail(tr("Cannot create the folder %1 for the build history.")
                                .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    QString error;
    const Attempt attempt = attemptOpen(&error);
    if (attempt == Attempt::Opened)
        return Status::ok();
    closeConnection();
    if (attempt == Attempt::Failed) {
        m_path.clear();
        return Status::fail(
            tr("Cannot open the build history %1: %2").arg(QDir::toNativeSeparators(path), error));
    }

    // The old file stays as it is, under a name that says what happened and when, so nothing
    // a person might still want is lost.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString moved = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(moved); ++n)
        moved = path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, moved)) {
        m_path.clear();
        return Status::fail(tr("The build history %1 cannot be read and cannot be moved aside.")
                                .arg(QDir::toNativeSeparators(path)));
    }
    // SQLite's side files belong to the old database: left behind, a stale journal would be
    // replayed into the new one.
    for (const char* suffix : { "-journal", "-wal", "-shm" }) {
        const QString side = path + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, moved + QLatin1String(suffix));
    }
    m_recoveryMessage = attempt == Attempt::Newer
        ? tr("The build history was written by a newer version of SBS Desktop, so it was moved to "
             "%1 and a new history was started.")
              .arg(QDir::toNativeSeparators(moved))
        : tr("The build history could not be read, so it was moved to %1 and a new history was "
             "started.")
              .arg(QDir::toNativeSeparators(moved));

    if (attemptOpen(&error) != Attempt::Opened) {
        closeConnection();
        m_path.clear();
        return Status::fail(
            tr("Cannot start a new build history %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
    return Status::ok();
}

bool BuildHistory::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

int BuildHistory::schemaVersion() const
{
    if (!isOpen())
        return -1;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<qint64> BuildHistory::store(const BuildRecord& record)
{
    if (!isOpen())
        return Result<qint64>::fail(tr("The build history is not open."));
    if (record.profile.isEmpty() || record.key.isEmpty())
        return Result<qint64>::fail(tr("A build without a profile or a key cannot be stored."));

    QStringList columns = { QStringLiteral("profile"),    QStringLiteral("build_key"),
                            QStringLiteral("build_name"), QStringLiteral("image_tag"),
                            QStringLiteral("started_ms"), QStringLiteral("ended_ms"),
                            QStringLiteral("result"),     QStringLiteral("failed_command"),
                            QStringLiteral("exit_code"),  QStringLiteral("times_from_server") };
    for (const char* column : StageColumns)
        columns << QLatin1String(column);
    QStringList updates;
    for (qsizetype i = 2; i < columns.size(); ++i) // all but the key columns
        updates << QStringLiteral("%1 = excluded.%1").arg(columns.at(i));

    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO builds (%1) VALUES (%2) "
                                 "ON CONFLICT (profile, build_key) DO UPDATE SET %3 RETURNING id")
                      .arg(columns.join(QStringLiteral(", ")),
                           QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                           updates.join(QStringLiteral(", "))));
    query.addBindValue(record.profile);
    query.addBindValue(record.key);
    query.addBindValue(textOf(record.buildName));
    query.addBindValue(textOf(record.imageTag));
    query.addBindValue(msOf(record.started));
    query.addBindValue(msOf(record.ended));
    query.addBindValue(resultName(record.result));
    query.addBindValue(textOf(record.failedCommand));
    query.addBindValue(record.exitCode);
    query.addBindValue(record.timesFromServer ? 1 : 0);
    for (int i = 0; i < StageCount; ++i)
        query.addBindValue(msOf(i < record.stageReached.size() ? record.stageReached.at(i) : QDateTime()));
    if (!query.exec() || !query.next())
        return Result<qint64>::fail(
            tr("Cannot save the build in the history: %1").arg(query.lastError().text()));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    Q_EMIT changed(record.profile);
    return Result<qint64>::ok(id);
}

QList<BuildRecord> BuildHistory::builds(const QString& profile) const
{
    QList<BuildRecord> records;
    if (!isOpen())
        return records;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM builds WHERE profile = ? ORDER BY started_ms, id")
                      .arg(selectColumns()));
    query.addBindValue(profile);
    if (!query.exec())
        return records;
    while (query.next())
        records << recordOf(query);
    return records;
}

Result<BuildRecord> BuildHistory::build(qint64 id) const
{
    if (!isOpen())
        return Result<BuildRecord>::fail(tr("The build history is not open."));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT %1 FROM builds WHERE id = ?").arg(selectColumns()));
    query.addBindValue(id);
    if (!query.exec())
        return Result<BuildRecord>::fail(
            tr("Cannot read the build history: %1").arg(query.lastError().text()));
    if (!query.next())
        return Result<BuildRecord>::fail(tr("The build is no longer in the history."));
    return Result<BuildRecord>::ok(recordOf(query));
}

QList<qint64> BuildHistory::medianStageDurations(const QString& profile, qint64 excludeId) const
{
    QList<QList<qint64>> durations(StageCount);
    for (const BuildRecord& record : builds(profile)) {
        if (record.result != BuildRecord::Result::Succeeded || (excludeId != 0 && record.id == excludeId))
            continue;
        for (int i = 0; i < StageCount; ++i) {
            const qint64 ms = record.stageDurationMs(Stage(i));
            if (ms >= 0)
                durations[i] << ms;
        }
    }
    QList<qint64> medians;
    for (const QList<qint64>& values : durations)
        medians << median(values);
    return medians;
}

Status BuildHistory::forget(const QString& profile)
{
    if (!isOpen())
        return Status::fail(tr("The build history is not open."));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM builds WHERE profile = ?"));
    query.addBindValue(profile);
    if (!query.exec())
        return Status::fail(
            tr("Cannot remove the profile's builds from the history: %1").arg(query.lastError().text()));
    Q_EMIT changed(profile);
    return Status::ok();
}

Status BuildHistory::exportCsv(const QString& profile, const QString& path) const
{
    if (!isOpen())
        return Status::fail(tr("The build history is not open."));
    QStringList header = { tr("Build name"),  tr("Image tag"),    tr("Started (UTC)"),
                           tr("Ended (UTC)"), tr("Duration (s)"), tr("Result") };
    for (int i = 0; i < StageCount; ++i)
        header << tr("%1 (s)").arg(stageTitle(Stage(i)));
    header << tr("Failing command") << tr("Exit code");

    QStringList lines;
    const auto row = [](const QStringList& fields) {
        QStringList quoted;
        for (const QString& field : fields)
            quoted << csvField(field);
        return quoted.join(QLatin1Char(','));
    };
    lines << row(header);
    for (const BuildRecord& record : builds(profile)) {
        QStringList fields = { record.buildName,
                               record.imageTag,
                               csvTime(record.started),
                               csvTime(record.ended),
                               csvSeconds(record.durationMs()),
                               resultName(record.result) };
        for (int i = 0; i < StageCount; ++i)
            fields << csvSeconds(record.stageDurationMs(Stage(i)));
        const bool failed = record.result == BuildRecord::Result::Failed;
        fields << record.failedCommand
               << (failed && record.exitCode >= 0 ? QString::number(record.exitCode) : QString());
        lines << row(fields);
    }

    // RFC 4180 ends every record with CRLF.
    const QByteArray bytes = (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::fail(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::fail(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::ok();
}

} // namespace sbs::history
