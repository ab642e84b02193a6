#include "ServerFixture.h"
#include "TestSupport.h"
#include "pki/OpenPgpEncryptor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sbs::test;

namespace {

const QByteArray secret = "c2VjcmV0LXRoYXQtaXMtbG9uZy1lbm91Z2g=";
const QString password = QStringLiteral("pw-9f3c1e7a");

QJsonObject initBody(const QString& githubUrl = QStringLiteral("file:///nonexistent/app.git"))
{
    return QJsonObject { { "RUNTIME_TYPE", "on-prem" },
                         { "DOCKER_REPO", "alice/app" },
                         { "DOCKER_USER", "alice" },
                         { "DOCKER_PASSWORD", password },
                         { "DOCKER_PUSH_SERVER", "127.0.0.1:9" },
                         { "GITHUB_URL", githubUrl },
                         { "GITHUB_KEY", "" },
                         { "BASE_REPO_PUBLIC_KEY", "" },
                         { "SECRET", QString::fromLatin1(secret) },
                         { "BUILD_IMAGE_TAG", "1.3.0" },
                         { "IMAGE_TAG_PREFIX", "v1" },
                         { "ARG", QJsonObject { { "GREETING", "hi" } } } };
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSbsServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void helpDocumentsEveryOption();
    void refusesBadStartOptions();
    void startsFromEnvironment();
    void startsWithServerKeyEncryptedToPlatformKey();
    void refusesClientWithoutCertificate();
    void refusesClientOfForeignCa();
    void statusBeforeInit();
    void getWithJsonBody();
    void initValidation_data();
    void initValidation();
    void initPersistsAcrossRestart();
    void updateNeedsCurrentSecretAndRotates();
    void cleanResets();
    void logNamesAreChecked_data();
    void logNamesAreChecked();
    void requestSizeIsLimited();
    void unknownPathAndMethod();
    void buildBeforeInitIsRefused();
    void noManifestBeforeABuild();
    void noImageDigestBeforeABuild();
    void failedBuildReportsMaskedCommand();
    void cleanKillsRunningBuild();
    void stateImageMovesToServerWithSameSecret();
    void stateImageIsRefused_data();
    void stateImageIsRefused();

private:
    Answer call(const QByteArray& method, const QString& path, const QByteArray& body = QByteArray())
    {
        return request(m_pki.clientTls(), m_server->port(), method, path, body);
    }
    Answer waitForStatus(const std::function<bool(const QString&)>& done, int timeoutMs = 60000);

    QTemporaryDir m_pkiDir;
    TestPki m_pki;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<ServerProcess> m_server;
};

void TestSbsServer::initTestCase()
{
    QVERIFY(m_pkiDir.isValid());
    const QString error = m_pki.create(m_pkiDir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFile::exists(binPath("sbs-server")));
}

void TestSbsServer::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_pki, m_dataDir->filePath("data"), { "--max-request-size", "65536" }),
             qPrintable(m_server->output()));
}

void TestSbsServer::cleanup()
{
    m_server.reset();
    m_dataDir.reset();
}

Answer TestSbsServer::waitForStatus(const std::function<bool(const QString&)>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    Answer a;
    while (!deadline.hasExpired()) {
        a = call("GET", "/image");
        if (done(a.json.value("status").toString()))
            return a;
        QTest::qWait(200);
    }
    return a;
}

void TestSbsServer::helpDocumentsEveryOption()
{
    QProcess help;
    help.start(binPath("sbs-server"), { "--help" });
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    for (const char* option :
         { "--listen", "--data-dir", "--client-ca", "--server-cert", "--server-key", "--max-request-size",
           "--registry-cert-dir", "--storage-driver", "--containers-root", "--containers-runroot",
           "--isolation", "--signature-store", "--registries-d", "--signature-policy", "--state-secret-file",
           "--pgp-home", "--print-platform-key",
           "CLIENT_CA", "SERVER_CRT", "SERVER_KEY" })
        QVERIFY2(text.contains(QLatin1String(option)), option);
}

