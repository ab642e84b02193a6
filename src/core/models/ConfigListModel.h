#pragma once

#include "models/ConfigValueTableModel.h"

#include <QString>
#include <QStringList>

namespace sbs::models {

// The entries of one array-of-strings key (ENV_WHITELIST: names of environment variables) as an
// ordered, editable one-column table. Rows are written back to the document at once; an empty
// or repeated entry stays in the table but is not written, and says why.
class ConfigListModel : public ConfigValueTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ColumnCount };

    ConfigListModel(ConfigFieldModel* fields, const QString& key, QObject* parent = nullptr);

    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QStringList rows() const { return m_rows; }

protected:
    int entryCount() const override;
    QVariant cellText(const QModelIndex& index) const override;
    QString columnTitle(int section) const override;
    QString problem(int row) const override;
    void insertEntries(int row, int count) override;
    void removeEntries(int row, int count) override;
    void readEntries(const ConfigFieldModel& fields) override;
    void writeEntries(ConfigFieldModel& fields) const override;

private:
    QStringList m_rows;
};

} // namespace sbs::models
