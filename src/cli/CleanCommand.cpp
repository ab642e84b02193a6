#include "CleanCommand.h"

#include "ExitCode.h"
#include "RemoteSession.h"

namespace sbs::cli {

QString CleanCommand::summary() const
{
    return tr("Stop a running build and reset the build service; status then says \"restarted cicd\".");
}

QList<QCommandLineOption> CleanCommand::options() const
{
    return {};
}

int CleanCommand::run(CommandContext& context)
{
    RemoteSession session(context);
    if (!session.open())
        return Failure;
    const std::optional<QString> status = session.call<QString>(
        [&](QObject* c, api::Handler<QString> done) { return session.client().clean(c, done); });
    if (!status)
        return Failure;
    session.printResponse(name(), QJsonObject { { QStringLiteral("status"), *status } });
    return Success;
}

} // namespace sbs::cli
