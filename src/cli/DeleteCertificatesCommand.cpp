#include "DeleteCertificatesCommand.h"

#include "CommandContext.h"
#include "CommonOptions.h"
#include "ExitCode.h"
#include "pki/CertificateManager.h"

namespace sbs::cli {

QString DeleteCertificatesCommand::name() const
{
    return QStringLiteral("delete-certificates");
}

QString DeleteCertificatesCommand::summary() const
{
    return tr("Delete the default-layout certificate file .<CONTAINER_NAME>-<UUID> and its .d folder.");
}

QList<QCommandLineOption> DeleteCertificatesCommand::options() const
{
    return {};
}

int DeleteCertificatesCommand::run(CommandContext& context)
{
    Console& console = context.console();
    if (!context.succeeded(context.loadConfig()))
        return Failure;
    const bool namesOwnFile = context.isSet(CommonOptions::ClientCrtKey)
        || !context.config().string(QStringLiteral("CLIENT_CRT_KEY")).trimmed().isEmpty();
    if (!namesOwnFile && context.config().string(QStringLiteral("UUID")).trimmed().isEmpty()) {
        console.print(tr("Nothing to delete: %1 has no UUID, so there are no default certificate files.")
                          .arg(context.configPath()));
        return Success;
    }
    const Result<pki::CertificateLayout> layout = context.layout();
    if (!context.succeeded(layout))
        return Failure;
    const Result<pki::CertificateReport> report
        = pki::CertificateManager(layout.value()).deleteCertificates();
    if (!context.succeeded(report))
        return Failure;
    context.printReport(report.value());
    return Success;
}

} // namespace sbs::cli
