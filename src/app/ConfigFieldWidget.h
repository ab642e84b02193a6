#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace sbs::models {
class ConfigFieldModel;
}

namespace sbs::gui {

class ConfigTableEditor;

// The binding of one configuration key to its editor. Built from the field model's roles alone:
// a line edit (password mode with a reveal action for secrets, a browse button for file paths,
// digits only for ports), a check box for booleans, a combo box for choices, or a table for
// ARG-like objects and ENV_WHITELIST-like arrays. Below the editor, the help text as a small hint
// and the key's validation findings, coloured by severity. Edits go to the model at once, and
// the widget follows the model when the value or the findings change.
//
// Object names derive from the key: HOSTNAME → hostnameEdit, hostnameLabel, hostnameFindingLabel;
// DOCKER_PASSWORD → dockerPasswordEdit + dockerPasswordRevealAction; ARG → argTable.
class ConfigFieldWidget : public QWidget
{
    Q_OBJECT

public:
    ConfigFieldWidget(models::ConfigFieldModel* model, const QString& key, QWidget* parent = nullptr);
    ~ConfigFieldWidget() override;

    QString key() const { return m_key; }
    // The label for the form's label column; its buddy is the editor.
    QLabel* label() const { return m_label; }
    QWidget* editor() const { return m_editor; }
    void focusEditor();

    // "DOCKER_CONTENT_TRUST_BASE" → "dockerContentTrustBase".
    static QString objectNameStem(const QString& key);

private:
    void build();
    void buildLineEdit(int fieldType, bool secret);
    void buildCheckBox();
    void buildComboBox();
    void buildTable(int fieldType, bool secret);
    void browse();
    void setRevealed(bool revealed);
    void onModelDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void refreshValue();
    void refreshFindings();

    QPointer<models::ConfigFieldModel> m_model;
    QString m_key;
    QString m_stem;
    QLabel* m_label = nullptr;
    QWidget* m_editor = nullptr;
    QLineEdit* m_lineEdit = nullptr;
    QCheckBox* m_checkBox = nullptr;
    QComboBox* m_comboBox = nullptr;
    ConfigTableEditor* m_table = nullptr;
    QAction* m_revealAction = nullptr;
    QToolButton* m_browseButton = nullptr;
    QLabel* m_hintLabel = nullptr;
    QWidget* m_findingRow = nullptr;
    QLabel* m_findingIcon = nullptr;
    QLabel* m_findingLabel = nullptr;
};

} // namespace sbs::gui
