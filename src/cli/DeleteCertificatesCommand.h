#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace sbs::cli {

class DeleteCertificatesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCertificatesCommand)

public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext& context) override;
};

} // namespace sbs::cli
