#include "SbsHttpServer.h"

#include "BuildPipeline.h"
#include "ManifestKey.h"
#include "OpenPgpHome.h"
#include "StateImage.h"
#include "manifest/ManifestWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslServer>
#include <QSslSocket>

namespace sbs::server {

namespace {

constexpr qint64 MaxLogBytes = 64 * 1024 * 1024;
const char* receivedProperty = "sbsReceivedBytes";
const char* rejectedProperty = "sbsRejected";

} // namespace

SbsHttpServer::SbsHttpServer(ServerOptions options, DataDir dataDir, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_dataDir(std::move(dataDir))
    , m_signer(new OpenPgpHome(m_dataDir.gnupgDir(), OpenPgpHome::Purpose::ImageSigning))
{ }

SbsHttpServer::~SbsHttpServer()
{
    if (m_pipeline) {
        delete m_pipeline;
        m_status.setFailure(1, QStringLiteral("the server stopped during the build"),
                            QDateTime::currentDateTimeUtc());
        saveStatus();
    }
    delete m_signer;
}

Result<quint16> SbsHttpServer::start(const QSslConfiguration& tls)
{
    auto storedConfig = DataDir::readObject(m_dataDir.configPath());
    if (!storedConfig)
        return Result<quint16>::fail(storedConfig.error());
    auto config = BuildConfig::fromStored(storedConfig.value());
    if (!config)
        return Result<quint16>::fail(tr("%1: %2").arg(m_dataDir.configPath(), config.error()));
    m_config = config.take();
    auto storedStatus = DataDir::readObject(m_dataDir.statusPath());
    if (!storedStatus)
        return Result<quint16>::fail(storedStatus.error());
    m_status = BuildStatus::fromStored(storedStatus.value(), QDateTime::currentDateTimeUtc());
    saveStatus();
    auto serverSecret = StateImage::loadServerSecret(m_options.stateSecretFile);
    if (!serverSecret)
        return Result<quint16>::fail(serverSecret.error());
    m_serverSecret = serverSecret.take();

    m_sslServer = new QSslServer(this);
    m_sslServer->setSslConfiguration(tls);
    connect(m_sslServer, &QSslServer::startedEncryptionHandshake, this, &SbsHttpServer::watchRequestSize);
    if (!m_sslServer->listen(m_options.listenAddress, m_options.listenPort))
        return Result<quint16>::fail(tr("cannot listen on %1:%2: %3")
                                         .arg(m_options.listenAddress.toString())
                                         .arg(m_options.listenPort)
                                         .arg(m_sslServer->errorString()));
    bind(m_sslServer);
    return Result<quint16>::ok(m_sslServer->serverPort());
}

// QtHttpServer 6.4 reads a whole request into memory. Counting what arrives on each connection
// before the HTTP parser sees it bounds that: past the limit the data is dropped, the client
// gets 413 and the connection is closed.
void SbsHttpServer::watchRequestSize(QSslSocket* socket)
{
    const qint64 limit = m_options.maxRequestSize;
    connect(socket, &QSslSocket::readyRead, this, [socket, limit] {
        if (socket->property(rejectedProperty).toBool()) {
            socket->readAll();
            return;
        }
        const qint64 received = socket->property(receivedProperty).toLongLong() + socket->bytesAvailable();
        socket->setProperty(receivedProperty, received);
        if (received <= limit)
            return;
        socket->setProperty(rejectedProperty, true);
        socket->readAll();
        const QByteArray body = R"({"status": "request too large"})";
        socket->write(
            "HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
            "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
    // A response ends a request: the next one on the connection starts counting afresh.
    connect(socket, &QSslSocket::encryptedBytesWritten, this, [socket] {
        if (!socket->property(rejectedProperty).toBool())
            socket->setProperty(receivedProperty, 0);
    });
}

bool SbsHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const Reply r = route(request);
    makeResponder(request, socket).write(QJsonDocument(r.body), r.code);
    return true;
}

void SbsHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket)
        .write(QJsonDocument(QJsonObject { { "status", "not found" } }), Code::NotFound);
}

SbsHttpServer::Reply SbsHttpServer::reply(Code code, const QString& status)
{
    return { code, QJsonObject { { "status", status } } };
}

SbsHttpServer::Reply SbsHttpServer::route(const QHttpServerRequest& request)
{
    const QByteArray body = request.body();
    if (body.size() > m_options.maxRequestSize)
        return reply(Code::PayloadTooLarge, tr("request too large"));
    QJsonObject json;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (!doc.isObject())
            return reply(Code::BadRequest,
                         tr("the request body is not a JSON object: %1").arg(error.errorString()));
        json = doc.object();
    }

    const QString path = request.url().path();
    const auto method = request.method();
    using M = QHttpServerRequest::Method;
    if (path == QLatin1String("/image")) {
        switch (method) {
        case M::Get:
            return getStatus();
        case M::Post:
            return init(json, false);
        case M::Patch:
            return init(json, true);
        case M::Put:
            return build();
        case M::Delete:
            return clean();
        default:
            return reply(Code::MethodNotAllowed, tr("method not allowed"));
        }
    }
    if (path.startsWith(QLatin1String("/log/"))) {
        if (method != M::Get)
            return reply(Code::MethodNotAllowed, tr("method not allowed"));
        return log(path.mid(5));
    }
    if (path == QLatin1String("/manifest") || path == QLatin1String("/publickey")) {
        if (method != M::Get)
            return reply(Code::MethodNotAllowed, tr("method not allowed"));
        return path == QLatin1String("/manifest") ? manifest(json) : manifestPublicKey(json);
    }
    if (path == QLatin1String("/state-image")) {
        if (method == M::Get)
            return exportState(json);
        if (method == M::Post)
            return importState(json);
        return reply(Code::MethodNotAllowed, tr("method not allowed"));
    }
    if (path == QLatin1String("/config-json")) {
        if (method != M::Get)
            return reply(Code::MethodNotAllowed, tr("method not allowed"));
        return signedImagePublicKey();
    }
    if (path == QLatin1String("/imagedigest")) {
        if (method != M::Get)
            return reply(Code::MethodNotAllowed, tr("method not allowed"));
        return imageDigest();
    }
    return reply(Code::NotFound, tr("not found: %1").arg(path.left(200)));
}

SbsHttpServer::Reply SbsHttpServer::getStatus()
{
    return { Code::Ok, m_status.toResponse() };
}

SbsHttpServer::Reply SbsHttpServer::init(const QJsonObject& body, bool update)
{
    if (m_pipeline)
        return reply(Code::Conflict, tr("a build is running: wait for it or clean first"));
    if (update && m_config.isEmpty())
        return reply(Code::BadRequest, tr("the server is not initialized: run init first"));
    auto config = BuildConfig::fromRequest(body);
    if (!config)
        return reply(Code::BadRequest, config.error());
    if (update && config->string("SECRET") != m_config.string("SECRET"))
        return reply(Code::Forbidden,
                     tr("SECRET does not match the server's: update needs the current SECRET"));
    BuildConfig next = config.take();
    const QString newSecret = next.string("NEW_SECRET");
    if (!newSecret.isEmpty()) {
        if (!update)
            return reply(Code::BadRequest, tr("NEW_SECRET is only accepted by update"));
        next.setString("SECRET", newSecret);
    }
    QJsonObject stored = next.toJson();
    stored.remove("NEW_SECRET");
    auto checked = BuildConfig::fromStored(stored);
    if (!checked)
        return reply(Code::BadRequest, checked.error());
    const Status saved = DataDir::writeFile(m_dataDir.configPath(), QJsonDocument(stored).toJson());
    if (!saved)
        return reply(Code::InternalServerError, saved.error());
    m_config = checked.take();
    return reply(Code::Ok, QStringLiteral("OK"));
}

SbsHttpServer::Reply SbsHttpServer::build()
{
    if (m_config.isEmpty())
        return reply(Code::BadRequest, tr("the server is not initialized: run init first"));
    if (m_pipeline)
        return reply(Code::Conflict, tr("a build is already running"));
    auto* pipeline = new BuildPipeline(m_config, m_options, m_dataDir, m_signer, this);
    m_pipeline = pipeline;
    connect(pipeline, &BuildPipeline::stepReached, this, &SbsHttpServer::onStep);
    connect(pipeline, &BuildPipeline::buildFailed, this, &SbsHttpServer::onFailed);
    connect(pipeline, &BuildPipeline::buildSucceeded, this, &SbsHttpServer::onSucceeded);
    m_status.startBuild(QDateTime::currentDateTimeUtc());
    saveStatus();
    pipeline->start();
    return reply(Code::Ok, QStringLiteral("OK: async build started"));
}

SbsHttpServer::Reply SbsHttpServer::clean()
{
    if (m_pipeline) {
        m_pipeline->cancel();
        m_pipeline->deleteLater();
        m_pipeline = nullptr;
    }
    m_status.reset();
    saveStatus();
    return reply(Code::Ok, QString::fromLatin1(BuildStatus::RestartedCicd));
}

SbsHttpServer::Reply SbsHttpServer::log(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    if (!valid.match(name).hasMatch())
        return reply(Code::BadRequest, tr("invalid log name: use letters, digits, '-' and '_'"));
    QFile file(m_dataDir.logsDir() + QLatin1Char('/') + name + QStringLiteral(".log"));
    if (!file.exists())
        return reply(Code::NotFound, tr("no log called %1").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return reply(Code::InternalServerError, tr("cannot read the log %1").arg(name));
    if (file.size() > MaxLogBytes)
        file.seek(file.size() - MaxLogBytes);
    const QString text = m_config.mask(QString::fromUtf8(file.readAll()));
    return { Code::Ok, QJsonObject { { "log", text } } };
}

SbsHttpServer::Reply SbsHttpServer::signedImagePublicKey()
{
    auto key = m_signer->publicKeyArmored();
    if (!key)
        return reply(Code::NotFound, key.error());
    return { Code::Created,
             QJsonObject { { "public_key", key.value() },
                           { "repository_name", m_config.string("DOCKER_REPO") } } };
}

// The pushed image of the last successful build by digest (PROTOCOL.md §2: HTTP 201).
SbsHttpServer::Reply SbsHttpServer::imageDigest()
{
    if (m_status.imageDigest().isEmpty())
        return reply(Code::NotFound, tr("not found: %1").arg(QStringLiteral("/imagedigest")));
    return { Code::Created, QJsonObject { { "image_digest", m_status.imageDigest() } } };
}

QString SbsHttpServer::requestedBuild(const QJsonObject& body, Reply* error) const
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,254}$"));
    const QString name = body.value("BUILD_NAME").toString(m_status.buildName());
    if (name.isEmpty()) {
        *error = reply(Code::NotFound, tr("no build has succeeded yet"));
        return QString();
    }
    if (!valid.match(name).hasMatch() || name.contains(QLatin1String(".."))) {
        *error = reply(Code::BadRequest, tr("invalid BUILD_NAME"));
        return QString();
    }
    if (!QFileInfo(m_dataDir.buildsDir() + QLatin1Char('/') + name).isDir()) {
        *error = reply(Code::NotFound, tr("no build called %1").arg(name));
        return QString();
    }
    return name;
}

