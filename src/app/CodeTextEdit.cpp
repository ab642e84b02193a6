#include "CodeTextEdit.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

namespace sbs::gui {

namespace {

// The gutter only forwards its painting: the editor knows the blocks and their geometry.
class Gutter : public QWidget
{
public:
    explicit Gutter(CodeTextEdit* editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return QSize(m_editor->gutterWidth(), 0); }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintGutter(event); }

private:
    CodeTextEdit* m_editor;
};

constexpr int GutterPadding = 4;

} // namespace

CodeTextEdit::CodeTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Selecting and copying stay possible in a read-only view.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeTextEdit::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeTextEdit::updateGutter);
    updateGutterWidth();
}

CodeTextEdit::~CodeTextEdit() = default;

void CodeTextEdit::setGutterLabels(const QStringList& labels)
{
    m_labels = labels;
    updateGutterWidth();
    m_gutter->update();
}

QString CodeTextEdit::labelOf(int blockNumber) const
{
    if (m_labels.isEmpty())
        return QString::number(blockNumber + 1);
    return m_labels.value(blockNumber);
}

int CodeTextEdit::gutterWidth() const
{
    int chars = 1;
    if (m_labels.isEmpty()) {
        chars = int(QString::number(qMax(1, blockCount())).size());
    } else {
        for (const QString& label : m_labels)
            chars = qMax(chars, int(label.size()));
    }
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * chars + 2 * GutterPadding;
}

void CodeTextEdit::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void CodeTextEdit::updateGutter(const QRect& rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeTextEdit::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void CodeTextEdit::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGutterWidth();
}

void CodeTextEdit::paintGutter(QPaintEvent* event)
{
    QPainter painter(m_gutter);
    const QPalette& pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.setFont(font());

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_gutter->width() - GutterPadding;
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top())
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight,
                             labelOf(block.blockNumber()));
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

} // namespace sbs::gui
