#pragma once

#include "Result.h"
#include "pki/CertificateInfo.h"
#include "pki/KeyInfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <openssl/x509.h>

namespace sbs::pki {

class PrivateKey;

// An X.509 certificate. Copies share the one OpenSSL object (reference counted).
class Certificate
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)

public:
    // What a chain check asks the certificate to be good for.
    enum class Purpose { Any, TlsClient, TlsServer };

    Certificate() = default;
    Certificate(const Certificate& other);
    Certificate& operator=(const Certificate& other);
    Certificate(Certificate&& other) noexcept;
    Certificate& operator=(Certificate&& other) noexcept;
    ~Certificate();

    // The first certificate in PEM text; other PEM blocks (a key after it) are skipped.
    static Result<Certificate> fromPem(const QByteArray& pem, const QString& sourceName);
    static Result<Certificate> load(const QString& path, const QString& what);
    static Certificate adopt(X509* cert);

    bool isNull() const { return m_cert == nullptr; }
    X509* handle() const { return m_cert; }
    QByteArray toPem() const;

    QString subject() const;
    QString issuer() const;
    QString serialHex() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    QStringList subjectAltNames() const;
    KeyInfo keyInfo() const;
    QString sha256Fingerprint() const;
    bool isCa() const;
    QStringList keyUsage() const;
    QStringList extendedKeyUsage() const;
    bool hasExtension(int nid) const;
    bool isExtensionCritical(int nid) const;
    CertificateInfo info() const;

    // True when key is the private half of this certificate's public key.
    bool matches(const PrivateKey& key) const;

    // Checks that this certificate chains to ca at the given time, for the given purpose,
    // and (when peerName is set) names that host or IP address. The error is OpenSSL's reason.
    // An invalid `at` leaves validity dates out of the check.
    Status verify(const Certificate& ca, Purpose purpose, const QDateTime& at,
                  const QString& peerName = QString()) const;

private:
    explicit Certificate(X509* cert);
    X509* m_cert = nullptr;
};

} // namespace sbs::pki