SbsHttpServer::Reply SbsHttpServer::manifest(const QJsonObject& body)
{
    Reply error;
    const QString build = requestedBuild(body, &error);
    if (build.isEmpty())
        return error;
    const QString name = manifest::ManifestWriter::manifestName(build);
    QFile file(m_dataDir.buildsDir() + QLatin1Char('/') + build + QLatin1Char('/') + name
               + QStringLiteral(".sig.tbz"));
    if (!file.open(QIODevice::ReadOnly))
        return reply(Code::NotFound, tr("the manifest of %1 is missing").arg(build));
    return { Code::Ok,
             QJsonObject { { "manifest_name", name },
                           { "encoded_manifest", QString::fromLatin1(file.readAll().toBase64()) } } };
}

SbsHttpServer::Reply SbsHttpServer::manifestPublicKey(const QJsonObject& body)
{
    Reply error;
    const QString build = requestedBuild(body, &error);
    if (build.isEmpty())
        return error;
    auto key = ManifestKey::loadPublic(m_dataDir.manifestKeyPath());
    if (!key)
        return reply(Code::NotFound, key.error());
    return { Code::Ok,
             QJsonObject { { "public_key_pem", QString::fromLatin1(key->publicKeyPem) },
                           { "build_name", build } } };
}

SbsHttpServer::Reply SbsHttpServer::exportState(const QJsonObject& body)
{
    if (body.contains("state_bucket_name"))
        return reply(Code::BadRequest,
                     tr("sbs-server keeps state images itself: object storage is not available"));
    if (m_pipeline)
        return reply(Code::Conflict, tr("a build is running: export the state when it has finished"));
    auto exported = StateImage::exportState(m_dataDir, m_config, m_status, *m_signer, m_serverSecret);
    if (!exported)
        return reply(Code::BadRequest, exported.error());
    return { Code::Ok, exported.value() };
}

