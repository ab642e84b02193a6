#include "FolderSnapshot.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sbs::test {

namespace {
constexpr qint64 MaxContentSize = 64 * 1024 * 1024;
}

FolderSnapshot::FolderSnapshot(const QString& folder)
{
    const QDir dir(folder);
    const QFileInfoList entries = dir.entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& info : entries) {
        QByteArray bytes;
        if (info.isFile() && !info.isSymLink()) {
            if (info.size() > MaxContentSize) {
                // Huge (sparse) test files are compared by size and modification time.
                bytes = QStringLiteral("size %1, modified %2")
                            .arg(info.size())
                            .arg(info.lastModified().toMSecsSinceEpoch())
                            .toUtf8();
            } else {
                QFile file(info.absoluteFilePath());
                if (file.open(QIODevice::ReadOnly))
                    bytes = file.readAll();
            }
        }
        m_entries.insert(info.fileName(), bytes);
    }
}

QString FolderSnapshot::describe() const
{
    QStringList parts;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it)
        parts.append(QStringLiteral("%1 (%2 bytes)").arg(it.key()).arg(it.value().size()));
    return parts.join(QLatin1String(", "));
}

} // namespace sbs::test
