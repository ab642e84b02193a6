#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sbs::server {

namespace {

struct PemSource
{
    QByteArray pem;
    QString source;
};

// The PEM from --option FILE, or else from the base64 environment variable.
Result<PemSource> readPem(const QCommandLineParser& parser, const QString& option,
                          const QProcessEnvironment& env, const QString& variable)
{
    if (parser.isSet(option)) {
        const QString path = parser.value(option);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<PemSource>::fail(
                ServerOptions::tr("--%1: cannot read %2: %3").arg(option, path, file.errorString()));
        return Result<PemSource>::ok({ file.readAll(), path });
    }
    if (env.contains(variable)) {
        const QByteArray encoded = env.value(variable).toLatin1().trimmed();
        auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return Result<PemSource>::fail(
                ServerOptions::tr("%1 is not base64 of a PEM file (as instance-env prints it)")
                    .arg(variable));
        return Result<PemSource>::ok({ *decoded, variable });
    }
    return Result<PemSource>::fail(
        ServerOptions::tr("no %1: give --%2 FILE or set %1 to base64 of the PEM").arg(variable, option));
}

QString absolute(const QString& path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

} // namespace

Result<ServerOptions> ServerOptions::parse(const QStringList& arguments, const QProcessEnvironment& env,
                                           bool* helpRequested)
{
    *helpRequested = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("An on-premises Secure Build Server: serves the SBS protocol over HTTPS with mutual TLS, "
           "clones, builds, signs and pushes container images.\n\n"
           "The certificates come from files or, as on a Hyper Protect instance, from the "
           "environment variables CLIENT_CA, SERVER_CRT and SERVER_KEY holding base64 of the PEM "
           "text (the output of sbsctl instance-env). A file option wins over its variable. "
           "Clients must present a certificate issued by the client CA."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({ "h", "help" }, tr("Shows this help."));
    const QCommandLineOption versionOption({ "v", "version" }, tr("Shows the version."));
    const QList<QCommandLineOption> options = {
        helpOption,
        versionOption,
        { "listen", tr("Address and port to listen on (default 127.0.0.1:8443)."), "HOST:PORT",
          "127.0.0.1:8443" },
        { "data-dir", tr("Folder (made 0700) for the configuration, status, keys and logs. Required."),
          "DIR" },
        { "client-ca", tr("CA certificate (PEM) that client certificates must chain to. Else CLIENT_CA."),
          "FILE" },
        { "server-cert", tr("Server certificate (PEM), issued by the client CA. Else SERVER_CRT."), "FILE" },
        { "server-key",
          tr("Server private key: PEM, or the PEM encrypted to the server's platform key as an "
             "ASCII-armoured OpenPGP message (see --print-platform-key). Else SERVER_KEY."),
          "FILE" },
        { "print-platform-key",
          tr("Prints the server's platform OpenPGP public key (made in DATA-DIR when missing) and "
             "exits. sbsctl instance-env encrypts SERVER_KEY to it.") },
        { "pgp-home",
          tr("Folder (made 0700 when missing) of the server's own OpenPGP home with the platform "
             "key, used to decrypt an OpenPGP-armoured SERVER_KEY and by --print-platform-key "
             "(default DATA-DIR/platform-gnupg)."),
          "DIR" },
        { "max-request-size",
          tr("Largest request (headers and body) accepted, in bytes (default %1).")
              .arg(DefaultMaxRequestSize),
          "BYTES" },
        { "registry-cert-dir",
          tr("Folder with the registry CA certificates (*.crt), given to buildah and skopeo "
             "as --cert-dir."),
          "DIR" },
        { "storage-driver", tr("Container storage driver for buildah (for example vfs or overlay)."),
          "NAME" },
        { "containers-root", tr("Container storage root for buildah."), "DIR" },
        { "containers-runroot", tr("Container storage run root for buildah."), "DIR" },
        { "isolation", tr("buildah isolation for RUN steps (default chroot)."), "TYPE", "chroot" },
        { "signature-store",
          tr("Lookaside folder where image signatures are written; the server "
             "writes a registries.d naming it."),
          "DIR" },
        { "registries-d", tr("registries.d folder for skopeo; wins over the one --signature-store makes."),
          "DIR" },
        { "signature-policy",
          tr("policy.json for skopeo (default: one the server writes that accepts its "
             "own pushes)."),
          "FILE" },
        { "state-secret-file",
          tr("File with the server's secret for state images (base64; made when missing; "
             "default DATA-DIR/keys/state-secret). A server started with the same file "
             "imports the state images of this one."),
          "FILE" },
    };
    parser.addOptions(options);

    if (!parser.parse(arguments))
        return Result<ServerOptions>::fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        *helpRequested = true;
        return Result<ServerOptions>::fail(parser.helpText());
    }
    if (parser.isSet(versionOption)) {
        *helpRequested = true;
        return Result<ServerOptions>::fail(
            QStringLiteral("sbs-server %1\n").arg(QStringLiteral(SBS_VERSION)));
    }
    if (!parser.positionalArguments().isEmpty())
        return Result<ServerOptions>::fail(
            tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    ServerOptions o;
    const QString listen = parser.value("listen");
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!portOk || port > 65535 || !o.listenAddress.setAddress(host))
        return Result<ServerOptions>::fail(
            tr("--listen %1: expected HOST:PORT with an IP address, e.g. 127.0.0.1:8443").arg(listen));
    o.listenPort = quint16(port);

    if (!parser.isSet("data-dir") || parser.value("data-dir").isEmpty())
        return Result<ServerOptions>::fail(tr("--data-dir DIR is required"));
    o.dataDir = absolute(parser.value("data-dir"));

    if (parser.isSet("max-request-size")) {
        bool ok = false;
        o.maxRequestSize = parser.value("max-request-size").toLongLong(&ok);
        if (!ok || o.maxRequestSize < 1024)
            return Result<ServerOptions>::fail(
                tr("--max-request-size: expected a number of bytes, at least 1024"));
    }

    o.pgpHome = absolute(parser.value("pgp-home"));

    o.printPlatformKey = parser.isSet("print-platform-key");
    if (o.printPlatformKey)
        return Result<ServerOptions>::ok(std::move(o));

    auto ca = readPem(parser, "client-ca", env, "CLIENT_CA");
    if (!ca)
        return Result<ServerOptions>::fail(ca.error());
    auto cert = readPem(parser, "server-cert", env, "SERVER_CRT");
    if (!cert)
        return Result<ServerOptions>::fail(cert.error());
    auto key = readPem(parser, "server-key", env, "SERVER_KEY");
    if (!key)
        return Result<ServerOptions>::fail(key.error());
    o.clientCaPem = ca->pem;
    o.clientCaSource = ca->source;
    o.serverCertPem = cert->pem;
    o.serverCertSource = cert->source;
    o.serverKeyPem = key->pem;
    o.serverKeySource = key->source;

    o.registryCertDir = absolute(parser.value("registry-cert-dir"));
    o.storageDriver = parser.value("storage-driver");
    o.containersRoot = absolute(parser.value("containers-root"));
    o.containersRunRoot = absolute(parser.value("containers-runroot"));
    o.isolation = parser.value("isolation");
    o.signatureStore = absolute(parser.value("signature-store"));
    o.registriesD = absolute(parser.value("registries-d"));
    o.signaturePolicy = absolute(parser.value("signature-policy"));
    o.stateSecretFile = parser.isSet("state-secret-file") ? absolute(parser.value("state-secret-file"))
                                                          : o.dataDir + QStringLiteral("/keys/state-secret");
    return Result<ServerOptions>::ok(std::move(o));
}

} // namespace sbs::server
