#pragma once

#include "Result.h"
#include "manifest/ArchiveEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sbs::manifest {

// What differs between two manifests' inner archives: files added, removed and changed (by
// SHA-256 of their data, or their link target or type), and the build records side by side.
struct ManifestDifference
{
    enum class Kind { Added, Removed, Changed };
    struct Entry
    {
        Kind kind;
        QString path;
        qint64 sizeBefore = -1; // -1 when absent
        qint64 sizeAfter = -1;
    };
    QList<Entry> entries; // sorted by path
    int unchanged = 0;
    QJsonObject buildBefore; // data/build.json of each
    QJsonObject buildAfter;
    // The keys of the build records whose values differ (also keys only one has), sorted.
    QStringList changedBuildKeys() const;
};

class ManifestCompare
{
    Q_DECLARE_TR_FUNCTIONS(ManifestCompare)

public:
    // Streams both manifests (in the calling thread: run it in a worker) and hashes every
    // file. Fails with a sentence naming the manifest that could not be read.
    static Result<ManifestDifference> compare(const QString& before, const QString& after,
                                              const ReadControl& control = {});
};

// A line diff of two texts (Myers' algorithm), for showing a changed file.
struct TextDiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind;
    int lineBefore; // 1-based, 0 for Added
    int lineAfter; // 1-based, 0 for Removed
    QString text;
};

// The lines of both texts as a diff, with at most context unchanged lines around each change
// (all of them when context < 0). Texts over maxLines lines fail (too large to show).
Result<QList<TextDiffLine>> diffLines(const QString& before, const QString& after, int context = 3,
                                      int maxLines = 200000);

} // namespace sbs::manifest