SbsHttpServer::Reply SbsHttpServer::importState(const QJsonObject& body)
{
    if (body.contains("state_bucket_name"))
        return reply(Code::BadRequest,
                     tr("sbs-server keeps state images itself: object storage is not available"));
    if (m_pipeline)
        return reply(Code::Conflict, tr("a build is running: import the state after clean"));
    const QString secret = body.value("secret").toString();
    const QString state = body.value("state").toString();
    if (secret.isEmpty() || state.isEmpty())
        return reply(Code::BadRequest, tr("a state image import needs \"secret\" and \"state\""));
    auto imported
        = StateImage::importState(state.toLatin1(), secret.toUtf8(), m_dataDir, *m_signer, m_serverSecret);
    if (!imported)
        return reply(Code::BadRequest, imported.error());
    m_config = imported->config;
    m_status = imported->status;
    return reply(Code::Ok, QStringLiteral("OK"));
}

void SbsHttpServer::saveStatus()
{
    const Status saved
        = DataDir::writeFile(m_dataDir.statusPath(), QJsonDocument(m_status.toStored()).toJson());
    if (!saved)
        qWarning("%s", qPrintable(saved.error()));
}

void SbsHttpServer::onStep(const QString& status)
{
    m_status.setStep(status, QDateTime::currentDateTimeUtc());
    saveStatus();
}

void SbsHttpServer::onFailed(int rc, const QString& maskedCommand)
{
    m_status.setFailure(rc, maskedCommand, QDateTime::currentDateTimeUtc());
    saveStatus();
    if (m_pipeline)
        m_pipeline->deleteLater();
    m_pipeline = nullptr;
}

void SbsHttpServer::onSucceeded(const BuildResult& result)
{
    m_status.setResult(result);
    m_status.setStep(QString::fromLatin1(BuildStatus::Success), QDateTime::currentDateTimeUtc());
    saveStatus();
    if (m_pipeline)
        m_pipeline->deleteLater();
    m_pipeline = nullptr;
}

} // namespace sbs::server
