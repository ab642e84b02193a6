#include "models/LogModel.h"
#include "models/LogStore.h"

#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <array>
#include <memory>

namespace sbs::models {

namespace {

// Horspool's search over bytes, with ASCII letters folded when the case does not matter.
class ByteFinder
{
public:
    ByteFinder(const QByteArray& needle, bool foldCase)
    {
        for (int c = 0; c < 256; ++c)
            m_fold[c] = foldCase ? logstore::tables().lower[c] : uchar(c);
        m_needle.resize(needle.size());
        for (qsizetype i = 0; i < needle.size(); ++i)
            m_needle[i] = char(m_fold[uchar(needle[i])]);
        const qsizetype m = m_needle.size();
        m_skip.fill(m);
        for (qsizetype i = 0; i + 1 < m; ++i)
            m_skip[uchar(m_needle[i])] = m - 1 - i;
    }

    qsizetype size() const { return m_needle.size(); }

    // The first match starting in text[0, limit); text holds limit + size() - 1 bytes or fewer.
    qsizetype find(const char* text, qsizetype available, qsizetype limit) const
    {
        const qsizetype m = m_needle.size();
        const auto* needle = reinterpret_cast<const uchar*>(m_needle.constData());
        const auto* p = reinterpret_cast<const uchar*>(text);
        const uchar last = needle[m - 1];
        for (qsizetype i = 0; i < limit && i + m <= available;) {
            const uchar c = m_fold[p[i + m - 1]];
            if (c == last) {
                qsizetype k = 0;
                while (k < m - 1 && m_fold[p[i + k]] == needle[k])
                    ++k;
                if (k == m - 1)
                    return i;
            }
            i += m_skip[c];
        }
        return -1;
    }

private:
    QByteArray m_needle;
    std::array<uchar, 256> m_fold {};
    std::array<qsizetype, 256> m_skip {};
};

constexpr qint64 SliceNs = 4'000'000; // time for one slice of the search
constexpr qint64 PieceBytes = 256 * 1024; // bytes searched between looks at the clock

} // namespace

struct LogSearch::State
{
    LogModel* model = nullptr;
    QString text;
    Qt::CaseSensitivity cs = Qt::CaseInsensitive;
    std::unique_ptr<ByteFinder> finder; // null when lines are decoded and compared as text
    QVector<int> matches;
    qint64 position = 0; // where the search goes on
    qint64 searchedTo = 0; // the size of the log searched so far
    QTimer timer;
};

LogSearch::LogSearch(LogModel* model, QObject* parent)
    : QObject(parent)
    , m_state(std::make_unique<State>())
{
    State& st = *m_state;
    st.model = model;
    st.timer.setSingleShot(true);
    st.timer.setInterval(0);
    const auto more = [this] {
        if (!m_state->text.isEmpty() && !m_state->timer.isActive())
            m_state->timer.start();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, more);
    connect(model, &QAbstractItemModel::dataChanged, this, more);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_state->matches.clear();
        m_state->position = 0;
        m_state->searchedTo = 0;
        if (!m_state->text.isEmpty())
            m_state->timer.start();
        Q_EMIT matchesChanged();
    });
    connect(model, &QObject::destroyed, this, [this] {
        m_state->model = nullptr;
        m_state->timer.stop();
    });
    connect(&st.timer, &QTimer::timeout, this, [this] {
        State& s = *m_state;
        if (!s.model || s.text.isEmpty())
            return;
        const LogModel::Store& store = *s.model->m_store;
        const qsizetype before = s.matches.size();
        QElapsedTimer clock;
        clock.start();
        const qint64 end = store.size;
        QByteArray buffer;
        const auto addMatch = [&s](int row) {
            if (s.matches.isEmpty() || row > s.matches.constLast())
                s.matches.append(row);
        };
        const auto nextLineStart = [&store, end](int row) {
            return row + 1 < store.starts.size() ? store.starts[row + 1] : end;
        };
        while (s.position < end && clock.nsecsElapsed() < SliceNs) {
            if (s.finder) {
                const qint64 limit = std::min(end, s.position + PieceBytes);
                const qint64 available = std::min(end, limit + s.finder->size() - 1);
                const char* text = store.bytes(s.position, available, &buffer);
                qsizetype from = 0;
                qint64 next = limit;
                while (from < limit - s.position) {
                    const qsizetype at = s.finder->find(text + from, available - s.position - from,
                                                        limit - s.position - from);
                    if (at < 0)
                        break;
                    const int row = store.rowAt(s.position + from + at);
                    addMatch(row);
                    // One match is enough for a line: go on at the next.
                    next = std::max(limit, nextLineStart(row));
                    if (nextLineStart(row) >= limit)
                        break;
                    from = nextLineStart(row) - s.position;
                }
                s.position = next;
            } else {
                int row = store.rowAt(s.position);
                for (int n = 0; n < 256 && row < store.starts.size(); ++n, ++row) {
                    if (s.model->lineText(row).contains(s.text, s.cs))
                        addMatch(row);
                }
                s.position = row < store.starts.size() ? store.starts[row] : end;
            }
        }
        const bool done = s.position >= end;
        if (done) {
            s.searchedTo = end;
            // A last line without its '\n' grows: what comes may complete a match with its
            // end, so that end is searched again (or the whole line, when lines are compared
            // as text). A line that matched already needs nothing more.
            if (store.partial
                && !(s.matches.size() && s.matches.constLast() == int(store.starts.size()) - 1)) {
                const qint64 lineStart = store.starts.constLast();
                s.position = s.finder ? std::max(lineStart, end - s.finder->size() + 1) : lineStart;
            }
        } else {
            s.timer.start();
        }
        if (s.matches.size() != before)
            Q_EMIT matchesChanged();
        if (done)
            Q_EMIT finished();
    });
}

