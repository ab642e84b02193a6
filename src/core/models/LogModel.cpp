#include "models/LogModel.h"

#include "models/LogStore.h"

#include <QIODevice>
#include <QLocale>
#include <algorithm>
#include <utility>

namespace sbs::models {

namespace {

// Decodes shown text: invalid UTF-8 becomes U+FFFD (QString::fromUtf8 does that), control
// characters their visible pictures (NUL as U+2400) so that nothing is invisible or cuts the
// text, and tabs spaces to the next multiple of 8 when expandTabs is set.
QString decode(const char* data, qint64 size, bool expandTabs)
{
    QString text = QString::fromUtf8(data, qsizetype(size));
    const auto needsWork = [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7f;
    };
    if (std::none_of(text.cbegin(), text.cend(), needsWork))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        if (u == '\t' && expandTabs)
            out.append(QString(8 - out.size() % 8, QLatin1Char(' ')));
        else if (u == '\t')
            out.append(c);
        else if (u < 0x20)
            out.append(QChar(char16_t(0x2400 + u)));
        else if (u == 0x7f)
            out.append(QChar(char16_t(0x2421)));
        else
            out.append(c);
    }
    return out;
}

} // namespace

LogModel::LogModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_store(std::make_unique<Store>())
{ }

LogModel::~LogModel() = default;

int LogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_store->rows;
}

QModelIndex LogModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || row >= m_store->rows || column != 0 || parent.isValid())
        return {};
    return createIndex(row, 0);
}

QString LogModel::shownText(int row) const
{
    const Store& s = *m_store;
    const qint64 start = s.starts[row];
    const qint64 end = s.shownEnd(row);
    qint64 shown = end - start;
    if (shown > MaxShownChars) {
        shown = MaxShownChars;
        // Cut before a multi-byte sequence rather than through it.
        for (int back = 0; back < 3 && shown > 0 && (uchar(s.at(start + shown)) & 0xc0) == 0x80; ++back)
            --shown;
    }
    QByteArray buffer;
    QString text = decode(s.bytes(start, start + shown, &buffer), shown, true);
    const qint64 more = end - start - shown;
    if (more == 1)
        text += tr(" … [1 more byte]");
    else if (more > 1)
        text += tr(" … [%1 more bytes]").arg(QLocale().toString(more));
    return text;
}

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return shownText(row);
    case LineNumberRole:
        return row + 1;
    case SeverityRole:
        return int(m_store->severities[row]);
    case FullTextRole:
        return lineText(row);
    default:
        return {};
    }
}

void LogModel::append(const QByteArray& text)
{
    appendBytes(text.constData(), text.size());
}

void LogModel::appendBytes(const char* data, qint64 size)
{
    if (size <= 0)
        return;
    Store& s = *m_store;
    const int oldRows = s.rows;
    const bool grewLastRow = s.partial;
    s.ingest(data, size);
    // The grown row first: a view sees its new text, then the rows after it.
    if (grewLastRow)
        Q_EMIT dataChanged(index(oldRows - 1), index(oldRows - 1));
    const int newRows = int(s.starts.size());
    if (newRows > oldRows) {
        beginInsertRows(QModelIndex(), oldRows, newRows - 1);
        s.rows = newRows;
        endInsertRows();
    }
}

bool LogModel::setText(const QByteArray& text)
{
    Store& s = *m_store;
    if (s.startsWith(text)) {
        appendBytes(text.constData() + s.size, text.size() - s.size);
        return false;
    }
    beginResetModel();
    *m_store = Store();
    if (!text.isEmpty())
        m_store->ingest(text.constData(), text.size());
    m_store->rows = int(m_store->starts.size());
    endResetModel();
    Q_EMIT logReset();
    return true;
}

void LogModel::clear()
{
    beginResetModel();
    *m_store = Store();
    endResetModel();
}

qint64 LogModel::byteSize() const
{
    return m_store->size;
}

bool LogModel::writeTo(QIODevice* device) const
{
    const Store& s = *m_store;
    for (size_t i = 0; i < s.chunks.size(); ++i) {
        const qint64 n = std::min(logstore::ChunkSize, s.size - (qint64(i) << logstore::ChunkShift));
        if (device->write(s.chunks[i].get(), n) != n)
            return false;
    }
    return true;
}

qint64 LogModel::longestLineBytes() const
{
    return m_store->longest;
}

QByteArray LogModel::lineBytes(int row) const
{
    const Store& s = *m_store;
    if (row < 0 || row >= s.rows)
        return {};
    QByteArray bytes(qsizetype(s.lineEnd(row) - s.starts[row]), Qt::Uninitialized);
    s.copy(s.starts[row], s.lineEnd(row), bytes.data());
    return bytes;
}

QString LogModel::lineText(int row) const
{
    const Store& s = *m_store;
    if (row < 0 || row >= s.rows)
        return {};
    QByteArray buffer;
    const qint64 start = s.starts[row];
    const qint64 end = s.shownEnd(row);
    return decode(s.bytes(start, end, &buffer), end - start, false);
}

LogModel::Severity LogModel::severity(int row) const
{
    const Store& s = *m_store;
    return row >= 0 && row < s.rows ? Severity(s.severities[row]) : Severity::Normal;
}

const QVector<int>& LogModel::problemRows() const
{
    return m_store->problems;
}

int LogModel::failureRow(const QString& failedCommand) const
{
    const Store& s = *m_store;
    const auto firstErrorAfter = [&](int row) {
        auto it = std::upper_bound(s.problems.cbegin(), s.problems.cend(), row);
        for (; it != s.problems.cend() && *it < s.rows; ++it) {
            if (Severity(s.severities[*it]) == Severity::Error)
                return *it;
        }
        return -1;
    };
    const QByteArray command = failedCommand.trimmed().toUtf8();
    if (!command.isEmpty()) {
        const QByteArray wanted = QByteArrayLiteral("$ ") + command;
        // From the end: the command that failed is the last one the server ran, also when an
        // earlier step ran the same command.
        for (int row = s.rows - 1; row >= 0; --row) {
            if (Severity(s.severities[row]) != Severity::Command)
                continue;
            if (lineBytes(row).trimmed() == wanted) {
                const int error = firstErrorAfter(row);
                return error >= 0 ? error : row;
            }
        }
    }
    return firstErrorAfter(-1);
}

LogModel::Severity LogModel::classify(const QByteArray& line)
{
    if (logstore::isCommandStart(line.constData(), line.size()))
        return Severity::Command;
    return logstore::scanWords(line.constData(), line.size(), 0, true, nullptr);
}

} // namespace sbs::models
