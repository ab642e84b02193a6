#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sbs::cli {

class CreateServerCertCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CreateServerCertCommand)

public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;
};

} // namespace sbs::cli
