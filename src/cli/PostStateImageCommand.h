#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sbs::cli {

class PostStateImageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PostStateImageCommand)

public:
    QString name() const override { return QStringLiteral("post-state-image"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;
};

} // namespace sbs::cli
