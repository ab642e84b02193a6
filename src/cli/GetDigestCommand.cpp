#include "GetDigestCommand.h"

#include "ExitCode.h"
#include "RemoteSession.h"

namespace sbs::cli {

QString GetDigestCommand::summary() const
{
    return tr(
        "Print the built image by digest (registry/namespace/repository@sha256:…), for docker-compose.yml.");
}

QList<QCommandLineOption> GetDigestCommand::options() const
{
    return {};
}

int GetDigestCommand::run(CommandContext& context)
{
    RemoteSession session(context);
    if (!session.open())
        return Failure;
    const std::optional<QString> digest = session.call<QString>(
        [&](QObject* c, api::Handler<QString> done) { return session.client().imageDigest(c, done); });
    if (!digest)
        return Failure;
    context.console().print(QStringLiteral("Digest value of the built image: %1").arg(*digest));
    return Success;
}

} // namespace sbs::cli
