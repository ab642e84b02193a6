#pragma once

#include "Result.h"
#include "history/BuildRecord.h"

#include <QList>
#include <QObject>
#include <QString>

namespace sbs::history {

// The build history: one SQLite database (Qt SQL, driver QSQLITE) shared by every profile, in
// the app's data folder. Its schema carries a version (PRAGMA user_version); open() applies each
// missing migration in order inside a transaction. A file that is not a database, or whose
// schema is newer or broken, is renamed to "<file>.corrupt-<UTC yyyyMMdd-HHmmss>" and a new one
// is started; recoveryMessage() then says so, naming the moved file. Each instance uses its own
// connection name, so several can be open (tests). All calls are on the thread that opened it.
class BuildHistory : public QObject
{
    Q_OBJECT

public:
    explicit BuildHistory(QObject* parent = nullptr);
    ~BuildHistory() override;

    // <AppDataLocation>/history.sqlite (XDG_DATA_HOME/sbs-desktop/ on Linux).
    static QString defaultPath();
    static constexpr int SchemaVersion = 1;

    // Opens (or creates) the database at path, creating its folder. Fails only when no database
    // can be had at all (folder not writable); a corrupt file is moved aside instead.
    Status open(const QString& path);
    bool isOpen() const;
    QString path() const { return m_path; }
    // Non-empty after open() replaced a corrupt database: one sentence naming the moved file.
    QString recoveryMessage() const { return m_recoveryMessage; }
    int schemaVersion() const; // of the open database

    // Stores record: inserted when no row of record.profile has record.key, else that row is
    // updated. Returns the row id. Emits changed(profile).
    Result<qint64> store(const BuildRecord& record);
    // The profile's builds, oldest first.
    QList<BuildRecord> builds(const QString& profile) const;
    Result<BuildRecord> build(qint64 id) const;
    // For each stage, the median of its duration in ms over the profile's succeeded builds,
    // leaving out the row excludeId; -1 for a stage with no known durations.
    QList<qint64> medianStageDurations(const QString& profile, qint64 excludeId = 0) const;
    // Removes the profile's rows (when the profile is removed). Emits changed(profile).
    Status forget(const QString& profile);

    // Writes the profile's builds as CSV (RFC 4180, UTF-8, header row) to path through a
    // QSaveFile: build name, image tag, started, ended (ISO 8601 UTC), duration in seconds,
    // result, one column per stage with its duration in seconds, failing command, exit code.
    Status exportCsv(const QString& profile, const QString& path) const;

Q_SIGNALS:
    void changed(const QString& profile);

private:
    enum class Attempt { Opened, Corrupt, Newer, Failed };
    // One try at opening m_path and bringing its schema up to date.
    Attempt attemptOpen(QString* error);
    // Closes and removes the connection, so that the file is no longer held.
    void closeConnection();

    QString m_path;
    QString m_connection;
    QString m_recoveryMessage;
};

} // namespace sbs::history
