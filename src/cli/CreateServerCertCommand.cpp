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
    if (!context.succeeded(context.loadConfig()))
        return Failure;
    const Result<pki::KeyType> keyType = context.keyType();
    if (!context.succeeded(keyType))
        return UsageError;
    const Result<pki::CertificateLayout> layout = context.layout();
    if (!context.succeeded(layout))
        return Failure;
    const QString hostname = context.config().string(QStringLiteral("HOSTNAME"));
    const Result<pki::CertificateReport> report
        = pki::CertificateManager(layout.value())
              .createServerCertificate(hostname, keyType.value(), context.isSet(CommonOptions::Force));
    if (!context.succeeded(report))
        return Failure;
    context.printReport(report.value());
    return Success;
}

} // namespace sbs::cli
