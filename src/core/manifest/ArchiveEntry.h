#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>

namespace sbs::manifest {

// One member of a manifest archive as the streaming reader sees it. Entries that could escape
// a destination folder carry flags; they are listed, never written.
struct ArchiveEntry
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveEntry)

public:
    enum class Type { File, Directory, Symlink, Hardlink, Other };
    enum Flag {
        Absolute = 1, // the path starts with '/'
        ParentReference = 2, // the path has a ".." component
        LinkOutside = 4, // a symbolic or hard link whose target leaves the archive's tree
        Duplicate = 8, // a second entry with the same path
    };

    QString path; // as stored, without a leading "./"
    Type type = Type::File;
    qint64 size = 0; // bytes of a file's data
    quint32 mode = 0; // permission bits (07777)
    QDateTime mtime; // UTC
    QString linkTarget; // for links
    int flags = 0;

    bool isSafe() const { return flags == 0; }
    // One sentence for the flags ("absolute path", ...); empty when safe.
    QString problem() const;
    // "-rw-r--r--" style, with the type letter first.
    QString modeString() const;
};

// Limits that stop a decompression bomb or an archive built to exhaust memory.
struct ReadLimits
{
    qint64 maxTotalBytes = 16LL << 30; // uncompressed bytes in all, per archive level
    qint64 ratioFloorBytes = 256LL << 20; // the ratio is checked once this much is unpacked
    int maxRatio = 1000; // uncompressed / compressed
    qint64 maxEntries = 4'000'000;
    qint64 maxSignatureBytes = 64 << 10; // the hex .sig member
};

// Progress and cancel for long reads. Both may be empty. progress gets the bytes of the file
// read so far and its size; cancelled is polled between blocks.
struct ReadControl
{
    std::function<void(qint64 done, qint64 total)> progress;
    std::function<bool()> cancelled;
};

} // namespace sbs::manifest