void TestSbsServer::refusesBadStartOptions()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("CLIENT_CA");
    env.remove("SERVER_CRT");
    env.remove("SERVER_KEY");
    ServerProcess server;
    QVERIFY(!server.startRaw({ "--listen", "127.0.0.1:0", "--data-dir", m_dataDir->filePath("x") }, env));
    server.process().waitForFinished(5000);
    QCOMPARE(server.process().exitCode(), 2);
    QVERIFY2(server.output().contains("CLIENT_CA"), qPrintable(server.output()));

    // A server key that is not the certificate's.
    ServerProcess mismatched;
    QVERIFY(!mismatched.startRaw({ "--listen", "127.0.0.1:0", "--data-dir", m_dataDir->filePath("x"),
                                   "--client-ca", m_pki.caPath(), "--server-cert", m_pki.serverCertPath(),
                                   "--server-key", m_pki.dir + "/client-key.pem" },
                                 env));
    QVERIFY2(mismatched.output().contains("does not belong"), qPrintable(mismatched.output()));

    ServerProcess badListen;
    QVERIFY(!badListen.startRaw({ "--listen", "nowhere", "--data-dir", m_dataDir->filePath("x") }, env));
    QVERIFY2(badListen.output().contains("--listen"), qPrintable(badListen.output()));
}

void TestSbsServer::startsFromEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("CLIENT_CA", QString::fromLatin1(readAll(m_pki.caPath()).toBase64()));
    env.insert("SERVER_CRT", QString::fromLatin1(readAll(m_pki.serverCertPath()).toBase64()));
    env.insert("SERVER_KEY", QString::fromLatin1(readAll(m_pki.serverKeyPath()).toBase64()));
    ServerProcess server;
    QVERIFY2(server.startRaw({ "--listen", "127.0.0.1:0", "--data-dir", m_dataDir->filePath("env") }, env),
             qPrintable(server.output()));
    const Answer a = request(m_pki.clientTls(), server.port(), "GET", "/image");
    QCOMPARE(a.httpStatus, 200);
    QVERIFY(a.json.contains("status"));
}

void TestSbsServer::startsWithServerKeyEncryptedToPlatformKey()
{
    const QString dataDir = m_dataDir->filePath("pgp");
    QProcess print;
    print.start(binPath("sbs-server"), { "--print-platform-key", "--data-dir", dataDir });
    QVERIFY(print.waitForFinished(60000));
    QCOMPARE(print.exitCode(), 0);
    const QByteArray platformKey = print.readAllStandardOutput();
    QVERIFY(platformKey.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));

    // What instance-env does with --pgp-key.
    auto encrypted
        = sbs::pki::OpenPgpEncryptor::encrypt(platformKey, "platform key", readAll(m_pki.serverKeyPath()));
    QVERIFY2(encrypted, qPrintable(encrypted.error()));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("CLIENT_CA", QString::fromLatin1(readAll(m_pki.caPath()).toBase64()));
    env.insert("SERVER_CRT", QString::fromLatin1(readAll(m_pki.serverCertPath()).toBase64()));
    env.insert("SERVER_KEY", QString::fromLatin1(encrypted.value().toBase64()));
    ServerProcess server;
    QVERIFY2(server.startRaw({ "--listen", "127.0.0.1:0", "--data-dir", dataDir }, env),
             qPrintable(server.output()));
    QCOMPARE(request(m_pki.clientTls(), server.port(), "GET", "/image").httpStatus, 200);

    // Another server's platform key cannot open it.
    ServerProcess other;
    QVERIFY(!other.startRaw({ "--listen", "127.0.0.1:0", "--data-dir", m_dataDir->filePath("other") }, env));
    QVERIFY2(other.output().contains("not to this server's platform key"), qPrintable(other.output()));

    // With --pgp-home the platform key lives in a folder of its own, made 0700 when missing.
    const QString pgpHome = m_dataDir->filePath("own-pgp-home");
    QVERIFY(!QFileInfo::exists(pgpHome));
    QProcess printOwn;
    printOwn.start(binPath("sbs-server"), { "--print-platform-key", "--data-dir", m_dataDir->filePath("own"),
                                             "--pgp-home", pgpHome });
    QVERIFY(printOwn.waitForFinished(60000));
    QCOMPARE(printOwn.exitCode(), 0);
    const QByteArray ownKey = printOwn.readAllStandardOutput();
    QVERIFY(ownKey.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));
    QVERIFY(ownKey != platformKey);
    QVERIFY(QFileInfo(pgpHome).isDir());
    QCOMPARE(int(QFileInfo(pgpHome).permissions() & 0x7777),
             int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                 | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));

    auto encryptedOwn
        = sbs::pki::OpenPgpEncryptor::encrypt(ownKey, "platform key", readAll(m_pki.serverKeyPath()));
    QVERIFY2(encryptedOwn, qPrintable(encryptedOwn.error()));
    env.insert("SERVER_KEY", QString::fromLatin1(encryptedOwn.value().toBase64()));
    ServerProcess own;
    QVERIFY2(own.startRaw({ "--listen", "127.0.0.1:0", "--data-dir", m_dataDir->filePath("own"), "--pgp-home",
                            pgpHome },
                          env),
             qPrintable(own.output()));
    QCOMPARE(request(m_pki.clientTls(), own.port(), "GET", "/image").httpStatus, 200);

    // The same data dir without --pgp-home uses its own platform home, which cannot open it.
    ServerProcess withoutHome;
    QVERIFY(!withoutHome.startRaw({ "--listen", "127.0.0.1:0", "--data-dir", m_dataDir->filePath("own") }, env));
    QVERIFY2(withoutHome.output().contains("not to this server's platform key"),
             qPrintable(withoutHome.output()));
}

