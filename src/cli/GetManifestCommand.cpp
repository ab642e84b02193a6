#include "GetManifestCommand.h"

#include "ExitCode.h"
#include "ManifestCheck.h"
#include "RemoteOptions.h"
#include "RemoteSession.h"

namespace sbs::cli {

namespace {

constexpr const char* VerifyManifest = "verify-manifest";
constexpr const char* VerifyTest = "verify-test";

} // namespace

QString GetManifestCommand::summary() const
{
    return tr(
        "Download the signed manifest of a build as <manifest_name>.sig.tbz; --verify-manifest checks its "
        "signature.");
}

QList<QCommandLineOption> GetManifestCommand::options() const
{
    return {
        QCommandLineOption(QString::fromLatin1(VerifyManifest),
                           tr("Also download the build's public key and verify the manifest's signature.")),
        QCommandLineOption(
            QString::fromLatin1(VerifyTest),
            tr("Also check that a modified copy of the manifest fails verification (in memory).")),
        RemoteOptions::buildName(),
    };
}

int GetManifestCommand::run(CommandContext& context)
{
    RemoteSession session(context);
    if (!session.open())
        return Failure;
    const QString buildName = context.value(RemoteOptions::BuildName).trimmed();
    const std::optional<api::ManifestDownload> manifest
        = session.call<api::ManifestDownload>([&](QObject* c, api::Handler<api::ManifestDownload> done) {
              return session.client().manifest(buildName, c, done);
          });
    if (!manifest)
        return Failure;
    const QString path = session.saveNew(manifest->fileName(), manifest->archive, tr("the manifest"));
    if (path.isEmpty())
        return Failure;
    if (!context.isSet(VerifyManifest) && !context.isSet(VerifyTest))
        return Success;

    // The key of the build the manifest belongs to, which is the asked one or the latest.
    const QString manifestBuild = manifest->manifestName.startsWith(QLatin1String("manifest."))
        ? manifest->manifestName.mid(9)
        : buildName;
    const std::optional<api::ManifestPublicKey> key
        = session.call<api::ManifestPublicKey>([&](QObject* c, api::Handler<api::ManifestPublicKey> done) {
              return session.client().publicKey(manifestBuild, c, done);
          });
    if (!key)
        return Failure;
    const QByteArray pem = key->publicKeyPem.toUtf8();
    if (session.saveNew(key->fileName(), pem, tr("the manifest's public key")).isEmpty())
        return Failure;
    return ManifestCheck::run(context.console(), path, pem, context.isSet(VerifyTest));
}

} // namespace sbs::cli
