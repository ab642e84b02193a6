#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sbs::cli {

class VerifyManifestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyManifestCommand)

public:
    QString name() const override { return QStringLiteral("verify-manifest"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;
    bool needsConfig() const override { return false; }
    QString positionalSyntax() const override { return QStringLiteral("FILE"); }
};

} // namespace sbs::cli
