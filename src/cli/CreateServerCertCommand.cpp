#include "CreateServerCertCommand.h"

#include "CommandContext.h"
#include "CommonOptions.h"
#include "ExitCode.h"
#include "pki/CertificateManager.h"

namespace sbs::cli {

QString CreateServerCertCommand::name() const
{
    return QStringLiteral("create-server-cert");
}

QString CreateServerCertCommand::summary() const
{
    return tr(
        "Create the server key and certificate for HOSTNAME, signed by the client CA; an existing one for "
        "the same host is kept.");
}

QList<QCommandLineOption> CreateServerCertCommand::options() const
{
    return { CommonOptions::keyType(), CommonOptions::force() };
}

int CreateServerCertCommand::run(CommandContext& context)
{
    Console& console = context.console();
    const Status loaded = context.loadConfig();
    if (!loaded) {
        console.error(loaded.error());
        return Failure;
    }
    const Result<pki::KeyType> keyType = context.keyType();
    if (!keyType) {
        console.error(keyType.error());
        return UsageError;
    }
    const Result<pki::CertificateLayout> layout = context.layout();
    if (!layout) {
        console.error(layout.error());
        return Failure;
    }
    const QString hostname = context.config().string(QStringLiteral("HOSTNAME"));
    const Result<pki::CertificateReport> report
        = pki::CertificateManager(layout.value())
              .createServerCertificate(hostname, keyType.value(), context.isSet(CommonOptions::Force));
    if (!report) {
        console.error(report.error());
        return Failure;
    }
    context.printReport(report.value());
    return Success;
}

} // namespace sbs::cli