void TestSbsServer::refusesClientWithoutCertificate()
{
    const Answer a = request(m_pki.noClientCertTls(), m_server->port(), "GET", "/image");
    QVERIFY2(a.error != QNetworkReply::NoError, a.body.constData());
    QCOMPARE(a.httpStatus, 0);
    QVERIFY(a.body.isEmpty());
    // The server is still there for a proper client.
    QCOMPARE(call("GET", "/image").httpStatus, 200);
}

void TestSbsServer::refusesClientOfForeignCa()
{
    const Answer a = request(m_pki.clientTls(true), m_server->port(), "GET", "/image");
    QVERIFY2(a.error != QNetworkReply::NoError, a.body.constData());
    QCOMPARE(a.httpStatus, 0);
    QVERIFY(a.body.isEmpty());

    // The same at the socket level: the server ends the handshake, nothing is served.
    QSslSocket socket;
    socket.setSslConfiguration(m_pki.clientTls(true));
    socket.connectToHostEncrypted("127.0.0.1", m_server->port());
    socket.waitForEncrypted(5000);
    socket.write("GET /image HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    socket.waitForBytesWritten(2000);
    QByteArray answer;
    while (socket.waitForReadyRead(2000))
        answer += socket.readAll();
    QVERIFY2(!answer.contains("HTTP/1.1"), answer.constData());
}

void TestSbsServer::statusBeforeInit()
{
    const Answer a = call("GET", "/image");
    QCOMPARE(a.httpStatus, 200);
    QCOMPARE(a.json.value("status").toString(), QString());
    for (const char* key : { "status", "build_name", "image_tag", "manifest_key_gen", "manifest_public_key",
                             "root_ssh_enabled", "steps", "build_started" })
        QVERIFY2(a.json.contains(key), key);
    QVERIFY(a.json.value("steps").isArray());

    const QFileInfo dir(m_dataDir->filePath("data"));
    QCOMPARE(int(dir.permissions() & 0x7777),
             int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                 | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
}

void TestSbsServer::getWithJsonBody()
{
    const Answer a = call("GET", "/image", R"({"BUILD_NAME": "x"})");
    QCOMPARE(a.httpStatus, 200);
    QVERIFY(a.json.contains("status"));
    const Answer bad = call("GET", "/image", "{not json");
    QCOMPARE(bad.httpStatus, 400);
    QVERIFY(bad.json.value("status").toString().contains("not a JSON object"));
}

void TestSbsServer::initValidation_data()
{
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<QJsonObject>("set");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("status");

    QTest::newRow("complete") << QStringList() << QJsonObject() << 200 << "OK";
    QTest::newRow("lower-case keys") << QStringList { "DOCKER_REPO" }
                                     << QJsonObject { { "docker_repo", "bob/app" } } << 200 << "OK";
    QTest::newRow("missing repo and url") << QStringList { "DOCKER_REPO", "GITHUB_URL" } << QJsonObject()
                                          << 400 << "invalid configuration: missing DOCKER_REPO, GITHUB_URL";
    QTest::newRow("empty secret") << QStringList() << QJsonObject { { "SECRET", "" } } << 400
                                  << "invalid configuration: missing SECRET";
    QTest::newRow("missing image tag") << QStringList { "BUILD_IMAGE_TAG" } << QJsonObject() << 400
                                       << "invalid configuration: missing BUILD_IMAGE_TAG";
    QTest::newRow("unknown runtime")
        << QStringList() << QJsonObject { { "RUNTIME_TYPE", "mainframe" } } << 400
        << "invalid configuration: RUNTIME_TYPE \"mainframe\" is not one of vpc, "
           "on-prem, classic";
    QTest::newRow("classic without repo id")
        << QStringList() << QJsonObject { { "RUNTIME_TYPE", "classic" } } << 400
        << "invalid configuration: missing REPO_ID (required for "
           "RUNTIME_TYPE classic)";
    QTest::newRow("repo id for vpc")
        << QStringList() << QJsonObject { { "REPO_ID", "r1" } } << 400
        << "invalid configuration: REPO_ID is only allowed for RUNTIME_TYPE classic";
    QTest::newRow("arg not an object") << QStringList() << QJsonObject { { "ARG", "A=1" } } << 400
                                       << "invalid configuration: ARG must be an object of strings";
    QTest::newRow("dockerfile outside")
        << QStringList() << QJsonObject { { "DOCKERFILE_PATH", "../../etc/x" } } << 400
        << "invalid configuration: DOCKERFILE_PATH must be a relative path inside "
           "the repository";
}

void TestSbsServer::initValidation()
{
    QFETCH(QStringList, remove);
    QFETCH(QJsonObject, set);
    QFETCH(int, httpStatus);
    QFETCH(QString, status);
    QJsonObject body = initBody();
    for (const QString& key : remove)
        body.remove(key);
    for (auto it = set.begin(); it != set.end(); ++it)
        body.insert(it.key(), it.value());
    const Answer a = call("POST", "/image", json(body));
    QCOMPARE(a.httpStatus, httpStatus);
    QCOMPARE(a.json.value("status").toString(), status);
    QVERIFY(!a.body.contains(password.toUtf8()));
    QCOMPARE(QFile::exists(m_dataDir->filePath("data/config.json")), httpStatus == 200);
}

void TestSbsServer::initPersistsAcrossRestart()
{
    QCOMPARE(call("POST", "/image", json(initBody())).json.value("status").toString(), QString("OK"));
    const QString configPath = m_dataDir->filePath("data/config.json");
    QCOMPARE(int(QFileInfo(configPath).permissions() & 0x7777),
             int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                 | QFileDevice::WriteUser));
    QCOMPARE(call("DELETE", "/image").httpStatus, 200);

    m_server->stop();
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(m_pki, m_dataDir->filePath("data")), qPrintable(m_server->output()));
    // The configuration is there: update with the same secret works, the status is kept.
    QCOMPARE(call("GET", "/image").json.value("status").toString(), QString("restarted cicd"));
    QCOMPARE(call("PATCH", "/image", json(initBody())).json.value("status").toString(), QString("OK"));
}

