#pragma once

#include "BuildConfig.h"
#include "BuildStatus.h"
#include "DataDir.h"
#include "Result.h"
#include "ServerOptions.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QPointer>
#include <QSslConfiguration>

class QSslServer;
class QSslSocket;

namespace sbs::server {

class BuildPipeline;
class OpenPgpHome;

// The SBS protocol (PROTOCOL.md §2) over HTTPS with mutual TLS. One build at a time; the
// configuration and the status live in the data folder and survive a restart.
class SbsHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    SbsHttpServer(ServerOptions options, DataDir dataDir, QObject* parent = nullptr);
    ~SbsHttpServer() override;

    // Loads the stored configuration and status, then listens with the given TLS
    // configuration. Returns the port (useful when the options ask for port 0).
    Result<quint16> start(const QSslConfiguration& tls);

    const BuildStatus& buildStatus() const { return m_status; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    using Code = QHttpServerResponder::StatusCode;
    struct Reply
    {
        Code code = Code::Ok;
        QJsonObject body;
    };

    Reply route(const QHttpServerRequest& request);
    Reply getStatus();
    Reply init(const QJsonObject& body, bool update);
    Reply build();
    Reply clean();
    Reply log(const QString& name);
    Reply signedImagePublicKey();
    Reply imageDigest();
    Reply manifest(const QJsonObject& body);
    Reply exportState(const QJsonObject& body);
    Reply importState(const QJsonObject& body);
    Reply manifestPublicKey(const QJsonObject& body);
    // The build a request names in BUILD_NAME, or the last successful one; empty on error.
    QString requestedBuild(const QJsonObject& body, Reply* error) const;

    void watchRequestSize(QSslSocket* socket);
    void saveStatus();
    void onStep(const QString& status);
    void onFailed(int rc, const QString& maskedCommand);
    void onSucceeded(const BuildResult& result);

    static Reply reply(Code code, const QString& status);

    ServerOptions m_options;
    DataDir m_dataDir;
    BuildConfig m_config;
    BuildStatus m_status;
    QByteArray m_serverSecret;
    QSslServer* m_sslServer = nullptr;
    OpenPgpHome* m_signer = nullptr;
    QPointer<BuildPipeline> m_pipeline;
};

} // namespace sbs::server
