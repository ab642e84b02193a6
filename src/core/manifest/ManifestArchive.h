#pragma once

#include "Result.h"
#include "manifest/ArchiveEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace sbs::manifest {

// Reads a manifest (PROTOCOL.md §5) by streaming with libarchive: the outer <name>.sig.tbz and
// the inner <name>.tbz inside it, without writing either to disk. Every function also accepts
// a bare inner .tbz where it says so. Nothing here modifies the file it reads.
class ManifestArchive
{
    Q_DECLARE_TR_FUNCTIONS(ManifestArchive)

public:
    // The outer archive, read once: the two members, the inner archive hashed as it streams.
    struct Outer
    {
        QString manifestName; // "manifest.<build name>"
        QByteArray tbzSha256; // SHA-256 of <name>.tbz, 32 bytes
        qint64 tbzSize = 0;
        QByteArray signatureHex; // the .sig member's text, trimmed
    };

    // Reads path as a .sig.tbz. Fails with a clear sentence for a file that is not a bzip2 tar,
    // is truncated or corrupt, lacks the .tbz or the .sig member, has either twice, has
    // members under other names than one <name>.tbz and <name>.sig, or exceeds limits.
    static Result<Outer> readOuter(const QString& path, const ReadControl& control = {},
                                   const ReadLimits& limits = {});

    // Called for each entry of the inner archive, in archive order; readData reads the entry's
    // data (at most maxBytes; fails past it). Return false to stop early.
    using Visitor = std::function<bool(const ArchiveEntry& entry,
                                       const std::function<Result<QByteArray>(qint64 maxBytes)>& readData)>;

    // Streams the inner archive of the .sig.tbz at path (or path itself when it is a bare
    // .tbz) and visits every entry with its flags set. Fails for a corrupt archive, an
    // exceeded limit (a decompression bomb) or a cancel.
    static Status forEachEntry(const QString& path, const Visitor& visit, const ReadControl& control = {},
                               const ReadLimits& limits = {});

    // Every entry of the inner archive.
    static Result<QList<ArchiveEntry>> list(const QString& path, const ReadControl& control = {},
                                            const ReadLimits& limits = {});
    // The data of one file entry of the inner archive (e.g. "data/build.json").
    static Result<QByteArray> readFile(const QString& path, const QString& entryPath, qint64 maxBytes,
                                       const ReadControl& control = {});
    // data/build.json as a JSON object.
    static Result<QJsonObject> buildRecord(const QString& path, const ReadControl& control = {});

    struct Extracted
    {
        int written = 0; // files, folders and links written
        QList<ArchiveEntry> skipped; // flagged entries, never written
    };
    // Writes the safe entries of the inner archive under targetDir (created when missing;
    // must be empty or new). Flagged entries are skipped and reported; nothing is written
    // outside targetDir, and links are made only when their target stays inside. On failure
    // the files written so far stay and the error says where it stopped.
    static Result<Extracted> extract(const QString& path, const QString& targetDir,
                                     const ReadControl& control = {}, const ReadLimits& limits = {});
};

} // namespace sbs::manifest