void TestSbsServer::updateNeedsCurrentSecretAndRotates()
{
    QJsonObject body = initBody();
    const Answer beforeInit = call("PATCH", "/image", json(body));
    QCOMPARE(beforeInit.httpStatus, 400);
    QVERIFY(beforeInit.json.value("status").toString().contains("not initialized"));

    QCOMPARE(call("POST", "/image", json(body)).httpStatus, 200);
    body.insert("SECRET", "d3Jvbmc=");
    const Answer wrong = call("PATCH", "/image", json(body));
    QCOMPARE(wrong.httpStatus, 403);
    QVERIFY(!wrong.json.value("status").toString().contains("d3Jvbmc="));

    body.insert("SECRET", QString::fromLatin1(secret));
    body.insert("NEW_SECRET", "bmV3LXNlY3JldA==");
    QCOMPARE(call("PATCH", "/image", json(body)).json.value("status").toString(), QString("OK"));
    // The old secret no longer works, the new one does.
    body.remove("NEW_SECRET");
    QCOMPARE(call("PATCH", "/image", json(body)).httpStatus, 403);
    body.insert("SECRET", "bmV3LXNlY3JldA==");
    QCOMPARE(call("PATCH", "/image", json(body)).json.value("status").toString(), QString("OK"));
    const QJsonObject stored
        = QJsonDocument::fromJson(readAll(m_dataDir->filePath("data/config.json"))).object();
    QCOMPARE(stored.value("SECRET").toString(), QString("bmV3LXNlY3JldA=="));
    QVERIFY(!stored.contains("NEW_SECRET"));
}

