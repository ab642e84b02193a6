#pragma once

// Peak memory of the running benchmark, from Linux's /proc/self.

#include <QByteArray>
#include <QFile>

namespace bench {

// A value of /proc/self/status in KiB ("VmHWM", "VmRSS"); -1 when unknown.
inline qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field) + ':'))
            return line.mid(qsizetype(qstrlen(field)) + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Resets the peak resident set to the current one (Linux 4.0 and later).
inline bool resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace bench
