#pragma once

#include <QString>
#include <QStringList>

namespace sbs::gui {

// The most recently opened or saved configuration files, newest first, kept in QSettings.
class RecentFiles
{
public:
    static constexpr int MaxCount = 8;

    static QStringList list();
    static void add(const QString& path); // moves it to the front, keeps at most MaxCount
    static void remove(const QString& path);
    static void clear();
};

} // namespace sbs::gui
