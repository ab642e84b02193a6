#include "InitCommand.h"

#include "ExitCode.h"
#include "RemoteSession.h"

namespace sbs::cli {

QString InitCommand::summary() const
{
    return tr("Send the build configuration to the server (the first time).");
}

QList<QCommandLineOption> InitCommand::options() const
{
    return {};
}

int InitCommand::run(CommandContext& context)
{
    RemoteSession session(context);
    if (!session.open())
        return Failure;
    const std::optional<QJsonObject> body = session.configBody();
    if (!body)
        return Failure;
    const std::optional<QString> status = session.call<QString>(
        [&](QObject* c, api::Handler<QString> done) { return session.client().init(*body, c, done); });
    if (!status)
        return Failure;
    return session.printStatus(name(), *status, QStringLiteral("OK")) ? Success : Failure;
}

} // namespace sbs::cli
