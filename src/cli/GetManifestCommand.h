#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sbs::cli {

class GetManifestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GetManifestCommand)

public:
    QString name() const override { return QStringLiteral("get-manifest"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;
};

} // namespace sbs::cli
