#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sbs::cli {

class UpdateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UpdateCommand)

public:
    QString name() const override { return QStringLiteral("update"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;
};

} // namespace sbs::cli
