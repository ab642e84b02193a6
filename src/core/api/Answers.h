#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sbs::api {

// The typed answers of PROTOCOL.md §2. Each fromJson() is tolerant of extra keys and strict
// about the keys the client uses: a missing key or a wrong type is an error naming the key.

// One entry of the optional "steps" list (sbs-server only; a client must not depend on it).
struct StatusStep
{
    QString status;
    QDateTime time; // UTC; invalid when the server gave none or an unreadable one
};

// GET /image
struct ServerStatus
{
    Q_DECLARE_TR_FUNCTIONS(ServerStatus)

public:
    enum class Phase {
        NotInitialized, // "" before the first init
        Restarted, // "restarted cicd" after clean
        Running, // one of the build stages before success
        Succeeded, // "success"
        Failed, // "exiting due to a non-zero return value: …"
        Unknown, // a text this client does not know; shown as it is
    };

    QString status;
    QString buildName;
    QString imageTag;
    QString manifestKeyGen;
    QString manifestPublicKey;
    QString rootSshEnabled;
    QList<StatusStep> steps; // empty when the server sends none
    QDateTime buildStarted; // invalid when the server sends none
    QJsonObject json; // the whole answer, for display

    static Result<ServerStatus> fromJson(const QJsonObject& json);

    Phase phase() const;
    // For a failed build: the exit code and the command of the status text; -1 and "" otherwise.
    int failedExitCode() const;
    QString failedCommand() const;
};

// GET /manifest
struct ManifestDownload
{
    QString manifestName; // "manifest.<build name>", checked to be a plain file name
    QByteArray archive; // the decoded .sig.tbz

    QString fileName() const { return manifestName + QStringLiteral(".sig.tbz"); }
    static Result<ManifestDownload> fromJson(const QJsonObject& json);
};

// GET /publickey
struct ManifestPublicKey
{
    QString publicKeyPem;
    QString buildName;

    // "manifest.<build name>-public.pem"
    QString fileName() const;
    static Result<ManifestPublicKey> fromJson(const QJsonObject& json);
};

// GET /config-json (HTTP 201)
struct SignedImageKey
{
    QString publicKey;
    QString repositoryName;

    // "<repository_name with / replaced by ->-public.key"
    QString fileName() const;
    // What the file holds: the key as it is for docker.io, its base64 form otherwise.
    QByteArray fileContent(const QString& pushServer) const;
    static Result<SignedImageKey> fromJson(const QJsonObject& json);
};

// GET /state-image
struct StateImageAnswer
{
    QString name; // checked to be a plain file name
    QString exportTag;
    QString state; // empty when the state went to object storage
    QByteArray body; // the whole answer as received, which is what the file holds

    bool isInBucket() const { return state.isEmpty(); }
    static Result<StateImageAnswer> fromJson(const QByteArray& body);
};

// Whether name can be used as a file name in a folder: not empty, no '/', not "." or "..",
// no NUL, at most 255 bytes.
bool isPlainFileName(const QString& name);

} // namespace sbs::api

namespace sbs::api {

// GET /imagedigest (HTTP 201): the reference prints the whole answer, so servers differ. The
// reference with digest ("registry/ns/repo@sha256:<64 hex>") is accepted as a JSON string, a
// one-element array, or an object holding it under any key.
Result<QString> imageDigestFromBody(const QByteArray& body);

} // namespace sbs::api
