#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace sbs::state {

// One state image this profile exported (or imported from a file) and where it is kept.
struct StateImageRecord
{
    enum class Where { File, Bucket };

    QString name; // the image's name (also its file name)
    QString exportTag;
    QDateTime exportedAt; // UTC, when the app saved it
    Where where = Where::File;
    QString path; // the state image file, or for a bucket the metadata file
    QString bucket; // the bucket, for Where::Bucket
    int generation = 0; // the secret generation it was made under; 0: not known
    QString server; // "host:port" it came from; empty when not known

    bool operator==(const StateImageRecord& other) const;
};

// The profile's record of its state images (PROTOCOL.md §6), kept as JSON in
// `<config folder>/state-images/<config name>.records.json` next to the exported files.
//
// Whether an image can still be imported depends on the SECRET it was made under. The record
// never holds a secret: it numbers the secrets it has seen (generations) and keeps for each only
// HMAC-SHA-256(salt, secret) under a random salt of the file, which cannot give the secret back.
class StateImageRecords
{
    Q_DECLARE_TR_FUNCTIONS(StateImageRecords)

public:
    // The folder state images are exported to by default: `<config folder>/state-images`.
    static QString defaultFolder(const QString& configPath);
    static QString recordsPath(const QString& configPath);

    // Reads the records at path. A missing file gives empty records. A file that is not a valid
    // record (not JSON, wrong types, a newer version) is moved aside to
    // `<path>.unreadable-<UTC time>` and empty records are returned; movedAside() then says so
    // in a sentence naming both files. Fails only when the file can be neither read nor moved.
    static Result<StateImageRecords> open(const QString& path);

    const QString& path() const { return m_path; }
    QString movedAside() const { return m_movedAside; }

    // The generation of secret when it is known, without changing anything.
    std::optional<int> knownGeneration(const QString& secret) const;
    // The generation of secret, numbering it as the next one when it is new (call save()).
    int generationOf(const QString& secret);
    // The number of generations seen; the newest is this number.
    int generationCount() const;
    // When generation (1-based) was first seen (UTC); invalid when unknown or out of range.
    QDateTime generationSeen(int generation) const;

    const QList<StateImageRecord>& images() const { return m_images; }
    // Adds record; a record with the same path replaces the old one.
    void add(const StateImageRecord& record);
    // Removes the record with path (the file itself is left alone). False when there is none.
    bool remove(const QString& path);

    // Writes the file atomically (QSaveFile, readable only by the user), creating the folder.
    Status save() const;

private:
    QByteArray fingerprint(const QString& secret) const;
    // Fills records from the file's bytes; false when they are not valid records.
    static bool parse(const QByteArray& bytes, StateImageRecords* records);

    QString m_path;
    QString m_movedAside;
    QByteArray m_salt; // 32 random bytes, made with the file
    QList<QByteArray> m_generations; // fingerprints; generation n is m_generations[n - 1]
    QList<QDateTime> m_generationSeen; // when each generation was first seen
    QList<StateImageRecord> m_images;
};

} // namespace sbs::state
