#pragma once

#include <QDateTime>

namespace sbs::pki {

// When a new certificate starts and how long it lasts. Defaults: now, and the profile's days
// (CertificateProfile::validityDays). Tests set both to make expired or expiring certificates.
struct CertificateValidity
{
    QDateTime notBefore;
    int days = 0;
};

} // namespace sbs::pki
