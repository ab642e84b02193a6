#pragma once

#include <QStyledItemDelegate>

namespace sbs::gui {

// Draws the configuration editor's group list: icon and title, with a small badge on the right
// counting the group's errors (red) or, when it has none, its warnings (amber).
class GroupListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { ErrorCountRole = Qt::UserRole + 10, WarningCountRole };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace sbs::gui
