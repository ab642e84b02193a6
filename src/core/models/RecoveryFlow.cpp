#include "models/RecoveryFlow.h"

#include "api/SbsClient.h"
#include "api/StatusPoller.h"
#include "config/ConfigRules.h"
#include "models/ConfigFieldModel.h"
#include "models/ProfileSession.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace sbs::models {

RecoveryFlow::RecoveryFlow(ProfileSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

RecoveryFlow::~RecoveryFlow()
{
    // A call still running ends without reaching this object.
    ++m_token;
    if (m_pending)
        m_pending->cancel();
}

QString RecoveryFlow::titleOf(Step step)
{
    switch (step) {
    case Step::Status:
        return tr("Check that the server is freshly started");
    case Step::Init:
        return tr("Send the configuration (init)");
    case Step::PostState:
        return tr("Import the state image");
    case Step::Update:
        return tr("Send the configuration again (update)");
    case Step::Build:
        return tr("Start a build");
    }
    return {};
}

QString RecoveryFlow::sourceProblem(const Source& source)
{
    if (source.file && !source.file->isMetadataOnly())
        return {};
    if (source.bucket.isEmpty() || source.name.isEmpty())
        return source.file
            ? tr("The state image %1 is only the metadata of an image kept in object storage: give "
                 "its bucket to import it.")
                  .arg(source.file->name)
            : tr("No state image was given: choose a state image file, or a bucket and the image's "
                 "name there.");
    return {};
}

void RecoveryFlow::start(const Source& source, bool withBuild)
{
    if (m_running)
        return;
    const QString problem = !m_session ? tr("The profile is closed.") : sourceProblem(source);
    if (!problem.isEmpty()) {
        Q_EMIT finished(false, problem);
        return;
    }
    m_source = source;
    // One configuration for the whole run: edits made while it runs are not sent.
    m_config = m_session->config()->document();
    m_withBuild = withBuild;
    m_running = true;
    ++m_token;
    runStep(Step::Status);
}

void RecoveryFlow::cancel()
{
    if (!m_running)
        return;
    // Answers and worker results of this run are dropped from here on.
    ++m_token;
    if (m_pending)
        m_pending->cancel();
    end(false, tr("Cancelled."));
}

void RecoveryFlow::runStep(Step step)
{
    if (!m_session) {
        end(false, tr("The profile was closed during the recovery."));
        return;
    }
    const int token = m_token;
    Q_EMIT stepStarted(step);
    if (token != m_token)
        return; // a receiver cancelled
    api::SbsClient* client = m_session->client();
    switch (step) {
    case Step::Status:
        m_pending = client->status(this, [this, token](const api::Reply<api::ServerStatus>& reply) {
            if (token == m_token)
                onStatus(reply);
        });
        return;
    case Step::Init:
    case Step::Update:
        sendConfiguration(step);
        return;
    case Step::PostState: {
        const QString secret = m_config.string(QStringLiteral("SECRET"));
        if (secret.isEmpty()) {
            stepDone(step, false,
                     tr("the configuration has no SECRET: the state image can only be imported with "
                        "the SECRET it was made under; add it to the configuration and save"));
            return;
        }
        const bool fromFile = m_source.file && !m_source.file->isMetadataOnly();
        const QString state = fromFile ? m_source.file->state : QString();
        const QString bucket = fromFile ? QString() : m_source.bucket;
        const QString name = fromFile ? QString() : m_source.name;
        m_pending = client->postStateImage(
            secret, state, bucket, name, this, [this, token, bucket, name](const api::Reply<QString>& reply) {
                if (token != m_token)
                    return;
                // The server was reached and said no: to the bucket, not to the connection.
                const bool refused = reply ? reply.result.value() != QLatin1String("OK")
                                           : reply.kind == api::ErrorKind::Http;
                if (!bucket.isEmpty() && refused) {
                    const QString answer = reply
                        ? tr("the server answered \"%1\", not \"OK\"").arg(reply.result.value())
                        : reply.error();
                    stepDone(Step::PostState, false,
                             tr("the server refused the object-storage request for the state image %1 "
                                "in the bucket %2: %3")
                                 .arg(name, bucket, answer),
                             tr("Check the bucket, the image's name there and the configuration's "
                                "STATE_COS_* settings, or import from a state image file."));
                    return;
                }
                onAnswer(Step::PostState, reply, QStringLiteral("OK"),
                         refused ? tr("Check that this server was started with the state secret file of "
                                      "the server that exported the image, and that the configuration's "
                                      "SECRET is the one the image was made under.")
                                 : QString());
            });
        return;
    }
    case Step::Build:
        m_pending = client->build(this, [this, token](const api::Reply<QString>& reply) {
            if (token == m_token)
                onAnswer(Step::Build, reply, QStringLiteral("OK"));
        });
        return;
    }
}

void RecoveryFlow::sendConfiguration(Step step)
{
    const int token = m_token;
    const config::ConfigDocument doc = m_config;
    const QString workDir = m_session->profile().workDir;
    auto* watcher = new QFutureWatcher<config::EmbeddedRead>(this);
    connect(watcher, &QFutureWatcher<config::EmbeddedRead>::finished, this, [this, watcher, token, step, doc] {
        watcher->deleteLater();
        if (token != m_token)
            return;
        if (!m_session) {
            end(false, tr("The profile was closed during the recovery."));
            return;
        }
        const config::EmbeddedRead read = watcher->result();
        if (!read.ok) {
            stepDone(step, false, read.error);
            return;
        }
        const auto body = config::initRequestBody(doc, read.files, std::nullopt);
        if (!body) {
            stepDone(step, false, body.error());
            return;
        }
        auto done = [this, token, step](const api::Reply<QString>& reply) {
            if (token == m_token)
                onAnswer(step, reply, QStringLiteral("OK"));
        };
        api::SbsClient* client = m_session->client();
        m_pending = step == Step::Init ? client->init(body.value(), this, done)
                                       : client->update(body.value(), this, done);
    });
    watcher->setFuture(QtConcurrent::run(config::readEmbeddedFilesInWorker, doc, workDir));
}

void RecoveryFlow::onStatus(const api::Reply<api::ServerStatus>& reply)
{
    m_pending = nullptr;
    if (!reply) {
        if (m_session)
            m_session->reportStatusFailure(reply.kind, reply.error());
        stepDone(Step::Status, false, reply.error());
        return;
    }
    const api::ServerStatus& status = reply.result.value();
    if (m_session)
        m_session->reportStatus(status);
    // Before its first init a server's status is empty (Phase::NotInitialized) and it has built
    // nothing.
    const bool fresh = status.status.isEmpty() && status.buildName.isEmpty();
    if (fresh) {
        stepDone(Step::Status, true, tr("the server is freshly started"));
        return;
    }
    QString state;
    if (!status.status.isEmpty() && !status.buildName.isEmpty())
        state = tr("its status is \"%1\" and it has built %2").arg(status.status, status.buildName);
    else if (!status.buildName.isEmpty())
        state = tr("it has built %1").arg(status.buildName);
    else
        state = tr("its status is \"%1\"").arg(status.status);
    stepDone(Step::Status, false,
             tr("This server is not freshly started: %1. Importing a state image would replace its "
                "keys and build history; start a new server for the recovery (to overwrite this "
                "one on purpose, use sbsctl post-state-image).")
                 .arg(state));
}

void RecoveryFlow::onAnswer(Step step, const api::Reply<QString>& reply, const QString& expected,
                            const QString& advice)
{
    m_pending = nullptr;
    if (!reply) {
        stepDone(step, false, reply.error(), advice);
        return;
    }
    const QString& answer = reply.result.value();
    // A build's answer says more after the "OK" ("OK: async build started").
    const bool ok = step == Step::Build ? answer.startsWith(expected) : answer == expected;
    if (!ok) {
        stepDone(step, false, tr("the server answered \"%1\", not \"%2\"").arg(answer, expected), advice);
        return;
    }
    stepDone(step, true, answer);
}

void RecoveryFlow::stepDone(Step step, bool ok, const QString& text, const QString& advice)
{
    const int token = m_token;
    Q_EMIT stepFinished(step, ok, text);
    if (token != m_token)
        return; // a receiver cancelled
    if (!ok) {
        QString message = tr("The recovery stopped at \"%1\": %2").arg(titleOf(step), text);
        if (!message.endsWith(QLatin1Char('.')))
            message += QLatin1Char('.');
        if (!advice.isEmpty())
            message += QLatin1Char(' ') + advice;
        end(false, message);
        return;
    }
    const Step last = m_withBuild ? Step::Build : Step::Update;
    if (step == last) {
        end(true,
            m_withBuild
                ? tr("The state image was imported and the configuration sent; the build has started.")
                : tr("The state image was imported and the configuration sent; start a build when you "
                     "are ready."));
        return;
    }
    runStep(Step(int(step) + 1));
}

void RecoveryFlow::end(bool succeeded, const QString& message)
{
    m_running = false;
    m_pending = nullptr;
    if (m_session)
        m_session->poller()->pollNow();
    Q_EMIT finished(succeeded, message);
}

} // namespace sbs::models
