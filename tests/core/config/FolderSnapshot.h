#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sbs::test {

// The names and contents of every entry in a folder (hidden ones too), to prove that a failed
// operation changed nothing and left no stray file behind. Files over 64 MiB are recorded by
// size and modification time instead of their contents.
class FolderSnapshot
{
public:
    explicit FolderSnapshot(const QString& folder);

    QStringList names() const { return m_entries.keys(); }
    QByteArray contents(const QString& name) const { return m_entries.value(name); }
    bool operator==(const FolderSnapshot& other) const { return m_entries == other.m_entries; }
    bool operator!=(const FolderSnapshot& other) const { return !(*this == other); }

    // "name (n bytes), ..." for failure messages.
    QString describe() const;

private:
    QMap<QString, QByteArray> m_entries; // folders map to an empty array
};

} // namespace sbs::test
