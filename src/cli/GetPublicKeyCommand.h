#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sbs::cli {

class GetPublicKeyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GetPublicKeyCommand)

public:
    QString name() const override { return QStringLiteral("get-publickey"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;
};

} // namespace sbs::cli
