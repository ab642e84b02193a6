#pragma once

#include "Result.h"
#include "pki/HostName.h"

#include <QCoreApplication>
#include <openssl/x509.h>
#include <optional>

namespace sbs::pki {

enum class CertificateKind { Ca, Client, Server };

// The extensions and validity of each kind of certificate, as PROTOCOL.md §4 fixes them:
// - CA: basicConstraints critical CA:TRUE, keyUsage critical keyCertSign,cRLSign,
//   EKU clientAuth,serverAuth, 730 days;
// - client: basicConstraints critical CA:FALSE, keyUsage critical digitalSignature,
//   EKU clientAuth,serverAuth, 365 days;
// - server: as the client but EKU serverAuth only and subjectAltName DNS:/IP:<HOSTNAME>.
// The server key usage is digitalSignature alone, also for RSA: keyEncipherment is needed only
// for TLS's RSA key transport, which offers no forward secrecy and which neither TLS 1.3 nor
// the ECDHE suites that Qt and OpenSSL negotiate use.
// Every certificate also gets subjectKeyIdentifier and authorityKeyIdentifier.
class CertificateProfile
{
    Q_DECLARE_TR_FUNCTIONS(CertificateProfile)

public:
    static int validityDays(CertificateKind kind);

    // Adds the extensions of kind to cert, which issuer signs (issuer == cert for a CA).
    // A server certificate needs host.
    static Status addExtensions(X509* cert, X509* issuer, CertificateKind kind,
                                const std::optional<HostName>& host);
};

} // namespace sbs::pki
