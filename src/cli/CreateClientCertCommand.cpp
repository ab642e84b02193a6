#include "CreateClientCertCommand.h"

#include "CommandContext.h"
#include "CommonOptions.h"
#include "ExitCode.h"
#include "config/ConfigRules.h"
#include "pki/CertificateManager.h"

namespace sbs::cli {

QString CreateClientCertCommand::name() const
{
    return QStringLiteral("create-client-cert");
}

QString CreateClientCertCommand::summary() const
{
    return tr(
        "Create the client CA and client certificate (or, in own-CA mode, a client certificate from your "
        "CA); adds UUID and SECRET to the configuration.");
}

QList<QCommandLineOption> CreateClientCertCommand::options() const
{
    return { CommonOptions::keyType() };
}

int CreateClientCertCommand::run(CommandContext& context)
{
    Console& console = context.console();
    if (!context.succeeded(context.loadConfig()))
        return Failure;
    const Result<pki::KeyType> keyType = context.keyType();
    if (!context.succeeded(keyType))
        return UsageError;
    // As the reference client does, a configuration without RUNTIME_TYPE, UUID or SECRET gets
    // them now; the UUID names the certificate files.
    const QStringList added = config::fillDefaults(context.config());
    const Result<pki::CertificateLayout> layout = context.layout();
    if (!context.succeeded(layout))
        return Failure;
    console.detail(1, tr("Certificate files: %1 and %2").arg(layout->clientCrtKeyPath(), layout->certDir()));

    // Everything is generated and checked before the configuration or any file is written.
    Result<pki::CertificatePlan> plan
        = pki::CertificateManager(layout.value()).planClientCertificates(keyType.value());
    if (!context.succeeded(plan))
        return Failure;
    if (!added.isEmpty()) {
        const Status saved = context.saveConfig(added);
        if (!context.succeeded(saved))
            return Failure;
    }
    const Result<pki::CertificateReport> report = plan.value().commit();
    if (!context.succeeded(report))
        return Failure;
    context.printReport(report.value());
    return Success;
}

} // namespace sbs::cli
