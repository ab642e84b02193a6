#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sbs::cli {

class GetStateImageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GetStateImageCommand)

public:
    QString name() const override { return QStringLiteral("get-state-image"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;
};

} // namespace sbs::cli
