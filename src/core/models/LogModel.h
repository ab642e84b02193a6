#pragma once

#include <QAbstractListModel>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QVector>
#include <memory>

class QIODevice;

namespace sbs::models {

// A build log as a list of lines, for a view that shows a million of them. The text is kept as
// received (bytes, in chunks that are never copied again), with one offset per line; a line is
// turned into a QString only when it is shown. A last line without its '\n' is a row too, and
// grows as more text comes. Invalid UTF-8 is shown with replacement characters, NUL as U+2400,
// and a line longer than MaxShownChars is shown cut, with how much more it holds.
class LogModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Severity : quint8 { Normal, Command, Warning, Error };
    Q_ENUM(Severity)

    enum Role {
        LineNumberRole = Qt::UserRole + 1, // int, 1-based
        SeverityRole, // int(Severity)
        FullTextRole, // QString: the whole line, never cut (for copy)
    };

    static constexpr int MaxShownChars = 8192;

    explicit LogModel(QObject* parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // As the base class's, without its virtual calls: a list view asks for every row's index
    // each time it lays out, a million times for a long log.
    QModelIndex index(int row, int column = 0, const QModelIndex& parent = QModelIndex()) const override;

    // Adds text at the end: rows are inserted for the new lines, and the last row changes when
    // it was a line without its '\n'.
    void append(const QByteArray& text);
    // The whole log as the server has it now. When it starts with what the model holds, only
    // the rest is appended; otherwise (the server cleaned, or another build began) the model is
    // reset to it. Returns true when the model was reset.
    bool setText(const QByteArray& text);
    void clear();

    qint64 byteSize() const;
    // Writes the whole log as received, byte for byte; false when the device refused some.
    bool writeTo(QIODevice* device) const;
    // The byte length of the longest line so far, for the width a view gives its rows.
    qint64 longestLineBytes() const;
    QByteArray lineBytes(int row) const; // without the '\n'
    QString lineText(int row) const; // whole, decoded
    Severity severity(int row) const;
    // Rows of severity Warning or Error, ascending (kept up to date on append).
    const QVector<int>& problemRows() const;

    // The row a failed build's log should open at: the first Error row after the line
    // "$ <failedCommand>" that the server writes before running it; that line itself when no
    // Error row follows it; the first Error row of the log when the command is not found; -1
    // when there is none of these.
    int failureRow(const QString& failedCommand) const;

    // The severity a line gets: Command for "$ " lines, Error for lines with "error", "fatal",
    // "failed", "panic" or "exiting due to a non-zero return value" as a word (any case),
    // Warning for "warning" or "warn", Normal otherwise.
    static Severity classify(const QByteArray& line);

Q_SIGNALS:
    // After setText() found the log no longer continues what the model held.
    void logReset();

private:
    // The search reads the stored bytes where they are, rather than line by line.
    friend class LogSearch;

    void appendBytes(const char* data, qint64 size);
    QString shownText(int row) const;

    struct Store;
    std::unique_ptr<Store> m_store;
};

// The Warning and Error rows of a LogModel, as a list model whose rows map to the source's.
// It follows the source as lines are appended and as it resets.
class LogProblemsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit LogProblemsModel(LogModel* source, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    LogModel* source() const { return m_source; }
    int sourceRow(int row) const;
    // The row showing sourceRow, or the row of the nearest problem after it; -1 when none.
    int rowAtOrAfter(int sourceRow) const;

private:
    LogModel* m_source;
    int m_count = 0;
};

// Finds the lines of a LogModel that contain a text, without blocking: it searches in slices of
// a few milliseconds from the event loop, and goes on with lines appended later. matches() is
// ascending; next() and previous() wrap around.
class LogSearch : public QObject
{
    Q_OBJECT

public:
    explicit LogSearch(LogModel* model, QObject* parent = nullptr);
    ~LogSearch() override;

    void setText(const QString& text, Qt::CaseSensitivity cs = Qt::CaseInsensitive);
    QString text() const;
    Qt::CaseSensitivity caseSensitivity() const;
    bool isSearching() const; // not all lines searched yet
    const QVector<int>& matches() const;
    // The first match after (before) row, wrapping around; -1 when there is none so far.
    int next(int row) const;
    int previous(int row) const;

Q_SIGNALS:
    void matchesChanged(); // new matches, or a new text, or the model reset
    void finished(); // every line so far was searched

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace sbs::models
