#pragma once

#include "Result.h"
#include "config/ConfigDocument.h"

#include <QDateTime>
#include <QString>
#include <functional>

namespace sbs::config {

// The one safe way to write sbs-config.json: first a byte-for-byte backup of the current file
// named <file>.<UTC %Y-%m-%d_%H-%M-%S.%f> (as the reference names it), then an atomic replace
// through QSaveFile with mode 0600. On any failure the original file is unchanged and no
// partial file is left behind.
class ConfigStore
{
public:
    struct Saved
    {
        QString path;
        QString backupPath; // empty when there was no previous file
    };

    static Result<Saved> save(const ConfigDocument& doc, const QString& path);

    // "<path>.2021-02-04_13-25-52.512466" for the given UTC time (microseconds). An invalid
    // time stands for now, with the microseconds of the system clock (or the test clock).
    static QString backupName(const QString& path, const QDateTime& utc);

    // Test seams: a clock, and a hook that can fail a write after n bytes.
    static void setClockForTesting(std::function<QDateTime()> clock);
    static void setWriteFaultForTesting(std::function<bool(const QString& path)> failWrite);
};

} // namespace sbs::config
