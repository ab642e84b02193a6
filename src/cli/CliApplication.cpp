#include "CliApplication.h"

#include "CommandContext.h"
#include "CommonOptions.h"
#include "ExitCode.h"

#include <QCommandLineParser>

namespace sbs::cli {

CliApplication::CliApplication(Console& console)
    : m_console(console)
{ }

QString CliApplication::helpText(const QString& options) const
{
    QString text
        = tr("Usage: sbsctl <command> --env FILE [options]\n\n"
             "Works with a Secure Build Server from the command line, with the commands and options of "
             "the reference client build.py. Certificate files live in the current folder.\n\n"
             "Commands:\n");
    int width = 0;
    for (const auto& command : m_table.commands())
        width = qMax(
            width, int((command->name() + QLatin1Char(' ') + command->positionalSyntax()).trimmed().size()));
    for (const auto& command : m_table.commands())
        text += QStringLiteral("  %1  %2\n")
                    .arg((command->name() + QLatin1Char(' ') + command->positionalSyntax())
                             .trimmed()
                             .leftJustified(width),
                         command->summary());
    // QCommandLineParser's own text starts with its usage line; keep only the options part.
    const qsizetype optionsStart = options.indexOf(QLatin1String("Options:"));
    text += QLatin1Char('\n') + (optionsStart >= 0 ? options.mid(optionsStart) : options);
    return text;
}

int CliApplication::run(const QStringList& arguments, const QString& workDir)
{
    QCommandLineParser parser;
    // -vv counts twice, as with the reference client.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."), tr("<command>"));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOptions(CommonOptions::common());
    QStringList known;
    for (const auto& command : m_table.commands()) {
        for (const QCommandLineOption& option : command->options()) {
            // Several commands share an option (--key-type, --force): it is added once.
            if (known.contains(option.names().first()))
                continue;
            known << option.names();
            parser.addOption(option);
        }
    }

    if (!parser.parse(arguments)) {
        QString reason = parser.errorText();
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        m_console.error(tr("%1; run sbsctl --help for the usage.").arg(reason));
        return UsageError;
    }
    if (parser.isSet(help)) {
        m_console.print(helpText(parser.helpText()));
        return Success;
    }
    if (parser.isSet(version)) {
        m_console.print(QStringLiteral("sbsctl %1").arg(QStringLiteral(SBS_VERSION)));
        return Success;
    }

    int verbosity = 0;
    for (const QString& name : parser.optionNames()) {
        if (name == QLatin1String("v") || name == QLatin1String(CommonOptions::Verbose))
            ++verbosity;
    }
    m_console.setVerbosity(verbosity);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        m_console.error(tr("no command given; run sbsctl --help for the list of commands."));
        return UsageError;
    }
    Command* command = m_table.find(positional.first());
    if (!command) {
        m_console.error(tr("unknown command \"%1\"; run sbsctl --help for the list of commands.")
                            .arg(positional.first()));
        return UsageError;
    }
    const bool takesArgument = !command->positionalSyntax().isEmpty();
    if (positional.size() > (takesArgument ? 2 : 1)) {
        m_console.error(tr("one command at a time, but %1 were given (%2); run sbsctl --help for the usage.")
                            .arg(positional.size())
                            .arg(positional.join(QLatin1Char(' '))));
        return UsageError;
    }
    if (takesArgument && positional.size() < 2) {
        m_console.error(tr("%1 needs %2; run sbsctl --help for the usage.")
                            .arg(command->name(), command->positionalSyntax()));
        return UsageError;
    }
    if (command->needsConfig() && parser.value(QString::fromLatin1(CommonOptions::Env)).trimmed().isEmpty()) {
        m_console.error(tr("%1 needs --env FILE, the sbs-config.json to use.").arg(command->name()));
        return UsageError;
    }
    CommandContext context(parser, m_console, workDir);
    return command->run(context);
}

} // namespace sbs::cli
