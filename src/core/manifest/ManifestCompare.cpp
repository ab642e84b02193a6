#include "manifest/ManifestCompare.h"

#include "manifest/EntryPaths.h"
#include "manifest/EntryStream.h"
#include "manifest/ManifestStream.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QStringView>
#include <algorithm>
#include <limits>
#include <vector>

namespace sbs::manifest {

namespace {

constexpr qint64 BuildRecordMaxBytes = 16 << 20;
// Progress of a comparison is reported in thousandths: the first manifest is the first half.
constexpr qint64 ProgressScale = 1000;
// The diagonals Myers' search may visit before a region is shown as removed and added whole;
// it keeps two unrelated files of 200,000 lines from taking minutes.
constexpr qint64 DiffBudget = 200'000'000;

const QString BuildRecordPath = QStringLiteral("data/build.json");

// What is compared of one entry.
struct Record
{
    ArchiveEntry::Type type = ArchiveEntry::Type::File;
    qint64 size = 0;
    QByteArray sha256; // files only
    QString linkTarget;
};

struct Side
{
    QHash<QString, Record> records; // by normalized path
    QJsonObject build;
};

// One manifest streamed once: every file hashed block by block as it comes out of the inner
// archive, data/build.json kept as well to be parsed.
Status readSide(const QString& path, int half, const ReadControl& control, Side* side)
{
    ReadControl inner;
    inner.cancelled = control.cancelled;
    qint64 reported = -1;
    if (control.progress) {
        inner.progress = [&, half](qint64 done, qint64 total) {
            const qint64 part = total > 0 ? done * (ProgressScale / 2) / total : 0;
            const qint64 value = std::min(ProgressScale, half * (ProgressScale / 2) + part);
            if (value > reported) {
                reported = value;
                control.progress(value, ProgressScale);
            }
        };
    }
    ManifestStream stream(path, inner, ReadLimits());
    EntryStream entries(stream);
    return entries.run([&](const ArchiveEntry& entry, archive_entry*) -> Result<bool> {
        // A second entry with a path is never extracted; the first one is what a reader gets.
        if (entry.flags & ArchiveEntry::Duplicate)
            return Result<bool>::ok(true);
        const QString key = EntryPaths::normalized(entry.path);
        Record record;
        record.type = entry.type;
        record.linkTarget = entry.linkTarget;
        if (entry.type == ArchiveEntry::Type::File) {
            record.size = entry.size;
            QCryptographicHash hash(QCryptographicHash::Sha256);
            const bool isBuildRecord = key == BuildRecordPath && entry.size <= BuildRecordMaxBytes;
            QByteArray buildJson;
            const void* data = nullptr;
            size_t size = 0;
            for (;;) {
                const Status read = entries.readBlock(&data, &size);
                if (!read)
                    return Result<bool>::fail(read.error());
                if (size == 0)
                    break;
                const QByteArrayView block(static_cast<const char*>(data), qsizetype(size));
                hash.addData(block);
                if (isBuildRecord && buildJson.size() + block.size() <= BuildRecordMaxBytes)
                    buildJson.append(block);
            }
            record.sha256 = hash.result();
            if (isBuildRecord) {
                // A record that is not a JSON object compares as empty; its file still shows
                // as changed when its bytes differ.
                const QJsonDocument document = QJsonDocument::fromJson(buildJson);
                side->build = document.isObject() ? document.object() : QJsonObject();
            }
        }
        side->records.insert(key, record);
        return Result<bool>::ok(true);
    });
}

bool sameRecord(const Record& a, const Record& b)
{
    return a.type == b.type && a.sha256 == b.sha256 && a.linkTarget == b.linkTarget;
}

// The lines of a text: split on '\n', a trailing "\r" dropped, no empty line after a final '\n'.
QStringList splitLines(const QString& text)
{
    QStringList lines;
    if (text.isEmpty())
        return lines;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            if (start < text.size())
                lines.append(text.mid(start));
            break;
        }
        qsizetype stop = end;
        if (stop > start && text.at(stop - 1) == QLatin1Char('\r'))
            --stop;
        lines.append(text.mid(start, stop - start));
        start = end + 1;
    }
    if (!lines.isEmpty() && lines.last().endsWith(QLatin1Char('\r')))
        lines.last().chop(1);
    return lines;
}

qsizetype lineCount(const QString& text)
{
    if (text.isEmpty())
        return 0;
    return text.count(QLatin1Char('\n')) + (text.endsWith(QLatin1Char('\n')) ? 0 : 1);
}

// Myers' O(ND) difference of two sequences of line numbers, in linear space: the middle snake
// splits the problem in two (Myers 1986, section 4b), common heads and tails are taken off
// first. The result is which lines of a were removed and which of b were added.
class LineDiff
{
public:
    LineDiff(std::vector<int> a, std::vector<int> b)
        : m_a(std::move(a))
        , m_b(std::move(b))
        , m_removed(m_a.size(), false)
        , m_added(m_b.size(), false)
    {
        diff(0, int(m_a.size()), 0, int(m_b.size()));
    }

