#pragma once

#include "Console.h"
#include "Result.h"
#include "config/ConfigDocument.h"
#include "pki/CertificateLayout.h"
#include "pki/CertificateReport.h"
#include "pki/KeyType.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sbs::cli {

// What a command works with: the parsed command line, the console, the configuration named
// by --env and the working folder (the current directory, as for the reference client).
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    CommandContext(const QCommandLineParser& parser, Console& console, QString workDir);

    const QCommandLineParser& parser() const { return m_parser; }
    // The positional arguments after the command name.
    QStringList arguments() const;
    Console& console() { return m_console; }
    const QString& workDir() const { return m_workDir; }

    // Whether result holds a value; prints its error when it does not.
    template<typename T> bool succeeded(const Result<T>& result)
    {
        if (!result)
            m_console.error(result.error());
        return bool(result);
    }

    bool isSet(const char* option) const;
    QString value(const char* option) const;

    // Reads the --env file. Fails when --env is missing or the file cannot be read or parsed.
    Status loadConfig();
    const QString& configPath() const { return m_configPath; }
    config::ConfigDocument& config() { return m_config; }

    // Saves the configuration through ConfigStore (backup, then atomic replace) and says so.
    Status saveConfig(const QStringList& addedKeys);

    pki::LayoutOverrides overrides() const;
    Result<pki::CertificateLayout> layout() const;
    // --key-type, or rsa2048 when not given.
    Result<pki::KeyType> keyType() const;

    // Prints a report's messages and backups, and with -v the files written; on stderr when
    // the command's stdout is data.
    void printReport(const pki::CertificateReport& report, bool onStderr = false);

private:
    const QCommandLineParser& m_parser;
    Console& m_console;
    QString m_workDir;
    QString m_configPath;
    config::ConfigDocument m_config;
};

} // namespace sbs::cli
