#pragma once

#include "contract/ContractYaml.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace sbs::models {
class ProfileSession;
}

namespace sbs::gui {

class MessageWidget;

// The form part of the contract builder: the logging settings (host, ingestion key with a
// show toggle, port), the volume seed and the env values as a name/value table, which "Fill
// from Instance Env" fills from the profile's certificates (InstanceEnv, in a worker) without
// touching the user's own rows. It reports through the builder's message bar.
class ContractEnvForm : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    ContractEnvForm(models::ProfileSession* session, MessageWidget* message, QWidget* parent = nullptr);
    ~ContractEnvForm() override;

    // The env section as the form holds it (no signingKey: the builder adds it).
    contract::ContractEnv env() const;
    // Whether the user asked to see the ingestion key.
    bool isKeyRevealed() const;
    bool isBusy() const { return m_busy; }
    // Replaces the rows of these names; the values go first, in their order, the others stay.
    void setValues(const QList<QPair<QString, QString>>& values);
    void fillFromInstanceEnv();

Q_SIGNALS:
    // Any field, row or the show toggle changed.
    void changed();
    // What the form is busy with; empty when done.
    void progressChanged(const QString& text);

private:
    void setRevealed(bool revealed);
    void addRow();
    void removeRows();
    void setBusy(const QString& text);

    QPointer<models::ProfileSession> m_session;
    MessageWidget* m_message;
    QLineEdit* m_loggingHostEdit;
    QLineEdit* m_ingestionKeyEdit;
    QToolButton* m_showKeyButton;
    QSpinBox* m_loggingPortSpinBox;
    QLineEdit* m_volumeSeedEdit;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QPushButton* m_fillButton;
    int m_fillToken = 0; // only the latest fill's answer is used
    bool m_busy = false;
};

} // namespace sbs::gui
