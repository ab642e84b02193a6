#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sbs::cli {

class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;
};

} // namespace sbs::cli
