#include "models/ConfigListModel.h"

#include "models/ConfigFieldModel.h"

namespace sbs::models {

ConfigListModel::ConfigListModel(ConfigFieldModel* fields, const QString& key, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fields(fields)
    , m_key(key)
{
    reload();
    connect(fields, &QAbstractItemModel::modelReset, this, &ConfigListModel::reload);
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

int ConfigListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_rows.at(index.row());
    case Qt::ToolTipRole:
    case ProblemRole:
        return problem(index.row());
    default:
        return {};
    }
}

bool ConfigListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = value.toString().trimmed();
    if (m_rows.at(index.row()) == text)
        return true;
    m_rows[index.row()] = text;
    // A change can start or end a clash with any other row.
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, 0));
    writeBack();
    return true;
}

Qt::ItemFlags ConfigListModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant ConfigListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == NameColumn)
        return tr("Name");
    return {};
}

bool ConfigListModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_rows.insert(row, QString());
    endInsertRows();
    writeBack();
    return true;
}

bool ConfigListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
    writeBack();
    return true;
}

QModelIndex ConfigListModel::appendRow()
{
    insertRows(rowCount(), 1);
    return index(rowCount() - 1, NameColumn);
}

void ConfigListModel::reload()
{
    if (!m_fields)
        return;
    beginResetModel();
    m_rows = m_fields->list(m_key);
    endResetModel();
}

void ConfigListModel::writeBack()
{
    if (!m_fields)
        return;
    QStringList written;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (problem(i).isEmpty())
            written << m_rows.at(i);
    }
    m_writing = true;
    m_fields->setList(m_key, written);
    m_writing = false;
}

QString ConfigListModel::problem(int row) const
{
    const QString& name = m_rows.at(row);
    if (name.isEmpty())
        return tr("This row is empty, so it is not saved in %1.").arg(m_key);
    const int first = int(m_rows.indexOf(name));
    if (first < row)
        return tr("%1 already lists %2 (row %3); this row is not saved.").arg(m_key, name).arg(first + 1);
    return {};
}

} // namespace sbs::models
