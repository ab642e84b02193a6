#include "pki/CertificateLayout.h"

#include "config/ConfigRules.h"

#include <QDir>
#include <QFileInfo>

namespace sbs::pki {

namespace {

QString pick(const QString& override, const config::ConfigDocument& doc, const char* key)
{
    return !override.isEmpty() ? override : doc.string(QLatin1String(key)).trimmed();
}

} // namespace

Result<CertificateLayout> CertificateLayout::resolve(const config::ConfigDocument& doc,
                                                     const QString& configName, const QString& workDir,
                                                     const LayoutOverrides& overrides)
{
    using R = Result<CertificateLayout>;
    CertificateLayout layout;
    layout.m_configName = configName;
    layout.m_workDir = QDir::cleanPath(QFileInfo(workDir).absoluteFilePath());

    auto resolved = [&](const QString& value) {
        return QDir::cleanPath(config::resolvePath(value, layout.m_workDir));
    };

    layout.m_containerName = pick(overrides.containerName, doc, "CONTAINER_NAME");
    if (layout.m_containerName.isEmpty())
        layout.m_containerName = QString::fromLatin1(DefaultContainerName);
    if (layout.m_containerName.contains(QLatin1Char('/')) || layout.m_containerName.contains(QChar(0)))
        return R::fail(tr("%1: CONTAINER_NAME \"%2\" is part of a file name and must not contain '/'; choose "
                          "another name.")
                           .arg(configName, layout.m_containerName));
    layout.m_uuid = doc.string(QStringLiteral("UUID")).trimmed();

    const QString clientCrtKey = pick(overrides.clientCrtKey, doc, "CLIENT_CRT_KEY");
    if (clientCrtKey.isEmpty()) {
        if (layout.m_uuid.isEmpty())
            return R::fail(
                tr("%1 has no UUID, so its certificate files cannot be named; run create-client-cert "
                   "first (it adds UUID and SECRET).")
                    .arg(configName));
        if (layout.m_uuid.contains(QLatin1Char('/')))
            return R::fail(tr("%1: UUID \"%2\" must not contain '/'; remove it to have a new one generated.")
                               .arg(configName, layout.m_uuid));
        layout.m_clientCrtKey
            = QDir(layout.m_workDir)
                  .filePath(QStringLiteral(".%1-%2").arg(layout.m_containerName, layout.m_uuid));
        layout.m_defaultClientFile = true;
    } else {
        layout.m_clientCrtKey = resolved(clientCrtKey);
        layout.m_defaultClientFile = false;
    }
    layout.m_certDir = layout.m_clientCrtKey + QStringLiteral(".d");
    const QDir certDir(layout.m_certDir);

    const QString caPath = pick(overrides.caPath, doc, "CAPATH");
    const QString caKeyPath = pick(overrides.caKeyPath, doc, "CAKEYPATH");
    layout.m_mode = (caPath.isEmpty() && caKeyPath.isEmpty()) ? Mode::Default : Mode::OwnCa;
    layout.m_caCert = caPath.isEmpty() ? certDir.filePath(QStringLiteral("client-ca.pem")) : resolved(caPath);
    layout.m_caKey
        = caKeyPath.isEmpty() ? certDir.filePath(QStringLiteral("client-ca-key.pem")) : resolved(caKeyPath);

    const QString csrPath = pick(overrides.csrPath, doc, "CSRPATH");
    const QString certPath = pick(overrides.certPath, doc, "CERTPATH");
    layout.m_serverCsr
        = csrPath.isEmpty() ? certDir.filePath(QStringLiteral("server-csr.pem")) : resolved(csrPath);
    layout.m_serverCert
        = certPath.isEmpty() ? certDir.filePath(QStringLiteral("server-cert.pem")) : resolved(certPath);
    return R::ok(layout);
}

QString CertificateLayout::clientCsrPath() const
{
    return QDir(m_certDir).filePath(QStringLiteral("client-csr.pem"));
}

QString CertificateLayout::clientCertPath() const
{
    return QDir(m_certDir).filePath(QStringLiteral("client-cert.pem"));
}

QString CertificateLayout::clientKeyPath() const
{
    return QDir(m_certDir).filePath(QStringLiteral("client-cert-key.pem"));
}

QString CertificateLayout::clientBundlePath() const
{
    return QDir(m_certDir).filePath(QStringLiteral("client-cert-bundle.pem"));
}

QString CertificateLayout::serverKeyPath() const
{
    return QDir(QFileInfo(m_serverCert).absolutePath()).filePath(QStringLiteral("server-cert-key.pem"));
}

QStringList CertificateLayout::clientPaths() const
{
    QStringList paths;
    if (m_mode == Mode::Default)
        paths << m_caCert << m_caKey;
    paths << clientCsrPath() << clientCertPath() << clientKeyPath() << m_clientCrtKey << clientBundlePath();
    return paths;
}

QStringList CertificateLayout::serverPaths() const
{
    return { m_serverCsr, m_serverCert, serverKeyPath() };
}

} // namespace sbs::pki
