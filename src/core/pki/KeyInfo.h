#pragma once

#include "pki/KeyType.h"

#include <QString>
#include <openssl/evp.h>

namespace sbs::pki {

// What a public or private key is: algorithm, size and curve, for inspection and for
// picking the type of a renewed key.
struct KeyInfo
{
    QString algorithm; // "RSA", "EC", or OpenSSL's name for anything else
    int bits = 0;
    QString curve; // NIST name for EC keys ("P-256"), empty otherwise

    static KeyInfo of(const EVP_PKEY* key);

    // "RSA 2048" or "EC P-256".
    QString text() const;
    // The generated type this key is, or the nearest stronger one (RSA-1024 → rsa2048).
    KeyType closestKeyType() const;
};

} // namespace sbs::pki
