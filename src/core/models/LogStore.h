#pragma once

// The storage of a LogModel: its bytes, line starts and severities, with the line classification.
// Internal to src/core/models: shared by LogModel and LogSearch (which reads the stored bytes in
// place) and not for other users.

#include "models/LogModel.h"

#include <QByteArray>
#include <QVector>
#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <vector>

namespace sbs::models {

namespace logstore {

// Bytes are kept in blocks of this size. A block is allocated once and filled; it is never
// grown or copied, so holding the text costs its size plus at most one block.
inline constexpr int ChunkShift = 22; // 4 MiB
inline constexpr qint64 ChunkSize = qint64(1) << ChunkShift;
inline constexpr qint64 ChunkMask = ChunkSize - 1;

// A keyword found this close to the end of a line that is still growing may yet turn out to be
// part of a longer word, so the scan of that line stops before it and goes on when more comes.
inline constexpr qint64 UndecidedTail = 48;

enum ByteClass : quint8 { WordByte = 1, KeywordStart = 2 };

struct Keyword
{
    const char* text; // lower case
    qint64 size;
    LogModel::Severity severity;
};

inline constexpr std::array<Keyword, 7> Keywords = { {
    { "error", 5, LogModel::Severity::Error },
    { "fatal", 5, LogModel::Severity::Error },
    { "failed", 6, LogModel::Severity::Error },
    { "panic", 5, LogModel::Severity::Error },
    { "exiting due to a non-zero return value", 38, LogModel::Severity::Error },
    { "warning", 7, LogModel::Severity::Warning },
    { "warn", 4, LogModel::Severity::Warning },
} };

struct Tables
{
    std::array<quint8, 256> byteClass {};
    std::array<uchar, 256> lower {};

    Tables()
    {
        for (int c = 0; c < 256; ++c) {
            lower[c] = uchar(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            // Bytes of multi-byte UTF-8 sequences count as letters: "é" + "rror" is no word "error".
            const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c >= 0x80;
            byteClass[c] = word ? WordByte : 0;
        }
        for (const Keyword& keyword : Keywords) {
            const auto first = uchar(keyword.text[0]);
            byteClass[first] |= KeywordStart;
            byteClass[first - ('a' - 'A')] |= KeywordStart;
        }
    }
};

inline const Tables& tables()
{
    static const Tables t;
    return t;
}

inline bool isProblem(LogModel::Severity severity)
{
    return severity == LogModel::Severity::Warning || severity == LogModel::Severity::Error;
}

inline LogModel::Severity worse(LogModel::Severity a, LogModel::Severity b)
{
    return int(a) >= int(b) ? a : b;
}

// The worst keyword at a word start in line[from, size); line[from - 1] is read for the word
// boundary when from > 0. A keyword counts when it is a whole word, or the word plus an "s"
// ("errors", "warnings"): a log that says "0 errors" is shown as an error line, which is the
// simple rule and rarely wrong in build output. When the line may still grow (complete false),
// the scan stops at a candidate within UndecidedTail of the end and *resume says where to go on.
inline LogModel::Severity scanWords(const char* line, qint64 size, qint64 from, bool complete, qint64* resume)
{
    const Tables& t = tables();
    auto severity = LogModel::Severity::Normal;
    bool previousIsWord = from > 0 && (t.byteClass[uchar(line[from - 1])] & WordByte);
    for (qint64 i = from; i < size; ++i) {
        const quint8 cls = t.byteClass[uchar(line[i])];
        if ((cls & KeywordStart) && !previousIsWord) {
            if (!complete && size - i < UndecidedTail) {
                if (resume)
                    *resume = i;
                return severity;
            }
            for (const Keyword& keyword : Keywords) {
                if (i + keyword.size > size || t.lower[uchar(line[i])] != uchar(keyword.text[0]))
                    continue;
                qint64 k = 1;
                while (k < keyword.size && t.lower[uchar(line[i + k])] == uchar(keyword.text[k]))
                    ++k;
                if (k < keyword.size)
                    continue;
                qint64 end = i + keyword.size;
                if (end < size && t.lower[uchar(line[end])] == 's')
                    ++end;
                if (end < size && (t.byteClass[uchar(line[end])] & WordByte))
                    continue;
                severity = worse(severity, keyword.severity);
                if (severity == LogModel::Severity::Error) {
                    if (resume)
                        *resume = size;
                    return severity;
                }
            }
        }
        previousIsWord = cls & WordByte;
    }
    if (resume)
        *resume = size;
    return severity;
}

inline bool isCommandStart(const char* line, qint64 size)
{
    return size >= 2 && line[0] == '$' && line[1] == ' ';
}

} // namespace logstore

struct LogModel::Store
{
    std::vector<std::unique_ptr<char[]>> chunks;
    qint64 size = 0;
    QVector<qint64> starts; // where each line begins
    QVector<quint8> severities; // one per line
    QVector<int> problems;
    bool partial = false; // the last line has no '\n' yet
    qint64 resume = 0; // where the classification of the partial last line goes on
    quint8 settled = 0; // the Severity of the partial last line's part before resume
    qint64 longest = 0;
    int rows = 0; // the rows the views know of; starts may be ahead during an append

    char at(qint64 offset) const
    {
        return chunks[size_t(offset >> logstore::ChunkShift)][offset & logstore::ChunkMask];
    }

    void copy(qint64 from, qint64 to, char* out) const
    {
        while (from < to) {
            const qint64 n = std::min(to - from, logstore::ChunkSize - (from & logstore::ChunkMask));
            std::memcpy(out,
                        chunks[size_t(from >> logstore::ChunkShift)].get() + (from & logstore::ChunkMask),
                        size_t(n));
            out += n;
            from += n;
        }
    }

