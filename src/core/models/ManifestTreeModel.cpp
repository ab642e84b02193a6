#include "models/ManifestTreeModel.h"

#include <QLocale>
#include <QMetaType>
#include <QStringList>
#include <optional>
#include <utility>

namespace sbs::models {

using manifest::ArchiveEntry;

namespace {

const QLatin1Char Slash('/');

// The path as a key: no empty or "." components, no trailing '/', ".." kept as a name (such
// entries are flagged and must stay visible). A leading '/' is kept: absolute paths hang
// under a top-level "/" node. The usual path is already in this form and is returned as it is.
QString pathKey(const QString& path)
{
    const bool plain = !path.isEmpty() && !path.endsWith(Slash) && path != QLatin1String(".")
        && !path.startsWith(QLatin1String("./")) && !path.endsWith(QLatin1String("/."))
        && !path.contains(QLatin1String("//")) && !path.contains(QLatin1String("/./"));
    if (plain)
        return path;
    QStringList parts;
    for (const QString& part : path.split(Slash, Qt::SkipEmptyParts)) {
        if (part != QLatin1String("."))
            parts.append(part);
    }
    const QString joined = parts.join(Slash);
    if (path.startsWith(Slash))
        return Slash + joined;
    // "./" itself, the archive's root: shown as a row of its own so nothing goes missing.
    return joined.isEmpty() ? QStringLiteral(".") : joined;
}

// "git/src" for "git/src/main.c", "/" for "/etc", "" (the root) for "git" and "/".
QString parentKey(const QString& key)
{
    if (key == QLatin1String("/"))
        return QString();
    const qsizetype slash = key.lastIndexOf(Slash);
    if (slash < 0)
        return QString();
    return slash == 0 ? QStringLiteral("/") : key.left(slash);
}

QString nameOf(const QString& key)
{
    if (key == QLatin1String("/"))
        return key;
    return key.mid(key.lastIndexOf(Slash) + 1);
}

// sbscore does not link Qt GUI, so the colour is made through the meta-type system, which
// knows QColor (and how to make one from "#rrggbb") wherever the GUI library is loaded, as it
// is in every process that shows this model. Elsewhere there is nothing to colour.
QVariant problemColor()
{
    static const QVariant color = [] {
        QVariant value(QStringLiteral("#c62828"));
        const QMetaType type(QMetaType::QColor);
        return type.isValid() && value.convert(type) ? value : QVariant();
    }();
    return color;
}

} // namespace

struct ManifestTreeModel::Node
{
    Node* parent = nullptr;
    int row = 0;
    int batch = 0; // the batch that made the node
    int changedIn = -1; // the last batch that will announce a change of its data
    bool folder = true; // a directory entry or a folder made up from the paths
    QString name;
    QString path; // the key in m_byPath
    std::optional<ArchiveEntry> entry; // empty for made-up folders
    qint64 size = 0; // folders: the sum of the files below
    std::vector<std::unique_ptr<Node>> children;
};

// What one appendEntries call adds to folders the view already knows, announced at its end.
struct ManifestTreeModel::Batch
{
    // Children of known folders, in arrival order, per folder in the order first touched.
    std::vector<std::pair<Node*, std::vector<std::unique_ptr<Node>>>> pending;
    QHash<Node*, size_t> slot;
    std::vector<Node*> changed; // known nodes whose data (size, entry) changed
};

ManifestTreeModel::ManifestTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

ManifestTreeModel::~ManifestTreeModel() = default;

ManifestTreeModel::Node* ManifestTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex ManifestTreeModel::indexOfNode(const Node* node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node*>(node));
}

QModelIndex ManifestTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[size_t(row)].get());
}

