#pragma once

#include "models/CertificateEntry.h"
#include "pki/CertificateLayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>

namespace sbs::models {

// Looks at the certificate files of a layout as the certificates page shows them: one entry for
// the CA, the client and the server certificate (present or missing), plus one for a key file
// that is missing next to its certificate. Each entry names what is wrong (unreadable, not
// issued by the CA, key not matching, SAN not naming HOSTNAME, expired or expiring) and the
// action that sets it right. Reading and checking keys takes a moment: runAsync() does it on
// the global thread pool.
class CertificateCheck
{
    Q_DECLARE_TR_FUNCTIONS(CertificateCheck)

public:
    // Days left below which a certificate is shown as critical (red) and as a warning (orange).
    static constexpr int CriticalDays = 7;
    static constexpr int WarningDays = 30;

    static QList<CertificateEntry> run(const pki::CertificateLayout& layout, const QString& hostname,
                                       const QDateTime& now);
    static QFuture<QList<CertificateEntry>> runAsync(const pki::CertificateLayout& layout,
                                                     const QString& hostname, const QDateTime& now);

    // The CA, client and server rows without files, for a configuration whose layout cannot be
    // resolved: reason becomes their problem, with fix.
    static QList<CertificateEntry> unresolved(const QString& reason, CertificateEntry::Fix fix);

    static CertificateEntry::Severity severityForDays(qint64 days);
    // "Client CA", "Your CA", "Client certificate", "Server certificate", "CA key", "Server key".
    static QString kindName(CertificateEntry::Kind kind, bool ownCa);
};

} // namespace sbs::models