void TestSbsServer::cleanResets()
{
    const Answer a = call("DELETE", "/image");
    QCOMPARE(a.httpStatus, 200);
    QCOMPARE(a.json.value("status").toString(), QString("restarted cicd"));
    QCOMPARE(call("GET", "/image").json.value("status").toString(), QString("restarted cicd"));
}

void TestSbsServer::logNamesAreChecked_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("httpStatus");
    QTest::newRow("no build yet") << "/log/build" << 404;
    QTest::newRow("unknown") << "/log/other" << 404;
    QTest::newRow("encoded traversal") << "/log/..%2F..%2Fconfig" << 400;
    QTest::newRow("dot") << "/log/.hidden" << 400;
    QTest::newRow("nested") << "/log/a/b" << 400;
    QTest::newRow("empty") << "/log/" << 400;
}

void TestSbsServer::logNamesAreChecked()
{
    QFETCH(QString, path);
    QFETCH(int, httpStatus);
    const Answer a = call("GET", path);
    QCOMPARE(a.httpStatus, httpStatus);
    QVERIFY(!a.json.value("status").toString().isEmpty());
    QVERIFY(!a.json.contains("log"));
}

void TestSbsServer::requestSizeIsLimited()
{
    QJsonObject body = initBody();
    body.insert("ISV_SECRET", QString(200 * 1024, QLatin1Char('x')));
    const Answer a = call("POST", "/image", json(body));
    QVERIFY2(a.httpStatus == 413 || (a.httpStatus == 0 && a.error != QNetworkReply::NoError),
             qPrintable(QString("%1 %2").arg(a.httpStatus).arg(a.errorText)));
    QVERIFY(!QFile::exists(m_dataDir->filePath("data/config.json")));
    // Later requests are served as before.
    QCOMPARE(call("POST", "/image", json(initBody())).httpStatus, 200);
}

void TestSbsServer::unknownPathAndMethod()
{
    QCOMPARE(call("GET", "/nothing").httpStatus, 404);
    QCOMPARE(call("POST", "/log/build").httpStatus, 405);
    QCOMPARE(call("OPTIONS", "/image").httpStatus, 405);
}

void TestSbsServer::buildBeforeInitIsRefused()
{
    const Answer a = call("PUT", "/image");
    QCOMPARE(a.httpStatus, 400);
    QVERIFY(a.json.value("status").toString().contains("init"));
}

