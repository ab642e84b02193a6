#include "models/StateImageListModel.h"

#include <QDir>
#include <QLocale>
#include <algorithm>

namespace sbs::models {

using state::StateImageRecord;
using state::StateImageRecords;

namespace {

// Newest first; images without a date last, then by name.
bool newerFirst(const StateImageRecord& a, const StateImageRecord& b)
{
    if (a.exportedAt.isValid() != b.exportedAt.isValid())
        return a.exportedAt.isValid();
    if (a.exportedAt != b.exportedAt)
        return a.exportedAt > b.exportedAt;
    return a.name < b.name;
}

bool samePath(const QString& a, const QString& b)
{
    return QDir::cleanPath(a) == QDir::cleanPath(b);
}

} // namespace

StateImageListModel::StateImageListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

Result<QString> StateImageListModel::open(const QString& recordsPath)
{
    Result<StateImageRecords> opened = StateImageRecords::open(recordsPath);
    if (!opened)
        return Result<QString>::fail(opened.error());
    beginResetModel();
    m_records = opened.take();
    m_currentGeneration = 0;
    m_rows = m_records->images();
    std::stable_sort(m_rows.begin(), m_rows.end(), newerFirst);
    endResetModel();
    Q_EMIT recordsChanged();
    return Result<QString>::ok(m_records->movedAside());
}

QString StateImageListModel::recordsPath() const
{
    return m_records ? m_records->path() : QString();
}

Status StateImageListModel::setCurrentSecret(const QString& secret)
{
    if (!m_records)
        return Status::fail(tr("The state image records are not open."));
    const int before = m_records->generationCount();
    const int generation = m_records->generationOf(secret);
    Status saved = Status::ok();
    if (m_records->generationCount() != before)
        saved = m_records->save();
    if (generation != m_currentGeneration) {
        m_currentGeneration = generation;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, SecretColumn), index(int(m_rows.size()) - 1, SecretColumn));
        Q_EMIT recordsChanged();
    }
    return saved;
}

Status StateImageListModel::add(state::StateImageRecord record)
{
    if (!m_records)
        return Status::fail(tr("The state image records are not open."));
    if (record.path.isEmpty())
        return Status::fail(tr("A state image without a file cannot be recorded."));
    if (record.generation < 0 || record.generation > m_records->generationCount())
        record.generation = 0;

    StateImageRecords changed = *m_records;
    changed.add(record);
    const Status saved = changed.save();
    if (!saved)
        return saved;

    const auto existing = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const StateImageRecord& row) {
        return samePath(row.path, record.path);
    });
    if (existing != m_rows.cend()) {
        beginResetModel();
        *m_records = std::move(changed);
        m_rows = m_records->images();
        std::stable_sort(m_rows.begin(), m_rows.end(), newerFirst);
        endResetModel();
    } else {
        const int row
            = int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), record, newerFirst) - m_rows.cbegin());
        beginInsertRows(QModelIndex(), row, row);
        *m_records = std::move(changed);
        m_rows.insert(row, record);
        endInsertRows();
    }
    Q_EMIT recordsChanged();
    return Status::ok();
}

Status StateImageListModel::remove(const QString& path)
{
    if (!m_records)
        return Status::fail(tr("The state image records are not open."));
    StateImageRecords changed = *m_records;
    if (!changed.remove(path))
        return Status::fail(tr("%1 is not in the list of state images.").arg(QDir::toNativeSeparators(path)));
    const Status saved = changed.save();
    if (!saved)
        return saved;
    *m_records = std::move(changed);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!samePath(m_rows.at(row).path, path))
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    Q_EMIT recordsChanged();
    return Status::ok();
}

StateImageListModel::Match StateImageListModel::matchOf(const state::StateImageRecord& record) const
{
    if (record.generation <= 0 || m_currentGeneration <= 0)
        return Match::Unknown;
    return record.generation == m_currentGeneration ? Match::Current : Match::Older;
}

std::optional<state::StateImageRecord> StateImageListModel::recordAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

