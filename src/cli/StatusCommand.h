#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sbs::cli {

class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;
};

} // namespace sbs::cli