    // The bytes [from, to) in one piece: where they are when they lie in one block, else copied
    // into buffer.
    const char* bytes(qint64 from, qint64 to, QByteArray* buffer) const
    {
        if (from >= to)
            return "";
        if ((from >> logstore::ChunkShift) == ((to - 1) >> logstore::ChunkShift))
            return chunks[size_t(from >> logstore::ChunkShift)].get() + (from & logstore::ChunkMask);
        buffer->resize(qsizetype(to - from));
        copy(from, to, buffer->data());
        return buffer->constData();
    }

    // The end of a line, without its '\n'.
    qint64 lineEnd(int row) const
    {
        if (row + 1 < starts.size())
            return starts[row + 1] - 1;
        return partial ? size : size - 1;
    }

    // The end without a trailing '\r' as well: what is shown.
    qint64 shownEnd(int row) const
    {
        const qint64 end = lineEnd(row);
        return end > starts[row] && at(end - 1) == '\r' ? end - 1 : end;
    }

    int rowAt(qint64 offset) const
    {
        return int(std::upper_bound(starts.cbegin(), starts.cend(), offset) - starts.cbegin()) - 1;
    }

    void write(const char* data, qint64 n)
    {
        while (n > 0) {
            const qint64 offset = size & logstore::ChunkMask;
            if (offset == 0 && size_t(size >> logstore::ChunkShift) == chunks.size())
                chunks.emplace_back(new char[logstore::ChunkSize]); // not zeroed: pages are touched as filled
            const qint64 take = std::min(n, logstore::ChunkSize - offset);
            std::memcpy(chunks.back().get() + offset, data, size_t(take));
            size += take;
            data += take;
            n -= take;
        }
    }

    void setSeverity(int row, Severity severity)
    {
        if (row == severities.size())
            severities.append(quint8(severity));
        else
            severities[row] = quint8(severity);
        const bool listed = !problems.isEmpty() && problems.constLast() == row;
        if (logstore::isProblem(severity) && !listed)
            problems.append(row);
        else if (!logstore::isProblem(severity) && listed)
            problems.removeLast();
    }

    // The severity the growing last line shows: what its decided part holds, and what its
    // undecided end would add if the line ended there (a later byte may take that back).
    Severity openSeverity(qint64 start, qint64 end) const
    {
        if (Severity(settled) == Severity::Command || Severity(settled) == Severity::Error)
            return Severity(settled);
        QByteArray buffer;
        const qint64 from = std::max(start, resume - 1);
        const char* tail = bytes(from, end, &buffer);
        return logstore::worse(Severity(settled),
                               logstore::scanWords(tail, end - from, resume - from, true, nullptr));
    }

    // The partial last line grew to end (its '\n' not included); complete when the '\n' came.
    void classifyGrowingLine(qint64 end, bool complete)
    {
        const int row = int(starts.size()) - 1;
        const qint64 start = starts.constLast();
        auto severity = Severity(settled);
        if (severity != Severity::Command && severity != Severity::Error) {
            QByteArray buffer;
            const qint64 from = std::max(start, resume - 1);
            const char* line = bytes(from, end, &buffer);
            if (resume <= start + 1 && logstore::isCommandStart(line, end - from)) {
                severity = Severity::Command;
            } else {
                qint64 resumeAt = 0;
                severity = logstore::worse(
                    severity, logstore::scanWords(line, end - from, resume - from, complete, &resumeAt));
                resume = from + resumeAt;
            }
            settled = quint8(severity);
        }
        setSeverity(row, complete ? severity : openSeverity(start, end));
        longest = std::max(longest, end - start);
    }

    // A line that starts in the appended data; complete when its '\n' is there too.
    void addLine(qint64 start, const char* line, qint64 size, bool complete)
    {
        const int row = int(starts.size());
        starts.append(start);
        Severity severity = Severity::Normal;
        if (logstore::isCommandStart(line, size)) {
            severity = Severity::Command;
        } else {
            qint64 resumeAt = 0;
            severity = logstore::scanWords(line, size, 0, complete, &resumeAt);
            resume = start + resumeAt;
        }
        // A growing line of one byte "$" is decided when its second byte comes.
        if (!complete && size < 2)
            resume = start;
        settled = quint8(severity);
        setSeverity(row, complete ? severity : openSeverity(start, start + size));
        longest = std::max(longest, size);
    }

    // Stores data and finds its lines; the cost is that of the data (a growing last line is
    // scanned from where its scan stopped, not again from its start).
    void ingest(const char* data, qint64 n)
    {
        const qint64 base = size;
        write(data, n);
        const char* end = data + n;
        const char* p = data;
        if (partial) {
            const auto* newline = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
            const qint64 lineEndOffset = newline ? base + (newline - data) : size;
            classifyGrowingLine(lineEndOffset, newline != nullptr);
            if (!newline) {
                partial = true;
                return;
            }
            p = newline + 1;
        }
        while (p < end) {
            const auto* newline = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
            const char* lineEnd = newline ? newline : end;
            addLine(base + (p - data), p, lineEnd - p, newline != nullptr);
            if (!newline)
                break;
            p = newline + 1;
        }
        partial = data[n - 1] != '\n';
    }

    bool startsWith(const QByteArray& text) const
    {
        if (text.size() < size)
            return false;
        for (size_t i = 0; i < chunks.size(); ++i) {
            const qint64 from = qint64(i) << logstore::ChunkShift;
            const qint64 n = std::min(logstore::ChunkSize, size - from);
            if (std::memcmp(chunks[i].get(), text.constData() + from, size_t(n)) != 0)
                return false;
        }
        return true;
    }
};

} // namespace sbs::models
