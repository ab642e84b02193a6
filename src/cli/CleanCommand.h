#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sbs::cli {

class CleanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CleanCommand)

public:
    QString name() const override { return QStringLiteral("clean"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;
};

} // namespace sbs::cli
