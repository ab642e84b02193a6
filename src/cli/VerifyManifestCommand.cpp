#include "VerifyManifestCommand.h"

#include "CommandContext.h"
#include "ExitCode.h"
#include "ManifestCheck.h"
#include "config/ConfigRules.h"
#include "pki/PemFile.h"

namespace sbs::cli {

namespace {

constexpr const char* PublicKey = "public-key";
constexpr const char* VerifyTest = "verify-test";

} // namespace

QString VerifyManifestCommand::summary() const
{
    return tr("Verify a downloaded manifest with its public key, offline (no --env needed).");
}

QList<QCommandLineOption> VerifyManifestCommand::options() const
{
    return {
        QCommandLineOption(QString::fromLatin1(PublicKey),
                           tr("The manifest's public key (manifest.<build_name>-public.pem)."), tr("PEM")),
        QCommandLineOption(
            QString::fromLatin1(VerifyTest),
            tr("Also check that a modified copy of the manifest fails verification (in memory).")),
    };
}

int VerifyManifestCommand::run(CommandContext& context)
{
    const QString keyFile = context.value(PublicKey).trimmed();
    if (keyFile.isEmpty()) {
        context.console().error(
            tr("verify-manifest needs --public-key PEM, the key saved by get-publickey."));
        return UsageError;
    }
    const Result<QByteArray> pem
        = pki::PemFile::read(config::resolvePath(keyFile, context.workDir()), tr("manifest public key"));
    if (!context.succeeded(pem))
        return Failure;
    return ManifestCheck::run(context.console(),
                              config::resolvePath(context.arguments().value(0), context.workDir()),
                              pem.value(), context.isSet(VerifyTest));
}

} // namespace sbs::cli
