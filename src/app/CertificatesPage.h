#pragma once

#include "Result.h"
#include "models/CertificateEntry.h"
#include "pki/CertificateLayout.h"
#include "pki/CertificateReport.h"
#include "pki/KeyType.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QPushButton;
class QTimer;

namespace Ui {
class CertificatesPage;
}

namespace sbs::contract {
class InstanceEnv;
}

namespace sbs::models {
class CertificateTableModel;
class ProfileSession;
} // namespace sbs::models

namespace sbs::gui {

class MessageWidget;

// The profile's certificates: a table of the CA, client and server certificates (subject, SAN,
// validity, days left coloured as expiry nears, key type, fingerprint), a details pane, and the
// actions generate, use own CA, renew, delete, instance env (copy, save) and export the public
// CA. Missing or mismatched files are named with the fix. Key generation runs in a worker.
class CertificatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CertificatesPage(QWidget* parent = nullptr);
    ~CertificatesPage() override;

    void setSession(models::ProfileSession* session);

    // True while an action of this page runs in a worker (its buttons are disabled meanwhile).
    bool isBusy() const { return m_busy; }
    MessageWidget* messageWidget() const;
    models::CertificateTableModel* model() const { return m_model; }

    // How long copied instance env values stay on the clipboard.
    static constexpr int ClipboardClearMs = 30000;

Q_SIGNALS:
    // Certificate files were written, replaced or removed: the client must be set up again.
    void certificatesChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum class EnvAction { Show, Copy, Save };
    using Fix = models::CertificateEntry::Fix;

    void refresh();
    void applyEntries(const QList<models::CertificateEntry>& entries, const QDateTime& now);
    void updateSpans();
    void updateActions();
    void updateProblems();
    void updateDetails();
    void updateEnvKeyHint();
    void selectKind(models::CertificateEntry::Kind kind);

    void runGenerate(const QStringList& notes = {});
    void generateServer(const pki::CertificateLayout& layout, pki::KeyType keyType, bool force,
                        QStringList messages, bool changed);
    void runReplaceServer();
    void runRenew();
    void runDelete(bool thenGenerate);
    void runOwnCa();
    void useOwnCa(const QString& certPath, const QString& keyPath);
    void runExportCa();
    void runEnv(EnvAction action);
    void finishEnv(EnvAction action, const contract::InstanceEnv& env, bool plain);
    void copySensitive(const QString& text);
    void runFix(Fix fix);

    // Busy state: the actions are disabled and the progress bar runs until finish().
    void begin(const QString& text);
    void finish();
    // Report of an action: its messages, the backups it made; emits certificatesChanged() when
    // files changed, then reads the files again.
    void showOutcome(const QStringList& messages, const QStringList& backups, bool changed);
    void showError(const QString& text);
    // Before the page writes the configuration: asks what to do with unsaved edits. False: stop.
    bool prepareConfigWrite();
    Result<pki::CertificateLayout> layout() const;
    // The layout for an action: nothing (after showing why) while busy or when it does not
    // resolve.
    std::optional<pki::CertificateLayout> readyLayout();
    QString hostname() const;
    QString configName() const;
    pki::KeyType keyType() const;
    QPushButton* buttonFor(Fix fix) const;
    QString fixText(Fix fix) const;

    const std::unique_ptr<Ui::CertificatesPage> m_ui;
    QPointer<models::ProfileSession> m_session;
    models::CertificateTableModel* m_model;
    QAction* m_fixAction;
    QTimer* m_refreshTimer;
    Fix m_fix = Fix::None;
    bool m_busy = false;
    bool m_refreshPending = false;
    int m_token = 0; // counts sessions and actions: a worker's result for an older one is dropped
    int m_checkToken = 0; // counts the file checks: only the latest one's result is shown
    QString m_layoutError;
    QString m_dismissedProblem; // the problem text the user closed; shown again when it changes
};

} // namespace sbs::gui
