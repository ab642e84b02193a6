#pragma once

#include "CommandTable.h"
#include "Console.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sbs::cli {

// sbsctl: parses `sbsctl <command> --env FILE [options]` and runs the command from the table.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    explicit CliApplication(Console& console);

    // arguments as QCoreApplication::arguments(); workDir is where the certificate files are.
    // Returns the process exit status.
    int run(const QStringList& arguments, const QString& workDir);

private:
    QString helpText(const QString& options) const;

    Console& m_console;
    CommandTable m_table;
};

} // namespace sbs::cli
