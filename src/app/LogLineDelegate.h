#pragma once

#include "models/LogModel.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace sbs::gui {

// Paints one line of a build log (LogModel, or LogProblemsModel over it): a gutter with the line
// number, right-aligned in a muted colour and as wide as the largest number; error lines on a
// red tint with red text, warnings in amber, commands ("$ …") bold in the accent colour, and the
// occurrences of the search text on a marker colour. Shades follow the palette, light or dark.
class LogLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LogLineDelegate(QObject* parent = nullptr);

    // The text whose occurrences are marked; empty for none.
    void setHighlight(const QString& text, Qt::CaseSensitivity cs = Qt::CaseInsensitive);
    QString highlight() const { return m_highlight; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The text colour for a severity on this palette; invalid for Normal (the palette's text).
    static QColor textColor(models::LogModel::Severity severity, const QPalette& palette);
    // The row background for a severity; invalid when the row keeps the base colour.
    static QColor backgroundColor(models::LogModel::Severity severity, const QPalette& palette);
    static QColor matchColor(const QPalette& palette);
    // The gutter's width for line numbers up to lineCount in this font.
    static int gutterWidth(const QFontMetrics& metrics, int lineCount);

private:
    QString m_highlight;
    Qt::CaseSensitivity m_cs = Qt::CaseInsensitive;
};

} // namespace sbs::gui
