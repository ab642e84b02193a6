// SbsClient against the real sbs-server over mutual TLS: calls that work, the server's HTTP
// errors, and every TLS failure with its kind and sentence. Certificates come from the
// project's PKI; the expired ones are issued with a validity in the past.

#include "SbsDouble.h"
#include "TestSupport.h"
#include "config/ConfigDocument.h"
#include "pki/CertificateAuthority.h"
#include "pki/CertificateLayout.h"
#include "pki/CertificateRequest.h"
#include "pki/HostName.h"
#include "pki/OpenSslHandles.h"
#include "pki/PrivateKey.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <openssl/pem.h>

using namespace sbs;
using namespace sbs::api;
using namespace sbs::test;

namespace {

const QString password = QStringLiteral("pw-5e2b7c19");
const QString secret = QStringLiteral("c2VjcmV0LXRoYXQtaXMtbG9uZy1lbm91Z2g=");

QJsonObject initBody()
{
    return QJsonObject { { "RUNTIME_TYPE", "on-prem" },
                         { "DOCKER_REPO", "alice/app" },
                         { "DOCKER_USER", "alice" },
                         { "DOCKER_PASSWORD", password },
                         { "GITHUB_URL", "file:///nonexistent/app.git" },
                         { "SECRET", secret },
                         { "BUILD_IMAGE_TAG", "1.0.0" } };
}

enum class KeyForm { Pkcs8, Traditional };

QByteArray keyPem(const pki::PrivateKey& key, KeyForm form)
{
    if (form == KeyForm::Pkcs8)
        return key.toPem().value().bytes();
    pki::BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey_traditional(bio.get(), key.handle(), nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

// Issues a certificate of kind under ca and writes it (and for a client, its key after it).
QString issueTo(const pki::CertificateAuthority& ca, pki::CertificateKind kind, const QString& certPath,
                const QString& keyPath, pki::KeyType type = pki::KeyType::EcP256,
                const pki::CertificateValidity& validity = {}, KeyForm form = KeyForm::Pkcs8)
{
    auto key = pki::PrivateKey::generate(type);
    if (!key)
        return key.error();
    const auto host = pki::HostName::parse("127.0.0.1", "test").value();
    auto req = pki::CertificateRequest::create(
        "test", key.value(), kind == pki::CertificateKind::Server ? std::optional(host) : std::nullopt);
    if (!req)
        return req.error();
    auto cert = ca.issue(req.value(), kind,
                         kind == pki::CertificateKind::Server ? std::optional(host) : std::nullopt, validity);
    if (!cert)
        return cert.error();
    const QByteArray pem = keyPem(key.value(), form);
    if (keyPath.isEmpty())
        return writeFile(certPath, cert->toPem() + pem) ? QString() : "cannot write " + certPath;
    return writeFile(certPath, cert->toPem()) && writeFile(keyPath, pem) ? QString()
                                                                         : "cannot write " + certPath;
}

pki::CertificateValidity expired()
{
    return { QDateTime::currentDateTimeUtc().addDays(-30), 2 };
}

} // namespace

class TestSbsClientTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void statusOverMutualTls_data();
    void statusOverMutualTls();
    void initAcceptedAndRefused();
    void serverErrorsAreSentences();
    void foreignServerCa();
    void wrongHostName();
    void clientCertificateOfForeignCa();
    void expiredClientCertificate();
    void expiredServerCertificate();
    void nothingListens();
    void newEndpointDropsKeptConnections();
    void withoutServerVerification();
    void unknownHost();
    void setEndpointFileErrors_data();
    void setEndpointFileErrors();
    void endpointFromConfig_data();
    void endpointFromConfig();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    Reply<ServerStatus> status(const Endpoint& endpoint, double timeoutScale = 1.0);
    Endpoint endpoint(const QString& combined, const QString& ca = QString(),
                      const QString& host = QStringLiteral("127.0.0.1")) const
    {
        return endpointFor(m_server.port(), path(combined), ca.isEmpty() ? m_pki.caPath() : path(ca), host);
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_dataDir;
    TestPki m_pki; // ca.pem, server.pem and server-key.pem of the server in m_dir
    TestPki m_expiredPki; // the same CA, an expired server certificate
    ServerProcess m_server;
};

void TestSbsClientTls::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_dataDir.isValid());
    QVERIFY(QFile::exists(binPath("sbs-server")));
    auto ca = pki::CertificateAuthority::create("test CA", pki::KeyType::EcP256);
    auto foreign = pki::CertificateAuthority::create("foreign CA", pki::KeyType::EcP256);
    QVERIFY(ca && foreign);
    m_pki.dir = m_dir.path();
    m_expiredPki.dir = path("expired-server");
    QVERIFY(QDir().mkpath(m_expiredPki.dir));
    using K = pki::CertificateKind;
    for (const QString& e :
         { QString(writeFile(m_pki.caPath(), ca->certificate().toPem()) ? "" : "ca"),
           QString(writeFile(path("foreign-ca.pem"), foreign->certificate().toPem()) ? "" : "foreign ca"),
           QString(writeFile(m_expiredPki.caPath(), ca->certificate().toPem()) ? "" : "ca 2"),
           issueTo(ca.value(), K::Server, m_pki.serverCertPath(), m_pki.serverKeyPath()),
           issueTo(ca.value(), K::Server, m_expiredPki.serverCertPath(), m_expiredPki.serverKeyPath(),
                   pki::KeyType::EcP256, expired()),
           issueTo(ca.value(), K::Client, path("client.pem"), {}),
           issueTo(ca.value(), K::Client, path("client-rsa.pem"), {}, pki::KeyType::Rsa2048, {},
                   KeyForm::Pkcs8),
           issueTo(ca.value(), K::Client, path("client-rsa-traditional.pem"), {}, pki::KeyType::Rsa2048, {},
                   KeyForm::Traditional),
           issueTo(ca.value(), K::Client, path("client-ec-traditional.pem"), {}, pki::KeyType::EcP384, {},
                   KeyForm::Traditional),
           issueTo(ca.value(), K::Client, path("client-expired.pem"), {}, pki::KeyType::EcP256, expired()),
           issueTo(foreign.value(), K::Client, path("client-foreign.pem"), {}) })
        QVERIFY2(e.isEmpty(), qPrintable(e));
    QVERIFY2(m_server.start(m_pki, m_dataDir.filePath("data")), qPrintable(m_server.output()));
}

