#pragma once

#include "Result.h"
#include "pki/HostName.h"
#include "pki/PrivateKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>
#include <openssl/x509.h>
#include <optional>

namespace sbs::pki {

// A certificate signing request (PKCS#10), signed with SHA-256 by the key it carries.
class CertificateRequest
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRequest)

public:
    CertificateRequest() = default;

    // subject: a common name (CN=<commonName>). host adds a subjectAltName request.
    static Result<CertificateRequest> create(const QString& commonName, const PrivateKey& key,
                                             const std::optional<HostName>& host = std::nullopt);
    // The same with the whole subject name of an existing certificate (for a renewal).
    static Result<CertificateRequest> create(const X509_NAME* subject, const PrivateKey& key,
                                             const std::optional<HostName>& host = std::nullopt);
    static Result<CertificateRequest> fromPem(const QByteArray& pem, const QString& sourceName);

    bool isNull() const { return !m_request; }
    X509_REQ* handle() const { return m_request.get(); }
    QByteArray toPem() const;
    QString subject() const;
    // True when the request is signed by the key it carries.
    bool hasValidSignature() const;

private:
    explicit CertificateRequest(X509_REQ* request);
    std::shared_ptr<X509_REQ> m_request;
};

} // namespace sbs::pki
