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
#include <optional>

namespace sbs::pki {

// renew-certs: issues new client and server certificates (with new keys) from the same CA
// when they expire within `days` days, have expired, or when forced. The old files are
// backed up as <file>.<UTC time>. The CA itself is not renewed: a new CA means a new
// contract for the server, which is what delete-certificates + create-client-cert is for.
class CertificateRenewal
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRenewal)

public:
    static constexpr int DefaultDays = 30;

    struct Options
    {
        QString hostname; // the config's HOSTNAME, for the server certificate's subjectAltName
        int days = DefaultDays;
        bool force = false;
        std::optional<KeyType> keyType; // default: the type of the key being replaced
        QDateTime now; // default: the current time
    };

    // NothingToDo (with a message saying how long each certificate is still valid) or a plan
    // that replaces what is due.
    static Result<CertificatePlan> plan(const CertificateLayout& layout, const Options& options);
    static Result<CertificateReport> renew(const CertificateLayout& layout, const Options& options);
    static QFuture<Result<CertificateReport>> renewAsync(const CertificateLayout& layout,
                                                         const Options& options);
};

} // namespace sbs::pki
