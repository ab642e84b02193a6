#pragma once

#include "Result.h"
#include "pki/OpenSslHandles.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sbs::pki {

// The server's HOSTNAME as it goes into the server certificate: a DNS name gets a
// subjectAltName DNS:<name>, an IPv4 or IPv6 address gets IP:<address> (clients match an
// address only against an IP entry).
class HostName
{
    Q_DECLARE_TR_FUNCTIONS(HostName)

public:
    // Fails, naming sourceName, for an empty value or one that is neither a DNS name nor an
    // IP address.
    static Result<HostName> parse(const QString& value, const QString& sourceName);

    const QString& text() const { return m_text; }
    bool isIpAddress() const { return m_isIp; }

    // "DNS:sbs.example.com" or "IP:10.0.0.1", the form Certificate::subjectAltNames() uses.
    QString sanEntry() const;
    // True when sanEntries (as from Certificate::subjectAltNames()) hold this host.
    bool isIn(const QStringList& sanEntries) const;

    // A subjectAltName extension naming this host.
    Result<X509ExtensionPtr> createExtension() const;

private:
    HostName(QString text, bool isIp);
    QString m_text;
    bool m_isIp = false;
};

} // namespace sbs::pki