QModelIndex ManifestTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int ManifestTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ManifestTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ManifestTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeOf(index);
    const ArchiveEntry* entry = node->entry ? &*node->entry : nullptr;
    const bool isFile = entry && entry->type == ArchiveEntry::Type::File;
    const bool isLink = entry
        && (entry->type == ArchiveEntry::Type::Symlink || entry->type == ArchiveEntry::Type::Hardlink);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (isLink && !entry->linkTarget.isEmpty())
                return QStringLiteral("%1 \u2192 %2").arg(node->name, entry->linkTarget);
            return node->name;
        case SizeColumn:
            return isFile ? QLocale().formattedDataSize(entry->size) : QVariant();
        case ModeColumn:
            return entry ? entry->modeString() : QVariant();
        case ModifiedColumn:
            if (!entry || !entry->mtime.isValid())
                return {};
            return QLocale().toString(entry->mtime.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case Qt::ForegroundRole: {
        const QString problem = entry ? entry->problem() : QString();
        if (problem.isEmpty())
            return {};
        return role == Qt::ToolTipRole ? QVariant(problem) : problemColor();
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case PathRole:
        return entry ? entry->path : node->path;
    case IsFolderRole:
        return node->folder;
    case SizeRole:
        return node->folder ? node->size : (entry ? entry->size : 0);
    case ProblemRole:
        return entry ? entry->problem() : QString();
    case EntryTypeRole:
        return int(entry ? entry->type : ArchiveEntry::Type::Directory);
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            // Folders before files whichever the case of their names.
            return QString(QLatin1Char(node->folder ? '0' : '1') + node->name);
        case SizeColumn:
            return node->folder ? node->size : (entry ? entry->size : 0);
        case ModeColumn:
            return entry ? entry->modeString() : QString();
        case ModifiedColumn:
            return entry && entry->mtime.isValid() ? entry->mtime.toMSecsSinceEpoch() : qint64(-1);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ManifestTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModeColumn:
        return tr("Mode");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

void ManifestTreeModel::clear()
{
    beginResetModel();
    m_byPath.clear();
    m_root = std::make_unique<Node>();
    m_entries = 0;
    m_problems = 0;
    endResetModel();
}

ManifestTreeModel::Node* ManifestTreeModel::addChild(Node* parent, std::unique_ptr<Node> child, Batch& batch)
{
    Node* added = child.get();
    added->parent = parent;
    added->batch = m_batch;
    if (parent->batch == m_batch) {
        // The parent is new itself: its children arrive with it, nothing to announce.
        added->row = int(parent->children.size());
        parent->children.push_back(std::move(child));
        return added;
    }
    auto slot = batch.slot.constFind(parent);
    if (slot == batch.slot.cend()) {
        slot = batch.slot.insert(parent, batch.pending.size());
        batch.pending.emplace_back(parent, std::vector<std::unique_ptr<Node>>());
    }
    batch.pending[*slot].second.push_back(std::move(child));
    return added;
}

void ManifestTreeModel::markChanged(Node* node, Batch& batch)
{
    if (node->batch == m_batch || node->changedIn == m_batch)
        return;
    node->changedIn = m_batch;
    batch.changed.push_back(node);
}

ManifestTreeModel::Node* ManifestTreeModel::folderFor(const QString& path, Batch& batch)
{
    if (path.isEmpty())
        return m_root.get();
    if (Node* known = m_byPath.value(path))
        return known;
    Node* parent = folderFor(parentKey(path), batch);
    auto folder = std::make_unique<Node>();
    folder->name = nameOf(path);
    folder->path = path;
    Node* added = addChild(parent, std::move(folder), batch);
    m_byPath.insert(path, added);
    return added;
}

void ManifestTreeModel::addEntry(const ArchiveEntry& entry, Batch& batch)
{
    ++m_entries;
    // What problem() puts in words, without making the words for every entry.
    if (!entry.isSafe() || entry.type == ArchiveEntry::Type::Other)
        ++m_problems;
    const QString key = pathKey(entry.path);
    const bool isFolder = entry.type == ArchiveEntry::Type::Directory;
    Node* first = m_byPath.value(key);
    if (first && !first->entry && first->folder && isFolder) {
        // A folder made up from earlier paths is listed after all: it gets its entry.
        first->entry = entry;
        markChanged(first, batch);
        return;
    }
    // A second entry with a path already shown gets a row of its own: the first one stays.
    auto node = std::make_unique<Node>();
    node->name = nameOf(key);
    node->path = key;
    node->folder = isFolder;
    node->entry = entry;
    Node* parent = folderFor(parentKey(key), batch);
    Node* added = addChild(parent, std::move(node), batch);
    if (!first)
        m_byPath.insert(key, added);
    if (entry.type == ArchiveEntry::Type::File && entry.size > 0) {
        for (Node* folder = parent; folder != m_root.get(); folder = folder->parent) {
            folder->size += entry.size;
            markChanged(folder, batch);
        }
    }
}

void ManifestTreeModel::commit(Batch& batch)
{
    for (auto& [parent, children] : batch.pending) {
        const int first = int(parent->children.size());
        beginInsertRows(indexOfNode(parent), first, first + int(children.size()) - 1);
        parent->children.reserve(parent->children.size() + children.size());
        for (std::unique_ptr<Node>& child : children) {
            child->row = int(parent->children.size());
            parent->children.push_back(std::move(child));
        }
        endInsertRows();
    }
    for (Node* node : batch.changed)
        Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
}

void ManifestTreeModel::appendEntries(const QList<ArchiveEntry>& entries)
{
    if (entries.isEmpty())
        return;
    // Nodes made in this batch carry its number: a folder that is new here takes its children
    // directly, as the view has not seen it yet; known folders collect theirs for one
    // beginInsertRows each at the end.
    ++m_batch;
    Batch batch;
    for (const ArchiveEntry& entry : entries)
        addEntry(entry, batch);
    commit(batch);
}

int ManifestTreeModel::entryCount() const
{
    return m_entries;
}

int ManifestTreeModel::problemCount() const
{
    return m_problems;
}

QModelIndex ManifestTreeModel::indexOf(const QString& path) const
{
    if (path.isEmpty())
        return {};
    return indexOfNode(m_byPath.value(pathKey(path)));
}

const ArchiveEntry* ManifestTreeModel::entry(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const Node* node = nodeOf(index);
    return node->entry ? &*node->entry : nullptr;
}

} // namespace sbs::models
