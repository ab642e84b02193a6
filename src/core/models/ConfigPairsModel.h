#pragma once

#include "config/ConfigDocument.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>

namespace sbs::models {

class ConfigFieldModel;

// The rows of one object-of-strings key (ARG: build argument name → value) as an ordered,
// editable table. Rows are written back to the document at once; a row whose name is empty,
// or repeats an earlier row's name, stays in the table but is not written, and says why.
class ConfigPairsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole + 1 }; // why a row is not written, or empty

    ConfigPairsModel(ConfigFieldModel* fields, const QString& key, QObject* parent = nullptr);

    QString key() const { return m_key; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;

    // Appends an empty row and returns the index of its name cell.
    QModelIndex appendRow();
    config::StringPairs rows() const { return m_rows; }

private:
    void reload();
    void writeBack();
    QString problem(int row) const;

    QPointer<ConfigFieldModel> m_fields;
    QString m_key;
    config::StringPairs m_rows;
    bool m_writing = false;
};

} // namespace sbs::models
