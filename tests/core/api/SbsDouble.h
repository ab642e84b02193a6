#pragma once

#include "ServerFixture.h"
#include "api/SbsClient.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QString>
#include <QTimer>
#include <functional>
#include <optional>

namespace sbs::test {

// A loopback HTTPS server with mutual TLS (TestPki certificates) that records every request and
// answers as scripted: a whole answer, nothing at all, a part of the answer and then a closed
// connection, or an endless stream.
class SbsDouble : public QObject
{
    Q_OBJECT

public:
    struct Recorded
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        bool hasContentLength = false;
    };

    enum class Mode {
        Answer, // status, headers and body, then close
        Hang, // read the request, never answer
        Partial, // announce the whole body, send partBytes of it, close
        Stream, // no Content-Length, send chunks until the client goes (or streamCap bytes)
        Close, // read the request, close the connection without a word
    };

    struct Script
    {
        Mode mode = Mode::Answer;
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body = R"({"status": "OK"})";
        QList<QPair<QByteArray, QByteArray>> headers; // extra headers
        qint64 announcedLength = -1; // Content-Length to send; -1: the body's size
        qint64 partBytes = 0; // Partial: bytes of the body sent before closing
        int chunkBytes = 0; // > 0: the body goes out in chunks of this size, one per event loop turn
        qint64 streamCap = 64 << 20; // Stream: stop after this many bytes
    };

    explicit SbsDouble(QObject* parent = nullptr);

    // Listens on 127.0.0.1 with the server certificate of pki; clients need a certificate of its CA.
    bool start(const TestPki& pki);
    quint16 port() const { return m_server.serverPort(); }

    Script script; // the answer to every request without its own in scriptsByRequest
    // Answers for one request, keyed by "METHOD /path" (e.g. "GET /image"); they take
    // precedence over script.
    QMap<QByteArray, Script> scriptsByRequest;
    QList<Recorded> requests;
    qint64 streamedBytes = 0; // bytes written by the last Stream answer
    bool streamStoppedByClient = false; // the client closed the connection during a Stream answer

private:
    void onNewConnection();
    void onReadyRead(QSslSocket* socket);
    void answer(QSslSocket* socket, const Recorded& request);
    void writeChunks(QPointer<QSslSocket> socket, QByteArray data, int chunk, bool closeAfter);
    void stream(QPointer<QSslSocket> socket);

    QSslServer m_server;
    QMap<QSslSocket*, QByteArray> m_buffers;
};


// The endpoint of a server on 127.0.0.1.
api::Endpoint endpointFor(quint16 port, const QString& combinedPath, const QString& caPath,
                          const QString& host = QStringLiteral("127.0.0.1"));

// Runs one call to its handler, or fails after timeoutMs (then the reply says so).
template<typename T>
api::Reply<T> run(const std::function<api::PendingCall*(QObject*, api::Handler<T>)>& start,
                  int timeoutMs = 30000)
{
    QEventLoop loop;
    std::optional<api::Reply<T>> reply;
    int calls = 0;
    start(&loop, [&](const api::Reply<T>& r) {
        ++calls;
        reply.emplace(r);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply)
        loop.exec();
    if (!reply)
        return api::Reply<T>::failure(api::ErrorKind::None, QStringLiteral("the handler never ran"));
    return *reply;
}

} // namespace sbs::test
