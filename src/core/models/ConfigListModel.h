#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace sbs::models {

class ConfigFieldModel;

// The entries of one array-of-strings key (ENV_WHITELIST: names of environment variables) as an
// ordered, editable one-column table. Rows are written back to the document at once; an empty
// or repeated entry stays in the table but is not written, and says why.
class ConfigListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole + 1 }; // why a row is not written, or empty

    ConfigListModel(ConfigFieldModel* fields, const QString& key, QObject* parent = nullptr);

    QString key() const { return m_key; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;

    // Appends an empty row and returns its index.
    QModelIndex appendRow();
    QStringList rows() const { return m_rows; }

private:
    void reload();
    void writeBack();
    QString problem(int row) const;

    QPointer<ConfigFieldModel> m_fields;
    QString m_key;
    QStringList m_rows;
    bool m_writing = false;
};

} // namespace sbs::models
