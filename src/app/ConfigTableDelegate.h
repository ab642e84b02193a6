#pragma once

#include <QStyledItemDelegate>

namespace sbs::gui {

// Item delegate of the configuration tables: marks rows that are not saved (the model's
// ProblemRole) with a warning icon, and masks the value column while masking is on.
class ConfigTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ConfigTableDelegate(int maskedColumn, QObject* parent = nullptr);

    void setMasked(bool masked) { m_masked = masked; }
    bool isMasked() const { return m_masked; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_maskedColumn; // -1: nothing is masked
    bool m_masked = false;
};

} // namespace sbs::gui
