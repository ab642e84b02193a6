#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sbs::cli {

class BuildCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BuildCommand)

public:
    QString name() const override { return QStringLiteral("build"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;
};

} // namespace sbs::cli