void TestSbsClientTls::cleanupTestCase()
{
    m_server.stop();
}

Reply<ServerStatus> TestSbsClientTls::status(const Endpoint& endpoint, double timeoutScale)
{
    SbsClient client;
    client.setTimeoutScale(timeoutScale);
    const Status set = client.setEndpoint(endpoint);
    if (!set)
        return Reply<ServerStatus>::failure(ErrorKind::Local, set.error());
    return run<ServerStatus>([&](QObject* c, Handler<ServerStatus> d) { return client.status(c, d); });
}

void TestSbsClientTls::statusOverMutualTls_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("EC, PKCS#8") << "client.pem";
    QTest::newRow("RSA, PKCS#8") << "client-rsa.pem";
    QTest::newRow("RSA PRIVATE KEY") << "client-rsa-traditional.pem";
    QTest::newRow("EC PRIVATE KEY") << "client-ec-traditional.pem";
}

void TestSbsClientTls::statusOverMutualTls()
{
    QFETCH(QString, file);
    QVERIFY(readAll(path(file)).contains("PRIVATE KEY-----"));
    const auto r = status(endpoint(file));
    QVERIFY2(r.isOk(), qPrintable(r.error()));
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(r.result->json.contains("steps"));
    QVERIFY(r.result->phase() == ServerStatus::Phase::NotInitialized
            || r.result->phase() == ServerStatus::Phase::Restarted);
}

void TestSbsClientTls::initAcceptedAndRefused()
{
    SbsClient client;
    QVERIFY(client.setEndpoint(endpoint("client.pem")));
    client.setSecrets({ password, secret });

    const auto ok
        = run<QString>([&](QObject* c, Handler<QString> d) { return client.init(initBody(), c, d); });
    QVERIFY2(ok.isOk(), qPrintable(ok.error()));
    QCOMPARE(ok.result.value(), QString("OK"));

    QJsonObject body = initBody();
    body.remove("GITHUB_URL");
    const auto refused
        = run<QString>([&](QObject* c, Handler<QString> d) { return client.init(body, c, d); });
    QCOMPARE(refused.kind, ErrorKind::Http);
    QCOMPARE(refused.httpStatus, 400);
    QCOMPARE(refused.error(),
             QString("the server answered HTTP 400 to init: invalid configuration: missing GITHUB_URL"));

    // A wrong SECRET on update: 403, and neither secret shows.
    body = initBody();
    body.insert("SECRET", "d3Jvbmc=");
    client.setSecrets({ password, secret, "d3Jvbmc=" });
    const auto wrong
        = run<QString>([&](QObject* c, Handler<QString> d) { return client.update(body, c, d); });
    QCOMPARE(wrong.kind, ErrorKind::Http);
    QCOMPARE(wrong.httpStatus, 403);
    QVERIFY2(wrong.error().startsWith("the server answered HTTP 403 to update: SECRET does not match"),
             qPrintable(wrong.error()));
    QVERIFY(!wrong.error().contains(secret) && !wrong.error().contains("d3Jvbmc="));
}

