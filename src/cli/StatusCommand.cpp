#include "StatusCommand.h"

#include "ExitCode.h"
#include "RemoteOptions.h"
#include "RemoteSession.h"

namespace sbs::cli {

namespace {

constexpr const char* NoVerify = "noverify";
constexpr const char* Wait = "wait";

} // namespace

QString StatusCommand::summary() const
{
    return tr("Show the server's build status; --wait polls until the build succeeded or failed.");
}

QList<QCommandLineOption> StatusCommand::options() const
{
    return {
        QCommandLineOption(
            QString::fromLatin1(NoVerify),
            tr("Do not check the server's certificate (only to diagnose a certificate problem).")),
        QCommandLineOption(QString::fromLatin1(Wait),
                           tr("Poll until the build succeeded (exit status 0) or failed (exit status 1).")),
        RemoteOptions::interval(),
    };
}

int StatusCommand::run(CommandContext& context)
{
    RemoteSession session(context);
    if (!session.open())
        return Failure;
    if (context.isSet(NoVerify))
        session.skipServerVerification();
    auto poll = [&] {
        return session.tryCall<api::ServerStatus>([&](QObject* c, api::Handler<api::ServerStatus> done) {
            return session.client().status(c, done);
        });
    };

    if (!context.isSet(Wait)) {
        const api::Reply<api::ServerStatus> reply = poll();
        if (!reply) {
            context.console().error(reply.error());
            return Failure;
        }
        session.printResponse(name(), reply.result->json);
        return Success;
    }

    using Phase = api::ServerStatus::Phase;
    QString shown;
    int failedPolls = 0;
    for (;;) {
        const api::Reply<api::ServerStatus> reply = poll();
        if (!reply) {
            // Errors that no retry fixes end the wait at once.
            if (!api::isUnreachable(reply.kind) && reply.kind != api::ErrorKind::ConnectionDropped) {
                context.console().error(reply.error());
                return Failure;
            }
            if (++failedPolls >= RemoteSession::MaxFailedPolls) {
                context.console().error(
                    tr("%1 (%2 polls in a row failed; stopped waiting)").arg(reply.error()).arg(failedPolls));
                return Failure;
            }
            context.console().warning(reply.error());
            session.pause();
            continue;
        }
        failedPolls = 0;
        const api::ServerStatus& status = reply.result.value();
        if (status.status != shown) {
            shown = status.status;
            context.console().note(
                tr("status: %1").arg(shown.isEmpty() ? tr("(empty: not initialized)") : shown));
        }
        switch (status.phase()) {
        case Phase::Succeeded:
            session.printResponse(name(), status.json);
            return Success;
        case Phase::Failed:
            session.printResponse(name(), status.json);
            context.console().error(tr("the build failed (exit code %1) at: %2; see log --log build.")
                                        .arg(status.failedExitCode())
                                        .arg(status.failedCommand()));
            return Failure;
        case Phase::NotInitialized:
            session.printResponse(name(), status.json);
            context.console().error(
                tr("the server is not initialized, so no build will come: run init, then build."));
            return Failure;
        case Phase::Restarted:
            session.printResponse(name(), status.json);
            context.console().error(
                tr("the build service was restarted (clean), so no build is running: run build."));
            return Failure;
        case Phase::Running:
        case Phase::Unknown:
            break;
        }
        session.pause();
    }
}

} // namespace sbs::cli
