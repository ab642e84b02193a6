#include "CertificateTableDelegate.h"

#include "Icons.h"
#include "models/CertificateTableModel.h"

namespace sbs::gui {

using models::CertificateTableModel;
using Severity = models::CertificateEntry::Severity;

CertificateTableDelegate::CertificateTableDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QColor CertificateTableDelegate::severityColor(Severity severity, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    switch (severity) {
    case Severity::Critical:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    case Severity::Warning:
        return dark ? QColor(0xff, 0xb3, 0x4d) : QColor(0xb0, 0x5a, 0x00);
    case Severity::None:
    case Severity::Ok:
    case Severity::Info:
        break;
    }
    return {};
}

void CertificateTableDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    switch (index.column()) {
    case CertificateTableModel::NameColumn: {
        const auto problem = Severity(index.data(CertificateTableModel::ProblemSeverityRole).toInt());
        QString icon;
        if (problem == Severity::Critical)
            icon = QStringLiteral("error");
        else if (problem == Severity::Warning)
            icon = QStringLiteral("warning");
        else if (problem == Severity::Info)
            icon = QStringLiteral("info");
        else if (index.data(CertificateTableModel::PresentRole).toBool())
            icon = QStringLiteral("positive");
        if (!icon.isEmpty()) {
            option->icon = Icons::bundled(icon);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
        break;
    }
    case CertificateTableModel::SubjectColumn:
        if (!index.data(CertificateTableModel::PresentRole).toBool()) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        }
        break;
    case CertificateTableModel::DaysLeftColumn: {
        const auto severity = Severity(index.data(CertificateTableModel::SeverityRole).toInt());
        const QColor color = severityColor(severity, option->palette);
        if (color.isValid()) {
            option->palette.setColor(QPalette::Text, color);
            option->font.setBold(true);
        }
        break;
    }
    default:
        break;
    }
}

} // namespace sbs::gui
