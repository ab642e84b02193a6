#include "models/ConfigPairsModel.h"

#include "models/ConfigFieldModel.h"

namespace sbs::models {

ConfigPairsModel::ConfigPairsModel(ConfigFieldModel* fields, const QString& key, QObject* parent)
    : ConfigValueTableModel(fields, key, ColumnCount, parent)
{
    reload();
}

int ConfigPairsModel::entryCount() const
{
    return int(m_rows.size());
}

QVariant ConfigPairsModel::cellText(const QModelIndex& index) const
{
    const auto& row = m_rows.at(size_t(index.row()));
    return index.column() == NameColumn ? row.first : row.second;
}

bool ConfigPairsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !isIndexValid(index))
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

QString ConfigPairsModel::columnTitle(int section) const
{
    if (section == NameColumn)
        return tr("Name");
    if (section == ValueColumn)
        return tr("Value");
    return {};
}

void ConfigPairsModel::insertEntries(int row, int count)
{
    m_rows.insert(m_rows.begin() + row, size_t(count), {});
}

void ConfigPairsModel::removeEntries(int row, int count)
{
    m_rows.erase(m_rows.begin() + row, m_rows.begin() + row + count);
}

void ConfigPairsModel::readEntries(const ConfigFieldModel& fields)
{
    m_rows = fields.pairs(key());
}

void ConfigPairsModel::writeEntries(ConfigFieldModel& fields) const
{
    config::StringPairs written;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (problem(int(i)).isEmpty())
            written.push_back(m_rows.at(i));
    }
    fields.setPairs(key(), written);
}

QString ConfigPairsModel::problem(int row) const
{
    const QString& name = m_rows.at(size_t(row)).first;
    if (name.isEmpty())
        return tr("This row has no name, so it is not saved in %1.").arg(key());
    for (int i = 0; i < row; ++i) {
        if (m_rows.at(size_t(i)).first == name)
            return tr("%1 already has a row named %2 (row %3); this one is not saved.")
                .arg(key(), name)
                .arg(i + 1);
    }
    return {};
}

} // namespace sbs::models
