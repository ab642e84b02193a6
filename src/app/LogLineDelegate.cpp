#include "LogLineDelegate.h"

#include <QPainter>

namespace sbs::gui {

using models::LogModel;
using models::LogProblemsModel;
using Severity = LogModel::Severity;

namespace {

constexpr int GutterPadding = 6; // on each side of the numbers
constexpr int TextIndent = 6; // between the gutter and the text
// Enough for the cut-off note after a line of MaxShownChars.
constexpr int SuffixChars = 40;
// A line with more matches than this shows the first ones marked: painting stays quick.
constexpr int MaxMarkedMatches = 200;

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

// The log behind a row, whether the view shows the whole log or its problems.
const LogModel* logOf(const QModelIndex& index)
{
    if (const auto* log = qobject_cast<const LogModel*>(index.model()))
        return log;
    if (const auto* problems = qobject_cast<const LogProblemsModel*>(index.model()))
        return problems->source();
    return nullptr;
}

QColor mix(const QColor& a, const QColor& b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

} // namespace

LogLineDelegate::LogLineDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

void LogLineDelegate::setHighlight(const QString& text, Qt::CaseSensitivity cs)
{
    m_highlight = text;
    m_cs = cs;
}

QColor LogLineDelegate::textColor(Severity severity, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case Severity::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    case Severity::Warning:
        return dark ? QColor(0xff, 0xc1, 0x5e) : QColor(0x9a, 0x56, 0x00);
    case Severity::Command:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x56, 0xb0);
    case Severity::Normal:
        break;
    }
    return {};
}

QColor LogLineDelegate::backgroundColor(Severity severity, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case Severity::Error:
        return dark ? QColor(0x4a, 0x1c, 0x1c) : QColor(0xfd, 0xe8, 0xe8);
    case Severity::Warning:
        return dark ? QColor(0x40, 0x33, 0x12) : QColor(0xff, 0xf5, 0xdb);
    case Severity::Command:
    case Severity::Normal:
        break;
    }
    return {};
}

QColor LogLineDelegate::matchColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x80, 0x6a, 0x00) : QColor(0xff, 0xe0, 0x4d);
}

int LogLineDelegate::gutterWidth(const QFontMetrics& metrics, int lineCount)
{
    const int digits = int(QString::number(std::max(lineCount, 1)).size());
    return metrics.horizontalAdvance(QLatin1Char('0')) * std::max(digits, 3) + 2 * GutterPadding;
}

void LogLineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const LogModel* log = logOf(index);
    const auto severity = Severity(index.data(LogModel::SeverityRole).toInt());
    const QPalette& palette = option.palette;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (option.state & QStyle::State_Active)                                ? QPalette::Active
                                                                               : QPalette::Inactive;
    const bool selected = option.state & QStyle::State_Selected;
    const QRect rect = option.rect;

    painter->save();
    QFont font = option.font;
    if (severity == Severity::Command)
        font.setBold(true);
    const QFontMetrics metrics(font);
    const int gutter = gutterWidth(QFontMetrics(option.font), log ? log->rowCount() : 0);

    const QColor background = backgroundColor(severity, palette);
    if (selected)
        painter->fillRect(rect, palette.color(group, QPalette::Highlight));
    else if (background.isValid())
        painter->fillRect(rect, background);

    const QRect gutterRect(rect.left(), rect.top(), gutter, rect.height());
    const QColor base = palette.color(group, QPalette::Base);
    painter->fillRect(gutterRect, mix(base, palette.color(group, QPalette::Text), 0.06));
    painter->setFont(option.font);
    painter->setPen(mix(base, palette.color(group, QPalette::Text), 0.5));
    painter->drawText(gutterRect.adjusted(0, 0, -GutterPadding, 0), Qt::AlignRight | Qt::AlignVCenter,
                      QString::number(index.data(LogModel::LineNumberRole).toInt()));

    const QString text = index.data(Qt::DisplayRole).toString();
    const int x = rect.left() + gutter + TextIndent;
    painter->setFont(font);
    if (!m_highlight.isEmpty()) {
        // Advances are summed piece by piece: one pass over the line however many matches.
        const QColor marker = matchColor(palette);
        int advance = 0;
        qsizetype measured = 0;
        qsizetype at = text.indexOf(m_highlight, 0, m_cs);
        for (int marked = 0; at >= 0 && marked < MaxMarkedMatches; ++marked) {
            advance += metrics.horizontalAdvance(text.mid(measured, at - measured));
            const int width = metrics.horizontalAdvance(text.mid(at, m_highlight.size()));
            painter->fillRect(QRect(x + advance, rect.top(), width, rect.height()), marker);
            advance += width;
            measured = at + m_highlight.size();
            at = text.indexOf(m_highlight, measured, m_cs);
        }
    }
    const QColor color = textColor(severity, palette);
    if (selected)
        painter->setPen(palette.color(group, QPalette::HighlightedText));
    else
        painter->setPen(color.isValid() ? color : palette.color(group, QPalette::Text));
    painter->drawText(QRect(x, rect.top(), std::max(0, rect.right() - x), rect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);

    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(palette.color(group, QPalette::Highlight));
        painter->drawRect(rect.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

QSize LogLineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Every row gets the size of the widest: the view asks once (uniform item sizes), and this
    // is what lets it scroll sideways to the end of the longest line.
    const LogModel* log = logOf(index);
    const QFontMetrics metrics(option.font);
    const qint64 chars = log ? std::min<qint64>(log->longestLineBytes(), LogModel::MaxShownChars + SuffixChars)
                             : 0;
    QFont bold = option.font;
    bold.setBold(true);
    const int charWidth = std::max(metrics.horizontalAdvance(QLatin1Char('M')),
                                   QFontMetrics(bold).horizontalAdvance(QLatin1Char('M')));
    const int width = gutterWidth(metrics, log ? log->rowCount() : 0) + TextIndent + int(chars) * charWidth
        + TextIndent;
    return QSize(width, metrics.height() + 2);
}

} // namespace sbs::gui
