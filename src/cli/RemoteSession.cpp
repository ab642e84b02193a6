#include "RemoteSession.h"

#include "RemoteOptions.h"
#include "config/ConfigRules.h"
#include "util/NewFile.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace sbs::cli {

RemoteSession::RemoteSession(CommandContext& context)
    : m_context(context)
{ }

bool RemoteSession::open()
{
    if (!m_context.succeeded(m_context.loadConfig()))
        return false;
    const Result<pki::CertificateLayout> layout = m_context.layout();
    if (!m_context.succeeded(layout))
        return false;
    const Result<api::Endpoint> endpoint = api::Endpoint::fromConfig(m_context.config(), layout.value());
    if (!m_context.succeeded(endpoint))
        return false;
    m_client.setSecrets(api::SbsClient::secretsOf(m_context.config()));
    return m_context.succeeded(m_client.setEndpoint(endpoint.value()));
}

void RemoteSession::skipServerVerification()
{
    m_context.console().warning(
        tr("the server's certificate is not checked (--noverify): anyone on the way could answer in its "
           "place."));
    m_client.setServerVerification(false);
}

std::optional<QJsonObject> RemoteSession::configBody(const std::optional<QString>& newSecret)
{
    const QStringList added = config::fillDefaults(m_context.config());
    if (!added.isEmpty() && !m_context.succeeded(m_context.saveConfig(added)))
        return std::nullopt;
    const Result<config::EmbeddedFiles> files
        = config::readEmbeddedFiles(m_context.config(), m_context.workDir());
    if (!m_context.succeeded(files))
        return std::nullopt;
    Result<QJsonObject> body = config::initRequestBody(m_context.config(), files.value(), newSecret);
    if (!m_context.succeeded(body))
        return std::nullopt;
    return body.take();
}

void RemoteSession::printResponse(const QString& command, const QJsonObject& json)
{
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Indented).trimmed();
    m_context.console().print(QStringLiteral("%1: response=%2").arg(command, QString::fromUtf8(text)));
}

bool RemoteSession::printStatus(const QString& command, const QString& status, const QString& expectedPrefix)
{
    printResponse(command, QJsonObject { { QStringLiteral("status"), status } });
    if (status.startsWith(expectedPrefix))
        return true;
    m_context.console().error(tr("%1 did not succeed: the server answered \"%2\".").arg(command, status));
    return false;
}

QString RemoteSession::saveNew(const QString& fileName, const QByteArray& bytes, const QString& what,
                               QFileDevice::Permissions permissions)
{
    const QString path = QDir(m_context.workDir()).filePath(fileName);
    const Result<util::NewFile::Outcome> written = util::NewFile::write(path, bytes, permissions);
    if (!m_context.succeeded(written))
        return QString();
    if (written.value() == util::NewFile::Outcome::AlreadyThere)
        m_context.console().note(tr("%1 is already in %2, unchanged.").arg(what, fileName));
    else
        m_context.console().note(tr("Saved %1 as %2.").arg(what, fileName));
    return path;
}

int RemoteSession::pollIntervalMs() const
{
    bool ok = false;
    const double seconds = m_context.value(RemoteOptions::Interval).toDouble(&ok);
    if (!m_context.isSet(RemoteOptions::Interval) || !ok || seconds <= 0)
        return 5000;
    return qBound(100, int(seconds * 1000), 600000);
}

} // namespace sbs::cli

namespace sbs::cli {

void RemoteSession::pause() const
{
    QEventLoop loop;
    QTimer::singleShot(pollIntervalMs(), &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace sbs::cli
