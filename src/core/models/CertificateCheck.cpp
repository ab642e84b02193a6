#include "models/CertificateCheck.h"

#include "pki/Certificate.h"
#include "pki/CertificateAuthority.h"
#include "pki/CertificateSet.h"
#include "pki/HostName.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

namespace sbs::models {

using Fix = CertificateEntry::Fix;
using Kind = CertificateEntry::Kind;
using Severity = CertificateEntry::Severity;

namespace {

bool exists(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

CertificateEntry entryFor(Kind kind, const QString& path, bool ownCa)
{
    CertificateEntry entry;
    entry.kind = kind;
    entry.path = path;
    entry.present = exists(path);
    entry.ownCa = ownCa;
    return entry;
}

void addProblem(CertificateEntry& entry, const QString& text, Severity severity, Fix fix)
{
    entry.problems << CertificateEntry::Problem { text, severity, fix };
}

QString dateText(const QDateTime& utc)
{
    return utc.toString(Qt::ISODate);
}

// Without a catalogue for the language, the English source text of a count comes back as it
// is, so its "(s)" is resolved here.
QString plural(QString text, qint64 n)
{
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

// Expired and soon expiring certificates. The texts take the path (%1) and the end date (%2);
// expiring is called with the days left for its %n.
template<typename Expiring>
void addExpiry(CertificateEntry& entry, const QDateTime& now, const QString& expiredText, Expiring expiring,
               Fix fix)
{
    if (!entry.info)
        return;
    const qint64 days = entry.info->daysLeft(now);
    const QString until = dateText(entry.info->notAfter);
    if (entry.info->isExpired(now))
        addProblem(entry, expiredText.arg(entry.path, until), Severity::Critical, fix);
    else if (days < CertificateCheck::WarningDays)
        addProblem(entry, plural(expiring(int(days)), days).arg(entry.path, until),
                   CertificateCheck::severityForDays(days), fix);
}

} // namespace

CertificateEntry::Severity CertificateCheck::severityForDays(qint64 days)
{
    if (days < CriticalDays)
        return Severity::Critical;
    if (days < WarningDays)
        return Severity::Warning;
    return Severity::Ok;
}

QString CertificateCheck::kindName(Kind kind, bool ownCa)
{
    switch (kind) {
    case Kind::Ca:
        return ownCa ? tr("Your CA") : tr("Client CA");
    case Kind::Client:
        return tr("Client certificate");
    case Kind::Server:
        return tr("Server certificate");
    case Kind::CaKey:
        return ownCa ? tr("Your CA key") : tr("CA key");
    case Kind::ServerKey:
        return tr("Server key");
    }
    return {};
}

QList<CertificateEntry> CertificateCheck::unresolved(const QString& reason, Fix fix)
{
    QList<CertificateEntry> entries;
    for (const Kind kind : { Kind::Ca, Kind::Client, Kind::Server }) {
        CertificateEntry entry;
        entry.kind = kind;
        entry.createdBy = kind == Kind::Server ? tr("Generate creates it (create-server-cert)")
                                               : tr("Generate creates it (create-client-cert)");
        entries << entry;
    }
    addProblem(entries.front(), reason, fix == Fix::Generate ? Severity::Info : Severity::Critical, fix);
    return entries;
}

QList<CertificateEntry> CertificateCheck::run(const pki::CertificateLayout& layout, const QString& hostname,
                                              const QDateTime& now)
{
    const bool own = layout.mode() == pki::CertificateLayout::Mode::OwnCa;
    const Fix caFix = own ? Fix::ChooseOwnCa : Fix::StartOver;
    const bool defaultClientFile = layout.isDefaultClientFile();
    const Fix clientFix = defaultClientFile ? Fix::StartOver : Fix::None;

    CertificateEntry ca = entryFor(Kind::Ca, layout.caCertPath(), own);
    CertificateEntry client = entryFor(Kind::Client, layout.clientCrtKeyPath(), own);
    CertificateEntry server = entryFor(Kind::Server, layout.serverCertPath(), own);
    // Nothing made yet: the missing files are a to-do, not a fault.
    const bool fresh = !ca.present && !client.present && !server.present;
    const Severity missingSeverity = fresh ? Severity::Info : Severity::Warning;
    QList<CertificateEntry> keyRows;

    // The CA.
    std::optional<pki::Certificate> caCert;
    if (!ca.present) {
        ca.createdBy = own ? tr("your own CA: choose it with Use own CA")
                           : tr("Generate creates it (create-client-cert)");
        if (own)
            addProblem(ca,
                       tr("Your CA certificate %1 (CAPATH) does not exist; choose your CA files again with "
                          "Use own CA.")
                           .arg(ca.path),
                       Severity::Critical, Fix::ChooseOwnCa);
        else if (client.present)
            addProblem(ca,
                       tr("The client CA %1 is missing, so the client certificate cannot be checked or "
                          "renewed; start over to make a new CA and new certificates.")
                           .arg(ca.path),
                       Severity::Critical, Fix::StartOver);
        else
            addProblem(ca, tr("The client CA %1 does not exist yet; Generate creates it.").arg(ca.path),
                       missingSeverity, Fix::Generate);
    } else {
        const Result<pki::Certificate> cert = pki::Certificate::load(
            ca.path, own ? tr("CA certificate (CAPATH)") : tr("client CA certificate"));
        if (!cert) {
            addProblem(ca, cert.error(), Severity::Critical, caFix);
        } else {
            ca.info = cert->info();
            if (!cert->isCa())
                addProblem(ca,
                           tr("%1 is not a CA certificate (basicConstraints CA:TRUE is missing); choose the "
                              "certificate of a certificate authority.")
                               .arg(ca.path),
                           Severity::Critical, caFix);
            else
                caCert = cert.value();
            if (own)
                addExpiry(
                    ca, now,
                    tr("Your CA %1 expired on %2; choose a valid CA (the server needs a new contract "
                       "with it)."),
                    [](int days) {
                        return tr("Your CA %1 expires in %n day(s) (%2); plan a new CA and a new "
                                  "contract before then.",
                                  nullptr, days);
                    },
                    ca.info->isExpired(now) ? Fix::ChooseOwnCa : Fix::None);
            else
                addExpiry(
                    ca, now,
                    tr("The client CA %1 expired on %2; start over with a new CA (the server needs a "
                       "new contract with it)."),
                    [](int days) {
                        return tr("The client CA %1 expires in %n day(s) (%2); plan a new CA and a new "
                                  "contract before then.",
                                  nullptr, days);
                    },
                    ca.info->isExpired(now) ? Fix::StartOver : Fix::None);
        }
        CertificateEntry caKey = entryFor(Kind::CaKey, layout.caKeyPath(), own);
        if (!caKey.present) {
            caKey.createdBy = own ? tr("your own CA key: choose it with Use own CA")
                                  : tr("Generate creates it with the CA (create-client-cert)");
            addProblem(caKey,
                       own ? tr("The key of your CA %1 (CAKEYPATH) does not exist; choose your CA files "
                                "again with Use own CA.")
                                 .arg(caKey.path)
                           : tr("The CA key %1 is missing, so no certificate can be issued or renewed; "
                                "restore it, or start over with a new CA.")
                                 .arg(caKey.path),
                       Severity::Critical, caFix);
            keyRows << caKey;
        } else if (caCert && !caCert->info().isExpired(now)) {
            // The full check of a CA that has to sign: key matches, allowed to sign, valid now.
            const Result<pki::CertificateAuthority> authority
                = pki::CertificateAuthority::load(ca.path, caKey.path, now);
            if (!authority)
                addProblem(ca, authority.error(), Severity::Critical, caFix);
        }
    }

    // The client certificate and key (CLIENT_CRT_KEY).
    if (!client.present) {
        client.createdBy = tr("Generate creates it (create-client-cert)");
        if (!own && ca.present)
            addProblem(client,
                       tr("The client certificate %1 is missing but its CA exists; start over (delete, then "
                          "generate) to make both again.")
                           .arg(client.path),
                       Severity::Critical, Fix::StartOver);
        else
            addProblem(
                client,
                own ? tr("The client certificate %1 does not exist yet; Generate issues it from your CA.")
                          .arg(client.path)
                    : tr("The client certificate %1 does not exist yet; Generate creates it.")
                          .arg(client.path),
                missingSeverity, Fix::Generate);
    } else {
        const Result<pki::Certificate> cert
            = pki::Certificate::load(client.path, tr("client certificate and key (CLIENT_CRT_KEY)"));
        if (!cert) {
            addProblem(client, cert.error(), Severity::Critical, clientFix);
        } else {
            client.info = cert->info();
            if (caCert) {
                const Result<pki::CertificateSet::Pair> pair
                    = pki::CertificateSet::loadClient(layout, *caCert);
                if (!pair)
                    addProblem(client, pair.error(), Severity::Critical, clientFix);
            }
            addExpiry(
                client, now, tr("The client certificate %1 expired on %2; renew it."),
                [](int days) {
                    return tr("The client certificate %1 expires in %n day(s) (%2); renew it soon.", nullptr,
                              days);
                },
                Fix::Renew);
        }
    }

    // The server certificate (CERTPATH) and its key next to it.
    if (!server.present) {
        server.createdBy = tr("Generate creates it (create-server-cert)");
        addProblem(server,
                   tr("The server certificate %1 for HOSTNAME does not exist yet; Generate creates it.")
                       .arg(server.path),
                   missingSeverity, Fix::Generate);
    } else {
        const Result<pki::Certificate> cert
            = pki::Certificate::load(server.path, tr("server certificate (CERTPATH)"));
        if (!cert) {
            addProblem(server, cert.error(), Severity::Critical, Fix::ReplaceServer);
        } else {
            server.info = cert->info();
            const Result<pki::HostName> host = pki::HostName::parse(hostname, layout.configName());
            if (!host) {
                addProblem(server, host.error(), Severity::Warning, Fix::None);
            } else if (!host->isIn(server.info->subjectAltNames)) {
                const QStringList names = server.info->subjectAltNames;
                addProblem(server,
                           tr("The server certificate %1 is for %2, not for HOSTNAME %3; replace it with one "
                              "for %3 (the old files are backed up).")
                               .arg(server.path,
                                    names.isEmpty() ? tr("no host name") : names.join(QStringLiteral(", ")),
                                    host->text()),
                           Severity::Critical, Fix::ReplaceServer);
            }
            CertificateEntry serverKey = entryFor(Kind::ServerKey, layout.serverKeyPath(), own);
            if (!serverKey.present) {
                serverKey.createdBy
                    = tr("Generate creates it with the server certificate (create-server-cert)");
                addProblem(serverKey,
                           tr("The server key %1 is missing; replace the server certificate to make a new "
                              "pair (the old files are backed up).")
                               .arg(serverKey.path),
                           Severity::Critical, Fix::ReplaceServer);
            } else if (caCert) {
                const Result<pki::CertificateSet::Pair> pair
                    = pki::CertificateSet::loadServer(layout, *caCert);
                if (!pair)
                    addProblem(server, pair.error(), Severity::Critical, Fix::ReplaceServer);
            }
            addExpiry(
                server, now, tr("The server certificate %1 expired on %2; renew it."),
                [](int days) {
                    return tr("The server certificate %1 expires in %n day(s) (%2); renew it soon.", nullptr,
                              days);
                },
                Fix::Renew);
            if (!serverKey.present)
                keyRows << serverKey;
        }
    }

    QList<CertificateEntry> entries { ca };
    for (const CertificateEntry& key : std::as_const(keyRows)) {
        if (key.kind == Kind::CaKey)
            entries << key;
    }
    entries << client << server;
    for (const CertificateEntry& key : std::as_const(keyRows)) {
        if (key.kind == Kind::ServerKey)
            entries << key;
    }
    return entries;
}

QFuture<QList<CertificateEntry>> CertificateCheck::runAsync(const pki::CertificateLayout& layout,
                                                            const QString& hostname, const QDateTime& now)
{
    return QtConcurrent::run([layout, hostname, now] { return run(layout, hostname, now); });
}

} // namespace sbs::models
