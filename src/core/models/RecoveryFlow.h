#pragma once

#include "api/Answers.h"
#include "api/ApiError.h"
#include "config/ConfigDocument.h"
#include "state/StateImageFile.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

namespace sbs::api {
class PendingCall;
}

namespace sbs::models {

class ProfileSession;

// Recovering a server's state on a freshly started one, the reference client's sequence as one
// guided flow: status (the server must be fresh: its status empty), init (the configuration),
// post the state image (from a file, or by name from a bucket), update (the configuration
// again, so the imported server builds with today's settings), and build. Each step runs only
// after the one before succeeded; the flow stops at the first failure with a sentence saying
// what happened and what to do. The secret sent is the saved configuration's SECRET; the
// caller checks beforehand that the image was made under it.
class RecoveryFlow : public QObject
{
    Q_OBJECT

public:
    enum class Step { Status, Init, PostState, Update, Build };
    Q_ENUM(Step)
    static constexpr int StepCount = 5;

    struct Source
    {
        std::optional<state::StateImageFile> file; // the image to post, read and checked
        QString bucket; // or: the bucket and the image's name there
        QString name;
    };

    explicit RecoveryFlow(ProfileSession* session, QObject* parent = nullptr);
    ~RecoveryFlow() override;

    // Starts at the status step. withBuild false stops after update (the user builds later).
    void start(const Source& source, bool withBuild = true);
    void cancel();
    bool isRunning() const { return m_running; }

    static QString titleOf(Step step);

Q_SIGNALS:
    void stepStarted(sbs::models::RecoveryFlow::Step step);
    // ok: the step succeeded; text: the server's answer, or why it failed (one sentence).
    void stepFinished(sbs::models::RecoveryFlow::Step step, bool ok, const QString& text);
    // The whole flow ended: succeeded (every step OK, the build started), or stopped at a step.
    void finished(bool succeeded, const QString& message);

private:
    // Why source cannot be imported; empty when it can.
    static QString sourceProblem(const Source& source);
    void runStep(Step step);
    void sendConfiguration(Step step);
    // advice: what to do about a failure, added to the message of finished().
    void stepDone(Step step, bool ok, const QString& text, const QString& advice = QString());
    void onStatus(const api::Reply<api::ServerStatus>& reply);
    void onAnswer(Step step, const api::Reply<QString>& reply, const QString& expected,
                  const QString& advice = QString());
    // Ends the run: polls the server's status and emits finished().
    void end(bool succeeded, const QString& message);

    QPointer<ProfileSession> m_session;
    QPointer<api::PendingCall> m_pending;
    Source m_source;
    config::ConfigDocument m_config; // the configuration at start(), sent by every step
    bool m_withBuild = true;
    bool m_running = false;
    int m_token = 0; // counts runs, so a cancelled run's late answers are dropped
};

} // namespace sbs::models
