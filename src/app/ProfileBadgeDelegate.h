#pragma once

#include <QStyledItemDelegate>

namespace sbs::gui {

// Draws one server profile in the sidebar: the server icon, the profile's name, its status badge
// as a coloured pill on the right, and the health's detail on a second, smaller line.
class ProfileBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The colour of a badge (int(models::ProfileHealth::Badge)).
    static QColor badgeColor(int badge);
};

} // namespace sbs::gui
