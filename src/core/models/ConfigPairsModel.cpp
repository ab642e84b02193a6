#include "models/ConfigPairsModel.h"

#include "models/ConfigFieldModel.h"

namespace sbs::models {

ConfigPairsModel::ConfigPairsModel(ConfigFieldModel* fields, const QString& key, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fields(fields)
    , m_key(key)
{
    reload();
    connect(fields, &QAbstractItemModel::modelReset, this, &ConfigPairsModel::reload);
    connect(fields, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                if (m_writing || !m_fields)
                    return;
                const QModelIndex mine = m_fields->fieldIndex(m_key, ConfigFieldModel::ValueColumn);
                if (mine.isValid() && mine.parent() == topLeft.parent() && mine.row() >= topLeft.row()
                    && mine.row() <= bottomRight.row() && mine.column() >= topLeft.column()
                    && mine.column() <= bottomRight.column())
                    reload();
            });
}

int ConfigPairsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigPairsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigPairsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == NameColumn ? row.first : row.second;
    case Qt::ToolTipRole:
    case ProblemRole:
        return problem(index.row());
    default:
        return {};
    }
}

bool ConfigPairsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    auto& row = m_rows[size_t(index.row())];
    QString& cell = index.column() == NameColumn ? row.first : row.second;
    const QString text = index.column() == NameColumn ? value.toString().trimmed() : value.toString();
    if (cell == text)
        return true;
    cell = text;
    // A name change can start or end a clash with any other row.
    if (index.column() == NameColumn)
        Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    else
        Q_EMIT dataChanged(index, index);
    writeBack();
    return true;
}

Qt::ItemFlags ConfigPairsModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant ConfigPairsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == NameColumn)
        return tr("Name");
    if (section == ValueColumn)
        return tr("Value");
    return {};
}

bool ConfigPairsModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_rows.insert(m_rows.begin() + row, size_t(count), {});
    endInsertRows();
    writeBack();
    return true;
}

bool ConfigPairsModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.erase(m_rows.begin() + row, m_rows.begin() + row + count);
    endRemoveRows();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    writeBack();
    return true;
}

QModelIndex ConfigPairsModel::appendRow()
{
    insertRows(rowCount(), 1);
    return index(rowCount() - 1, NameColumn);
}

void ConfigPairsModel::reload()
{
    if (!m_fields)
        return;
    beginResetModel();
    m_rows = m_fields->pairs(m_key);
    endResetModel();
}

void ConfigPairsModel::writeBack()
{
    if (!m_fields)
        return;
    config::StringPairs written;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (problem(int(i)).isEmpty())
            written.push_back(m_rows.at(i));
    }
    m_writing = true;
    m_fields->setPairs(m_key, written);
    m_writing = false;
}

QString ConfigPairsModel::problem(int row) const
{
    const QString& name = m_rows.at(size_t(row)).first;
    if (name.isEmpty())
        return tr("This row has no name, so it is not saved in %1.").arg(m_key);
    for (int i = 0; i < row; ++i) {
        if (m_rows.at(size_t(i)).first == name)
            return tr("%1 already has a row named %2 (row %3); this one is not saved.")
                .arg(m_key, name)
                .arg(i + 1);
    }
    return {};
}

} // namespace sbs::models
