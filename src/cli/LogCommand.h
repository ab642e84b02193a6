#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sbs::cli {

class LogCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LogCommand)

public:
    QString name() const override { return QStringLiteral("log"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;
};

} // namespace sbs::cli
