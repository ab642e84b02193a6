#include "models/LogModel.h"

#include <algorithm>

namespace sbs::models {

LogProblemsModel::LogProblemsModel(LogModel* source, QObject* parent)
    : QAbstractListModel(parent)
    , m_source(source)
{
    const auto sync = [this] {
        if (!m_source)
            return;
        // Only the problems among the rows the source has published: during its append the
        // list may already hold rows that views do not know yet.
        const QVector<int>& problems = m_source->problemRows();
        const int published = int(std::lower_bound(problems.cbegin(), problems.cend(), m_source->rowCount())
                                  - problems.cbegin());
        if (published > m_count) {
            beginInsertRows(QModelIndex(), m_count, published - 1);
            m_count = published;
            endInsertRows();
        } else if (published < m_count) {
            beginRemoveRows(QModelIndex(), published, m_count - 1);
            m_count = published;
            endRemoveRows();
        }
    };
    connect(source, &QAbstractItemModel::rowsInserted, this, sync);
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this, sync](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                sync();
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    const int shown = rowAtOrAfter(row);
                    if (shown >= 0 && sourceRow(shown) == row)
                        Q_EMIT dataChanged(index(shown), index(shown));
                }
            });
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        m_count = m_source ? int(m_source->problemRows().size()) : 0;
        endResetModel();
    });
    connect(source, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_source = nullptr;
        m_count = 0;
        endResetModel();
    });
    sync();
}

int LogProblemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant LogProblemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = sourceRow(index.row());
    return row >= 0 ? m_source->data(m_source->index(row), role) : QVariant();
}

int LogProblemsModel::sourceRow(int row) const
{
    if (!m_source || row < 0 || row >= m_count || row >= m_source->problemRows().size())
        return -1;
    return m_source->problemRows().at(row);
}

int LogProblemsModel::rowAtOrAfter(int sourceRow) const
{
    if (!m_source)
        return -1;
    const QVector<int>& problems = m_source->problemRows();
    const auto end = problems.cbegin() + std::min<qsizetype>(m_count, problems.size());
    const auto it = std::lower_bound(problems.cbegin(), end, sourceRow);
    return it == end ? -1 : int(it - problems.cbegin());
}

} // namespace sbs::models
