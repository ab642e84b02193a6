#include "pki/CertificateManager.h"

#include "pki/CertificateAuthority.h"
#include "pki/CertificateRequest.h"
#include "pki/CertificateSet.h"
#include "pki/FileBatch.h"
#include "pki/HostName.h"
#include "pki/PrivateKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace sbs::pki {

namespace {

bool occupied(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

// A client certificate with its key, ready to be written in the layout's client files.
struct IssuedPair
{
    CertificateRequest request;
    Certificate certificate;
    PrivateKey key;
};

Result<IssuedPair> issuePair(const CertificateAuthority& ca, const QString& commonName, KeyType keyType,
                             CertificateKind kind, const std::optional<HostName>& host, const QDateTime& now)
{
    using R = Result<IssuedPair>;
    const Result<PrivateKey> key = PrivateKey::generate(keyType);
    if (!key)
        return R::fail(key.error());
    const Result<CertificateRequest> request = CertificateRequest::create(commonName, key.value(), host);
    if (!request)
        return R::fail(request.error());
    const Result<Certificate> cert = ca.issue(request.value(), kind, host, { now, 0 });
    if (!cert)
        return R::fail(cert.error());
    return R::ok(IssuedPair { request.value(), cert.value(), key.value() });
}

// Adds the client files: the CSR, certificate and key in the .d folder, CLIENT_CRT_KEY
// (certificate then key) and the bundle (certificate then CA).
Status addClientFiles(FileBatch& batch, const CertificateLayout& layout, const IssuedPair& client,
                      const Certificate& ca, FileBatch::Existing existing, bool withFolderFiles)
{
    Result<SecretBytes> keyPem = client.key.toPem();
    if (!keyPem)
        return Status::fail(keyPem.error());
    const QByteArray certPem = client.certificate.toPem();
    if (withFolderFiles) {
        batch.add(layout.clientCsrPath(), client.request.toPem(), existing);
        batch.add(layout.clientCertPath(), certPem, existing);
        batch.addPrivate(layout.clientKeyPath(), keyPem.value().clone(), existing);
    }
    QByteArray combined = certPem + keyPem.value().bytes();
    batch.addPrivate(layout.clientCrtKeyPath(), SecretBytes(combined.constData(), combined.size()), existing);
    SecretBytes::wipe(combined);
    if (withFolderFiles)
        batch.add(layout.clientBundlePath(), certPem + ca.toPem(), existing);
    return Status::ok();
}

// Adds a newly issued client's files to batch, checks the whole batch and plans to write it.
Result<CertificatePlan> planNewClient(FileBatch batch, const CertificateLayout& layout,
                                      const IssuedPair& client, const Certificate& ca, const QString& message)
{
    using R = Result<CertificatePlan>;
    const Status added = addClientFiles(batch, layout, client, ca, FileBatch::Existing::Refuse, true);
    if (!added)
        return R::fail(added.error());
    const Status checked = batch.check();
    if (!checked)
        return R::fail(checked.error());

    CertificateReport report;
    report.outcome = CertificateReport::Outcome::Created;
    report.messages << message;
    return R::ok(CertificatePlan(std::move(batch), report));
}

} // namespace

CertificateManager::CertificateManager(CertificateLayout layout)
    : m_layout(std::move(layout))
{ }

QDateTime CertificateManager::currentTime() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString CertificateManager::caCommonName(const QString& containerName)
{
    return QStringLiteral("%1 client CA").arg(containerName);
}

QString CertificateManager::clientCommonName(const QString& containerName)
{
    return QStringLiteral("%1 client").arg(containerName);
}

QString CertificateManager::serverCommonName(const QString& containerName, const QString& hostname)
{
    // X.509 limits a common name to 64 characters; the subjectAltName carries the host anyway.
    return hostname.size() <= 64 ? hostname : QStringLiteral("%1 server").arg(containerName.left(56));
}

Result<CertificatePlan> CertificateManager::planClientCertificates(KeyType keyType) const
{
    return m_layout.mode() == CertificateLayout::Mode::OwnCa ? planOwnCaClient(keyType)
                                                             : planDefaultClient(keyType);
}

Result<CertificatePlan> CertificateManager::planDefaultClient(KeyType keyType) const
{
    using R = Result<CertificatePlan>;
    const Status free = FileBatch::checkTargets(
        m_layout.clientPaths(),
        tr("run delete-certificates to start over, or renew-certs to renew the certificates"));
    if (!free)
        return R::fail(free.error());

    const QDateTime now = currentTime();
    const Result<CertificateAuthority> ca
        = CertificateAuthority::create(caCommonName(m_layout.containerName()), keyType, { now, 0 });
    if (!ca)
        return R::fail(ca.error());
    const Result<IssuedPair> client = issuePair(ca.value(), clientCommonName(m_layout.containerName()),
                                                keyType, CertificateKind::Client, std::nullopt, now);
    if (!client)
        return R::fail(client.error());

    Result<SecretBytes> caKeyPem = ca->key().toPem();
    if (!caKeyPem)
        return R::fail(caKeyPem.error());
    FileBatch batch;
    batch.add(m_layout.caCertPath(), ca->certificate().toPem());
    batch.addPrivate(m_layout.caKeyPath(), std::move(caKeyPem.value()));
    return planNewClient(std::move(batch), m_layout, client.value(), ca->certificate(),
                         tr("Created the client CA %1 and the client certificate %2 (%3, valid until %4).")
                             .arg(m_layout.caCertPath(), m_layout.clientCrtKeyPath(), keyTypeName(keyType),
                                  client->certificate.notAfter().toString(Qt::ISODate)));
}

Result<CertificatePlan> CertificateManager::planOwnCaClient(KeyType keyType) const
{
    using R = Result<CertificatePlan>;
    const QDateTime now = currentTime();
    const Result<CertificateAuthority> ca = CertificateSet::loadAuthority(m_layout, now);
    if (!ca)
        return R::fail(ca.error());

    if (occupied(m_layout.clientCrtKeyPath())) {
        const Result<CertificateSet::Pair> client = CertificateSet::loadClient(m_layout, ca->certificate());
        if (!client)
            return R::fail(client.error());
        CertificateReport report;
        report.outcome = CertificateReport::Outcome::Kept;
        report.messages
            << tr("Using your files: the client certificate %1 was issued by your CA %2; nothing was "
                  "created.")
                   .arg(m_layout.clientCrtKeyPath(), m_layout.caCertPath());
        return R::ok(CertificatePlan(FileBatch(), report));
    }

    QStringList targets = m_layout.clientPaths();
    const Status free = FileBatch::checkTargets(targets);
    if (!free)
        return R::fail(free.error());
    const Result<IssuedPair> client = issuePair(ca.value(), clientCommonName(m_layout.containerName()),
                                                keyType, CertificateKind::Client, std::nullopt, now);
    if (!client)
        return R::fail(client.error());
    return planNewClient(FileBatch(), m_layout, client.value(), ca->certificate(),
                         tr("Created the client certificate %1, issued by your CA %2 (%3, valid until %4).")
                             .arg(m_layout.clientCrtKeyPath(), m_layout.caCertPath(), keyTypeName(keyType),
                                  client->certificate.notAfter().toString(Qt::ISODate)));
}

Result<CertificateReport> CertificateManager::createClientCertificates(KeyType keyType) const
{
    Result<CertificatePlan> plan = planClientCertificates(keyType);
    if (!plan)
        return Result<CertificateReport>::fail(plan.error());
    return plan.value().commit();
}

QFuture<Result<CertificateReport>> CertificateManager::createClientCertificatesAsync(KeyType keyType) const
{
    CertificateManager copy = *this;
    return QtConcurrent::run([copy, keyType] { return copy.createClientCertificates(keyType); });
}

Result<CertificatePlan> CertificateManager::planServerCertificate(const QString& hostname, KeyType keyType,
                                                                  bool force) const
{
    using R = Result<CertificatePlan>;
    const Result<HostName> host = HostName::parse(hostname, m_layout.configName());
    if (!host)
        return R::fail(host.error());
    const QDateTime now = currentTime();
    const Result<CertificateAuthority> ca = CertificateSet::loadAuthority(m_layout, now);
    if (!ca)
        return R::fail(ca.error());

    const QString certPath = m_layout.serverCertPath();
    if (!force && occupied(certPath)) {
        const Result<Certificate> existing = Certificate::load(certPath, tr("server certificate (CERTPATH)"));
        if (!existing)
            return R::fail(
                tr("The existing server certificate cannot be used (%1); run create-server-cert --force "
                   "to replace it (the old files are backed up).")
                    .arg(existing.error()));
        const QStringList names = existing->subjectAltNames();
        if (!host->isIn(names))
            return R::fail(
                tr("The server certificate %1 is for %2, not for HOSTNAME %3; run create-server-cert "
                   "--force to replace it (the old files are backed up).")
                    .arg(certPath, names.isEmpty() ? tr("no host name") : names.join(QStringLiteral(", ")),
                         host->text()));
        const Result<CertificateSet::Pair> pair = CertificateSet::loadServer(m_layout, ca->certificate());
        if (!pair)
            return R::fail(pair.error());
        CertificateReport report;
        report.outcome = CertificateReport::Outcome::Kept;
        const qint64 days = pair->certificate.info().daysLeft(now);
        report.messages << (days >= 0
                                ? tr("The server certificate %1 already names %2 and is valid for %3 more "
                                     "days; it was kept.")
                                      .arg(certPath, host->sanEntry())
                                      .arg(days)
                                : tr("The server certificate %1 names %2 but has expired; run renew-certs.")
                                      .arg(certPath, host->sanEntry()));
        return R::ok(CertificatePlan(FileBatch(), report));
    }

    const FileBatch::Existing existing = force ? FileBatch::Existing::BackUp : FileBatch::Existing::Refuse;
    if (!force) {
        const Status free = FileBatch::checkTargets(
            m_layout.serverPaths(),
            tr("run create-server-cert --force to replace them (they are backed up)"));
        if (!free)
            return R::fail(free.error());
    }

    const Result<IssuedPair> server
        = issuePair(ca.value(), serverCommonName(m_layout.containerName(), host->text()), keyType,
                    CertificateKind::Server, host.value(), now);
    if (!server)
        return R::fail(server.error());
    Result<SecretBytes> keyPem = server->key.toPem();
    if (!keyPem)
        return R::fail(keyPem.error());

    FileBatch batch;
    batch.setBackupTime(now);
    batch.add(m_layout.serverCsrPath(), server->request.toPem(), existing);
    batch.add(certPath, server->certificate.toPem(), existing);
    batch.addPrivate(m_layout.serverKeyPath(), std::move(keyPem.value()), existing);
    const Status checked = batch.check();
    if (!checked)
        return R::fail(checked.error());

    bool replacing = false;
    for (const QString& path : m_layout.serverPaths())
        replacing = replacing || occupied(path);
    CertificateReport report;
    report.outcome = replacing ? CertificateReport::Outcome::Replaced : CertificateReport::Outcome::Created;
    report.messages << tr("Created the server certificate %1 for %2 (%3, valid until %4).")
                           .arg(certPath, host->sanEntry(), keyTypeName(keyType),
                                server->certificate.notAfter().toString(Qt::ISODate));
    return R::ok(CertificatePlan(std::move(batch), report));
}

Result<CertificateReport> CertificateManager::createServerCertificate(const QString& hostname,
                                                                      KeyType keyType, bool force) const
{
    Result<CertificatePlan> plan = planServerCertificate(hostname, keyType, force);
    if (!plan)
        return Result<CertificateReport>::fail(plan.error());
    return plan.value().commit();
}

QFuture<Result<CertificateReport>>
CertificateManager::createServerCertificateAsync(const QString& hostname, KeyType keyType, bool force) const
{
    CertificateManager copy = *this;
    return QtConcurrent::run(
        [copy, hostname, keyType, force] { return copy.createServerCertificate(hostname, keyType, force); });
}

Result<CertificateReport> CertificateManager::deleteCertificates() const
{
    using R = Result<CertificateReport>;
    CertificateReport report;
    if (!m_layout.isDefaultClientFile()) {
        report.messages
            << tr("Nothing was deleted: CLIENT_CRT_KEY names your own file %1, and delete-certificates "
                  "removes only the default .<CONTAINER_NAME>-<UUID> files.")
                   .arg(m_layout.clientCrtKeyPath());
        return R::ok(report);
    }
    const QString file = m_layout.clientCrtKeyPath();
    const QString folder = m_layout.certDir();
    if (occupied(file)) {
        if (!QFile::remove(file))
            return R::fail(tr("%1 cannot be deleted; check the permissions of its folder.").arg(file));
        report.removed << file;
    }
    const QFileInfo folderInfo(folder);
    if (folderInfo.isDir() && !folderInfo.isSymLink()) {
        if (!QDir(folder).removeRecursively())
            return R::fail(
                tr("The folder %1 cannot be deleted completely; check its permissions.").arg(folder));
        report.removed << folder;
    } else if (folderInfo.isSymLink()) {
        // A link is removed, never followed.
        if (!QFile::remove(folder))
            return R::fail(tr("%1 cannot be deleted; check the permissions of its folder.").arg(folder));
        report.removed << folder;
    }
    if (report.removed.isEmpty()) {
        report.messages << tr("Nothing to delete: neither %1 nor %2 exists.").arg(file, folder);
        return R::ok(report);
    }
    report.outcome = CertificateReport::Outcome::Deleted;
    report.messages << tr("Deleted %1.").arg(report.removed.join(QStringLiteral(", ")));
    return R::ok(report);
}

} // namespace sbs::pki
