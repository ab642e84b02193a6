#include "util/Duration.h"

#include <QCoreApplication>
#include <QLocale>

namespace sbs::util {

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 10000)
        return QCoreApplication::translate("Duration", "%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return QCoreApplication::translate("Duration", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("Duration", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("Duration", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace sbs::util
