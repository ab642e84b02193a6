#include "GroupListDelegate.h"

#include <QApplication>
#include <QPainter>

namespace sbs::gui {

void GroupListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const int errors = index.data(ErrorCountRole).toInt();
    const int warnings = index.data(WarningCountRole).toInt();
    const int count = errors > 0 ? errors : warnings;

    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    QString badge;
    int badgeWidth = 0;
    const QFontMetrics metrics(opt.font);
    if (count > 0) {
        badge = QString::number(count);
        badgeWidth = std::max(metrics.height() + 2, metrics.horizontalAdvance(badge) + 12);
        opt.rect.setRight(opt.rect.right() - badgeWidth - 8);
    }
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The background and selection span the whole row, the text stops before the badge.
    QStyleOptionViewItem background(option);
    background.text.clear();
    background.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    opt.state &= ~QStyle::State_HasFocus;
    opt.backgroundBrush = Qt::NoBrush;
    opt.state &= ~QStyle::State_Selected;
    if (option.state & QStyle::State_Selected)
        opt.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    if (count > 0) {
        const QColor color = errors > 0 ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xe0, 0x8a, 0x00);
        const int h = metrics.height() + 2;
        const QRect pill(option.rect.right() - badgeWidth - 6, option.rect.center().y() - h / 2, badgeWidth,
                         h);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
        painter->setPen(Qt::white);
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->drawText(pill, Qt::AlignCenter, badge);
        painter->restore();
    }
}

QSize GroupListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), 34));
    size.setWidth(size.width() + 40);
    return size;
}

} // namespace sbs::gui