void TestSbsClientTls::serverErrorsAreSentences()
{
    SbsClient client;
    QVERIFY(client.setEndpoint(endpoint("client.pem")));
    const auto manifest = run<ManifestDownload>(
        [&](QObject* c, Handler<ManifestDownload> d) { return client.manifest("nope", c, d); });
    QCOMPARE(manifest.kind, ErrorKind::Http);
    QCOMPARE(manifest.httpStatus, 404);
    QCOMPARE(manifest.error(), QString("the server answered HTTP 404 to get-manifest: no build called nope"));

    const auto digest
        = run<QString>([&](QObject* c, Handler<QString> d) { return client.imageDigest(c, d); });
    QCOMPARE(digest.kind, ErrorKind::Http);
    QCOMPARE(digest.httpStatus, 404);

    const auto log = run<QString>([&](QObject* c, Handler<QString> d) { return client.log("../x", c, d); });
    QCOMPARE(log.kind, ErrorKind::Http);
    QCOMPARE(log.httpStatus, 400);
    QVERIFY2(log.error().contains("invalid log name"), qPrintable(log.error()));

    const auto bucket = run<StateImageAnswer>(
        [&](QObject* c, Handler<StateImageAnswer> d) { return client.stateImage("bkt", c, d); });
    QCOMPARE(bucket.kind, ErrorKind::Http);
    QVERIFY2(bucket.error().contains("object storage is not available"), qPrintable(bucket.error()));
}

void TestSbsClientTls::foreignServerCa()
{
    const auto r = status(endpoint("client.pem", "foreign-ca.pem"));
    QCOMPARE(r.kind, ErrorKind::UnknownCa);
    QVERIFY2(
        r.error().startsWith("the server's certificate is not signed by the CA in " + path("foreign-ca.pem")),
        qPrintable(r.error()));
    QVERIFY2(r.error().contains("make sure CAPATH is the CA that signed the server certificate"),
             qPrintable(r.error()));
}

void TestSbsClientTls::wrongHostName()
{
    const auto r = status(endpoint("client.pem", {}, "localhost"));
    QCOMPARE(r.kind, ErrorKind::HostNameMismatch);
    QVERIFY2(r.error().startsWith("the server's certificate is for 127.0.0.1, not localhost: set HOSTNAME"),
             qPrintable(r.error()));
}

void TestSbsClientTls::clientCertificateOfForeignCa()
{
    const auto r = status(endpoint("client-foreign.pem"));
    QCOMPARE(r.kind, ErrorKind::ClientCertificateRefused);
    QVERIFY2(r.error().startsWith("the server refused our client certificate (" + path("client-foreign.pem")),
             qPrintable(r.error()));
    // The server is still there for a proper client.
    QVERIFY(status(endpoint("client.pem")).isOk());
}

void TestSbsClientTls::expiredClientCertificate()
{
    const auto r = status(endpoint("client-expired.pem"));
    QCOMPARE(r.kind, ErrorKind::ClientCertificateRefused);
    QVERIFY2(r.error().contains(": it expired on "), qPrintable(r.error()));
    QVERIFY2(r.error().contains("create the client certificate again"), qPrintable(r.error()));
}

void TestSbsClientTls::expiredServerCertificate()
{
    // sbs-server refuses to start with an expired certificate, so the double serves it.
    SbsDouble server;
    QVERIFY(server.start(m_expiredPki));
    SbsClient client;
    QVERIFY(client.setEndpoint(endpointFor(server.port(), path("client.pem"), m_pki.caPath())));
    const auto r
        = run<ServerStatus>([&](QObject* c, Handler<ServerStatus> d) { return client.status(c, d); });
    QCOMPARE(r.kind, ErrorKind::ServerCertificateExpired);
    QVERIFY2(r.error().startsWith("the server's certificate expired on "), qPrintable(r.error()));
    QVERIFY(server.requests.isEmpty());
}

