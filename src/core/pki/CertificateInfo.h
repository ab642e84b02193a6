#pragma once

#include "pki/KeyInfo.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sbs::pki {

// Everything the user is shown about one certificate: the inspection record the CLI prints
// and the GUI's certificate page displays.
struct CertificateInfo
{
    QString subject; // RFC 2253 form, e.g. "CN=container client"
    QString issuer;
    QString serialHex; // upper-case hex, no separators
    QDateTime notBefore; // UTC
    QDateTime notAfter; // UTC
    QStringList subjectAltNames; // "DNS:sbs.example.com", "IP:10.0.0.1"
    KeyInfo key;
    QString sha256Fingerprint; // "AB:CD:…"
    bool isCa = false;
    QStringList keyUsage; // "digitalSignature", "keyCertSign", …
    QStringList extendedKeyUsage; // "clientAuth", "serverAuth", …

    // Whole days until notAfter, rounded down; negative once expired.
    qint64 daysLeft(const QDateTime& now) const
    {
        const qint64 seconds = now.secsTo(notAfter);
        return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    }
    bool isExpired(const QDateTime& now) const { return now > notAfter; }
    bool isNotYetValid(const QDateTime& now) const { return now < notBefore; }
};

} // namespace sbs::pki
