#pragma once

#include <QString>
#include <QWidget>

class QAbstractItemModel;
class QTableView;
class QToolButton;

namespace sbs::models {
class ConfigFieldModel;
}

namespace sbs::gui {

class ConfigTableDelegate;

// A table with Add and Remove buttons for one ARG-like key (names with values, isMap) or one
// ENV_WHITELIST-like key (a list of names). Secret tables mask their values until revealed.
// Object names: <stem>Table, <stem>AddButton, <stem>RemoveButton, <stem>RevealButton.
class ConfigTableEditor : public QWidget
{
    Q_OBJECT

public:
    ConfigTableEditor(models::ConfigFieldModel* fields, const QString& key, bool isMap, bool secret,
                      const QString& stem, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QAbstractItemModel* model() const { return m_model; }

    void addRow();
    void removeSelectedRows();

private:
    void updateHeight();
    void updateButtons();

    QAbstractItemModel* m_model;
    QTableView* m_view;
    ConfigTableDelegate* m_delegate;
    QToolButton* m_addButton;
    QToolButton* m_removeButton;
    QToolButton* m_revealButton = nullptr;
};

} // namespace sbs::gui
