#pragma once

#include "Command.h"
#include "Result.h"
#include "contract/InstanceEnv.h"
#include "pki/CertificateLayout.h"

#include <QCoreApplication>

namespace sbs::cli {

class InstanceEnvCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InstanceEnvCommand)

public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;

    // --pgp-public-key FILE and --plain-server-key, shared with renew-certs.
    static QList<QCommandLineOption> envOptions();
    // The instance-env options from the command line and the configuration; checked.
    static Result<contract::InstanceEnv::Options> envSettings(CommandContext& context);
    // Builds the env values and prints them (YAML, or -e KEY=value for classic); warnings and
    // the plain-key warning go to stderr. Returns an ExitCode.
    static int printEnv(CommandContext& context, const pki::CertificateLayout& layout,
                        const contract::InstanceEnv::Options& options);
};

} // namespace sbs::cli
