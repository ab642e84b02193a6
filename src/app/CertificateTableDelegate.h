#pragma once

#include "models/CertificateEntry.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace sbs::gui {

// Paints the certificates table from the model's roles: the days left in red when expired or
// under a week, orange under a month (shades that suit the palette's base, light or dark), an
// icon for a row's worst problem, and missing files in the placeholder colour.
class CertificateTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CertificateTableDelegate(QObject* parent = nullptr);

    // The text colour for a severity on this palette; invalid for None and Ok (the normal text).
    static QColor severityColor(models::CertificateEntry::Severity severity, const QPalette& palette);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace sbs::gui
