#include "InstanceEnvCommand.h"

#include "CommandContext.h"
#include "CommonOptions.h"
#include "ExitCode.h"
#include "pki/OpenPgpEncryptor.h"
#include "pki/PemFile.h"

namespace sbs::cli {

namespace {

constexpr const char* PgpPublicKey = "pgp-public-key";
constexpr const char* PlainServerKey = "plain-server-key";

} // namespace

QString InstanceEnvCommand::name() const
{
    return QStringLiteral("instance-env");
}

QString InstanceEnvCommand::summary() const
{
    return tr("Print CLIENT_CRT, CLIENT_CA, SERVER_CRT and SERVER_KEY for the env section of the contract.");
}

QList<QCommandLineOption> InstanceEnvCommand::options() const
{
    return envOptions();
}

QList<QCommandLineOption> InstanceEnvCommand::envOptions()
{
    return {
        QCommandLineOption(QString::fromLatin1(PgpPublicKey),
                           tr("The platform's OpenPGP public key that SERVER_KEY is encrypted to (overrides "
                              "HPVS_PUBLIC_KEY_FILE)."),
                           tr("FILE")),
        QCommandLineOption(QString::fromLatin1(PlainServerKey),
                           tr("Print SERVER_KEY unencrypted, for a local sbs-server only.")),
    };
}

Result<contract::InstanceEnv::Options> InstanceEnvCommand::envSettings(CommandContext& context)
{
    using R = Result<contract::InstanceEnv::Options>;
    contract::InstanceEnv::Options options;
    options.plainServerKey = context.isSet(PlainServerKey);
    options.pgpPublicKeyPath
        = contract::InstanceEnv::pgpKeyPath(context.config(), context.workDir(), context.value(PgpPublicKey));
    const Status usable = contract::InstanceEnv::checkOptions(options, context.configPath());
    if (!usable)
        return R::fail(usable.error());
    if (!options.plainServerKey) {
        // Read and judge the key now, so that a wrong file stops a command before it changes
        // anything.
        const Result<QByteArray> key
            = pki::PemFile::read(options.pgpPublicKeyPath, tr("OpenPGP public key (HPVS_PUBLIC_KEY_FILE)"));
        if (!key)
            return R::fail(key.error());
        const auto kind = pki::OpenPgpEncryptor::classify(key.value());
        if (kind == pki::OpenPgpEncryptor::KeyDataKind::SecretKey)
            return R::fail(
                tr("%1 is an OpenPGP secret key export; give the platform's public key instead (never "
                   "hand out a secret key).")
                    .arg(options.pgpPublicKeyPath));
        if (kind == pki::OpenPgpEncryptor::KeyDataKind::NotOpenPgp)
            return R::fail(
                tr("%1 is not an OpenPGP public key; give the platform's public key file (armoured or "
                   "binary).")
                    .arg(options.pgpPublicKeyPath));
    }
    return R::ok(options);
}

int InstanceEnvCommand::printEnv(CommandContext& context, const pki::CertificateLayout& layout,
                                 const contract::InstanceEnv::Options& options)
{
    Console& console = context.console();
    const Result<contract::InstanceEnv> env = contract::InstanceEnv::build(layout, options);
    if (!context.succeeded(env))
        return Failure;
    if (options.plainServerKey)
        console.warning(
            tr("SERVER_KEY is not encrypted: use these values only for a local sbs-server, never in a "
               "contract or anywhere they could be read."));
    for (const QString& warning : env->warnings())
        console.warning(warning);
    console.print(env->format(context.config().string(QStringLiteral("RUNTIME_TYPE"))));
    return Success;
}

int InstanceEnvCommand::run(CommandContext& context)
{
    if (!context.succeeded(context.loadConfig()))
        return Failure;
    const Result<pki::CertificateLayout> layout = context.layout();
    if (!context.succeeded(layout))
        return Failure;
    const Result<contract::InstanceEnv::Options> options = envSettings(context);
    if (!context.succeeded(options))
        return Failure;
    return printEnv(context, layout.value(), options.value());
}

} // namespace sbs::cli
