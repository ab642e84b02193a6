#include "GetSignedImageKeyCommand.h"

#include "ExitCode.h"
#include "RemoteSession.h"

namespace sbs::cli {

QString GetSignedImageKeyCommand::summary() const
{
    return tr(
        "Download the public key of the image signatures as <repository>-public.key (base64 unless the push "
        "server is docker.io), for the contract's images section.");
}

QList<QCommandLineOption> GetSignedImageKeyCommand::options() const
{
    return {};
}

int GetSignedImageKeyCommand::run(CommandContext& context)
{
    RemoteSession session(context);
    if (!session.open())
        return Failure;
    const std::optional<api::SignedImageKey> key
        = session.call<api::SignedImageKey>([&](QObject* c, api::Handler<api::SignedImageKey> done) {
              return session.client().signedImagePublicKey(c, done);
          });
    if (!key)
        return Failure;
    const QString pushServer = context.config().string(QStringLiteral("DOCKER_PUSH_SERVER"));
    return session.saveNew(key->fileName(), key->fileContent(pushServer), tr("the signed image's public key"))
               .isEmpty()
        ? Failure
        : Success;
}

} // namespace sbs::cli
