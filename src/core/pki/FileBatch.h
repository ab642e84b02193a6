#pragma once

#include "Result.h"
#include "pki/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <utility>
#include <vector>

namespace sbs::pki {

// A set of files written together, or not at all. Before anything is written, every target
// is checked: a file that exists stops the batch (the error names each one) unless it was
// added with Existing::BackUp, and every folder must be creatable and writable. Files are
// written atomically (QSaveFile); private keys 0600, other files 0644, new folders 0700.
// When a write fails, the files already written are removed, backups are renamed back and
// new folders are removed, so the disk is as before.
class FileBatch
{
    Q_DECLARE_TR_FUNCTIONS(FileBatch)

public:
    enum class Existing {
        Refuse, // an existing file stops the batch
        BackUp, // an existing file is renamed to <file>.<UTC time> first (as sbs-config.json is)
    };

    struct Written
    {
        QStringList files; // in the order they were added
        QStringList backups; // the backup names of replaced files
        QStringList folders; // folders that were created
    };

    FileBatch();
    FileBatch(FileBatch&&) noexcept;
    FileBatch& operator=(FileBatch&&) noexcept;
    ~FileBatch();

    void add(const QString& path, const QByteArray& content, Existing existing = Existing::Refuse);
    void addPrivate(const QString& path, SecretBytes content, Existing existing = Existing::Refuse);

    // The time in backup names; defaults to the time of commit().
    void setBackupTime(const QDateTime& utc) { m_backupTime = utc; }

    QStringList paths() const;
    bool isEmpty() const { return m_entries.empty(); }

    // Checks every target; writes nothing.
    Status check() const;
    // The same check for paths that would all be added with Existing::Refuse, so an operation
    // can stop before it spends time generating keys.
    // advice replaces the default "move or delete them first" in the error.
    static Status checkTargets(const QStringList& paths, const QString& advice = QString());
    Result<Written> commit();

    // Test seam: when set and it returns true for a path, writing that file fails.
    static void setWriteFaultForTesting(std::function<bool(const QString& path)> failWrite);

private:
    struct Entry
    {
        QString path;
        QByteArray content;
        SecretBytes secret;
        bool isPrivate = false;
        Existing existing = Existing::Refuse;
    };

    static Status checkFolder(const QString& folder);
    static Status checkEntries(const QList<std::pair<QString, Existing>>& targets, const QString& advice);
    Status writeEntry(const Entry& entry) const;

    std::vector<Entry> m_entries;
    QDateTime m_backupTime;
};

} // namespace sbs::pki
