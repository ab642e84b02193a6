#include "models/BuildHistoryModel.h"

#include "util/Duration.h"

#include <algorithm>

namespace sbs::models {

using history::BuildRecord;

namespace {

QList<qint64> idsOf(const QList<BuildRecord>& records)
{
    QList<qint64> ids;
    ids.reserve(records.size());
    for (const BuildRecord& record : records)
        ids << record.id;
    return ids;
}

// A command on one line for the table; the tooltip has it as it is.
QString oneLine(const QString& text)
{
    QString line = text.trimmed();
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return line;
}

} // namespace

BuildHistoryModel::BuildHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

BuildHistoryModel::~BuildHistoryModel() = default;

int BuildHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int BuildHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BuildHistoryModel::resultText(BuildRecord::Result result)
{
    switch (result) {
    case BuildRecord::Result::Succeeded:
        return tr("Succeeded");
    case BuildRecord::Result::Failed:
        return tr("Failed");
    case BuildRecord::Result::Stopped:
        return tr("Stopped");
    }
    return QString();
}

QVariant BuildHistoryModel::displayText(const BuildRecord& record, int column) const
{
    switch (column) {
    case StartedColumn:
        // A fixed, sortable form: the list is read down a column of dates.
        return record.started.isValid()
            ? record.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : QStringLiteral("–");
    case BuildNameColumn:
        return record.buildName.isEmpty() ? QStringLiteral("–") : record.buildName;
    case ImageTagColumn:
        return record.imageTag;
    case DurationColumn:
        return util::formatDuration(record.durationMs());
    case ResultColumn:
        return resultText(record.result);
    case FailedCommandColumn:
        return oneLine(record.failedCommand);
    default:
        return {};
    }
}

QVariant BuildHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BuildRecord& record = m_records.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(record, column);
    case Qt::ToolTipRole:
        if (column == FailedCommandColumn && !record.failedCommand.isEmpty()) {
            if (record.result == BuildRecord::Result::Failed && record.exitCode >= 0)
                return tr("%1\n(exit code %2)").arg(record.failedCommand).arg(record.exitCode);
            return record.failedCommand;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == DurationColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case RecordIdRole:
        return record.id;
    case ResultRole:
        return int(record.result);
    case SortRole:
        if (column == StartedColumn)
            return record.started;
        if (column == DurationColumn)
            return record.durationMs();
        if (column == ResultColumn)
            return int(record.result);
        return displayText(record, column);
    default:
        return {};
    }
}

QVariant BuildHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case BuildNameColumn:
        return tr("Build name");
    case ImageTagColumn:
        return tr("Image tag");
    case DurationColumn:
        return tr("Duration");
    case ResultColumn:
        return tr("Result");
    case FailedCommandColumn:
        return tr("Failing command");
    default:
        return {};
    }
}

QHash<int, QByteArray> BuildHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RecordIdRole, "recordId");
    names.insert(ResultRole, "result");
    names.insert(SortRole, "sort");
    return names;
}

void BuildHistoryModel::setHistory(history::BuildHistory* history, const QString& profile)
{
    if (m_history)
        m_history->disconnect(this);
    m_history = history;
    m_profile = profile;
    if (history) {
        connect(history, &history::BuildHistory::changed, this, [this](const QString& changedProfile) {
            if (changedProfile == m_profile)
                reload();
        });
        // Rows of a closed history would be rows of nothing.
        connect(history, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_records.clear();
            endResetModel();
        });
    }
    beginResetModel();
    m_records.clear();
    if (m_history)
        m_records = m_history->builds(m_profile);
    std::reverse(m_records.begin(), m_records.end());
    endResetModel();
}

void BuildHistoryModel::reload()
{
    QList<BuildRecord> records = m_history ? m_history->builds(m_profile) : QList<BuildRecord>();
    std::reverse(records.begin(), records.end());
    const QList<qint64> oldIds = idsOf(m_records);
    const QList<qint64> newIds = idsOf(records);

    // The same builds: update in place, so the selection stays.
    if (newIds == oldIds) {
        m_records = records;
        if (!m_records.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    // New builds on top of the ones shown (the usual case: a build was started).
    const qsizetype added = newIds.size() - oldIds.size();
    if (added > 0 && newIds.mid(added) == oldIds) {
        beginInsertRows(QModelIndex(), 0, int(added - 1));
        m_records = records;
        endInsertRows();
        if (m_records.size() > added)
            Q_EMIT dataChanged(index(int(added), 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_records = records;
    endResetModel();
}

BuildRecord BuildHistoryModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records.at(row) : BuildRecord();
}

int BuildHistoryModel::rowOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return int(i);
    }
    return -1;
}

} // namespace sbs::models
