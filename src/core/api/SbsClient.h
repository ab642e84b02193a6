#pragma once

#include "Result.h"
#include "api/Answers.h"
#include "api/ApiError.h"
#include "config/ConfigDocument.h"
#include "pki/CertificateLayout.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace sbs::api {

// Where a server is and how to prove who we are: HOSTNAME, CICD_PORT, the combined client
// certificate and key file (CLIENT_CRT_KEY) and the CA that signed the server (CAPATH).
struct Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    QString host;
    quint16 port = 443;
    QString clientCertKeyPath;
    QString caPath;

    // From the configuration and the profile's certificate layout. Fails when HOSTNAME is
    // missing or CICD_PORT is not a port.
    static Result<Endpoint> fromConfig(const config::ConfigDocument& doc,
                                       const pki::CertificateLayout& layout);
    // "https://host:port"
    QString baseUrl() const;
};

// One request of the protocol as it goes on the wire. Every call is built from one of these,
// so tests can compare the shapes with the reference client's.
struct Request
{
    QByteArray method; // GET, POST, PATCH, PUT, DELETE
    QString path; // "/image", "/log/build", ...
    QByteArray body; // JSON, or empty for no body
    int expectedStatus = 200; // 201 for /config-json and /imagedigest
    int timeoutMs = 30000; // the whole call
    qint64 maxReplyBytes = 16 << 20; // an answer larger than this is refused

    static Request status();
    static Request init(const QJsonObject& body);
    static Request update(const QJsonObject& body);
    static Request build();
    static Request clean();
    static Request log(const QString& name);
    static Request manifest(const QString& buildName); // empty: the latest
    static Request publicKey(const QString& buildName); // empty: the latest
    static Request signedImagePublicKey();
    static Request imageDigest();
    static Request stateImage(const QString& bucket); // empty: the state in the answer
    // {"secret", "state"}, or {"secret", "state_bucket_name", "name"} when bucket is set.
    static Request postStateImage(const QString& secret, const QString& state, const QString& bucket,
                                  const QString& name);
};

// A running call. It belongs to the client and deletes itself after finished(). Cancelling
// calls the handler once with ErrorKind::Cancelled.
class PendingCall : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void cancel();
    bool isRunning() const { return !m_finished; }

Q_SIGNALS:
    // Bytes of the answer received so far; total is -1 when the server did not say.
    void progressed(qint64 received, qint64 total);
    void finished();

private:
    friend class SbsClient;
    std::function<void()> m_cancel;
    bool m_finished = false;
};

template<typename T> using Handler = std::function<void(const Reply<T>&)>;

struct CallState; // the private state of one call

// The one way sbs-desktop and sbsctl reach a Secure Build Server (PROTOCOL.md §1–§2): IBM's
// or sbs-server. Asynchronous on QNetworkAccessManager with mutual TLS; one typed call per
// endpoint. A handler runs on the thread of the client, once, and only while its context
// object lives. Errors are one sentence each that names what to do; no secret ever appears in
// one (every value given to setSecrets() is masked as in the log).
class SbsClient : public QObject
{
    Q_OBJECT

public:
    explicit SbsClient(QObject* parent = nullptr);
    ~SbsClient() override;

    // Reads the client certificate and key and the CA. Fails with a sentence naming the file
    // when one is missing, unreadable or not what it should be. Calls still running end as
    // cancelled (ErrorKind::Cancelled).
    Status setEndpoint(const Endpoint& endpoint);
    const Endpoint& endpoint() const { return m_endpoint; }
    // Values masked in every error text (SECRET, passwords, ...), e.g. from the configuration.
    void setSecrets(const QStringList& values);
    // The secret values of a configuration (PROTOCOL.md §3).
    static QStringList secretsOf(const config::ConfigDocument& doc);

    // A factor on every call's timeout (tests make them short; 1.0 by default).
    void setTimeoutScale(double scale) { m_timeoutScale = scale; }
    // Whether the server's certificate is checked against CAPATH and HOSTNAME (true by default).
    // Only `status --noverify` turns it off, as the reference client's option does; the client
    // certificate is presented either way.
    void setServerVerification(bool verify);

    PendingCall* status(QObject* context, Handler<ServerStatus> done);
    PendingCall* init(const QJsonObject& body, QObject* context, Handler<QString> done);
    PendingCall* update(const QJsonObject& body, QObject* context, Handler<QString> done);
    PendingCall* build(QObject* context, Handler<QString> done);
    PendingCall* clean(QObject* context, Handler<QString> done);
    // The text of the log, lines separated by '\n'.
    PendingCall* log(const QString& name, QObject* context, Handler<QString> done);
    PendingCall* manifest(const QString& buildName, QObject* context, Handler<ManifestDownload> done);
    PendingCall* publicKey(const QString& buildName, QObject* context, Handler<ManifestPublicKey> done);
    PendingCall* signedImagePublicKey(QObject* context, Handler<SignedImageKey> done);
    PendingCall* imageDigest(QObject* context, Handler<QString> done);
    PendingCall* stateImage(const QString& bucket, QObject* context, Handler<StateImageAnswer> done);
    PendingCall* postStateImage(const QString& secret, const QString& state, const QString& bucket,
                                const QString& name, QObject* context, Handler<QString> done);

    // The raw layer under the typed calls: sends request and hands over the JSON body of a
    // successful answer (the HTTP status was the expected one, the body within its limit).
    PendingCall* send(const Request& request, QObject* context, Handler<QByteArray> done);

private:
    // What a successful answer must be: a JSON object, or any one JSON value (get-digest).
    enum class BodyForm { Object, AnyJson };

    template<typename T>
    PendingCall* typed(const Request& request, QObject* context, Handler<T> done, BodyForm form,
                       std::function<Result<T>(const QByteArray& body, const QJsonObject& json)> parse);
    // Hands reply to the call's handler from the event loop, once.
    void deliver(PendingCall* call, const std::shared_ptr<CallState>& state, Reply<QByteArray> reply);
    QString mask(QString text) const;

    QNetworkAccessManager* m_network = nullptr;
    QSslConfiguration m_tls;
    Endpoint m_endpoint;
    QStringList m_secrets;
    double m_timeoutScale = 1.0;
    bool m_verifyServer = true;
    bool m_ready = false; // setEndpoint() succeeded
    QString m_setupError; // why it did not
    QDateTime m_clientNotBefore;
    QDateTime m_clientNotAfter;
    // > 0 while a signal of a network reply is being handled (progressed() runs inside one).
    std::shared_ptr<int> m_inReplySignal = std::make_shared<int>(0);
};

// Runs a call to the end on the current thread (for sbsctl): starts it with start, spins an
// event loop until its handler ran, and returns the reply.
template<typename T>
Reply<T> waitFor(const std::function<PendingCall*(QObject* context, Handler<T> done)>& start);

} // namespace sbs::api

#include "api/SbsClientWait.h"
