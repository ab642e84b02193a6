#include "ProfileBadgeDelegate.h"

#include "Icons.h"
#include "models/ProfileHealth.h"
#include "models/ProfileListModel.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace sbs::gui {

using models::ProfileHealth;
using models::ProfileListModel;

namespace {

constexpr int Margin = 8;
constexpr int IconSize = 24;

} // namespace

QColor ProfileBadgeDelegate::badgeColor(int badge)
{
    switch (ProfileHealth::Badge(badge)) {
    case ProfileHealth::Badge::Unknown:
        return QColor(0x90, 0x90, 0x90);
    case ProfileHealth::Badge::Broken:
        return QColor(0x8e, 0x24, 0xaa);
    case ProfileHealth::Badge::Unreachable:
        return QColor(0xd3, 0x2f, 0x2f);
    case ProfileHealth::Badge::Idle:
        return QColor(0x60, 0x7d, 0x8b);
    case ProfileHealth::Badge::Building:
        return QColor(0x1e, 0x73, 0xbe);
    case ProfileHealth::Badge::Succeeded:
        return QColor(0x2e, 0x7d, 0x32);
    case ProfileHealth::Badge::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case ProfileHealth::Badge::CertificateExpiring:
        return QColor(0xe0, 0x8a, 0x00);
    }
    return QColor(Qt::gray);
}

void ProfileBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    QStyleOptionViewItem background(option);
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor textColor = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor mutedColor = textColor;
    mutedColor.setAlphaF(0.7f);

    const QRect rect = option.rect.adjusted(Margin, 4, -Margin, -4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QRect iconRect(rect.left(), rect.top() + (rect.height() - IconSize) / 2, IconSize, IconSize);
    Icons::bundled(QStringLiteral("server")).paint(painter, iconRect);

    // The badge pill, right-aligned on the first line.
    QFont badgeFont = option.font;
    badgeFont.setPointSizeF(std::max(7.0, badgeFont.pointSizeF() * 0.85));
    badgeFont.setBold(true);
    const QFontMetrics badgeMetrics(badgeFont);
    const QString badgeText = index.data(ProfileListModel::BadgeTextRole).toString();
    const int pillHeight = badgeMetrics.height() + 2;
    const int pillWidth = badgeMetrics.horizontalAdvance(badgeText) + 14;
    const QFontMetrics nameMetrics(option.font);
    const int lineTop = rect.top() + 2;
    const QRect pill(rect.right() - pillWidth, lineTop + (nameMetrics.height() - pillHeight) / 2, pillWidth,
                     pillHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColor(index.data(ProfileListModel::BadgeRole).toInt()));
    painter->drawRoundedRect(pill, pillHeight / 2.0, pillHeight / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(badgeFont);
    painter->drawText(pill, Qt::AlignCenter, badgeText);

    // The name, then the detail below it.
    const int textLeft = iconRect.right() + Margin;
    QFont nameFont = option.font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(textColor);
    const QRect nameRect(textLeft, lineTop, pill.left() - Margin - textLeft, nameMetrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(index.data(Qt::DisplayRole).toString(),
                                                        Qt::ElideMiddle, nameRect.width()));

    QFont detailFont = option.font;
    detailFont.setPointSizeF(std::max(7.0, detailFont.pointSizeF() * 0.9));
    const QFontMetrics detailMetrics(detailFont);
    painter->setFont(detailFont);
    painter->setPen(mutedColor);
    const QRect detailRect(textLeft, nameRect.bottom() + 3, rect.right() - textLeft, detailMetrics.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      detailMetrics.elidedText(index.data(ProfileListModel::DetailRole).toString(),
                                               Qt::ElideRight, detailRect.width()));
    painter->restore();
}

QSize ProfileBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    QFont detailFont = option.font;
    detailFont.setPointSizeF(std::max(7.0, detailFont.pointSizeF() * 0.9));
    const int height = QFontMetrics(option.font).height() + QFontMetrics(detailFont).height() + 3 + 8 + 4;
    return { 240, std::max(height, IconSize + 12) };
}

} // namespace sbs::gui
