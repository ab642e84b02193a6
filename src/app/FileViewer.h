#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QWidget>
#include <memory>
#include <optional>

class QStackedWidget;
class QLabel;

namespace sbs::gui {

// Shows one file of a manifest: text with line numbers (read-only, fixed-pitch), binary data
// as a hex dump (offset, 16 bytes, ASCII), a JSON object as a property table (nested values as
// their JSON text), or a log in the log viewer. A file too large to show whole is shown up to
// a limit, saying so.
class FileViewer : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Empty, Text, Hex, Properties, Log };
    Q_ENUM(Mode)

    explicit FileViewer(QWidget* parent = nullptr);
    ~FileViewer() override;

    // Picks the mode from the name and the bytes: "build.json" → Properties, "build.log" → Log,
    // valid UTF-8 without NUL → Text, else Hex. truncated: the data is the first part only.
    void showFile(const QString& name, const QByteArray& data, bool truncated = false);
    void showMessage(const QString& text); // a folder, a link, an unsafe entry
    // A message in the palette's error colour: why an entry is unsafe and is not read.
    void showProblem(const QString& text);
    void clear();
    Mode mode() const { return m_mode; }
    // What is shown, for tests: the text (Text), the dump (Hex), "key\tvalue" lines
    // (Properties), the log's lines (Log), the message (Empty).
    QString shownText() const;

    static QString hexDump(const QByteArray& data);
    // data as text when it is valid UTF-8 without NUL (as an editor would open it); else nothing.
    static std::optional<QString> decodeText(const QByteArray& data);
    // A JSON value on one line: a string as it is, an array or object as compact JSON.
    static QString jsonValueText(const QJsonValue& value);

private:
    Mode m_mode = Mode::Empty;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sbs::gui
