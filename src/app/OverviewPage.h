#pragma once

#include "MessageWidget.h"
#include "api/Answers.h"
#include "api/ApiError.h"
#include "config/ConfigRules.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace Ui {
class OverviewPage;
}

namespace sbs::api {
class PendingCall;
}

namespace sbs::models {
class ProfileSession;
class StateImageListModel;
struct ProfileHealth;
} // namespace sbs::models

namespace sbs::gui {

// The first page of a profile: the server's status card (status, build name, image tag,
// manifest key, last poll) and the actions of the reference client (Init, Update, Update with
// new secret, Build, Clean, Refresh), each enabled only when it makes sense, with its last
// result. Every call is asynchronous; the page never blocks.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);
    ~OverviewPage() override;

    enum class Action { Init, Update, NewSecret, Build, Clean, Refresh };

    void setSession(models::ProfileSession* session);
    models::ProfileSession* session() const;
    // The profile's state images: the secret rotation's confirmation names the ones it makes
    // unusable. May stay unset (then it names none).
    void setStateImages(models::StateImageListModel* images);
    MessageWidget* messageWidget() const;
    // True while a call of this page (or the file reading before it) runs.
    bool isBusy() const { return m_busy.has_value(); }
    // The result shown for the action's last run; empty before the first.
    QString lastResult(Action action) const;
    // Stops waiting for the running call, if any.
    void cancel();
    // The menu's way to an action: whether its button is enabled, and a click on it.
    bool canTrigger(Action action) const;
    bool trigger(Action action);

Q_SIGNALS:
    // Build asks the main window to save unsaved configuration changes first; the handler sets
    // *proceed to false to stop.
    void saveRequested(bool* proceed);
    // An action did not succeed (not cancelled); message says what and why.
    void actionFailed(sbs::gui::OverviewPage::Action action, const QString& message);
    // Which actions can run changed (see canTrigger()).
    void actionsChanged();
    // The server accepted a build started from this page.
    void buildStartedHere();
    // The server took a new SECRET and the configuration was saved with it.
    void secretRotated();
    // A build started from this page ended (for the desktop notification).
    void buildEnded(const QString& profileName, bool succeeded, const QString& detail);
    // What the page waits for, for the status bar; empty when it waits for nothing.
    void progressChanged(const QString& text);

private:
    using Answered = std::function<void(const QString& answer)>;

    void onHealthChanged(const models::ProfileHealth& health);
    void onStatusChanged(const api::ServerStatus& status);
    void updateCard();
    void updateActions();

    void runInit();
    void runUpdate(bool newSecret);
    void runBuild();
    void runClean();
    void runRefresh();
    bool saveFirst();
    // Reads the embedded files in a worker, builds the init/update body, then sends it.
    void sendConfiguration(Action action, const std::optional<QString>& newSecret);
    void afterNewSecret(const QString& newSecret);

    void begin(Action action, const QString& waitingText);
    void finish(Action action, bool ok, const QString& result);
    void handleAnswer(Action action, const api::Reply<QString>& reply, const Answered& onOk);
    QPushButton* buttonOf(Action action) const;
    QLabel* timeLabelOf(Action action) const;
    QLabel* resultLabelOf(Action action) const;
    QString nameOf(Action action) const;
    QString profileName() const;

    const std::unique_ptr<Ui::OverviewPage> m_ui;
    QString rotationQuestion() const;

    QPointer<models::ProfileSession> m_session;
    QPointer<models::StateImageListModel> m_stateImages;
    QPointer<api::PendingCall> m_pending;
    std::optional<Action> m_busy;
    int m_busyToken = 0; // counts the runs, so a cancelled worker's result is dropped
    QHash<int, QString> m_results;
    bool m_initDone = false; // init answered OK while the status was still empty
    // A build started here, watched until it ends.
    bool m_watchingBuild = false;
    bool m_sawBuildRunning = false;
    QString m_statusAtBuild;
    QDateTime m_startedAtBuild;
    QElapsedTimer m_buildClock;
    bool m_healthMessageShown = false;
    QString m_dismissedHealthText;
};

} // namespace sbs::gui
