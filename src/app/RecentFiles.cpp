#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace sbs::gui {

namespace {

const QString Key = QStringLiteral("recentFiles");

} // namespace

QStringList RecentFiles::list()
{
    QStringList files = QSettings().value(Key).toStringList();
    files.removeAll(QString());
    while (files.size() > MaxCount)
        files.removeLast();
    return files;
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxCount)
        files.removeLast();
    QSettings().setValue(Key, files);
}

void RecentFiles::remove(const QString& path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(Key, files);
}

void RecentFiles::clear()
{
    QSettings().remove(Key);
}

} // namespace sbs::gui
