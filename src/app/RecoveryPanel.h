#pragma once

#include "MessageWidget.h"
#include "Result.h"
#include "WorkerSet.h"
#include "models/RecoveryFlow.h"
#include "state/StateImageRecords.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sbs::models {
class ProfileSession;
class StateImageListModel;
} // namespace sbs::models

namespace sbs::gui {

// Reads a state image or the metadata file of one (StateImageFile::read, metadata accepted) in a
// worker that workers tracks, then calls done on context's thread, unless context is gone.
void readStateImageFile(QObject* context, WorkerSet& workers, const QString& path,
                        std::function<void(const Result<state::StateImageFile>&)> done);

// The guided recovery of the State page. It says what recovery needs, takes the image to
// recover (the list's selection, a file, or a name in a bucket) and checks it first: an image
// made under an older SECRET is refused without a word to the server, one whose secret is not
// known is sent only when the user agrees, and a file must be a state image. Then it shows the
// five steps of models::RecoveryFlow with the state and the result of each, runs them on Start,
// and ends with the flow's closing sentence.
class RecoveryPanel : public QWidget
{
    Q_OBJECT

public:
    using Step = models::RecoveryFlow::Step;
    enum class StepState { Waiting, Running, Done, Failed, Skipped };
    Q_ENUM(StepState)

    RecoveryPanel(models::ProfileSession* session, models::StateImageListModel* images,
                  QWidget* parent = nullptr);
    ~RecoveryPanel() override;

    // The image selected in the list, which Recover on This Server takes.
    void setSelectedRecord(const std::optional<state::StateImageRecord>& record);
    // Where Recover from File starts looking.
    void setFolder(const QString& folder) { m_folder = folder; }
    // The server that recovery talks to, "host:port" (the explanation names it).
    void setServer(const QString& server);
    // Whether the page lets new recoveries be prepared and started.
    void setActionsEnabled(bool enabled);

    // The buttons' actions once they know what to take; each checks the image and, when it may
    // be recovered, prepares the steps.
    void recoverRecord(const state::StateImageRecord& record);
    void recoverFromFile(const QString& path);
    void recoverFromBucket(const QString& bucket, const QString& name);
    // An image read and checked already; description names it for the user.
    // record: the listed image it comes from, checked again at start (the secret may have been
    // rotated in between).
    void prepare(const models::RecoveryFlow::Source& source, const QString& description,
                 const std::optional<state::StateImageRecord>& record = std::nullopt);
    bool hasSource() const { return m_hasSource; }
    // Starts the flow with the prepared image, as the Start button does.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // Reading a file, or running.
    bool isBusy() const { return m_running || m_reading; }

    // The bucket and name edits (for Recover from Bucket), trimmed.
    QString bucket() const;
    QString name() const;
    void fill(const QString& bucket, const QString& name);

    StepState stepState(Step step) const;
    QString stepText(Step step) const;
    QString closingText() const;
    static QString stateText(StepState state);

Q_SIGNALS:
    // What the page's message bar shows.
    void message(const QString& text, sbs::gui::MessageWidget::Type type);
    void busyChanged(bool busy);
    // What the panel waits for, for the status bar; empty when it waits for nothing.
    void progressChanged(const QString& text);
    void finished(bool succeeded, const QString& message);

private:
    struct StepRow
    {
        QLabel* icon = nullptr;
        QLabel* state = nullptr;
        QLabel* result = nullptr;
        StepState value = StepState::Waiting;
    };

    void buildUi();
    void addStepRow(Step step, int row, QGridLayout* grid);
    bool refuseOlder(const state::StateImageRecord& record);
    bool confirmUnknown(const QString& name);
    void prepareFromFile(const QString& path, const std::optional<state::StateImageRecord>& record);
    bool refuseWhenBusy();
    void setReading(bool reading, const QString& text = QString());
    void setStep(Step step, StepState state, const QString& text);
    void resetSteps();
    void setClosing(const QString& text, bool succeeded);
    void onStepStarted(Step step);
    void onStepFinished(Step step, bool ok, const QString& text);
    void onFinished(bool succeeded, const QString& message);
    void updateButtons();
    void updateIntro();

    QPointer<models::ProfileSession> m_session;
    models::StateImageListModel* const m_images;
    models::RecoveryFlow* m_flow = nullptr;
    models::RecoveryFlow::Source m_source;
    std::optional<state::StateImageRecord> m_selected;
    QString m_description; // names the prepared image
    std::optional<state::StateImageRecord> m_preparedRecord;
    QString m_folder;
    QString m_server;
    bool m_hasSource = false;
    bool m_enabled = true;
    bool m_running = false;
    bool m_reading = false;
    int m_readToken = 0; // counts the reads, so a cancelled read's result is dropped

    QLabel* m_introLabel = nullptr;
    QPushButton* m_recoverButton = nullptr;
    QPushButton* m_fromFileButton = nullptr;
    QLineEdit* m_bucketEdit = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QPushButton* m_fromBucketButton = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QList<StepRow> m_steps;
    QCheckBox* m_buildCheck = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_closingIcon = nullptr;
    QLabel* m_closingLabel = nullptr;
    WorkerSet m_workers; // waited for by the destructor
};

} // namespace sbs::gui
