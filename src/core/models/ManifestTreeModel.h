#pragma once

#include "manifest/ArchiveEntry.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace sbs::models {

// The inner archive of a manifest as a tree (data/, git/, ...), filled in batches while a
// worker streams the archive (appendEntries), so a 100,000-file manifest shows at once and
// grows. Folders that the archive does not list are made from the paths. Entries flagged by
// the reader (absolute, "..", link out of the tree, duplicate) are shown where their path puts
// them, with ProblemRole set; an absolute path hangs under a top-level "/" node.
class ManifestTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, ModeColumn, ModifiedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        PathRole = Qt::UserRole + 1, // QString: the entry's path in the archive
        IsFolderRole, // bool
        SizeRole, // qint64 bytes (files); for folders the sum of what is below
        ProblemRole, // QString: why the entry is unsafe; empty when safe
        EntryTypeRole, // int(manifest::ArchiveEntry::Type)
        SortRole, // folders first, then by name; size and time as numbers
    };

    explicit ManifestTreeModel(QObject* parent = nullptr);
    ~ManifestTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    // Adds entries (in archive order) with beginInsertRows per touched folder.
    void appendEntries(const QList<manifest::ArchiveEntry>& entries);

    int entryCount() const; // entries added (not made-up folders)
    int problemCount() const;
    // The index of path ("git/README.md"), column 0; invalid when not there.
    QModelIndex indexOf(const QString& path) const;
    const manifest::ArchiveEntry* entry(const QModelIndex& index) const; // null for made-up folders

private:
    struct Node;
    struct Batch;
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOfNode(const Node* node, int column = 0) const;
    Node* folderFor(const QString& path, Batch& batch);
    Node* addChild(Node* parent, std::unique_ptr<Node> child, Batch& batch);
    void markChanged(Node* node, Batch& batch);
    void addEntry(const manifest::ArchiveEntry& entry, Batch& batch);
    void commit(Batch& batch);

    std::unique_ptr<Node> m_root;
    // Full path ("git/src", "/etc") to the first node with that path: appending finds the
    // parent in O(1) whatever the archive's order.
    QHash<QString, Node*> m_byPath;
    int m_batch = 0; // the number of the batch being appended; nodes remember theirs
    int m_entries = 0;
    int m_problems = 0;
};

} // namespace sbs::models
