#pragma once

#include "WorkerSet.h"
#include "state/StateImageRecords.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QSortFilterProxyModel;

namespace Ui {
class StatePage;
}

namespace sbs::api {
class PendingCall;
struct StateImageAnswer;
} // namespace sbs::api

namespace sbs::models {
class ProfileSession;
class StateImageListModel;
} // namespace sbs::models

namespace sbs::gui {

class MessageWidget;
class RecoveryPanel;

// The State page of a profile (PROTOCOL.md §6): export the server's state image to a file or to
// the configured bucket; the profile's state images, each marked usable or not under the current
// SECRET; import one into a freshly started server; the guided recovery on a new server; and the
// secret rotation (the Overview's "Update with New Secret"), after which it offers a fresh export.
// Every call is asynchronous.
class StatePage : public QWidget
{
    Q_OBJECT

public:
    StatePage(models::ProfileSession* session, models::StateImageListModel* images,
              QWidget* parent = nullptr);
    ~StatePage() override;

    models::StateImageListModel* images() const { return m_images; }
    MessageWidget* messageWidget() const { return m_message; }
    RecoveryPanel* recoveryPanel() const { return m_recovery; }
    // True while an export, an import or the recovery runs.
    bool isBusy() const;

    // Called after the server took a new secret and the configuration was saved with it: marks
    // older images unusable and asks whether to export a fresh image now.
    void secretRotated();
    // Whether the secret can be rotated now (the server is reachable, initialized and not
    // building; the Overview knows): the Rotate Secret button follows it.
    void setRotationAvailable(bool available);

    // The actions, as the buttons run them once they asked for what they need.
    void exportStateImage(); // to the destination the radio buttons choose
    void addFile(const QString& path);
    // Selects the row of the image recorded with path; false when there is none.
    bool selectImage(const QString& path);
    QString selectedPath() const;

Q_SIGNALS:
    // The Rotate Secret button: the Overview runs the rotation (with its confirmation).
    void rotateSecretRequested();
    // What the page waits for, for the status bar; empty when it waits for nothing.
    void progressChanged(const QString& text);
    // An export was saved (or was there already with the same bytes) and recorded.
    void exported(const QString& path);

private:
    enum class Task { None, Export, Save, Read };

    void setUpUi();
    void connectUi();
    void connectSession();

    void openRecords();
    QString savedSecret() const;
    void applySavedSecret();
    void onConfigChanged();
    void updateServer();

    void saveExport(int token, const QString& folder, const QString& bucket, const QString& server,
                    const api::StateImageAnswer& answer);
    void recordExport(const QString& path, const QString& bucket, const QString& server,
                      const api::StateImageAnswer& answer, bool alreadyThere);
    void removeSelected();
    void openFolder();
    std::optional<state::StateImageRecord> selectedRecord() const;

    int beginTask(Task task, const QString& text);
    void endTask();
    void cancelTask();
    bool refuseWhenBusy();
    void fail(const QString& text);
    void updateActions();

    const std::unique_ptr<Ui::StatePage> m_ui;
    QPointer<models::ProfileSession> m_session;
    bool m_rotationAvailable = true;
    int m_exportGeneration = 0; // the secret generation when the running export was asked for
    models::StateImageListModel* m_images;
    MessageWidget* m_message = nullptr;
    RecoveryPanel* m_recovery = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;

    QPointer<api::PendingCall> m_pending;
    Task m_task = Task::None;
    int m_token = 0; // counts the tasks, so a cancelled task's late result is dropped
    bool m_folderEdited = false; // the user chose the export folder; keep it
    bool m_bucketEdited = false; // the user typed the bucket; keep it
    QString m_recordsPath;
    WorkerSet m_workers; // waited for by the destructor
};

} // namespace sbs::gui
