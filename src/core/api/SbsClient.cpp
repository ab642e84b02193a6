#include "api/SbsClient.h"

#include "api/CallOutcome.h"
#include "api/ClientTlsFiles.h"
#include "api/RequestName.h"
#include "config/ConfigSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <limits>

namespace sbs::api {

// The private state of one call, shared by the lambdas that watch its reply.
struct CallState
{
    QNetworkReply* reply = nullptr;
    QTimer* timer = nullptr;
    QPointer<QObject> context;
    bool hasContext = false;
    bool contextGone = false;
    Handler<QByteArray> done;
    CallFacts facts;
};

namespace {

class ClientText
{
    Q_DECLARE_TR_FUNCTIONS(sbs::api::SbsClient)
};

// One text value of a successful answer ("status" of init, "log" of log).
Result<QString> textOf(const QJsonObject& json, const char* key, const QString& name)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return Result<QString>::fail(
            ClientText::tr("the server's answer to %1 has no \"%2\"").arg(name, QLatin1String(key)));
    if (!v.isString())
        return Result<QString>::fail(ClientText::tr("the server's answer to %1 has \"%2\", but not as a text")
                                         .arg(name, QLatin1String(key)));
    return Result<QString>::ok(v.toString());
}

// True when bytes hold nothing but white space (without copying a large answer).
bool isBlank(const QByteArray& bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return QChar::isSpace(uchar(c)); });
}

// Every text inside a secret value: the string, or the strings and numbers of an object or list.
void collectTexts(const QJsonValue& value, QStringList& out)
{
    if (value.isString()) {
        out << value.toString();
    } else if (value.isDouble()) {
        out << QString::number(value.toDouble(), 'g', 17);
        const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
        if (integer != std::numeric_limits<qint64>::min())
            out << QString::number(integer);
    } else if (value.isArray()) {
        for (const QJsonValue& element : value.toArray())
            collectTexts(element, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectTexts(it.value(), out);
    }
}

// A value as it appears inside a JSON string (quotes, backslashes, control characters escaped).
QString jsonEscaped(const QString& value)
{
    const QByteArray json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(2, json.size() - 4));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// PendingCall

void PendingCall::cancel()
{
    if (!m_finished && m_cancel)
        m_cancel();
}

// ---------------------------------------------------------------------------------------------
// SbsClient

SbsClient::SbsClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_setupError = tr("no build server is set up: give HOSTNAME and the certificate files first");
}

SbsClient::~SbsClient()
{
    // The calls go first: with them go every connection to their replies, so no handler runs.
    const QList<PendingCall*> calls = findChildren<PendingCall*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
    // Deleting the manager deletes (and so aborts) the replies still running. Inside a reply's
    // signal (a progressed() slot that deletes the client) that reply must outlive the signal.
    if (*m_inReplySignal > 0) {
        m_network->setParent(nullptr);
        m_network->deleteLater();
    } else {
        delete m_network;
    }
    m_network = nullptr;
}

Status SbsClient::setEndpoint(const Endpoint& endpoint)
{
    // A call in flight was set up with the old files, and once the connection cache is cleared
    // it may never be answered: it ends now as cancelled, and its caller may ask again.
    const QList<PendingCall*> calls = findChildren<PendingCall*>(Qt::FindDirectChildrenOnly);
    for (PendingCall* call : calls) {
        if (call->isRunning())
            call->cancel();
    }
    m_endpoint = endpoint;
    m_ready = false;
    if (endpoint.host.trimmed().isEmpty()) {
        m_setupError = tr("no HOSTNAME is set: add the host name of the build server to the configuration");
        return Status::fail(m_setupError);
    }
    auto files = ClientTlsFiles::load(endpoint);
    if (!files) {
        m_setupError = files.error();
        return Status::fail(m_setupError);
    }
    // A kept-alive connection was checked with the old files: none may serve the new ones.
    m_network->clearConnectionCache();
    m_tls = files->configuration();
    m_clientNotBefore = files->clientNotBefore();
    m_clientNotAfter = files->clientNotAfter();
    m_setupError.clear();
    m_ready = true;
    return Status::ok();
}

void SbsClient::setServerVerification(bool verify)
{
    if (verify == m_verifyServer)
        return;
    m_verifyServer = verify;
    m_network->clearConnectionCache();
}

