#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sbs::cli {

class GetDigestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GetDigestCommand)

public:
    QString name() const override { return QStringLiteral("get-digest"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;
};

} // namespace sbs::cli
