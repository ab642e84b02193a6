#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace sbs::cli {

class CommandContext;

// One sbsctl command (create-client-cert, instance-env, and later init, build, status, ...).
// A command names the options it adds to the common ones; as in the reference client, every
// option is accepted on every command line and each command reads the ones it uses.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for --help, translated
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Whether the command needs --env FILE (all but the offline ones do).
    virtual bool needsConfig() const { return true; }
    // The positional arguments after the command name, for --help ("FILE"); empty for none.
    virtual QString positionalSyntax() const { return QString(); }
    // Returns an ExitCode.
    virtual int run(CommandContext& context) = 0;
};

} // namespace sbs::cli
