#include "models/ConfigValueTableModel.h"

#include "models/ConfigFieldModel.h"

namespace sbs::models {

ConfigValueTableModel::ConfigValueTableModel(ConfigFieldModel* fields, const QString& key, int columnCount,
                                             QObject* parent)
    : QAbstractTableModel(parent)
    , m_fields(fields)
    , m_key(key)
    , m_columnCount(columnCount)
{
    connect(fields, &QAbstractItemModel::modelReset, this, &ConfigValueTableModel::reload);
    connect(fields, &QAbstractItemModel::dataChanged, this, &ConfigValueTableModel::fieldsChanged);
}

void ConfigValueTableModel::fieldsChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (m_writing || !m_fields)
        return;
    const QModelIndex mine = m_fields->fieldIndex(m_key, ConfigFieldModel::ValueColumn);
    if (mine.isValid() && mine.parent() == topLeft.parent() && mine.row() >= topLeft.row()
        && mine.row() <= bottomRight.row() && mine.column() >= topLeft.column()
        && mine.column() <= bottomRight.column())
        reload();
}

int ConfigValueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : entryCount();
}

int ConfigValueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

bool ConfigValueTableModel::isIndexValid(const QModelIndex& index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
}

QVariant ConfigValueTableModel::data(const QModelIndex& index, int role) const
{
    if (!isIndexValid(index))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellText(index);
    case Qt::ToolTipRole:
    case ProblemRole:
        return problem(index.row());
    default:
        return {};
    }
}

Qt::ItemFlags ConfigValueTableModel::flags(const QModelIndex& index) const
{
    if (!isIndexValid(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant ConfigValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const QString title = columnTitle(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

bool ConfigValueTableModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    insertEntries(row, count);
    endInsertRows();
    writeBack();
    return true;
}

bool ConfigValueTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    removeEntries(row, count);
    endRemoveRows();
    // A removed row can end a clash with any row after it.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    writeBack();
    return true;
}

QModelIndex ConfigValueTableModel::appendRow()
{
    insertRows(rowCount(), 1);
    return index(rowCount() - 1, 0);
}

void ConfigValueTableModel::reload()
{
    if (!m_fields)
        return;
    beginResetModel();
    readEntries(*m_fields);
    endResetModel();
}

void ConfigValueTableModel::writeBack()
{
    if (!m_fields)
        return;
    m_writing = true;
    writeEntries(*m_fields);
    m_writing = false;
}

} // namespace sbs::models