void TestSbsClientTls::nothingListens()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    Endpoint e = endpoint("client.pem");
    e.port = port;
    const auto r = status(e);
    QCOMPARE(r.kind, ErrorKind::ConnectionRefused);
    QCOMPARE(
        r.error(),
        QString("nothing answers at 127.0.0.1:%1: is the server running, and is CICD_PORT right?").arg(port));
    QVERIFY(isUnreachable(r.kind));
}

void TestSbsClientTls::newEndpointDropsKeptConnections()
{
    // A connection kept alive from a good call must not carry a call made with other files.
    SbsClient client;
    QVERIFY(client.setEndpoint(endpoint("client.pem")));
    const auto good
        = run<ServerStatus>([&](QObject* c, Handler<ServerStatus> d) { return client.status(c, d); });
    QVERIFY2(good.isOk(), qPrintable(good.error()));
    QVERIFY(client.setEndpoint(endpoint("client.pem", "foreign-ca.pem")));
    const auto bad
        = run<ServerStatus>([&](QObject* c, Handler<ServerStatus> d) { return client.status(c, d); });
    QCOMPARE(bad.kind, ErrorKind::UnknownCa);
    QVERIFY(client.setEndpoint(endpoint("client.pem")));
    const auto again
        = run<ServerStatus>([&](QObject* c, Handler<ServerStatus> d) { return client.status(c, d); });
    QVERIFY2(again.isOk(), qPrintable(again.error()));
}

void TestSbsClientTls::withoutServerVerification()
{
    // status --noverify: a foreign CAPATH and another host name pass; the client certificate
    // still has to be good.
    SbsClient client;
    QVERIFY(client.setEndpoint(endpoint("client.pem", "foreign-ca.pem", "localhost")));
    client.setServerVerification(false);
    const auto r
        = run<ServerStatus>([&](QObject* c, Handler<ServerStatus> d) { return client.status(c, d); });
    QVERIFY2(r.isOk(), qPrintable(r.error()));
    client.setServerVerification(true);
    const auto checked
        = run<ServerStatus>([&](QObject* c, Handler<ServerStatus> d) { return client.status(c, d); });
    QCOMPARE(checked.kind, ErrorKind::UnknownCa);

    QVERIFY(client.setEndpoint(endpoint("client-foreign.pem")));
    client.setServerVerification(false);
    const auto refused
        = run<ServerStatus>([&](QObject* c, Handler<ServerStatus> d) { return client.status(c, d); });
    QCOMPARE(refused.kind, ErrorKind::ClientCertificateRefused);
}

void TestSbsClientTls::unknownHost()
{
    const auto r = status(endpoint("client.pem", {}, "sbs.example.invalid"), 0.5);
    QVERIFY2(r.kind == ErrorKind::HostNotFound || r.kind == ErrorKind::Timeout, qPrintable(r.error()));
    if (r.kind == ErrorKind::HostNotFound)
        QVERIFY2(r.error().startsWith("the host name sbs.example.invalid cannot be found"),
                 qPrintable(r.error()));
}

void TestSbsClientTls::setEndpointFileErrors_data()
{
    QTest::addColumn<QByteArray>("combined"); // written to the client file; "-" for no file
    QTest::addColumn<QByteArray>("ca"); // written to the CA file; "-" for no file, "" for the good CA
    QTest::addColumn<QString>("message");

    const QByteArray client = readAll(path("client.pem"));
    const qsizetype keyAt = client.indexOf("-----BEGIN PRIVATE KEY-----");
    const QByteArray cert = client.left(keyAt);
    const QByteArray key = client.mid(keyAt);
    const QByteArray otherKey = readAll(path("client-foreign.pem")).mid(keyAt);

    QTest::newRow("no client file")
        << QByteArray("-") << QByteArray()
        << "the client certificate and key file %1 (CLIENT_CRT_KEY) does not exist: run "
           "create-client-cert first";
    QTest::newRow("empty client file") << QByteArray("\n") << QByteArray() << "%1 (CLIENT_CRT_KEY) is empty";
    QTest::newRow("garbage") << QByteArray("garbage\n") << QByteArray()
                             << "%1 (CLIENT_CRT_KEY) holds no certificate";
    QTest::newRow("certificate only")
        << cert << QByteArray() << "%1 (CLIENT_CRT_KEY): no private key after the certificate";
    QTest::newRow("key only") << key << QByteArray() << "%1 (CLIENT_CRT_KEY) holds no certificate";
    QTest::newRow("broken certificate")
        << QByteArray("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n") + key << QByteArray()
        << "%1 (CLIENT_CRT_KEY)";
    QTest::newRow("broken key") << cert + "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
                                << QByteArray() << "%1 (CLIENT_CRT_KEY) holds no readable private key";
    QTest::newRow("foreign key")
        << cert + otherKey << QByteArray()
        << "the private key in %1 (CLIENT_CRT_KEY) does not belong to the certificate";
    QTest::newRow("encrypted key") << cert
            + "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n"
                                   << QByteArray() << "%1 (CLIENT_CRT_KEY) holds an encrypted private key";
    QTest::newRow("no CA file")
        << client << QByteArray("-")
        << "the CA certificate %2 (CAPATH) does not exist: run create-client-cert first";
    QTest::newRow("garbage CA") << client << QByteArray("not a certificate\n")
                                << "%2 (CAPATH) holds no readable certificate";
}

