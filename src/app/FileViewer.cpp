#include "FileViewer.h"

#include "CodeTextEdit.h"
#include "LogLineDelegate.h"
#include "LogView.h"
#include "models/LogModel.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sbs::gui {

namespace {

constexpr qsizetype TextLimit = 8 << 20; // a text view slows down past a few MiB
constexpr qsizetype HexLimit = 1 << 20; // a dump is about 5 times the bytes it shows
// Laying out one very long line takes a text view about a second per MiB (minified code, data
// on one line); such files are shown up to a smaller limit.
constexpr qsizetype LongLine = 64 << 10;
constexpr qsizetype LongLineTextLimit = 256 << 10;

bool hasLongLine(const QByteArray& data)
{
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        if (end - start > LongLine)
            return true;
        start = end + 1;
    }
    return false;
}

// data without an incomplete UTF-8 sequence at its end: a cut may fall inside a character.
QByteArray withoutPartialCharacter(const QByteArray& data)
{
    for (qsizetype back = 1; back <= 4 && back <= data.size(); ++back) {
        const auto byte = uchar(data.at(data.size() - back));
        if ((byte & 0xc0) == 0x80)
            continue; // a continuation byte: look further back for the lead byte
        const int length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return length > back ? data.left(data.size() - back) : data;
    }
    return data;
}

// The keys of a JSON object's text in the order they are written: QJsonObject sorts them, and a
// reviewer compares the table with the file.
QStringList topLevelKeys(const QByteArray& json)
{
    QStringList keys;
    int depth = 0;
    bool expectKey = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            qsizetype end = i + 1;
            while (end < json.size() && json.at(end) != '"')
                end += json.at(end) == '\\' ? 2 : 1;
            if (depth == 1 && expectKey) {
                const QByteArray quoted = json.mid(i, end - i + 1);
                keys << QJsonDocument::fromJson('[' + quoted + ']').array().at(0).toString();
                expectKey = false;
            }
            i = end;
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = depth == 1 && c == '{';
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    keys.removeDuplicates();
    return keys;
}

} // namespace

struct FileViewer::Private
{
    QLabel* note = nullptr;
    QStackedWidget* stack = nullptr;
    QLabel* message = nullptr;
    CodeTextEdit* text = nullptr;
    QPlainTextEdit* hex = nullptr;
    QTableWidget* properties = nullptr;
    LogView* log = nullptr;
    models::LogModel* logModel = nullptr;
};

FileViewer::FileViewer(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->note = new QLabel(this);
    d->note->setObjectName(QStringLiteral("viewerNoteLabel"));
    d->note->setWordWrap(true);
    d->note->hide();

    d->message = new QLabel(this);
    d->message->setObjectName(QStringLiteral("viewerMessageLabel"));
    d->message->setAlignment(Qt::AlignCenter);
    d->message->setWordWrap(true);
    d->message->setTextFormat(Qt::PlainText);
    d->message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->message->setMargin(12);

    d->text = new CodeTextEdit(this);
    d->text->setObjectName(QStringLiteral("fileTextEdit"));

    d->hex = new QPlainTextEdit(this);
    d->hex->setObjectName(QStringLiteral("hexTextEdit"));
    d->hex->setReadOnly(true);
    d->hex->setLineWrapMode(QPlainTextEdit::NoWrap);
    d->hex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    d->properties = new QTableWidget(0, 2, this);
    d->properties->setObjectName(QStringLiteral("propertyTable"));
    d->properties->setHorizontalHeaderLabels({ tr("Key"), tr("Value") });
    d->properties->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->properties->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->properties->verticalHeader()->hide();
    d->properties->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    d->properties->horizontalHeader()->setStretchLastSection(true);
    d->properties->setWordWrap(false);

    d->logModel = new models::LogModel(this);
    d->log = new LogView(this);
    d->log->setObjectName(QStringLiteral("logView"));
    d->log->setModel(d->logModel);
    d->log->setFollowing(false);

    d->stack = new QStackedWidget(this);
    d->stack->setObjectName(QStringLiteral("viewerStack"));
    d->stack->addWidget(d->message);
    d->stack->addWidget(d->text);
    d->stack->addWidget(d->hex);
    d->stack->addWidget(d->properties);
    d->stack->addWidget(d->log);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->note);
    layout->addWidget(d->stack, 1);
    clear();
}

FileViewer::~FileViewer()
{
    // The log view goes first: it still watches the model, which as the older child would go
    // before it.
    delete d->log;
}

