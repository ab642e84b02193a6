#pragma once

#include "Result.h"
#include "pki/Certificate.h"
#include "pki/CertificateAuthority.h"
#include "pki/CertificateLayout.h"
#include "pki/PrivateKey.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sbs::pki {

// Loads the certificates of a layout from disk and checks that they belong together: each
// key matches its certificate, and the client and server certificates were issued by the CA.
// Validity dates are not judged here (an expired certificate still loads, so that it can be
// renewed); callers look at daysLeft().
class CertificateSet
{
    Q_DECLARE_TR_FUNCTIONS(CertificateSet)

public:
    struct Pair
    {
        Certificate certificate;
        PrivateKey key;
    };

    // The CA certificate alone (what instance-env needs).
    static Result<Certificate> loadCaCertificate(const CertificateLayout& layout);
    // The CA certificate and key, checked for signing at `now` (CertificateAuthority::load).
    static Result<CertificateAuthority> loadAuthority(const CertificateLayout& layout, const QDateTime& now);
    // The client certificate and key from CLIENT_CRT_KEY (certificate first, then key).
    static Result<Pair> loadClient(const CertificateLayout& layout, const Certificate& ca);
    // The server certificate (CERTPATH) and its key (server-cert-key.pem next to it).
    static Result<Pair> loadServer(const CertificateLayout& layout, const Certificate& ca);
};

} // namespace sbs::pki
