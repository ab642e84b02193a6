#include "CommandContext.h"

#include "CommonOptions.h"
#include "config/ConfigRules.h"
#include "config/ConfigStore.h"

#include <QFileInfo>
#include <utility>

namespace sbs::cli {

CommandContext::CommandContext(const QCommandLineParser& parser, Console& console, QString workDir)
    : m_parser(parser)
    , m_console(console)
    , m_workDir(std::move(workDir))
{ }

QStringList CommandContext::arguments() const
{
    return m_parser.positionalArguments().mid(1);
}

bool CommandContext::isSet(const char* option) const
{
    return m_parser.isSet(QString::fromLatin1(option));
}

QString CommandContext::value(const char* option) const
{
    return m_parser.value(QString::fromLatin1(option));
}

Status CommandContext::loadConfig()
{
    const QString env = value(CommonOptions::Env).trimmed();
    if (env.isEmpty())
        return Status::fail(tr("--env FILE is required: name the sbs-config.json to use."));
    m_configPath = config::resolvePath(env, m_workDir);
    if (!QFileInfo::exists(m_configPath))
        return Status::fail(
            tr("The configuration %1 does not exist; check the --env path.").arg(m_configPath));
    Result<config::ConfigDocument> doc = config::ConfigDocument::load(m_configPath);
    if (!doc)
        return Status::fail(doc.error());
    m_config = doc.take();
    return Status::ok();
}

Status CommandContext::saveConfig(const QStringList& addedKeys)
{
    const Result<config::ConfigStore::Saved> saved = config::ConfigStore::save(m_config, m_configPath);
    if (!saved)
        return Status::fail(saved.error());
    if (saved->backupPath.isEmpty())
        m_console.print(tr("Added %1 to %2.").arg(addedKeys.join(QStringLiteral(", ")), m_configPath));
    else
        m_console.print(tr("Added %1 to %2 (the previous version is kept as %3).")
                            .arg(addedKeys.join(QStringLiteral(", ")), m_configPath, saved->backupPath));
    return Status::ok();
}

pki::LayoutOverrides CommandContext::overrides() const
{
    pki::LayoutOverrides result;
    result.caPath = value(CommonOptions::CaPath);
    result.caKeyPath = value(CommonOptions::CaKeyPath);
    result.csrPath = value(CommonOptions::CsrPath);
    result.certPath = value(CommonOptions::CertPath);
    result.clientCrtKey = value(CommonOptions::ClientCrtKey);
    result.containerName = value(CommonOptions::ContainerName);
    return result;
}

Result<pki::CertificateLayout> CommandContext::layout() const
{
    return pki::CertificateLayout::resolve(m_config, m_configPath, m_workDir, overrides());
}

Result<pki::KeyType> CommandContext::keyType() const
{
    if (!isSet(CommonOptions::KeyType))
        return Result<pki::KeyType>::ok(pki::KeyType::Rsa2048);
    const QString name = value(CommonOptions::KeyType);
    const std::optional<pki::KeyType> type = pki::keyTypeFromName(name);
    if (!type)
        return Result<pki::KeyType>::fail(
            tr("--key-type %1 is not a known key type; use one of %2.").arg(name, pki::keyTypeChoices()));
    return Result<pki::KeyType>::ok(*type);
}

void CommandContext::printReport(const pki::CertificateReport& report, bool onStderr)
{
    auto out = [&](const QString& text) {
        if (onStderr)
            m_console.note(text);
        else
            m_console.print(text);
    };
    for (const QString& message : report.messages)
        out(message);
    for (const QString& backup : report.backups)
        out(tr("  kept the previous file as %1").arg(backup));
    if (m_console.verbosity() >= 1) {
        for (const QString& file : report.written)
            out(tr("  wrote %1").arg(file));
        for (const QString& removed : report.removed)
            out(tr("  removed %1").arg(removed));
    }
}

} // namespace sbs::cli
