#pragma once

#include "CommandContext.h"
#include "api/SbsClient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace sbs::cli {

// What every remote command does around its call: read the configuration and the certificate
// layout, set up SbsClient for HOSTNAME:CICD_PORT with mutual TLS, run calls to their end,
// print errors, and save downloads in the working folder without replacing a file.
class RemoteSession
{
    Q_DECLARE_TR_FUNCTIONS(RemoteSession)

public:
    explicit RemoteSession(CommandContext& context);

    // Loads --env and sets up the client. Prints the error and returns false on failure.
    bool open();
    // Skips checking the server's certificate (status --noverify).
    void skipServerVerification();

    api::SbsClient& client() { return m_client; }
    CommandContext& context() { return m_context; }

    // Runs one call to its end; prints the error and returns nothing on failure.
    template<typename T>
    std::optional<T> call(const std::function<api::PendingCall*(QObject*, api::Handler<T>)>& start)
    {
        api::Reply<T> reply = api::waitFor<T>(start);
        if (!reply) {
            m_context.console().error(reply.error());
            return std::nullopt;
        }
        return reply.result.take();
    }
    // The same, handing back the reply with its error kind, printing nothing.
    template<typename T>
    api::Reply<T> tryCall(const std::function<api::PendingCall*(QObject*, api::Handler<T>)>& start)
    {
        return api::waitFor<T>(start);
    }

    // The init/update body from the configuration (PROTOCOL.md §3). First adds what the
    // reference adds on first use (RUNTIME_TYPE, UUID, SECRET) and saves the configuration if
    // anything was added. Prints the error and returns nothing on failure.
    std::optional<QJsonObject> configBody(const std::optional<QString>& newSecret = std::nullopt);

    // Prints "<command>: response=<the answer as indented JSON>", as the reference logs it.
    void printResponse(const QString& command, const QJsonObject& json);
    // Prints an action's status answer and says whether it is the expected one.
    bool printStatus(const QString& command, const QString& status, const QString& expectedPrefix);

    // Saves bytes as fileName in the working folder; never replaces a file. Prints what it did.
    // Returns the path, or an empty string after printing the error.
    QString saveNew(const QString& fileName, const QByteArray& bytes, const QString& what,
                    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                        | QFileDevice::ReadGroup | QFileDevice::ReadOther);

    // Seconds between polls for --wait and --follow (--interval, default 5).
    int pollIntervalMs() const;
    // Waits pollIntervalMs() with the event loop running.
    void pause() const;
    // Polls in a row that may fail (a server restarting, a network hiccup) before --wait and
    // --follow give up.
    static constexpr int MaxFailedPolls = 5;

private:
    CommandContext& m_context;
    api::SbsClient m_client;
};

} // namespace sbs::cli