void SbsClient::setSecrets(const QStringList& values)
{
    QStringList secrets;
    for (const QString& value : values) {
        if (value.isEmpty())
            continue;
        secrets << value;
        const QString escaped = jsonEscaped(value);
        if (escaped != value)
            secrets << escaped;
    }
    secrets.removeDuplicates();
    // Longer values first, so a secret that contains another one is masked as a whole.
    std::stable_sort(secrets.begin(), secrets.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    m_secrets = secrets;
}

QStringList SbsClient::secretsOf(const config::ConfigDocument& doc)
{
    QStringList values;
    const QStringList keys = doc.keys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (config::ConfigSchema::isSecretKey(keys.at(i)))
            collectTexts(doc.valueAt(i), values);
    }
    values.removeAll(QString());
    values.removeDuplicates();
    return values;
}

QString SbsClient::mask(QString text) const
{
    for (const QString& secret : m_secrets)
        text.replace(secret, QStringLiteral("<secret>"));
    return text;
}

PendingCall* SbsClient::send(const Request& request, QObject* context, Handler<QByteArray> done)
{
    auto* call = new PendingCall(this);
    auto state = std::make_shared<CallState>();
    state->context = context;
    state->hasContext = context != nullptr;
    state->done = std::move(done);

    CallFacts& facts = state->facts;
    facts.name = callName(request);
    facts.host = m_endpoint.host;
    facts.port = m_endpoint.port;
    facts.caPath = m_endpoint.caPath;
    facts.clientCertPath = m_endpoint.clientCertKeyPath;
    facts.clientNotBefore = m_clientNotBefore;
    facts.clientNotAfter = m_clientNotAfter;
    facts.maxReplyBytes = request.maxReplyBytes;
    const int timeoutMs = std::max(1, int(std::lround(request.timeoutMs * m_timeoutScale)));
    facts.timeoutSeconds = std::max(1, int(std::lround(timeoutMs / 1000.0)));

    if (!m_ready) {
        call->m_finished = true;
        deliver(call, state, Reply<QByteArray>::failure(ErrorKind::Local, m_setupError));
        return call;
    }

    QNetworkRequest req(QUrl(m_endpoint.baseUrl() + request.path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // No compression: Content-Length is then the size of the body, and the limit holds.
    req.setRawHeader(QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity"));
    QSslConfiguration tls = m_tls;
    if (!m_verifyServer)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    req.setSslConfiguration(tls);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // A silent connection ends sooner than the whole call may last (at most 5 minutes of silence).
    req.setTransferTimeout(std::min(timeoutMs, int(std::lround(300000 * m_timeoutScale))));

    QNetworkReply* reply = request.body.isEmpty()
        ? m_network->sendCustomRequest(req, request.method)
        : m_network->sendCustomRequest(req, request.method, request.body);
    state->reply = reply;
    state->timer = new QTimer(call);
    state->timer->setSingleShot(true);

    const std::shared_ptr<int> inSignal = m_inReplySignal;
    const auto abortWith = [state](bool CallFacts::*flag) {
        if (state->reply && state->reply->isRunning()) {
            state->facts.*flag = true;
            state->reply->abort();
        }
    };

    connect(reply, &QNetworkReply::encrypted, call, [state] { state->facts.encrypted = true; });
    connect(reply, &QNetworkReply::sslErrors, call,
            [state](const QList<QSslError>& errors) { state->facts.sslErrors << errors; });
    connect(reply, &QNetworkReply::metaDataChanged, call, [call, state, abortWith] {
        state->facts.headersReceived = true;
        const QVariant length = state->reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > state->facts.maxReplyBytes) {
            // Announced too large: stop at once, but outside this signal, which the reply
            // does not expect to be aborted from.
            state->facts.tooLarge = true;
            QMetaObject::invokeMethod(
                call, [abortWith] { abortWith(&CallFacts::tooLarge); }, Qt::QueuedConnection);
        }
    });
    connect(reply, &QNetworkReply::readyRead, call, [state, abortWith] {
        if (state->facts.tooLarge)
            return; // an abort is on its way
        QByteArray& body = state->facts.body;
        const qint64 available = state->reply->bytesAvailable();
        if (body.size() + available > state->facts.maxReplyBytes) {
            abortWith(&CallFacts::tooLarge);
            return;
        }
        body += state->reply->read(available);
    });
    connect(reply, &QNetworkReply::downloadProgress, call,
            [call = QPointer<PendingCall>(call), inSignal](qint64 received, qint64 total) {
                ++*inSignal;
                if (call)
                    Q_EMIT call->progressed(received, total);
                --*inSignal;
            });
    connect(reply, &QNetworkReply::finished, call, [this, call, state] {
        if (call->m_finished)
            return;
        call->m_finished = true;
        state->timer->stop();
        QNetworkReply* r = state->reply;
        r->disconnect(call);
        CallFacts& f = state->facts;
        if (!f.tooLarge && !f.cancelled && !f.timedOut) {
            const qint64 available = r->bytesAvailable();
            if (f.body.size() + available > f.maxReplyBytes)
                f.tooLarge = true;
            else
                f.body += r->readAll();
        }
        f.error = r->error();
        f.errorString = r->errorString();
        f.httpStatus = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        f.reasonPhrase = r->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        f.location = r->rawHeader(QByteArrayLiteral("Location"));
        const QVariant length = r->header(QNetworkRequest::ContentLengthHeader);
        f.contentLength = length.isValid() ? length.toLongLong() : -1;
        f.now = QDateTime::currentDateTimeUtc();
        if (f.httpStatus > 0)
            f.headersReceived = true;
        state->reply = nullptr;
        r->deleteLater();
        deliver(call, state, CallOutcome::classify(f));
    });
    connect(state->timer, &QTimer::timeout, call, [abortWith] { abortWith(&CallFacts::timedOut); });
    if (context) {
        connect(context, &QObject::destroyed, call, [state, abortWith] {
            state->contextGone = true;
            abortWith(&CallFacts::cancelled);
        });
    }
    call->m_cancel = [abortWith] {
        abortWith(&CallFacts::cancelled);
    };
    state->timer->start(timeoutMs);
    return call;
}

void SbsClient::deliver(PendingCall* call, const std::shared_ptr<CallState>& state, Reply<QByteArray> reply)
{
    if (!reply.isOk())
        reply = Reply<QByteArray>::failure(reply.kind, mask(reply.error()), reply.httpStatus);
    // From the event loop, so a handler never runs inside a signal of the network reply and
    // may do anything, even delete this client.
    QMetaObject::invokeMethod(
        call,
        [call, state, reply = std::move(reply)] {
            const QPointer<PendingCall> guard(call);
            if (!state->contextGone && (!state->hasContext || state->context) && state->done) {
                const Handler<QByteArray> done = std::move(state->done);
                state->done = nullptr;
                done(reply);
            }
            if (guard) {
                Q_EMIT guard->finished();
                if (guard)
                    guard->deleteLater();
            }
        },
        Qt::QueuedConnection);
}

template<typename T>
PendingCall* SbsClient::typed(const Request& request, QObject* context, Handler<T> done, BodyForm form,
                              std::function<Result<T>(const QByteArray& body, const QJsonObject& json)> parse)
{
    const QString name = callName(request);
    const QPointer<SbsClient> self(this);
    return send(
        request, context,
        [self, name, form, done = std::move(done), parse = std::move(parse)](const Reply<QByteArray>& raw) {
            if (!raw.isOk()) {
                done(Reply<T>::failure(raw.kind, raw.error(), raw.httpStatus));
                return;
            }
            const auto masked = [&self](const QString& text) {
                return self ? self->mask(text) : text;
            };
            const QByteArray& body = raw.result.value();
            if (isBlank(body)) {
                done(Reply<T>::failure(
                    ErrorKind::NotJson,
                    ClientText::tr("the server's answer to %1 is not JSON: the answer is empty").arg(name),
                    raw.httpStatus));
                return;
            }
            QJsonParseError error;
            QJsonObject json;
            if (form == BodyForm::Object) {
                const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
                if (error.error == QJsonParseError::NoError && !doc.isObject()) {
                    done(Reply<T>::failure(
                        ErrorKind::NotJson,
                        ClientText::tr("the server's answer to %1 is not a JSON object").arg(name),
                        raw.httpStatus));
                    return;
                }
                json = doc.object();
            } else {
                // Any one JSON value: the list around it lets a bare string through.
                QJsonDocument::fromJson("[" + body + "\n]", &error);
            }
            if (error.error != QJsonParseError::NoError) {
                done(Reply<T>::failure(ErrorKind::NotJson,
                                       ClientText::tr("the server's answer to %1 is not JSON: %2")
                                           .arg(name, error.errorString()),
                                       raw.httpStatus));
                return;
            }
            Result<T> value = parse(body, json);
            if (!value) {
                done(Reply<T>::failure(ErrorKind::BadShape, masked(value.error()), raw.httpStatus));
                return;
            }
            done(Reply<T>(std::move(value), ErrorKind::None, raw.httpStatus));
        });
}

PendingCall* SbsClient::status(QObject* context, Handler<ServerStatus> done)
{
    return typed<ServerStatus>(
        Request::status(), context, std::move(done), BodyForm::Object,
        [](const QByteArray&, const QJsonObject& json) { return ServerStatus::fromJson(json); });
}

namespace {

std::function<Result<QString>(const QByteArray&, const QJsonObject&)> textParser(const char* key,
                                                                                 const QString& name)
{
    return [key, name](const QByteArray&, const QJsonObject& json) {
        return textOf(json, key, name);
    };
}

} // namespace

PendingCall* SbsClient::init(const QJsonObject& body, QObject* context, Handler<QString> done)
{
    return typed<QString>(Request::init(body), context, std::move(done), BodyForm::Object,
                          textParser("status", QStringLiteral("init")));
}

PendingCall* SbsClient::update(const QJsonObject& body, QObject* context, Handler<QString> done)
{
    return typed<QString>(Request::update(body), context, std::move(done), BodyForm::Object,
                          textParser("status", QStringLiteral("update")));
}

PendingCall* SbsClient::build(QObject* context, Handler<QString> done)
{
    return typed<QString>(Request::build(), context, std::move(done), BodyForm::Object,
                          textParser("status", QStringLiteral("build")));
}

PendingCall* SbsClient::clean(QObject* context, Handler<QString> done)
{
    return typed<QString>(Request::clean(), context, std::move(done), BodyForm::Object,
                          textParser("status", QStringLiteral("clean")));
}

PendingCall* SbsClient::log(const QString& name, QObject* context, Handler<QString> done)
{
    return typed<QString>(Request::log(name), context, std::move(done), BodyForm::Object,
                          textParser("log", QStringLiteral("log")));
}

PendingCall* SbsClient::manifest(const QString& buildName, QObject* context, Handler<ManifestDownload> done)
{
    return typed<ManifestDownload>(
        Request::manifest(buildName), context, std::move(done), BodyForm::Object,
        [](const QByteArray&, const QJsonObject& json) { return ManifestDownload::fromJson(json); });
}

PendingCall* SbsClient::publicKey(const QString& buildName, QObject* context, Handler<ManifestPublicKey> done)
{
    return typed<ManifestPublicKey>(
        Request::publicKey(buildName), context, std::move(done), BodyForm::Object,
        [](const QByteArray&, const QJsonObject& json) { return ManifestPublicKey::fromJson(json); });
}

PendingCall* SbsClient::signedImagePublicKey(QObject* context, Handler<SignedImageKey> done)
{
    return typed<SignedImageKey>(
        Request::signedImagePublicKey(), context, std::move(done), BodyForm::Object,
        [](const QByteArray&, const QJsonObject& json) { return SignedImageKey::fromJson(json); });
}

PendingCall* SbsClient::imageDigest(QObject* context, Handler<QString> done)
{
    return typed<QString>(
        Request::imageDigest(), context, std::move(done), BodyForm::AnyJson,
        [](const QByteArray& body, const QJsonObject&) { return imageDigestFromBody(body); });
}

PendingCall* SbsClient::stateImage(const QString& bucket, QObject* context, Handler<StateImageAnswer> done)
{
    return typed<StateImageAnswer>(
        Request::stateImage(bucket), context, std::move(done), BodyForm::Object,
        [](const QByteArray& body, const QJsonObject&) { return StateImageAnswer::fromJson(body); });
}

PendingCall* SbsClient::postStateImage(const QString& secret, const QString& state, const QString& bucket,
                                       const QString& name, QObject* context, Handler<QString> done)
{
    return typed<QString>(Request::postStateImage(secret, state, bucket, name), context, std::move(done),
                          BodyForm::Object, textParser("status", QStringLiteral("post-state-image")));
}

} // namespace sbs::api