LogSearch::~LogSearch() = default;

void LogSearch::setText(const QString& text, Qt::CaseSensitivity cs)
{
    State& s = *m_state;
    if (text == s.text && cs == s.cs)
        return;
    s.text = text;
    s.cs = cs;
    s.matches.clear();
    s.position = 0;
    s.searchedTo = 0;
    s.finder.reset();
    const QByteArray needle = text.toUtf8();
    const bool ascii = std::all_of(needle.cbegin(), needle.cend(), [](char c) { return uchar(c) < 0x80; });
    // Bytes compare for any text when the case matters, and for ASCII text when it does not;
    // other text is compared line by line as decoded text, with Unicode case folding.
    if (!text.isEmpty() && (cs == Qt::CaseSensitive || ascii))
        s.finder = std::make_unique<ByteFinder>(needle, cs == Qt::CaseInsensitive);
    Q_EMIT matchesChanged();
    if (text.isEmpty() || !s.model) {
        s.timer.stop();
        Q_EMIT finished();
        return;
    }
    s.timer.start();
}

QString LogSearch::text() const
{
    return m_state->text;
}

Qt::CaseSensitivity LogSearch::caseSensitivity() const
{
    return m_state->cs;
}

bool LogSearch::isSearching() const
{
    const State& s = *m_state;
    return !s.text.isEmpty() && s.model && s.searchedTo < s.model->byteSize();
}

const QVector<int>& LogSearch::matches() const
{
    return m_state->matches;
}

int LogSearch::next(int row) const
{
    const QVector<int>& matches = m_state->matches;
    if (matches.isEmpty())
        return -1;
    const auto it = std::upper_bound(matches.cbegin(), matches.cend(), row);
    return it == matches.cend() ? matches.constFirst() : *it;
}

int LogSearch::previous(int row) const
{
    const QVector<int>& matches = m_state->matches;
    if (matches.isEmpty())
        return -1;
    const auto it = std::lower_bound(matches.cbegin(), matches.cend(), row);
    return it == matches.cbegin() ? matches.constLast() : *(it - 1);
}

} // namespace sbs::models
