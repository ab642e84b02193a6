#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace sbs::server {

// Everything sbs-server is started with: the command line, with the certificates also taken
// from the environment the way a Hyper Protect instance passes them (CLIENT_CA, SERVER_CRT,
// SERVER_KEY as base64 of the PEM text).
struct ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    static constexpr qint64 DefaultMaxRequestSize = 8 * 1024 * 1024;

    QHostAddress listenAddress;
    quint16 listenPort = 0;
    QString dataDir;
    bool printPlatformKey = false; // --print-platform-key: print the public key and exit
    QString pgpHome; // --pgp-home: the platform OpenPGP home (empty: the data dir's platform-gnupg)

    // PEM text of the certificates and key, and where each came from (for messages).
    QByteArray clientCaPem;
    QByteArray serverCertPem;
    QByteArray serverKeyPem;
    QString clientCaSource;
    QString serverCertSource;
    QString serverKeySource;

    qint64 maxRequestSize = DefaultMaxRequestSize;

    // Container tools.
    QString registryCertDir; // --registry-cert-dir: certs.d-style folder for buildah and skopeo
    QString storageDriver; // --storage-driver (vfs, overlay); empty: the tools' default
    QString containersRoot; // --containers-root
    QString containersRunRoot; // --containers-runroot
    QString isolation; // --isolation (chroot by default)
    QString signatureStore; // --signature-store: the lookaside folder for simple signatures
    QString registriesD; // --registries-d: a registries.d folder naming the store
    QString signaturePolicy; // --signature-policy: policy.json for skopeo
    QString stateSecretFile; // --state-secret-file: the server's half of the state image key

    // Parses arguments (with the program name first). On --help or --version the result is
    // a failure whose text is the help or version text and helpRequested is set.
    static Result<ServerOptions> parse(const QStringList& arguments, const QProcessEnvironment& env,
                                       bool* helpRequested);
};

} // namespace sbs::server
