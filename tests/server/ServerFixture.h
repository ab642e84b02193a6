#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <memory>

namespace sbs::test {

// Certificates for a server on 127.0.0.1 made with the project's PKI: a CA, a server and a
// client certificate under it, and a client certificate under a second, foreign CA.
struct TestPki
{
    // Writes ca.pem, server.pem, server-key.pem, client.pem, client-key.pem,
    // foreign-client.pem, foreign-client-key.pem into dir. Empty string on success.
    QString create(const QString& dir);

    QString dir;
    QString caPath() const { return dir + "/ca.pem"; }
    QString serverCertPath() const { return dir + "/server.pem"; }
    QString serverKeyPath() const { return dir + "/server-key.pem"; }

    QSslConfiguration clientTls(bool foreign = false) const;
    QSslConfiguration noClientCertTls() const;
};

// Writes the client certificate of pki followed by its key (the CLIENT_CRT_KEY file) to path,
// readable only by the user; with foreign, the client certificate of the foreign CA. Empty on
// success, else what went wrong.
QString writeCombined(const TestPki& pki, const QString& path, bool foreign = false);

// The settings of a profile for the server on 127.0.0.1:port with pki's certificates (own CA,
// the client bundle at clientBundle) and secret as SECRET. Its registry and repository are never
// reached: a build fails at the clone.
QJsonObject loopbackProfileSettings(const TestPki& pki, const QString& clientBundle, quint16 port,
                                    const QString& secret);

// sbs-server as a child process on 127.0.0.1 and a free port.
class ServerProcess
{
public:
    ~ServerProcess();
    // Starts sbs-server with the certificate files and extra arguments; waits until it listens.
    bool start(const TestPki& pki, const QString& dataDir, const QStringList& extra = {},
               const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    // Starts with arbitrary arguments (no certificate options added).
    bool startRaw(const QStringList& arguments, const QProcessEnvironment& env);
    void stop();
    quint16 port() const { return m_port; }
    QString output() const { return m_output; }
    QProcess& process() { return m_process; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_output;
};

// One answer of the server.
struct Answer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    int httpStatus = 0;
    QByteArray body;
    QJsonObject json;
};

// Sends a request with a JSON body (GET too) over mutual TLS and waits for the answer.
Answer request(const QSslConfiguration& tls, quint16 port, const QByteArray& method, const QString& path,
               const QByteArray& body = QByteArray(), int timeoutMs = 30000);

} // namespace sbs::test
