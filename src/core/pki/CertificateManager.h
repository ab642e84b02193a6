#pragma once

#include "Result.h"
#include "pki/CertificateLayout.h"
#include "pki/CertificatePlan.h"
#include "pki/CertificateReport.h"
#include "pki/KeyType.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QString>

namespace sbs::pki {

// The certificate commands of a profile (create-client-cert, create-server-cert,
// delete-certificates) on one CertificateLayout. Every operation checks its inputs and
// targets before it writes anything, never overwrites a file it was not told to replace,
// and backs up what it replaces. Key generation can take seconds: the *Async variants run on
// the global thread pool for the GUI; the plain ones block and suit sbsctl and workers.
class CertificateManager
{
    Q_DECLARE_TR_FUNCTIONS(CertificateManager)

public:
    explicit CertificateManager(CertificateLayout layout);

    const CertificateLayout& layout() const { return m_layout; }

    // The time used for validity checks and as notBefore of new certificates (tests set it).
    void setCurrentTime(const QDateTime& utc) { m_now = utc; }
    QDateTime currentTime() const;

    // Default layout: a new CA plus a client certificate issued by it. Own-CA mode: a client
    // certificate issued by the user's CA, or nothing (Kept) when CLIENT_CRT_KEY exists and
    // belongs to that CA.
    Result<CertificatePlan> planClientCertificates(KeyType keyType) const;
    Result<CertificateReport> createClientCertificates(KeyType keyType) const;
    QFuture<Result<CertificateReport>> createClientCertificatesAsync(KeyType keyType) const;

    // A server key and certificate for hostname (the config's HOSTNAME), issued by the CA.
    // An existing server certificate that names hostname is kept. One that names another host
    // is an error naming both, unless force: then the old server files are backed up
    // (<file>.<UTC time>) and new ones written.
    Result<CertificatePlan> planServerCertificate(const QString& hostname, KeyType keyType, bool force) const;
    Result<CertificateReport> createServerCertificate(const QString& hostname, KeyType keyType,
                                                      bool force) const;
    QFuture<Result<CertificateReport>> createServerCertificateAsync(const QString& hostname, KeyType keyType,
                                                                    bool force) const;

    // Removes the default-layout file .<CONTAINER_NAME>-<UUID> and its .d folder, nothing else.
    Result<CertificateReport> deleteCertificates() const;

    static QString caCommonName(const QString& containerName);
    static QString clientCommonName(const QString& containerName);
    static QString serverCommonName(const QString& containerName, const QString& hostname);

private:
    Result<CertificatePlan> planOwnCaClient(KeyType keyType) const;
    Result<CertificatePlan> planDefaultClient(KeyType keyType) const;

    CertificateLayout m_layout;
    QDateTime m_now;
};

} // namespace sbs::pki
