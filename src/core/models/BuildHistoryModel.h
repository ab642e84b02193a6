#pragma once

#include "history/BuildHistory.h"
#include "history/BuildRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace sbs::models {

// The builds of one profile from the build history, newest first: when each started, its build
// name and image tag, how long it took, how it ended and, for a failed one, the failing command.
// It follows the history: a changed build updates its row in place, a new one is inserted at the
// top, anything else resets the model.
class BuildHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StartedColumn,
        BuildNameColumn,
        ImageTagColumn,
        DurationColumn,
        ResultColumn,
        FailedCommandColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RecordIdRole = Qt::UserRole + 1, // qint64 row id of the build in the history
        ResultRole, // int(history::BuildRecord::Result)
        SortRole, // Started: QDateTime; Duration: qint64 ms (-1 unknown); Result: int; else the text
    };
    Q_ENUM(Role)

    explicit BuildHistoryModel(QObject* parent = nullptr);
    ~BuildHistoryModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows profile's builds from history (none when history is null) and follows its changes.
    void setHistory(history::BuildHistory* history, const QString& profile);
    history::BuildHistory* history() const { return m_history; }
    QString profile() const { return m_profile; }

    // The build of row; an empty record (id 0) for a row that does not exist.
    history::BuildRecord record(int row) const;
    // The row of the build with that id, or -1.
    int rowOfId(qint64 id) const;

    // "Succeeded", "Failed", "Stopped".
    static QString resultText(history::BuildRecord::Result result);

private:
    void reload();
    QVariant displayText(const history::BuildRecord& record, int column) const;

    QPointer<history::BuildHistory> m_history;
    QString m_profile;
    QList<history::BuildRecord> m_records; // newest first
};

} // namespace sbs::models
