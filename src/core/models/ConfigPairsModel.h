#pragma once

#include "config/ConfigDocument.h"
#include "models/ConfigValueTableModel.h"

#include <QString>

namespace sbs::models {

// The rows of one object-of-strings key (ARG: build argument name → value) as an ordered,
// editable table. Rows are written back to the document at once; a row whose name is empty,
// or repeats an earlier row's name, stays in the table but is not written, and says why.
class ConfigPairsModel : public ConfigValueTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    ConfigPairsModel(ConfigFieldModel* fields, const QString& key, QObject* parent = nullptr);

    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    config::StringPairs rows() const { return m_rows; }

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
    config::StringPairs m_rows;
};

} // namespace sbs::models
