#include "GetPublicKeyCommand.h"

#include "ExitCode.h"
#include "RemoteOptions.h"
#include "RemoteSession.h"

namespace sbs::cli {

QString GetPublicKeyCommand::summary() const
{
    return tr(
        "Download the public key that verifies a build's manifest, as manifest.<build_name>-public.pem.");
}

QList<QCommandLineOption> GetPublicKeyCommand::options() const
{
    return { RemoteOptions::buildName() };
}

int GetPublicKeyCommand::run(CommandContext& context)
{
    RemoteSession session(context);
    if (!session.open())
        return Failure;
    const QString buildName = context.value(RemoteOptions::BuildName).trimmed();
    const std::optional<api::ManifestPublicKey> key
        = session.call<api::ManifestPublicKey>([&](QObject* c, api::Handler<api::ManifestPublicKey> done) {
              return session.client().publicKey(buildName, c, done);
          });
    if (!key)
        return Failure;
    return session.saveNew(key->fileName(), key->publicKeyPem.toUtf8(), tr("the manifest's public key"))
               .isEmpty()
        ? Failure
        : Success;
}

} // namespace sbs::cli
