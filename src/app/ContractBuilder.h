#pragma once

#include "contract/ContractYaml.h"
#include "contract/HyperProtect.h"
#include "pki/PrivateKey.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;

namespace sbs::models {
class ProfileSession;
}

namespace sbs::gui {

class CodeTextEdit;
class ContractEnvForm;
class ContractFileField;
class MessageWidget;

// The contract env builder on the Deploy page (PROTOCOL.md §7). A form for the env section
// (logging host, ingestion key, port; the volume seed; the env values, filled from the
// profile's instance env), a live YAML preview made with yaml-cpp, the platform's encryption
// certificate (checked: a certificate, RSA, valid now), the encrypted workload section file,
// an optional signing key for envWorkloadSignature, and "Save user-data.yaml…". Encryption and
// signing run in a worker; nothing is written until the user chose a file in the dialog.
class ContractBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit ContractBuilder(models::ProfileSession* session, QWidget* parent = nullptr);
    ~ContractBuilder() override;

    // The preview's text (the env section before encryption).
    QString previewText() const;
    MessageWidget* messageWidget() const { return m_message; }

    // The env section as the form holds it now (the ingestion key unmasked).
    contract::ContractEnv formEnv() const;
    // True while a worker of the builder runs (instance env, encryption).
    bool isBusy() const;

    // How long the preview waits after the last edit.
    static constexpr int PreviewDelayMs = 150;
    // The text that stands for the ingestion key in the preview while it is hidden.
    static constexpr const char* MaskedKey = "********";

Q_SIGNALS:
    void progressChanged(const QString& text);

private:
    void schedulePreview();
    void updatePreview();
    void updateSaveState();
    void loadCertificate(const QString& path);
    void loadWorkload(const QString& path);
    void loadSigningKey(const QString& path);
    void saveUserData();
    void writeUserData(const QByteArray& bytes);
    void setBusy(const QString& text);
    QString workDir() const;

    QPointer<models::ProfileSession> m_session;
    MessageWidget* m_message = nullptr;
    ContractEnvForm* m_form;
    CodeTextEdit* m_previewEdit;
    QLabel* m_previewProblemLabel;
    ContractFileField* m_certificateField;
    ContractFileField* m_workloadField;
    QCheckBox* m_signCheckBox;
    ContractFileField* m_signingKeyField;
    QPushButton* m_saveButton;
    QLabel* m_saveHintLabel;
    QTimer* m_previewTimer;

    // What the files gave; empty while not chosen, being checked or refused.
    std::optional<contract::EncryptionCertificate> m_certificate;
    QString m_workload;
    std::optional<pki::PrivateKey> m_signingKey;
    QString m_signingKeyPem;
    // Count the loads of each file: only the latest one's answer is used.
    int m_certificateToken = 0;
    int m_workloadToken = 0;
    int m_signingKeyToken = 0;
    QString m_busyText; // the save in progress; empty when idle
};

} // namespace sbs::gui