void FileViewer::showFile(const QString& name, const QByteArray& data, bool truncated)
{
    clear();
    const QString fileName = QFileInfo(name).fileName();
    const QString sizeText = QLocale().formattedDataSize(TextLimit);

    if (fileName == QLatin1String("build.json") && !truncated) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error == QJsonParseError::NoError && doc.isObject()) {
            const QJsonObject object = doc.object();
            QStringList keys;
            for (const QString& key : topLevelKeys(data)) {
                if (object.contains(key))
                    keys << key;
            }
            for (const QString& key : object.keys()) {
                if (!keys.contains(key))
                    keys << key;
            }
            d->properties->setRowCount(int(keys.size()));
            for (int row = 0; row < keys.size(); ++row) {
                const QString value = jsonValueText(object.value(keys.at(row)));
                d->properties->setItem(row, 0, new QTableWidgetItem(keys.at(row)));
                auto* valueItem = new QTableWidgetItem(value);
                valueItem->setToolTip(value);
                d->properties->setItem(row, 1, valueItem);
            }
            m_mode = Mode::Properties;
            d->stack->setCurrentWidget(d->properties);
            return;
        }
        // Not an object: the reviewer still sees what the file holds, as text or hex below.
    }

    if (fileName == QLatin1String("build.log")) {
        // LogModel keeps the bytes as they are and shows invalid UTF-8 as replacement characters.
        d->logModel->append(data);
        m_mode = Mode::Log;
        d->stack->setCurrentWidget(d->log);
        if (truncated) {
            d->note->setText(tr("Only the first %1 of this log are shown.").arg(sizeText));
            d->note->show();
        }
        return;
    }

    QByteArray shown = data.left(TextLimit);
    const bool longLines = hasLongLine(shown);
    if (longLines)
        shown.truncate(LongLineTextLimit);
    const bool cut = truncated || shown.size() < data.size();
    if (cut)
        shown = withoutPartialCharacter(shown);
    if (const std::optional<QString> text = decodeText(shown)) {
        d->text->setPlainText(*text);
        m_mode = Mode::Text;
        d->stack->setCurrentWidget(d->text);
        if (cut && longLines) {
            d->note->setText(tr("Only the first %1 of this file are shown: its lines are very long.")
                                 .arg(QLocale().formattedDataSize(LongLineTextLimit)));
            d->note->show();
        } else if (cut) {
            d->note->setText(tr("Only the first %1 of this file are shown.").arg(sizeText));
            d->note->show();
        }
        return;
    }

    const bool hexCut = truncated || data.size() > HexLimit;
    d->hex->setPlainText(hexDump(data.left(HexLimit)));
    m_mode = Mode::Hex;
    d->stack->setCurrentWidget(d->hex);
    if (hexCut) {
        d->note->setText(tr("Only the first %1 of this file are shown as hex.")
                             .arg(QLocale().formattedDataSize(HexLimit)));
        d->note->show();
    }
}

void FileViewer::showMessage(const QString& text)
{
    clear();
    d->message->setText(text);
}

void FileViewer::showProblem(const QString& text)
{
    clear();
    QPalette palette = d->message->palette();
    palette.setColor(QPalette::WindowText,
                     LogLineDelegate::textColor(models::LogModel::Severity::Error, palette));
    d->message->setPalette(palette);
    d->message->setText(text);
}

void FileViewer::clear()
{
    m_mode = Mode::Empty;
    d->note->hide();
    d->note->clear();
    d->message->setPalette(QPalette());
    d->message->clear();
    // Emptied rather than hidden: a large file should not stay in memory behind another view.
    d->text->clear();
    d->hex->clear();
    d->properties->setRowCount(0);
    d->logModel->clear();
    d->stack->setCurrentWidget(d->message);
}

QString FileViewer::shownText() const
{
    switch (m_mode) {
    case Mode::Empty:
        return d->message->text();
    case Mode::Text:
        return d->text->toPlainText();
    case Mode::Hex:
        return d->hex->toPlainText();
    case Mode::Properties: {
        QStringList lines;
        for (int row = 0; row < d->properties->rowCount(); ++row)
            lines << d->properties->item(row, 0)->text() + QLatin1Char('\t')
                    + d->properties->item(row, 1)->text();
        return lines.join(QLatin1Char('\n'));
    }
    case Mode::Log: {
        QStringList lines;
        for (int row = 0; row < d->logModel->rowCount(); ++row)
            lines << d->logModel->lineText(row);
        return lines.join(QLatin1Char('\n'));
    }
    }
    return {};
}

QString FileViewer::hexDump(const QByteArray& data)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray out;
    out.reserve((data.size() / 16 + 1) * 80);
    const auto* bytes = reinterpret_cast<const uchar*>(data.constData());
    for (qsizetype offset = 0; offset < data.size(); offset += 16) {
        char line[96];
        int n = 0;
        for (int shift = 28; shift >= 0; shift -= 4)
            line[n++] = digits[(offset >> shift) & 0xf];
        line[n++] = ' ';
        line[n++] = ' ';
        const qsizetype count = qMin<qsizetype>(16, data.size() - offset);
        for (int i = 0; i < 16; ++i) {
            if (i == 8)
                line[n++] = ' ';
            if (i < count) {
                line[n++] = digits[bytes[offset + i] >> 4];
                line[n++] = digits[bytes[offset + i] & 0xf];
            } else {
                line[n++] = ' ';
                line[n++] = ' ';
            }
            line[n++] = ' ';
        }
        line[n++] = ' ';
        line[n++] = '|';
        for (int i = 0; i < count; ++i) {
            const uchar byte = bytes[offset + i];
            line[n++] = byte >= 0x20 && byte < 0x7f ? char(byte) : '.';
        }
        line[n++] = '|';
        line[n++] = '\n';
        out.append(line, n);
    }
    out.chop(1);
    return QString::fromLatin1(out);
}

std::optional<QString> FileViewer::decodeText(const QByteArray& data)
{
    if (data.contains('\0'))
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString FileViewer::jsonValueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toVariant().toString();
    }
}

} // namespace sbs::gui