void TestSbsServer::noManifestBeforeABuild()
{
    QCOMPARE(call("GET", "/manifest").httpStatus, 404);
    QCOMPARE(call("GET", "/publickey").httpStatus, 404);
    QCOMPARE(call("GET", "/manifest", R"({"BUILD_NAME": "../../keys"})").httpStatus, 400);
    QCOMPARE(call("GET", "/manifest", R"({"BUILD_NAME": "docker.io.a.b.v1-1234567.x"})").httpStatus, 404);
    QCOMPARE(call("GET", "/config-json").httpStatus, 404);
}

void TestSbsServer::noImageDigestBeforeABuild()
{
    // Before init, and after init but before a build has succeeded: 404 with a JSON status.
    for (int round = 0; round < 2; ++round) {
        const Answer a = call("GET", "/imagedigest");
        QCOMPARE(a.httpStatus, 404);
        QVERIFY2(!a.json.isEmpty(), a.body.constData());
        QCOMPARE(a.json.value("status").toString(), QStringLiteral("not found: /imagedigest"));
        QVERIFY(!a.json.contains("image_digest"));
        if (round == 0)
            QCOMPARE(call("POST", "/image", json(initBody())).httpStatus, 200);
    }
    QCOMPARE(call("POST", "/imagedigest").httpStatus, 405);
}

void TestSbsServer::failedBuildReportsMaskedCommand()
{
    // The clone URL holds the registry password: it must reach neither status nor log.
    QCOMPARE(call("POST", "/image", json(initBody("file:///nonexistent/" + password + ".git"))).httpStatus,
             200);
    const Answer started = call("PUT", "/image");
    QCOMPARE(started.httpStatus, 200);
    QCOMPARE(started.json.value("status").toString(), QString("OK: async build started"));

    const Answer done = waitForStatus([](const QString& s) { return s.startsWith("exiting"); });
    const QString status = done.json.value("status").toString();
    QVERIFY2(status.startsWith("exiting due to a non-zero return value: 128, cmd: git clone"),
             qPrintable(status));
    QVERIFY2(status.contains("<DOCKER_PASSWORD>") && !status.contains(password), qPrintable(status));
    const QJsonArray steps = done.json.value("steps").toArray();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).toObject().value("status").toString(), QString("cleaned up"));
    QVERIFY(steps.at(0).toObject().value("time").toString().endsWith("Z"));
    QVERIFY(!done.json.value("build_started").toString().isEmpty());

    const Answer log = call("GET", "/log/build");
    QCOMPARE(log.httpStatus, 200);
    const QString text = log.json.value("log").toString();
    QVERIFY2(text.contains("$ git clone") && text.contains("<DOCKER_PASSWORD>"), qPrintable(text));
    QVERIFY(!text.contains(password));
    QVERIFY(!readAll(m_dataDir->filePath("data/logs/build.log")).contains(password.toUtf8()));
}

void TestSbsServer::cleanKillsRunningBuild()
{
    // An SSH "git server" that accepts the connection and never answers: the clone hangs.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QJsonObject body = initBody(QStringLiteral("ssh://git@127.0.0.1:%1/app.git").arg(silent.serverPort()));
    body.insert("GITHUB_KEY", QString::fromLatin1(readAll(m_pki.dir + "/client-key.pem")));
    QCOMPARE(call("POST", "/image", json(body)).httpStatus, 200);
    QCOMPARE(call("PUT", "/image").httpStatus, 200);
    QVERIFY(silent.waitForNewConnection(20000));
    QTcpSocket* ssh = silent.nextPendingConnection();
    QCOMPARE(call("GET", "/image").json.value("status").toString(), QString("cleaned up"));

    // One build at a time.
    QCOMPARE(call("PUT", "/image").httpStatus, 409);
    QCOMPARE(call("POST", "/image", json(body)).httpStatus, 409);

    const Answer cleaned = call("DELETE", "/image");
    QCOMPARE(cleaned.json.value("status").toString(), QString("restarted cicd"));
    // ssh, in the killed process group, goes away and closes its connection.
    QTRY_VERIFY_WITH_TIMEOUT((ssh->waitForReadyRead(50), ssh->state() == QAbstractSocket::UnconnectedState),
                             15000);
    const Answer after = call("GET", "/image");
    QCOMPARE(after.json.value("status").toString(), QString("restarted cicd"));
    QVERIFY(after.json.value("steps").toArray().isEmpty());
    // The key file's private folder is gone with the build.
    QTRY_VERIFY(QDir(m_dataDir->filePath("data/workspace")).entryList({ "secrets-*" }, QDir::Dirs).isEmpty());
    QCOMPARE(call("PUT", "/image").httpStatus, 200);
}

