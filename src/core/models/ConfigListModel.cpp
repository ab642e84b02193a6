#include "models/ConfigListModel.h"

#include "models/ConfigFieldModel.h"

namespace sbs::models {

ConfigListModel::ConfigListModel(ConfigFieldModel* fields, const QString& key, QObject* parent)
    : ConfigValueTableModel(fields, key, ColumnCount, parent)
{
    reload();
}

int ConfigListModel::entryCount() const
{
    return int(m_rows.size());
}

QVariant ConfigListModel::cellText(const QModelIndex& index) const
{
    return m_rows.at(index.row());
}

bool ConfigListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !isIndexValid(index))
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

QString ConfigListModel::columnTitle(int section) const
{
    if (section == NameColumn)
        return tr("Name");
    return {};
}

void ConfigListModel::insertEntries(int row, int count)
{
    for (int i = 0; i < count; ++i)
        m_rows.insert(row, QString());
}

void ConfigListModel::removeEntries(int row, int count)
{
    m_rows.remove(row, count);
}

void ConfigListModel::readEntries(const ConfigFieldModel& fields)
{
    m_rows = fields.list(key());
}

void ConfigListModel::writeEntries(ConfigFieldModel& fields) const
{
    QStringList written;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (problem(i).isEmpty())
            written << m_rows.at(i);
    }
    fields.setList(key(), written);
}

QString ConfigListModel::problem(int row) const
{
    const QString& name = m_rows.at(row);
    if (name.isEmpty())
        return tr("This row is empty, so it is not saved in %1.").arg(key());
    const int first = int(m_rows.indexOf(name));
    if (first < row)
        return tr("%1 already lists %2 (row %3); this row is not saved.").arg(key(), name).arg(first + 1);
    return {};
}

} // namespace sbs::models