    const std::vector<bool>& removed() const { return m_removed; }
    const std::vector<bool>& added() const { return m_added; }

private:
    void replace(int aLo, int aHi, int bLo, int bHi)
    {
        std::fill(m_removed.begin() + aLo, m_removed.begin() + aHi, true);
        std::fill(m_added.begin() + bLo, m_added.begin() + bHi, true);
    }

    void diff(int aLo, int aHi, int bLo, int bHi)
    {
        while (aLo < aHi && bLo < bHi && m_a[size_t(aLo)] == m_b[size_t(bLo)]) {
            ++aLo;
            ++bLo;
        }
        while (aLo < aHi && bLo < bHi && m_a[size_t(aHi - 1)] == m_b[size_t(bHi - 1)]) {
            --aHi;
            --bHi;
        }
        if (aLo == aHi || bLo == bHi) {
            replace(aLo, aHi, bLo, bHi);
            return;
        }
        bisect(aLo, aHi, bLo, bHi);
    }

    // Finds the middle snake of a[aLo, aHi) and b[bLo, bHi) by searching from both ends at once
    // and diffs the two halves around it.
    void bisect(int aLo, int aHi, int bLo, int bHi)
    {
        const int* a = m_a.data() + aLo;
        const int* b = m_b.data() + bLo;
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const int maxD = (n + m + 1) / 2;
        const int offset = maxD;
        const int length = 2 * maxD;
        std::vector<int> v1(size_t(length), -1);
        std::vector<int> v2(size_t(length), -1);
        v1[size_t(offset + 1)] = 0;
        v2[size_t(offset + 1)] = 0;
        const int delta = n - m;
        const bool front = delta % 2 != 0; // the forward search meets the reverse one
        int k1start = 0;
        int k1end = 0;
        int k2start = 0;
        int k2end = 0;
        for (int d = 0; d < maxD; ++d) {
            m_budget -= 2 * qint64(d) + 1;
            if (m_budget < 0)
                break;
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const int k1Offset = offset + k1;
                int x1 = (k1 == -d || (k1 != d && v1[size_t(k1Offset - 1)] < v1[size_t(k1Offset + 1)]))
                    ? v1[size_t(k1Offset + 1)]
                    : v1[size_t(k1Offset - 1)] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && a[x1] == b[y1]) {
                    ++x1;
                    ++y1;
                }
                v1[size_t(k1Offset)] = x1;
                if (x1 > n) {
                    k1end += 2; // off the right edge
                } else if (y1 > m) {
                    k1start += 2; // off the bottom
                } else if (front) {
                    const int k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && v2[size_t(k2Offset)] != -1) {
                        if (x1 >= n - v2[size_t(k2Offset)]) {
                            split(aLo, aHi, bLo, bHi, x1, y1);
                            return;
                        }
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const int k2Offset = offset + k2;
                int x2 = (k2 == -d || (k2 != d && v2[size_t(k2Offset - 1)] < v2[size_t(k2Offset + 1)]))
                    ? v2[size_t(k2Offset + 1)]
                    : v2[size_t(k2Offset - 1)] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) {
                    ++x2;
                    ++y2;
                }
                v2[size_t(k2Offset)] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const int k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && v1[size_t(k1Offset)] != -1) {
                        const int x1 = v1[size_t(k1Offset)];
                        const int y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            split(aLo, aHi, bLo, bHi, x1, y1);
                            return;
                        }
                    }
                }
            }
        }
        // Nothing in common, or too expensive to find out: all of a goes, all of b comes.
        replace(aLo, aHi, bLo, bHi);
    }

    void split(int aLo, int aHi, int bLo, int bHi, int x, int y)
    {
        diff(aLo, aLo + x, bLo, bLo + y);
        diff(aLo + x, aHi, bLo + y, bHi);
    }

    std::vector<int> m_a;
    std::vector<int> m_b;
    std::vector<bool> m_removed;
    std::vector<bool> m_added;
    qint64 m_budget = DiffBudget;
};

} // namespace

QStringList ManifestDifference::changedBuildKeys() const
{
    QSet<QString> keys;
    for (auto it = buildBefore.constBegin(); it != buildBefore.constEnd(); ++it)
        keys.insert(it.key());
    for (auto it = buildAfter.constBegin(); it != buildAfter.constEnd(); ++it)
        keys.insert(it.key());
    QStringList changed;
    for (const QString& key : std::as_const(keys)) {
        if (!buildBefore.contains(key) || !buildAfter.contains(key)
            || buildBefore.value(key) != buildAfter.value(key))
            changed.append(key);
    }
    changed.sort();
    return changed;
}