void TestSbsClientTls::setEndpointFileErrors()
{
    QFETCH(QByteArray, combined);
    QFETCH(QByteArray, ca);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString clientPath = dir.filePath("client-crt-key");
    const QString caPath = ca.isEmpty() ? m_pki.caPath() : dir.filePath("ca.pem");
    if (combined != "-")
        QVERIFY(writeFile(clientPath, combined));
    if (!ca.isEmpty() && ca != "-")
        QVERIFY(writeFile(caPath, ca));
    SbsClient client;
    const Status s = client.setEndpoint(endpointFor(m_server.port(), clientPath, caPath));
    QVERIFY(!s);
    const QString expected = QString(message).replace("%1", clientPath).replace("%2", caPath);
    QVERIFY2(s.error().startsWith(expected), qPrintable(s.error() + "\nexpected: " + expected));
    // Nothing of the key is quoted.
    QVERIFY(!s.error().contains("PRIVATE KEY-----\n"));
}

void TestSbsClientTls::endpointFromConfig_data()
{
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<int>("port"); // 0: an error is expected
    QTest::addColumn<QString>("message");

    QTest::newRow("default port") << QJsonObject { { "HOSTNAME", "sbs.example.com" } } << 443 << QString();
    QTest::newRow("port text") << QJsonObject { { "HOSTNAME", "sbs.example.com" }, { "CICD_PORT", "8443" } }
                               << 8443 << QString();
    QTest::newRow("port number") << QJsonObject { { "HOSTNAME", "sbs.example.com" }, { "CICD_PORT", 9443 } }
                                 << 9443 << QString();
    QTest::newRow("empty port") << QJsonObject { { "HOSTNAME", "sbs.example.com" }, { "CICD_PORT", "" } }
                                << 443 << QString();
    QTest::newRow("no host") << QJsonObject { { "CICD_PORT", "443" } } << 0 << "has no HOSTNAME";
    QTest::newRow("bad port") << QJsonObject { { "HOSTNAME", "h" }, { "CICD_PORT", "https" } } << 0
                              << "CICD_PORT \"https\" is not a port";
    QTest::newRow("port too big") << QJsonObject { { "HOSTNAME", "h" }, { "CICD_PORT", 70000 } } << 0
                                  << "CICD_PORT \"70000\" is not a port";
}

void TestSbsClientTls::endpointFromConfig()
{
    QFETCH(QJsonObject, values);
    QFETCH(int, port);
    QFETCH(QString, message);
    values.insert("UUID", "c3d4e5f6-5555-4a7b-8c9d-0e1f2a3b4c5d");
    auto doc = config::ConfigDocument::parse(QJsonDocument(values).toJson(), "sbs-config.json");
    QVERIFY(doc);
    auto layout = pki::CertificateLayout::resolve(doc.value(), path("sbs-config.json"), m_dir.path());
    QVERIFY2(layout, qPrintable(layout.error()));
    const auto e = Endpoint::fromConfig(doc.value(), layout.value());
    if (port == 0) {
        QVERIFY(!e);
        QVERIFY2(e.error().contains(message), qPrintable(e.error()));
        QVERIFY2(e.error().contains("sbs-config.json"), qPrintable(e.error()));
        return;
    }
    QVERIFY2(e, qPrintable(e.error()));
    QCOMPARE(e->port, quint16(port));
    QCOMPARE(e->host, QString("sbs.example.com"));
    QCOMPARE(e->clientCertKeyPath, layout->clientCrtKeyPath());
    QCOMPARE(e->caPath, layout->caCertPath());
    QCOMPARE(e->baseUrl(), QString("https://sbs.example.com:%1").arg(port));
}

QTEST_GUILESS_MAIN(TestSbsClientTls)
#include "tst_sbsclient_tls.moc"
