#include "RenewCertsCommand.h"

#include "CommandContext.h"
#include "CommonOptions.h"
#include "ExitCode.h"
#include "InstanceEnvCommand.h"
#include "pki/CertificateRenewal.h"

namespace sbs::cli {

namespace {

constexpr const char* Days = "days";

} // namespace

QString RenewCertsCommand::name() const
{
    return QStringLiteral("renew-certs");
}

QString RenewCertsCommand::summary() const
{
    return tr("Renew client and server certificates that expire within --days (default %1) from the same CA, "
              "back up the old files and print the new instance env.")
        .arg(pki::CertificateRenewal::DefaultDays);
}

QList<QCommandLineOption> RenewCertsCommand::options() const
{
    QList<QCommandLineOption> result = {
        QCommandLineOption(QString::fromLatin1(Days),
                           tr("Renew certificates that expire within N days (default %1).")
                               .arg(pki::CertificateRenewal::DefaultDays),
                           tr("N")),
        CommonOptions::keyType(),
        CommonOptions::force(),
    };
    result << InstanceEnvCommand::envOptions();
    return result;
}

int RenewCertsCommand::run(CommandContext& context)
{
    Console& console = context.console();
    if (!context.succeeded(context.loadConfig()))
        return Failure;
    pki::CertificateRenewal::Options options;
    if (context.isSet(Days)) {
        bool ok = false;
        options.days = context.value(Days).toInt(&ok);
        if (!ok || options.days < 0) {
            console.error(tr("--days %1 is not a number of days; give a whole number such as 30.")
                              .arg(context.value(Days)));
            return UsageError;
        }
    }
    if (context.isSet(CommonOptions::KeyType)) {
        const Result<pki::KeyType> keyType = context.keyType();
        if (!context.succeeded(keyType))
            return UsageError;
        options.keyType = keyType.value();
    }
    options.force = context.isSet(CommonOptions::Force);
    options.hostname = context.config().string(QStringLiteral("HOSTNAME"));

    const Result<pki::CertificateLayout> layout = context.layout();
    if (!context.succeeded(layout))
        return Failure;
    Result<pki::CertificatePlan> plan = pki::CertificateRenewal::plan(layout.value(), options);
    if (!context.succeeded(plan))
        return Failure;
    if (plan->report().outcome == pki::CertificateReport::Outcome::NothingToDo) {
        context.printReport(plan->report());
        return Success;
    }
    // The new env is printed after renewing, so its settings are checked before anything changes.
    const Result<contract::InstanceEnv::Options> envOptions = InstanceEnvCommand::envSettings(context);
    if (!context.succeeded(envOptions))
        return Failure;
    const Result<pki::CertificateReport> report = plan.value().commit();
    if (!context.succeeded(report))
        return Failure;
    // stdout carries the new env values alone, so that it can be redirected into a file.
    context.printReport(report.value(), true);
    console.note(tr("The new values for the env section of the contract follow on standard output."));
    return InstanceEnvCommand::printEnv(context, layout.value(), envOptions.value());
}

} // namespace sbs::cli
