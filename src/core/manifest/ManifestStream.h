#pragma once

#include "Result.h"
#include "manifest/ArchiveEntry.h"
#include "manifest/ArchiveHandles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

namespace sbs::manifest {

// The reading machinery behind ManifestArchive and ManifestVerifier (private to
// src/core/manifest). Level Outer is the file itself, read with libarchive; level Inner is a
// second libarchive reader whose input is the data of the current Outer member, pulled block
// by block (never buffered whole, never written to disk). Every read checks the ReadLimits of
// its level, polls the cancel callback and reports progress.
class ManifestStream
{
    Q_DECLARE_TR_FUNCTIONS(ManifestStream)

public:
    enum Level { Outer = 0, Inner = 1 };

    // A member of a .sig.tbz: <stem>.tbz or <stem>.sig.
    struct OuterMember
    {
        QString name;
        QString stem;
        bool isSignature = false;
    };

    ManifestStream(const QString& path, const ReadControl& control, const ReadLimits& limits);
    ~ManifestStream();
    ManifestStream(const ManifestStream&) = delete;
    ManifestStream& operator=(const ManifestStream&) = delete;

    const QString& fileName() const { return m_fileName; }
    const ReadLimits& limits() const { return m_limits; }
    bool wasCancelled() const { return m_cancelled; }
    // How a level is named in messages: the file name, or "the inner archive X.tbz in Y".
    QString describe(Level level) const;

    // Opens the file for reading. Fails for a missing, empty or unreadable file.
    Status open();
    // Moves to the next entry of the level (skipping the rest of the current entry's data,
    // with the limits checked); ok(false) at the end of the archive.
    Result<bool> next(Level level);
    archive_entry* entry(Level level) const { return m_levels[level].entry; }
    // The next block of the current entry's data, holes of sparse entries filled with zeros;
    // *size is 0 at the end of the data.
    Status readBlock(Level level, const void** data, size_t* size);
    // Reads and drops the rest of the current entry's data.
    Status skipData(Level level);
    // Opens level Inner over the data of the current Outer member (a .tbz).
    Status openInner(const QString& memberName);
    // The current Outer member checked as a member of a .sig.tbz.
    Result<OuterMember> outerMember() const;
    // Reports the bytes of the file read so far, whatever the throttle says.
    void finishProgress() { reportProgress(true); }

private:
    struct LevelState
    {
        ArchiveReadPtr handle;
        archive_entry* entry = nullptr;
        qint64 entries = 0;
        qint64 holeBytes = 0; // zeros made up for sparse entries, counted as unpacked bytes
        // The current entry's data.
        qint64 offset = 0; // bytes handed out so far
        const char* pending = nullptr; // a block read but not handed out yet
        size_t pendingSize = 0;
        qint64 pendingOffset = 0;
        bool eofSeen = false; // libarchive said the data ended ...
        qint64 endOffset = 0; // ... at this offset (a sparse entry may end in a hole)
        bool dataDone = true;
        QByteArray head; // the first bytes of the level's input, to tell bzip2 from other data
    };

    Status fetchBlock(Level level);
    Status checkLimits(Level level);
    Status poll();
    void reportProgress(bool force);
    QString failure(Level level, bool atStart);
    static la_ssize_t readInner(archive* a, void* client, const void** buffer);

    QString m_path;
    QString m_fileName;
    ReadControl m_control;
    ReadLimits m_limits;
    qint64 m_fileSize = 0;
    LevelState m_levels[2];
    QString m_innerName;
    QString m_pendingError; // an Outer failure met inside the Inner reader's read callback
    bool m_cancelled = false;
    QElapsedTimer m_progressTimer;
    qint64 m_lastProgress = -1;
};

} // namespace sbs::manifest
