#include "pki/CertificateRenewal.h"

#include "pki/CertificateAuthority.h"
#include "pki/CertificateRequest.h"
#include "pki/CertificateSet.h"
#include "pki/FileBatch.h"
#include "pki/HostName.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace sbs::pki {

namespace {

struct Renewed
{
    CertificateRequest request;
    Certificate certificate;
    PrivateKey key;
};

Result<Renewed> reissue(const CertificateAuthority& ca, const CertificateSet::Pair& old, KeyType keyType,
                        CertificateKind kind, const std::optional<HostName>& host, const QDateTime& now)
{
    using R = Result<Renewed>;
    const Result<PrivateKey> key = PrivateKey::generate(keyType);
    if (!key)
        return R::fail(key.error());
    const Result<CertificateRequest> request
        = CertificateRequest::create(X509_get_subject_name(old.certificate.handle()), key.value(), host);
    if (!request)
        return R::fail(request.error());
    const Result<Certificate> cert = ca.issue(request.value(), kind, host, { now, 0 });
    if (!cert)
        return R::fail(cert.error());
    return R::ok(Renewed { request.value(), cert.value(), key.value() });
}

QString daysText(qint64 days)
{
    return days >= 0 ? CertificateRenewal::tr("valid for %1 more days").arg(days)
                     : CertificateRenewal::tr("expired %1 days ago").arg(-days);
}

} // namespace

Result<CertificatePlan> CertificateRenewal::plan(const CertificateLayout& layout, const Options& options)
{
    using R = Result<CertificatePlan>;
    if (options.days < 0)
        return R::fail(tr("The renewal threshold must be zero or more days."));
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();

    const Result<CertificateAuthority> ca = CertificateSet::loadAuthority(layout, now);
    if (!ca)
        return R::fail(ca.error());
    const Result<CertificateSet::Pair> client = CertificateSet::loadClient(layout, ca->certificate());
    if (!client)
        return R::fail(client.error());
    const Result<CertificateSet::Pair> server = CertificateSet::loadServer(layout, ca->certificate());
    if (!server)
        return R::fail(server.error());

    const qint64 clientDays = client->certificate.info().daysLeft(now);
    const qint64 serverDays = server->certificate.info().daysLeft(now);
    const bool clientDue = options.force || clientDays < options.days;
    const bool serverDue = options.force || serverDays < options.days;

    CertificateReport report;
    if (!clientDue && !serverDue) {
        report.outcome = CertificateReport::Outcome::NothingToDo;
        report.messages
            << tr("Nothing to renew: the client certificate is %1, the server certificate is %2, and "
                  "renewal starts %3 days before expiry (--days), or at once with --force.")
                   .arg(daysText(clientDays), daysText(serverDays))
                   .arg(options.days);
        return R::ok(CertificatePlan(FileBatch(), report));
    }

    std::optional<HostName> host;
    if (serverDue) {
        const Result<HostName> parsed = HostName::parse(options.hostname, layout.configName());
        if (!parsed)
            return R::fail(parsed.error());
        host = parsed.value();
    }

    FileBatch batch;
    batch.setBackupTime(now);
    const auto replace = FileBatch::Existing::BackUp;
    if (clientDue) {
        const KeyType type = options.keyType.value_or(client->key.info().closestKeyType());
        const Result<Renewed> renewed
            = reissue(ca.value(), client.value(), type, CertificateKind::Client, std::nullopt, now);
        if (!renewed)
            return R::fail(renewed.error());
        Result<SecretBytes> keyPem = renewed->key.toPem();
        if (!keyPem)
            return R::fail(keyPem.error());
        const QByteArray certPem = renewed->certificate.toPem();
        // The .d copies are rewritten where the layout has them (always in the default layout;
        // in own-CA mode only if create-client-cert made them).
        if (QFileInfo::exists(layout.clientCertPath())) {
            batch.add(layout.clientCsrPath(), renewed->request.toPem(), replace);
            batch.add(layout.clientCertPath(), certPem, replace);
            batch.addPrivate(layout.clientKeyPath(), keyPem.value().clone(), replace);
            batch.add(layout.clientBundlePath(), certPem + ca->certificate().toPem(), replace);
        }
        QByteArray combined = certPem + keyPem.value().bytes();
        batch.addPrivate(layout.clientCrtKeyPath(), SecretBytes(combined.constData(), combined.size()),
                         replace);
        SecretBytes::wipe(combined);
        report.messages << tr("Renewed the client certificate %1 (it was %2; %3, now valid until %4).")
                               .arg(layout.clientCrtKeyPath(), daysText(clientDays), keyTypeName(type),
                                    renewed->certificate.notAfter().toString(Qt::ISODate));
    }
    if (serverDue) {
        const KeyType type = options.keyType.value_or(server->key.info().closestKeyType());
        const Result<Renewed> renewed
            = reissue(ca.value(), server.value(), type, CertificateKind::Server, host, now);
        if (!renewed)
            return R::fail(renewed.error());
        Result<SecretBytes> keyPem = renewed->key.toPem();
        if (!keyPem)
            return R::fail(keyPem.error());
        batch.add(layout.serverCsrPath(), renewed->request.toPem(), replace);
        batch.add(layout.serverCertPath(), renewed->certificate.toPem(), replace);
        batch.addPrivate(layout.serverKeyPath(), std::move(keyPem.value()), replace);
        const QStringList oldNames = server->certificate.subjectAltNames();
        report.messages << tr("Renewed the server certificate %1 for %2 (it was %3; %4, now valid until %5).")
                               .arg(layout.serverCertPath(), host->sanEntry(), daysText(serverDays),
                                    keyTypeName(type), renewed->certificate.notAfter().toString(Qt::ISODate));
        if (!host->isIn(oldNames))
            report.messages << tr("The server certificate now names %1 instead of %2, following HOSTNAME.")
                                   .arg(host->sanEntry(), oldNames.join(QStringLiteral(", ")));
    }
    const QDateTime caEnd = ca->certificate().notAfter();
    if (caEnd < now.addDays(CertificateProfile::validityDays(CertificateKind::Client)))
        report.messages << tr("The CA %1 expires on %2, before the renewed certificates; plan a new CA "
                              "(delete-certificates, create-client-cert) and a new contract before then.")
                               .arg(layout.caCertPath(), caEnd.toString(Qt::ISODate));

    const Status checked = batch.check();
    if (!checked)
        return R::fail(checked.error());
    report.outcome = CertificateReport::Outcome::Replaced;
    return R::ok(CertificatePlan(std::move(batch), report));
}

Result<CertificateReport> CertificateRenewal::renew(const CertificateLayout& layout, const Options& options)
{
    Result<CertificatePlan> planned = plan(layout, options);
    if (!planned)
        return Result<CertificateReport>::fail(planned.error());
    return planned.value().commit();
}

QFuture<Result<CertificateReport>> CertificateRenewal::renewAsync(const CertificateLayout& layout,
                                                                  const Options& options)
{
    return QtConcurrent::run([layout, options] { return renew(layout, options); });
}

} // namespace sbs::pki
