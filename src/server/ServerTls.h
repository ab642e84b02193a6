#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

namespace sbs::server {

struct ServerOptions;

// The TLS configuration of sbs-server: its certificate and key, and the client CA as the only
// trust anchor, with peer verification required. A client without a certificate, or with one
// from another CA, is refused during the handshake.
class ServerTls
{
    Q_DECLARE_TR_FUNCTIONS(ServerTls)

public:
    // Checks that the key belongs to the certificate and that the certificate chains to the
    // client CA, then builds the configuration. Errors name where each part came from.
    static Result<QSslConfiguration> configuration(const ServerOptions& options);

    // When the server key is an OpenPGP message (instance-env with --pgp-key), decrypts it with
    // the platform key in platformHome and puts the PEM in its place.
    static Status unwrapServerKey(ServerOptions& options, const QString& platformHome);
};

} // namespace sbs::server