void TestSbsServer::stateImageMovesToServerWithSameSecret()
{
    QCOMPARE(call("POST", "/image", json(initBody())).httpStatus, 200);
    QCOMPARE(call("GET", "/state-image", R"({"state_bucket_name": "b"})").httpStatus, 400);
    const Answer exported = call("GET", "/state-image");
    QCOMPARE(exported.httpStatus, 200);
    QVERIFY(exported.json.value("name").toString().startsWith("127.0.0.1:9.alice.app.state."));
    QCOMPARE(exported.json.value("export_tag").toString(), QString("state"));
    const QString state = exported.json.value("state").toString();
    QVERIFY(!state.isEmpty());
    QVERIFY(!QByteArray::fromBase64(state.toLatin1()).contains(password.toUtf8()));

    // A new server started with this server's secret file takes the state.
    QTemporaryDir newData;
    ServerProcess newServer;
    QVERIFY2(newServer.start(m_pki, newData.filePath("data"),
                             { "--state-secret-file", m_dataDir->filePath("data/keys/state-secret") }),
             qPrintable(newServer.output()));
    const QJsonObject importBody { { "secret", QString::fromLatin1(secret) }, { "state", state } };
    const Answer imported
        = request(m_pki.clientTls(), newServer.port(), "POST", "/state-image", json(importBody));
    QCOMPARE(imported.json.value("status").toString(), QString("OK"));
    QCOMPARE(imported.httpStatus, 200);
    // Its configuration is the old one: update with the old SECRET is accepted.
    QCOMPARE(request(m_pki.clientTls(), newServer.port(), "PATCH", "/image", json(initBody())).httpStatus,
             200);
}

void TestSbsServer::stateImageIsRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("wrong secret") << "secret";
    QTest::newRow("other server") << "server";
    QTest::newRow("altered") << "altered";
    QTest::newRow("truncated") << "truncated";
    QTest::newRow("missing state") << "missing";
}

void TestSbsServer::stateImageIsRefused()
{
    QFETCH(QString, change);
    QCOMPARE(call("POST", "/image", json(initBody())).httpStatus, 200);
    QByteArray sealed
        = QByteArray::fromBase64(call("GET", "/state-image").json.value("state").toString().toLatin1());
    QString userSecret = QString::fromLatin1(secret);
    if (change == "secret")
        userSecret = "d3Jvbmc=";
    if (change == "altered")
        sealed[40] = char(sealed.at(40) ^ 0x20);
    if (change == "truncated")
        sealed.chop(20);
    QJsonObject body { { "secret", userSecret }, { "state", QString::fromLatin1(sealed.toBase64()) } };
    if (change == "missing")
        body.remove("state");

    QTemporaryDir newData;
    ServerProcess newServer;
    const QStringList extra = change == "server"
        ? QStringList()
        : QStringList { "--state-secret-file", m_dataDir->filePath("data/keys/state-secret") };
    QVERIFY2(newServer.start(m_pki, newData.filePath("data"), extra), qPrintable(newServer.output()));
    const Answer refused = request(m_pki.clientTls(), newServer.port(), "POST", "/state-image", json(body));
    QCOMPARE(refused.httpStatus, 400);
    QVERIFY(!refused.json.value("status").toString().isEmpty());
    // Nothing changed on the new server.
    QVERIFY(!QFile::exists(newData.filePath("data/config.json")));
    QCOMPARE(request(m_pki.clientTls(), newServer.port(), "GET", "/image").json.value("status").toString(),
             QString());
}

QTEST_GUILESS_MAIN(TestSbsServer)
#include "tst_sbsserver.moc"
