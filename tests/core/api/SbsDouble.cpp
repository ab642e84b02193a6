#include "SbsDouble.h"

#include "TestSupport.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace sbs::test {

namespace {

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    default:
        return "Status";
    }
}

} // namespace

SbsDouble::SbsDouble(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &SbsDouble::onNewConnection);
}

bool SbsDouble::start(const TestPki& pki)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(readAll(pki.serverCertPath())));
    tls.setPrivateKey(QSslKey(readAll(pki.serverKeyPath()), QSsl::Ec));
    tls.setCaCertificates(QSslCertificate::fromData(readAll(pki.caPath())));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_server.setSslConfiguration(tls);
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void SbsDouble::onNewConnection()
{
    while (m_server.hasPendingConnections()) {
        auto* socket = qobject_cast<QSslSocket*>(m_server.nextPendingConnection());
        if (!socket)
            continue;
        socket->setParent(this);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QSslSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SbsDouble::onReadyRead(QSslSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Recorded r;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    r.method = requestLine.value(0);
    r.path = requestLine.value(1);
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        r.headers.insert(name, value);
        if (name == "content-length") {
            length = value.toLongLong();
            r.hasContentLength = true;
        }
    }
    if (buffer.size() < headerEnd + 4 + length)
        return;
    r.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    requests << r;
    answer(socket, r);
}

void SbsDouble::answer(QSslSocket* socket, const Recorded& request)
{
    const Script s = scriptsByRequest.value(request.method + ' ' + request.path, script);
    if (s.mode == Mode::Hang)
        return;
    if (s.mode == Mode::Close) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(s.status) + ' ' + reasonOf(s.status) + "\r\n";
    if (!s.contentType.isEmpty())
        head += "Content-Type: " + s.contentType + "\r\n";
    for (const auto& [name, value] : s.headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n";
    if (s.mode == Mode::Stream) {
        socket->write(head + "\r\n");
        streamedBytes = 0;
        streamStoppedByClient = false;
        stream(socket);
        return;
    }
    const qint64 announced = s.announcedLength >= 0 ? s.announcedLength : s.body.size();
    head += "Content-Length: " + QByteArray::number(announced) + "\r\n\r\n";
    const QByteArray body = s.mode == Mode::Partial ? s.body.left(s.partBytes) : s.body;
    if (s.chunkBytes > 0) {
        socket->write(head);
        writeChunks(socket, body, s.chunkBytes, true);
        return;
    }
    socket->write(head + body);
    socket->disconnectFromHost();
}

void SbsDouble::writeChunks(QPointer<QSslSocket> socket, QByteArray data, int chunk, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(data.left(chunk));
    data.remove(0, chunk);
    if (data.isEmpty()) {
        if (closeAfter)
            socket->disconnectFromHost();
        return;
    }
    QTimer::singleShot(
        2, this, [this, socket, data, chunk, closeAfter] { writeChunks(socket, data, chunk, closeAfter); });
}

void SbsDouble::stream(QPointer<QSslSocket> socket)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        streamStoppedByClient = true;
        return;
    }
    if (streamedBytes >= script.streamCap)
        return; // and never close: the client has to stop on its own
    // Keep the socket's buffer small, so what was written is close to what the client got.
    if (socket->bytesToWrite() < (256 << 10)) {
        const QByteArray chunk(64 << 10, 'x');
        socket->write(chunk);
        streamedBytes += chunk.size();
    }
    QTimer::singleShot(1, this, [this, socket] { stream(socket); });
}

api::Endpoint endpointFor(quint16 port, const QString& combinedPath, const QString& caPath,
                          const QString& host)
{
    api::Endpoint e;
    e.host = host;
    e.port = port;
    e.clientCertKeyPath = combinedPath;
    e.caPath = caPath;
    return e;
}

} // namespace sbs::test
