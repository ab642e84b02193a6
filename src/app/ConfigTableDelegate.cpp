#include "ConfigTableDelegate.h"

#include "Icons.h"
#include "models/ConfigListModel.h"
#include "models/ConfigPairsModel.h"

#include <QLineEdit>

namespace sbs::gui {

static_assert(int(models::ConfigPairsModel::ProblemRole) == int(models::ConfigListModel::ProblemRole),
              "both table models report problems through the same role");

ConfigTableDelegate::ConfigTableDelegate(int maskedColumn, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_maskedColumn(maskedColumn)
{ }

QWidget* ConfigTableDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setObjectName(QStringLiteral("cellEdit"));
        if (m_masked && index.column() == m_maskedColumn)
            line->setEchoMode(QLineEdit::Password);
    }
    return editor;
}

void ConfigTableDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == 0 && !index.data(models::ConfigPairsModel::ProblemRole).toString().isEmpty()) {
        option->icon = Icons::bundled(QStringLiteral("warning"));
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
    if (m_masked && index.column() == m_maskedColumn && !option->text.isEmpty())
        option->text = QString(8, QChar(0x2022));
}

} // namespace sbs::gui
