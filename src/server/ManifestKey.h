#pragma once

#include "Result.h"
#include "pki/PrivateKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace sbs::server {

// The server's manifest signing key (RSA), kept in the data folder as PKCS#8 PEM (0600) and
// made on first use. Safe to call from a worker thread: one build at a time uses it.
class ManifestKey
{
    Q_DECLARE_TR_FUNCTIONS(ManifestKey)

public:
    struct Loaded
    {
        pki::PrivateKey key;
        QByteArray publicKeyPem;
        QDateTime created; // when the key was generated (the file's time)
    };

    static Result<Loaded> loadOrCreate(const QString& path);
    // The public half and creation time of an existing key, without the private key staying
    // in memory; fails when there is no key yet.
    static Result<Loaded> loadPublic(const QString& path);
};

} // namespace sbs::server
