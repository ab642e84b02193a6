#pragma once

#include "Result.h"
#include "pki/Certificate.h"
#include "pki/CertificateProfile.h"
#include "pki/CertificateRequest.h"
#include "pki/CertificateValidity.h"
#include "pki/HostName.h"
#include "pki/KeyType.h"
#include "pki/PrivateKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace sbs::pki {

// A CA certificate with its key: creates itself (self-signed) or is loaded and checked, then
// issues client and server certificates. Signatures are SHA-256, serials 127-bit random.
class CertificateAuthority
{
    Q_DECLARE_TR_FUNCTIONS(CertificateAuthority)

public:
    // A new self-signed CA with a fresh key of the given type.
    static Result<CertificateAuthority> create(const QString& commonName, KeyType keyType,
                                               const CertificateValidity& validity = {});
    // A self-signed CA for an existing key.
    static Result<CertificateAuthority> create(const QString& commonName, const PrivateKey& key,
                                               const CertificateValidity& validity = {});

    // Loads CAPATH and CAKEYPATH and checks them: readable PEM, CA:TRUE, allowed to sign
    // certificates, valid at `now`, and the key belongs to the certificate. Every error names
    // the file and says what to do.
    static Result<CertificateAuthority> load(const QString& certPath, const QString& keyPath,
                                             const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The same checks for a certificate and key already in memory.
    static Result<CertificateAuthority> fromParts(const Certificate& cert, const PrivateKey& key,
                                                  const QString& certName, const QString& keyName,
                                                  const QDateTime& now = QDateTime::currentDateTimeUtc());

    const Certificate& certificate() const { return m_cert; }
    const PrivateKey& key() const { return m_key; }

    // Signs request as a certificate of the given kind (Client or Server; a Server needs host).
    // The subject and the public key come from the request; the extensions from the profile.
    Result<Certificate> issue(const CertificateRequest& request, CertificateKind kind,
                              const std::optional<HostName>& host = std::nullopt,
                              const CertificateValidity& validity = {}) const;

private:
    CertificateAuthority(Certificate cert, PrivateKey key);
    Certificate m_cert;
    PrivateKey m_key;
};

} // namespace sbs::pki
