#include "BuildCommand.h"

#include "ExitCode.h"
#include "RemoteSession.h"

namespace sbs::cli {

QString BuildCommand::summary() const
{
    return tr("Start a build on the server; follow it with status --wait or log --follow.");
}

QList<QCommandLineOption> BuildCommand::options() const
{
    return {};
}

int BuildCommand::run(CommandContext& context)
{
    RemoteSession session(context);
    if (!session.open())
        return Failure;
    const std::optional<QString> status = session.call<QString>(
        [&](QObject* c, api::Handler<QString> done) { return session.client().build(c, done); });
    if (!status)
        return Failure;
    return session.printStatus(name(), *status, QStringLiteral("OK")) ? Success : Failure;
}

} // namespace sbs::cli