Result<ManifestDifference> ManifestCompare::compare(const QString& before, const QString& after,
                                                    const ReadControl& control)
{
    using R = Result<ManifestDifference>;
    Side sides[2];
    const QString files[2] = { before, after };
    for (int i = 0; i < 2; ++i) {
        const Status read = readSide(files[i], i, control, &sides[i]);
        if (read)
            continue;
        if (control.cancelled && control.cancelled())
            return R::fail(tr("the comparison of %1 and %2 was cancelled")
                               .arg(QFileInfo(before).fileName(), QFileInfo(after).fileName()));
        const QString name = QFileInfo(files[i]).fileName();
        if (read.error().contains(name))
            return R::fail(tr("cannot compare the manifests: %1").arg(read.error()));
        return R::fail(tr("cannot compare the manifests: %1 could not be read: %2").arg(name, read.error()));
    }

    ManifestDifference difference;
    difference.buildBefore = sides[0].build;
    difference.buildAfter = sides[1].build;
    QStringList paths;
    paths.reserve(sides[0].records.size() + sides[1].records.size());
    for (auto it = sides[0].records.cbegin(); it != sides[0].records.cend(); ++it)
        paths.append(it.key());
    for (auto it = sides[1].records.cbegin(); it != sides[1].records.cend(); ++it) {
        if (!sides[0].records.contains(it.key()))
            paths.append(it.key());
    }
    paths.sort();
    for (const QString& path : std::as_const(paths)) {
        const auto was = sides[0].records.constFind(path);
        const auto now = sides[1].records.constFind(path);
        const bool inBefore = was != sides[0].records.cend();
        const bool inAfter = now != sides[1].records.cend();
        if (inBefore && inAfter && sameRecord(*was, *now)) {
            ++difference.unchanged;
            continue;
        }
        ManifestDifference::Entry entry;
        entry.kind = !inBefore ? ManifestDifference::Kind::Added
            : !inAfter         ? ManifestDifference::Kind::Removed
                               : ManifestDifference::Kind::Changed;
        entry.path = path;
        entry.sizeBefore = inBefore ? was->size : -1;
        entry.sizeAfter = inAfter ? now->size : -1;
        difference.entries.append(entry);
    }
    if (control.progress)
        control.progress(ProgressScale, ProgressScale);
    return R::ok(difference);
}

Result<QList<TextDiffLine>> diffLines(const QString& before, const QString& after, int context, int maxLines)
{
    using R = Result<QList<TextDiffLine>>;
    const qsizetype linesBefore = lineCount(before);
    const qsizetype linesAfter = lineCount(after);
    if (linesBefore > maxLines || linesAfter > maxLines) {
        return R::fail(ManifestCompare::tr("the file has %1 lines before and %2 after, more than the %3 "
                                           "lines a difference is shown for")
                           .arg(linesBefore)
                           .arg(linesAfter)
                           .arg(maxLines));
    }
    const QStringList a = splitLines(before);
    const QStringList b = splitLines(after);

    // Lines become numbers, equal lines the same number, so the search compares integers.
    QHash<QString, int> ids;
    ids.reserve(a.size() + b.size());
    const auto toIds = [&ids](const QStringList& lines) {
        std::vector<int> out;
        out.reserve(size_t(lines.size()));
        for (const QString& line : lines) {
            auto id = ids.constFind(line);
            if (id == ids.cend())
                id = ids.insert(line, int(ids.size()));
            out.push_back(*id);
        }
        return out;
    };
    const LineDiff diff(toIds(a), toIds(b));

    // Removed lines of a change come before its added ones, as in a unified diff.
    QList<TextDiffLine> all;
    all.reserve(a.size() + b.size());
    size_t i = 0;
    size_t j = 0;
    while (i < size_t(a.size()) || j < size_t(b.size())) {
        if (i < size_t(a.size()) && diff.removed()[i]) {
            all.append({ TextDiffLine::Kind::Removed, int(i + 1), 0, a[qsizetype(i)] });
            ++i;
        } else if (j < size_t(b.size()) && diff.added()[j]) {
            all.append({ TextDiffLine::Kind::Added, 0, int(j + 1), b[qsizetype(j)] });
            ++j;
        } else {
            all.append({ TextDiffLine::Kind::Same, int(i + 1), int(j + 1), a[qsizetype(i)] });
            ++i;
            ++j;
        }
    }
    if (context < 0)
        return R::ok(all);

    // Unchanged lines stay only within context lines of a change.
    const qsizetype n = all.size();
    constexpr qsizetype Far = std::numeric_limits<qsizetype>::max();
    std::vector<qsizetype> sinceChange(static_cast<size_t>(n));
    qsizetype last = -1;
    for (qsizetype k = 0; k < n; ++k) {
        if (all[k].kind != TextDiffLine::Kind::Same)
            last = k;
        sinceChange[size_t(k)] = last < 0 ? Far : k - last;
    }
    QList<TextDiffLine> shown;
    qsizetype next = -1;
    std::vector<bool> keep(static_cast<size_t>(n), false);
    for (qsizetype k = n - 1; k >= 0; --k) {
        if (all[k].kind != TextDiffLine::Kind::Same)
            next = k;
        const qsizetype untilChange = next < 0 ? Far : next - k;
        keep[size_t(k)] = sinceChange[size_t(k)] <= context || untilChange <= context;
    }
    for (qsizetype k = 0; k < n; ++k) {
        if (keep[size_t(k)])
            shown.append(all[k]);
    }
    return R::ok(shown);
}

} // namespace sbs::manifest
