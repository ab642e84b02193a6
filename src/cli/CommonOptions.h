#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sbs::cli {

// The options every sbsctl command line may carry (the reference client's names), and the
// ones several certificate commands share.
class CommonOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommonOptions)

public:
    static constexpr const char* Env = "env";
    static constexpr const char* CaPath = "capath";
    static constexpr const char* CaKeyPath = "cakeypath";
    static constexpr const char* CsrPath = "csrpath";
    static constexpr const char* CertPath = "certpath";
    static constexpr const char* ClientCrtKey = "client-crt-key";
    static constexpr const char* ContainerName = "container-name";
    static constexpr const char* Verbose = "verbose";
    static constexpr const char* KeyType = "key-type";
    static constexpr const char* Force = "force";

    // --env, the certificate paths, --container-name, -v/--verbose.
    static QList<QCommandLineOption> common();
    // --key-type rsa2048|rsa3072|rsa4096|p256|p384
    static QCommandLineOption keyType();
    // --force
    static QCommandLineOption force();
};

} // namespace sbs::cli