std::optional<state::StateImageRecord> StateImageListModel::recordForPath(const QString& path) const
{
    for (const StateImageRecord& record : m_rows) {
        if (samePath(record.path, path))
            return record;
    }
    return std::nullopt;
}

QList<state::StateImageRecord> StateImageListModel::usableImages() const
{
    QList<StateImageRecord> usable;
    for (const StateImageRecord& record : m_rows) {
        if (matchOf(record) == Match::Current)
            usable.append(record);
    }
    return usable;
}

int StateImageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StateImageListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StateImageListModel::matchText(Match match)
{
    switch (match) {
    case Match::Current:
        return tr("Current secret");
    case Match::Older:
        return tr("Unusable (older secret)");
    case Match::Unknown:
        return tr("Not known");
    }
    return {};
}

QString StateImageListModel::matchExplanation(const state::StateImageRecord& record) const
{
    switch (matchOf(record)) {
    case Match::Current:
        return tr("Made under the SECRET the configuration holds now: a freshly started server "
                  "with the same server secret can import it.");
    case Match::Older: {
        // The secret was replaced when its successor was first seen.
        const QDateTime replaced = record.generation < m_currentGeneration
            ? m_records->generationSeen(record.generation + 1)
            : QDateTime();
        if (replaced.isValid())
            return tr("Made under a SECRET that was replaced on %1; the server refuses it.")
                .arg(QLocale().toString(replaced.toLocalTime(), QLocale::ShortFormat));
        return tr("Made under a SECRET other than the one the configuration holds now; the server "
                  "refuses it.");
    }
    case Match::Unknown:
        if (m_currentGeneration <= 0)
            return tr("The configuration holds no SECRET, so whether this image can be imported is "
                      "not known.");
        return tr("Exported before this profile recorded secrets, or imported from elsewhere: "
                  "whether it was made under the current SECRET is not known.");
    }
    return {};
}

QVariant StateImageListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StateImageRecord& record = m_rows.at(index.row());
    const bool inBucket = record.where == StateImageRecord::Where::Bucket;
    const int column = index.column();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return record.name;
        case ExportTagColumn:
            return record.exportTag;
        case DateColumn:
            return record.exportedAt.isValid()
                ? locale.toString(record.exportedAt.toLocalTime(), QLocale::ShortFormat)
                : QString();
        case StoredColumn:
            return inBucket ? tr("Bucket %1").arg(record.bucket) : tr("File");
        case SecretColumn:
            return matchText(matchOf(record));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return record.server.isEmpty()
                ? QDir::toNativeSeparators(record.path)
                : tr("%1\nFrom the server %2").arg(QDir::toNativeSeparators(record.path), record.server);
        case DateColumn:
            return record.exportedAt.isValid() ? QStringLiteral("%1 (%2)").arg(
                       locale.toString(record.exportedAt.toLocalTime(), QLocale::LongFormat),
                       record.exportedAt.toUTC().toString(Qt::ISODate))
                                               : QVariant();
        case StoredColumn:
            return inBucket ? tr("In the bucket %1; the metadata file is %2")
                                  .arg(record.bucket, QDir::toNativeSeparators(record.path))
                            : QDir::toNativeSeparators(record.path);
        case SecretColumn:
            return matchExplanation(record);
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case DateColumn:
            return record.exportedAt;
        case SecretColumn:
            return int(matchOf(record));
        default:
            return data(index, Qt::DisplayRole);
        }
    case PathRole:
        return record.path;
    case UsableRole:
        return matchOf(record) == Match::Current;
    case GenerationRole:
        return record.generation;
    case InBucketRole:
        return inBucket;
    case BucketRole:
        return record.bucket;
    default:
        return {};
    }
}

QVariant StateImageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ExportTagColumn:
        return tr("Export tag");
    case DateColumn:
        return tr("Exported");
    case StoredColumn:
        return tr("Stored in");
    case SecretColumn:
        return tr("Secret");
    default:
        return {};
    }
}

} // namespace sbs::models
