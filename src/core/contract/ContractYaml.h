#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace sbs::contract {

// The env section of a Secure Build Server contract (PROTOCOL.md §7), as the contract builder's
// form holds it. Every YAML text is made by yaml-cpp's emitter, so values that need quoting
// (":", "#", leading spaces, "yes", numbers, newlines, ...) come out quoted and read back as
// the same strings.
struct ContractEnv
{
    Q_DECLARE_TR_FUNCTIONS(ContractEnv)

public:
    // logging.logDNA; the whole logging block is left out when loggingHost is empty.
    QString loggingHost;
    QString loggingIngestionKey; // a secret: never logged
    int loggingPort = 0; // 0: no port line
    // volumes.hpsb.seed
    QString volumeSeed;
    // env: CLIENT_CRT, CLIENT_CA, SERVER_CRT, SERVER_KEY, and any the user adds, in this order.
    QList<QPair<QString, QString>> values;
    // The PEM of the public key whose private half signs the contract (envWorkloadSignature);
    // written as signingKey when not empty.
    QString signingKeyPem;

    // What must hold before the section is made; the error names the field and what to do:
    // a volume seed, a logging host without white space with an ingestion key, a port in
    // 1..65535, env names of letters, digits and '_' not starting with a digit, no name twice,
    // no empty value.
    Status check() const;
    // The section as YAML (type: env, logging, volumes, env, signingKey), after check().
    Result<QByteArray> toYaml() const;
};

// The other YAML texts of deployment, each made with yaml-cpp.
class ContractYaml
{
    Q_DECLARE_TR_FUNCTIONS(ContractYaml)

public:
    // user-data.yaml: workload, env and (when signature is not empty) envWorkloadSignature.
    static QByteArray userData(const QString& encryptedWorkload, const QString& encryptedEnv,
                               const QString& signature = QString());
    // docker-compose.yml for one service running the image by digest reference.
    static QByteArray compose(const QString& serviceName, const QString& imageReference);
    // The contract's images section for an image signed by the server: for a push server other
    // than docker.io, images.rhs.<repository>.publicKey with the base64 key (Red Hat simple
    // signing); for docker.io, images.dct.<repository> with notary and publicKey (Docker Content
    // Trust). publicKeyFileContent is what the key file holds (SignedImageKey::fileContent).
    static QByteArray imagesSection(const QString& repository, const QByteArray& publicKeyFileContent,
                                    const QString& pushServer);
    // The encrypted workload section from a file the user chose: either the bare
    // hyper-protect-basic string or YAML with a `workload:` key holding it. Anything else (plain
    // YAML, another encryption, an empty file) is refused with a message saying what was found.
    static Result<QString> readWorkload(const QByteArray& text, const QString& sourceName);
    // The service name docker-compose.yml uses for a repository ("sbs/sample-app" -> "sample-app").
    static QString serviceName(const QString& repository);
};

} // namespace sbs::contract
