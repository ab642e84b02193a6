#include "ServerFixture.h"

#include "TestSupport.h"
#include "pki/CertificateAuthority.h"
#include "pki/CertificateRequest.h"
#include "pki/HostName.h"
#include "pki/PrivateKey.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslKey>
#include <QTimer>
#include <QUuid>

namespace sbs::test {

namespace {

QString writeCert(const QString& path, const pki::Certificate& cert)
{
    return writeFile(path, cert.toPem()) ? QString() : QStringLiteral("cannot write ") + path;
}

QString writeKey(const QString& path, const pki::PrivateKey& key)
{
    auto pem = key.toPem();
    if (!pem)
        return pem.error();
    return writeFile(path, pem.value().bytes()) ? QString() : QStringLiteral("cannot write ") + path;
}

QString issueClient(const pki::CertificateAuthority& ca, const QString& certPath, const QString& keyPath)
{
    auto key = pki::PrivateKey::generate(pki::KeyType::EcP256);
    if (!key)
        return key.error();
    auto req = pki::CertificateRequest::create("test client", key.value());
    if (!req)
        return req.error();
    auto cert = ca.issue(req.value(), pki::CertificateKind::Client);
    if (!cert)
        return cert.error();
    const QString e = writeCert(certPath, cert.value());
    return e.isEmpty() ? writeKey(keyPath, key.value()) : e;
}

QSslConfiguration tlsWith(const QString& caPath, const QString& certPath, const QString& keyPath)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(readAll(caPath)));
    if (!certPath.isEmpty()) {
        tls.setLocalCertificate(QSslCertificate(readAll(certPath)));
        tls.setPrivateKey(QSslKey(readAll(keyPath), QSsl::Ec));
    }
    return tls;
}

} // namespace

QString TestPki::create(const QString& directory)
{
    dir = directory;
    auto ca = pki::CertificateAuthority::create("test CA", pki::KeyType::EcP256);
    if (!ca)
        return ca.error();
    auto host = pki::HostName::parse("127.0.0.1", "test");
    auto serverKey = pki::PrivateKey::generate(pki::KeyType::EcP256);
    if (!host || !serverKey)
        return QStringLiteral("host or key");
    auto req = pki::CertificateRequest::create("test server", serverKey.value(), host.value());
    if (!req)
        return req.error();
    auto serverCert = ca->issue(req.value(), pki::CertificateKind::Server, host.value());
    if (!serverCert)
        return serverCert.error();
    QString e = writeCert(caPath(), ca->certificate());
    if (e.isEmpty())
        e = writeCert(serverCertPath(), serverCert.value());
    if (e.isEmpty())
        e = writeKey(serverKeyPath(), serverKey.value());
    if (e.isEmpty())
        e = issueClient(ca.value(), dir + "/client.pem", dir + "/client-key.pem");
    if (!e.isEmpty())
        return e;
    auto foreign = pki::CertificateAuthority::create("foreign CA", pki::KeyType::EcP256);
    if (!foreign)
        return foreign.error();
    return issueClient(foreign.value(), dir + "/foreign-client.pem", dir + "/foreign-client-key.pem");
}

QSslConfiguration TestPki::clientTls(bool foreign) const
{
    const QString prefix = foreign ? "/foreign-client" : "/client";
    return tlsWith(caPath(), dir + prefix + ".pem", dir + prefix + "-key.pem");
}

QSslConfiguration TestPki::noClientCertTls() const
{
    return tlsWith(caPath(), QString(), QString());
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const TestPki& pki, const QString& dataDir, const QStringList& extra,
                          const QProcessEnvironment& env)
{
    return startRaw(QStringList { "--listen", "127.0.0.1:0", "--data-dir", dataDir, "--client-ca",
                                  pki.caPath(), "--server-cert", pki.serverCertPath(), "--server-key",
                                  pki.serverKeyPath() }
                        + extra,
                    env);
}

bool ServerProcess::startRaw(const QStringList& arguments, const QProcessEnvironment& env)
{
    m_output.clear();
    m_port = 0;
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(binPath("sbs-server"), arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening("listening on port (\\d+)");
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(200);
        m_output += QString::fromUtf8(m_process.readAll());
        const auto match = listening.match(m_output);
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_output += QString::fromUtf8(m_process.readAll());
}

Answer request(const QSslConfiguration& tls, quint16 port, const QByteArray& method, const QString& path,
               const QByteArray& body, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port).arg(path)));
    req.setSslConfiguration(tls);
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    req.setTransferTimeout(timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    if (!reply->isFinished()) {
        reply->abort();
        a.error = QNetworkReply::TimeoutError;
        a.errorText = QStringLiteral("no answer");
    } else {
        a.error = reply->error();
        a.errorText = reply->errorString();
        a.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.json = QJsonDocument::fromJson(a.body).object();
    }
    reply->deleteLater();
    return a;
}

QString writeCombined(const TestPki& pki, const QString& path, bool foreign)
{
    const QString prefix = pki.dir + (foreign ? QStringLiteral("/foreign-client") : QStringLiteral("/client"));
    const QByteArray bytes = readAll(prefix + QStringLiteral(".pem")) + readAll(prefix + QStringLiteral("-key.pem"));
    if (!writeFile(path, bytes))
        return QStringLiteral("cannot write ") + path;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return QString();
}

QJsonObject loopbackProfileSettings(const TestPki& pki, const QString& clientBundle, quint16 port,
                                    const QString& secret)
{
    return QJsonObject { { "HOSTNAME", "127.0.0.1" },
                         { "CICD_PORT", QString::number(port) },
                         { "RUNTIME_TYPE", "on-prem" },
                         { "CAPATH", pki.caPath() },
                         { "CLIENT_CRT_KEY", clientBundle },
                         { "UUID", QUuid::createUuid().toString(QUuid::WithoutBraces) },
                         { "SECRET", secret },
                         { "DOCKER_REPO", "alice/app" },
                         { "DOCKER_USER", "alice" },
                         { "DOCKER_PASSWORD", "pw-5e1d9c" },
                         { "DOCKER_PUSH_SERVER", "127.0.0.1:9" },
                         { "GITHUB_URL", "file:///nonexistent/app.git" },
                         { "IMAGE_TAG", "1.3.0" } };
}

} // namespace sbs::test
