#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sbs::cli {

class GetSignedImageKeyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GetSignedImageKeyCommand)

public:
    QString name() const override { return QStringLiteral("get-signed-image-publickey"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;
};

} // namespace sbs::cli
