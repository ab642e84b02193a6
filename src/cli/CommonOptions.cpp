#include "CommonOptions.h"

#include "pki/KeyType.h"

namespace sbs::cli {

QList<QCommandLineOption> CommonOptions::common()
{
    auto option = [](const char* name, const QString& description, const QString& value) {
        return QCommandLineOption(QString::fromLatin1(name), description, value);
    };
    return {
        option(Env, tr("The configuration (sbs-config.json) to use. Required."), tr("FILE")),
        option(CaPath, tr("Your CA certificate (own-CA mode; overrides CAPATH)."), tr("FILE")),
        option(CaKeyPath, tr("Your CA key (own-CA mode; overrides CAKEYPATH)."), tr("FILE")),
        option(CsrPath, tr("Where the server CSR goes (overrides CSRPATH)."), tr("FILE")),
        option(CertPath,
               tr("Where the server certificate goes; its key goes next to it (overrides CERTPATH)."),
               tr("FILE")),
        option(ClientCrtKey, tr("The client certificate followed by its key (overrides CLIENT_CRT_KEY)."),
               tr("FILE")),
        option(ContainerName,
               tr("The name in the default certificate file names (overrides CONTAINER_NAME)."), tr("NAME")),
        QCommandLineOption({ QStringLiteral("v"), QString::fromLatin1(Verbose) },
                           tr("Say more; repeat for even more.")),
    };
}

QCommandLineOption CommonOptions::keyType()
{
    return QCommandLineOption(QString::fromLatin1(KeyType),
                              tr("Type of new keys: %1 (default rsa2048).").arg(pki::keyTypeChoices()),
                              tr("TYPE"));
}

QCommandLineOption CommonOptions::force()
{
    return QCommandLineOption(
        QString::fromLatin1(Force),
        tr("Replace what exists, backing it up first: create-server-cert makes a new server "
           "certificate, renew-certs renews at once."));
}

} // namespace sbs::cli
