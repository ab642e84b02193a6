#pragma once

#include "BuildConfig.h"
#include "BuildStatus.h"
#include "DataDir.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace sbs::server {

class OpenPgpHome;

// The server's state image (PROTOCOL.md §6): the image signing key, the manifest key, the
// build configuration, the status and the build records, sealed by state::StateCipher with
// the user's SECRET and the server's own secret.
class StateImage
{
    Q_DECLARE_TR_FUNCTIONS(StateImage)

public:
    // The server secret from path, made (32 random bytes, 0600) when the file does not exist.
    static Result<QByteArray> loadServerSecret(const QString& path);

    // The GET /state-image answer: {"name", "export_tag", "state"}.
    static Result<QJsonObject> exportState(const DataDir& dataDir, const BuildConfig& config,
                                           const BuildStatus& status, const OpenPgpHome& signer,
                                           const QByteArray& serverSecret);

    struct Imported
    {
        BuildConfig config;
        BuildStatus status;
    };
    // Opens and checks the whole image first; only then writes keys, configuration, status and
    // build records. A failure changes nothing.
    static Result<Imported> importState(const QByteArray& stateBase64, const QByteArray& userSecret,
                                        const DataDir& dataDir, const OpenPgpHome& signer,
                                        const QByteArray& serverSecret);
};

} // namespace sbs::server
