#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>

namespace sbs::models {

class ConfigFieldModel;

// What the table models over one array or object key of the configuration share: the link to
// the field model (reload when the document is reset or when this key's value changes from
// elsewhere), the row and column shape, insertion and removal, and writing the rows back
// without reloading from that write. A subclass holds the rows and says what a row shows,
// when a row is not written, and how the rows are read and written.
class ConfigValueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { ProblemRole = Qt::UserRole + 1 }; // why a row is not written, or empty

    QString key() const { return m_key; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;

    // Appends an empty row and returns the index of its first cell.
    QModelIndex appendRow();

protected:
    // A subclass calls reload() at the end of its constructor, once its rows can be read.
    ConfigValueTableModel(ConfigFieldModel* fields, const QString& key, int columnCount, QObject* parent);

    bool isIndexValid(const QModelIndex& index) const;
    void reload();
    void writeBack();

    virtual int entryCount() const = 0;
    virtual QVariant cellText(const QModelIndex& index) const = 0; // display and edit role
    virtual QString columnTitle(int section) const = 0;
    virtual QString problem(int row) const = 0;
    virtual void insertEntries(int row, int count) = 0; // empty ones
    virtual void removeEntries(int row, int count) = 0;
    virtual void readEntries(const ConfigFieldModel& fields) = 0;
    // Writes the rows that have no problem.
    virtual void writeEntries(ConfigFieldModel& fields) const = 0;

private:
    void fieldsChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);

    QPointer<ConfigFieldModel> m_fields;
    QString m_key;
    int m_columnCount;
    bool m_writing = false;
};

} // namespace sbs::models
