// SbsClient against a loopback double of the server: the shape of every request, every bad
// answer, HTTP errors, broken connections, timeouts, cancelling and progress.

#include "SbsDouble.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sbs;
using namespace sbs::api;
using namespace sbs::test;

namespace {

const QString digest = QStringLiteral("docker.io/alice/app@sha256:") + QString(64, QLatin1Char('a'));

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// One call of the protocol, started the same way for every row of the data-driven tests. The
// reply is boiled down to kind, HTTP status, message and (on success) a short text of the value.
struct Outcome
{
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;
    QString error;
    QString value;
};

template<typename T> Outcome outcomeOf(const Reply<T>& r, const std::function<QString(const T&)>& show)
{
    Outcome o;
    o.kind = r.kind;
    o.httpStatus = r.httpStatus;
    o.error = r.isOk() ? QString() : r.error();
    if (r.isOk())
        o.value = show(r.result.value());
    return o;
}

Outcome runText(SbsClient& c, const std::function<PendingCall*(QObject*, Handler<QString>)>& start)
{
    Q_UNUSED(c);
    return outcomeOf<QString>(run<QString>(start), [](const QString& s) { return s; });
}

const QJsonObject initBody { { "RUNTIME_TYPE", "on-prem" },
                             { "DOCKER_REPO", "alice/app" },
                             { "DOCKER_PASSWORD", "pw-1234" },
                             { "SECRET", "c2VjcmV0" } };

Outcome callByName(SbsClient& c, const QString& name)
{
    if (name == "status")
        return outcomeOf<ServerStatus>(
            run<ServerStatus>([&](QObject* x, Handler<ServerStatus> d) { return c.status(x, d); }),
            [](const ServerStatus& s) { return s.status; });
    if (name == "init")
        return runText(c, [&](QObject* x, Handler<QString> d) { return c.init(initBody, x, d); });
    if (name == "update") {
        QJsonObject body = initBody;
        body.insert("NEW_SECRET", "bmV3");
        return runText(c, [&, body](QObject* x, Handler<QString> d) { return c.update(body, x, d); });
    }
    if (name == "build")
        return runText(c, [&](QObject* x, Handler<QString> d) { return c.build(x, d); });
    if (name == "clean")
        return runText(c, [&](QObject* x, Handler<QString> d) { return c.clean(x, d); });
    if (name == "log")
        return runText(c, [&](QObject* x, Handler<QString> d) { return c.log("build", x, d); });
    if (name == "manifest" || name == "manifest named")
        return outcomeOf<ManifestDownload>(
            run<ManifestDownload>([&](QObject* x, Handler<ManifestDownload> d) {
                return c.manifest(name == "manifest" ? QString() : "b1", x, d);
            }),
            [](const ManifestDownload& m) { return m.fileName(); });
    if (name == "publickey" || name == "publickey named")
        return outcomeOf<ManifestPublicKey>(
            run<ManifestPublicKey>([&](QObject* x, Handler<ManifestPublicKey> d) {
                return c.publicKey(name == "publickey" ? QString() : "b1", x, d);
            }),
            [](const ManifestPublicKey& k) { return k.fileName(); });
    if (name == "config-json")
        return outcomeOf<SignedImageKey>(run<SignedImageKey>([&](QObject* x, Handler<SignedImageKey> d) {
                                             return c.signedImagePublicKey(x, d);
                                         }),
                                         [](const SignedImageKey& k) { return k.fileName(); });
    if (name == "imagedigest")
        return runText(c, [&](QObject* x, Handler<QString> d) { return c.imageDigest(x, d); });
    if (name == "state-image" || name == "state-image bucket")
        return outcomeOf<StateImageAnswer>(
            run<StateImageAnswer>([&](QObject* x, Handler<StateImageAnswer> d) {
                return c.stateImage(name == "state-image" ? QString() : "bkt", x, d);
            }),
            [](const StateImageAnswer& a) { return a.name; });
    if (name == "post-state-image")
        return runText(
            c, [&](QObject* x, Handler<QString> d) { return c.postStateImage("s3", "ST", {}, {}, x, d); });
    if (name == "post-state-image bucket")
        return runText(c, [&](QObject* x, Handler<QString> d) {
            return c.postStateImage("s3", {}, "bkt", "img1", x, d);
        });
    return Outcome { ErrorKind::None, 0, QStringLiteral("unknown call ") + name, {} };
}

} // namespace

class TestSbsClientDouble : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void requestShape_data();
    void requestShape();
    void requestFactoryLimits();
    void badAnswers_data();
    void badAnswers();
    void httpErrors_data();
    void httpErrors();
    void secretsAreMaskedInErrors();
    void tooLargeAnnouncedAbortsAtOnce();
    void tooLargeStreamAbortsEarly();
    void droppedInTheMiddle();
    void shorterThanContentLength();
    void timeout();
    void cancelCallsHandlerOnce();
    void newEndpointEndsRunningCalls();
    void contextDestroyedBeforeAnswer();
    void clientDestroyedWithCallInFlight();
    void clientDeletedInHandler();
    void progressDuringDownload();
    void notSetUpIsLocal();
    void redirectIsNotFollowed();
    void closedBeforeAnswer();
    void nginxCertificateErrorPage();
    void statusPhases_data();
    void statusPhases();
    void statusOfJustStartedBuild_data();
    void statusOfJustStartedBuild();
    void statusSteps();
    void answerFileNames();
    void plainFileNames_data();
    void plainFileNames();

private:
    QTemporaryDir m_dir;
    TestPki m_pki;
    QString m_combined;
    std::unique_ptr<SbsDouble> m_server;
    std::unique_ptr<SbsClient> m_client;
};

void TestSbsClientDouble::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = m_pki.create(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_combined = m_dir.filePath("client-combined.pem");
    QCOMPARE(writeCombined(m_pki, m_combined), QString());
}

void TestSbsClientDouble::init()
{
    m_server = std::make_unique<SbsDouble>();
    QVERIFY(m_server->start(m_pki));
    m_client = std::make_unique<SbsClient>();
    const Status ok = m_client->setEndpoint(endpointFor(m_server->port(), m_combined, m_pki.caPath()));
    QVERIFY2(ok, qPrintable(ok.error()));
}

void TestSbsClientDouble::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSbsClientDouble::requestShape_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body"); // the JSON the server must get; empty: no body
    QTest::addColumn<int>("answerStatus");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("value");

    const QByteArray ok = R"({"status": "OK"})";
    QTest::newRow("status") << "status" << QByteArray("GET") << QByteArray("/image") << QByteArray() << 200
                            << QByteArray(R"({"status": "image built", "build_name": "b1", "extra": 1})")
                            << "image built";
    QTest::newRow("init") << "init" << QByteArray("POST") << QByteArray("/image") << json(initBody) << 200
                          << ok << "OK";
    QJsonObject updateBody = initBody;
    updateBody.insert("NEW_SECRET", "bmV3");
    QTest::newRow("update") << "update" << QByteArray("PATCH") << QByteArray("/image") << json(updateBody)
                            << 200 << ok << "OK";
    QTest::newRow("build") << "build" << QByteArray("PUT") << QByteArray("/image") << QByteArray() << 200
                           << QByteArray(R"({"status": "OK: async build started"})")
                           << "OK: async build started";
    QTest::newRow("clean") << "clean" << QByteArray("DELETE") << QByteArray("/image") << QByteArray() << 200
                           << QByteArray(R"({"status": "restarted cicd"})") << "restarted cicd";
    QTest::newRow("log") << "log" << QByteArray("GET") << QByteArray("/log/build") << QByteArray() << 200
                         << QByteArray(R"({"log": "line 1\nline 2"})") << "line 1\nline 2";
    const QByteArray manifest = R"({"manifest_name": "manifest.b1", "encoded_manifest": "QlpoOTFBWSZTWQ=="})";
    QTest::newRow("manifest latest") << "manifest" << QByteArray("GET") << QByteArray("/manifest")
                                     << QByteArray() << 200 << manifest << "manifest.b1.sig.tbz";
    QTest::newRow("manifest named") << "manifest named" << QByteArray("GET") << QByteArray("/manifest")
                                    << QByteArray(R"({"BUILD_NAME":"b1"})") << 200 << manifest
                                    << "manifest.b1.sig.tbz";
    const QByteArray key = R"({"public_key_pem": "-----BEGIN PUBLIC KEY-----\n", "build_name": "b1"})";
    QTest::newRow("publickey latest") << "publickey" << QByteArray("GET") << QByteArray("/publickey")
                                      << QByteArray() << 200 << key << "manifest.b1-public.pem";
    QTest::newRow("publickey named") << "publickey named" << QByteArray("GET") << QByteArray("/publickey")
                                     << QByteArray(R"({"BUILD_NAME":"b1"})") << 200 << key
                                     << "manifest.b1-public.pem";
    QTest::newRow("config-json") << "config-json" << QByteArray("GET") << QByteArray("/config-json")
                                 << QByteArray() << 201
                                 << QByteArray(
                                        R"({"public_key": "KEY", "repository_name": "docker.io/alice/app"})")
                                 << "docker.io-alice-app-public.key";
    QTest::newRow("imagedigest") << "imagedigest" << QByteArray("GET") << QByteArray("/imagedigest")
                                 << QByteArray() << 201 << json(QJsonObject { { "image_digest", digest } })
                                 << digest;
    const QByteArray state = R"({"name": "img1", "export_tag": "t1", "state": "ABC"})";
    QTest::newRow("state-image") << "state-image" << QByteArray("GET") << QByteArray("/state-image")
                                 << QByteArray() << 200 << state << "img1";
    QTest::newRow("state-image bucket")
        << "state-image bucket" << QByteArray("GET") << QByteArray("/state-image")
        << QByteArray(R"({"state_bucket_name":"bkt"})") << 200
        << QByteArray(R"({"name": "img1", "export_tag": "t1"})") << "img1";
    QTest::newRow("post-state-image")
        << "post-state-image" << QByteArray("POST") << QByteArray("/state-image")
        << QByteArray(R"({"secret":"s3","state":"ST"})") << 200 << ok << "OK";
    QTest::newRow("post-state-image bucket")
        << "post-state-image bucket" << QByteArray("POST") << QByteArray("/state-image")
        << QByteArray(R"({"name":"img1","secret":"s3","state_bucket_name":"bkt"})") << 200 << ok << "OK";
}

void TestSbsClientDouble::requestShape()
{
    QFETCH(QString, call);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(int, answerStatus);
    QFETCH(QByteArray, answer);
    QFETCH(QString, value);

    m_server->script.status = answerStatus;
    m_server->script.body = answer;
    const Outcome o = callByName(*m_client, call);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.kind, ErrorKind::None);
    QCOMPARE(o.httpStatus, answerStatus);
    QCOMPARE(o.value, value);

    QCOMPARE(m_server->requests.size(), 1);
    const SbsDouble::Recorded& r = m_server->requests.first();
    QCOMPARE(r.method, method);
    QCOMPARE(r.path, path);
    QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(r.headers.value("host"), QByteArray("127.0.0.1:") + QByteArray::number(m_server->port()));
    if (body.isEmpty()) {
        QVERIFY2(r.body.isEmpty(), r.body.constData());
    } else {
        QJsonParseError error;
        const QJsonDocument sent = QJsonDocument::fromJson(r.body, &error);
        QVERIFY2(sent.isObject(), qPrintable(error.errorString()));
        QCOMPARE(sent.object(), QJsonDocument::fromJson(body).object());
    }
}

void TestSbsClientDouble::requestFactoryLimits()
{
    QCOMPARE(Request::status().timeoutMs, 15000);
    QCOMPARE(Request::status().maxReplyBytes, qint64(1) << 20);
    QCOMPARE(Request::init({}).timeoutMs, 60000);
    QCOMPARE(Request::clean().maxReplyBytes, qint64(1) << 20);
    QCOMPARE(Request::log("build").timeoutMs, 120000);
    QCOMPARE(Request::log("build").maxReplyBytes, qint64(256) << 20);
    QCOMPARE(Request::log("a/b").path, QString("/log/a%2Fb"));
    QCOMPARE(Request::manifest({}).timeoutMs, 600000);
    QVERIFY(Request::manifest({}).maxReplyBytes < (qint64(2) << 30));
    QVERIFY(Request::stateImage({}).maxReplyBytes >= (qint64(2000) << 20));
    QCOMPARE(Request::publicKey({}).maxReplyBytes, qint64(4) << 20);
    QCOMPARE(Request::signedImagePublicKey().expectedStatus, 201);
    QCOMPARE(Request::imageDigest().expectedStatus, 201);
    QCOMPARE(Request::imageDigest().timeoutMs, 30000);
    QCOMPARE(Request::postStateImage("s", "x", {}, {}).timeoutMs, 300000);
    QCOMPARE(Request::status().expectedStatus, 200);
}

void TestSbsClientDouble::badAnswers_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message"); // a part of the error, or on success the value

    const int notJson = int(ErrorKind::NotJson);
    const int badShape = int(ErrorKind::BadShape);
    QTest::newRow("not json") << "status" << QByteArray("hello") << notJson
                              << "the server's answer to status is not JSON: ";
    QTest::newRow("empty") << "status" << QByteArray() << notJson
                           << "the server's answer to status is not JSON: the answer is empty";
    QTest::newRow("array") << "status" << QByteArray(R"([{"status": "OK"}])") << notJson
                           << "not a JSON object";
    QTest::newRow("missing status") << "status" << QByteArray(R"({"build_name": "b"})") << badShape
                                    << "the server's answer to status has no \"status\"";
    QTest::newRow("status a number") << "status" << QByteArray(R"({"status": 5})") << badShape
                                     << "\"status\" as a number";
    QTest::newRow("steps not a list")
        << "status" << QByteArray(R"({"status": "", "steps": "x"})") << badShape << "\"steps\"";
    QTest::newRow("build status a number") << "build" << QByteArray(R"({"status": 1})") << badShape
                                           << "the server's answer to build has \"status\"";
    QTest::newRow("log missing") << "log" << QByteArray(R"({"status": "OK"})") << badShape
                                 << "the server's answer to log has no \"log\"";
    QTest::newRow("manifest bad base64")
        << "manifest" << QByteArray(R"({"manifest_name": "manifest.b1", "encoded_manifest": "!!not base64"})")
        << badShape
        << "the server's answer to get-manifest has an \"encoded_manifest\" that is not valid base64";
    QTest::newRow("manifest no data")
        << "manifest" << QByteArray(R"({"manifest_name": "manifest.b1"})") << badShape
        << "the server's answer to get-manifest has no \"encoded_manifest\"";
    QTest::newRow("manifest hostile name")
        << "manifest" << QByteArray(R"({"manifest_name": "../../x", "encoded_manifest": "QUJD"})") << badShape
        << "\"manifest_name\" that cannot be a file name";
    QTest::newRow("publickey hostile build")
        << "publickey" << QByteArray(R"({"public_key_pem": "K", "build_name": "../x/y"})") << badShape
        << "\"build_name\"";
    QTest::newRow("config-json no repository")
        << "config-json" << QByteArray(R"({"public_key": "K"})") << badShape
        << "the server's answer to get-signed-image-publickey has no \"repository_name\"";
    QTest::newRow("state hostile name") << "state-image" << QByteArray(R"({"name": "..", "export_tag": "t"})")
                                        << badShape << "\"name\" that cannot be a file name";
    QTest::newRow("state no tag") << "state-image" << QByteArray(R"({"name": "n"})") << badShape
                                  << "has no \"export_tag\"";

    const QByteArray d = digest.toUtf8();
    QTest::newRow("digest string") << "imagedigest" << QByteArray("\"" + d + "\"") << 0 << digest;
    QTest::newRow("digest list") << "imagedigest" << QByteArray("[\"" + d + "\"]") << 0 << digest;
    QTest::newRow("digest object") << "imagedigest"
                                   << QByteArray("{\"status\": \"OK\", \"image_digest\": \"" + d + "\"}") << 0
                                   << digest;
    QTest::newRow("digest tag only") << "imagedigest" << QByteArray(R"("docker.io/alice/app:latest")")
                                     << badShape << "holds no image reference with a digest";
    QTest::newRow("digest short") << "imagedigest" << QByteArray(R"("docker.io/a/b@sha256:abc")") << badShape
                                  << "holds no image reference with a digest";
    QTest::newRow("digest two") << "imagedigest" << QByteArray("[\"" + d + "\", \"" + d + "\"]") << badShape
                                << "holds no image reference with a digest";
    QTest::newRow("digest number") << "imagedigest" << QByteArray("42") << badShape
                                   << "holds no image reference with a digest";
    QTest::newRow("digest not json") << "imagedigest" << QByteArray(d) << notJson
                                     << "the server's answer to get-digest is not JSON";
    QTest::newRow("digest empty") << "imagedigest" << QByteArray() << notJson << "is not JSON";
}

void TestSbsClientDouble::badAnswers()
{
    QFETCH(QString, call);
    QFETCH(QByteArray, answer);
    QFETCH(int, kind);
    QFETCH(QString, message);

    m_server->script.body = answer;
    m_server->script.status = call == "imagedigest" || call == "config-json" ? 201 : 200;
    const Outcome o = callByName(*m_client, call);
    QCOMPARE(int(o.kind), kind);
    if (kind == 0)
        QCOMPARE(o.value, message);
    else
        QVERIFY2(o.error.contains(message), qPrintable(o.error));
}

void TestSbsClientDouble::httpErrors_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("message");

    QTest::newRow("json status")
        << "build" << 409 << QByteArray("application/json")
        << QByteArray(R"({"status": "a build is running: wait for it or clean first"})")
        << "the server answered HTTP 409 to build: a build is running: wait for it or "
           "clean first";
    QTest::newRow("html page")
        << "status" << 502 << QByteArray("text/html")
        << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                      "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx"
                      "</center>\r\n</body>\r\n</html>\r\n")
        << "the server answered HTTP 502 to status: 502 Bad Gateway 502 Bad Gateway nginx";
    QTest::newRow("empty body") << "get-manifest" << 404 << QByteArray() << QByteArray()
                                << "the server answered HTTP 404 to get-manifest: Not Found";
    QTest::newRow("long text") << "status" << 500 << QByteArray("text/plain") << QByteArray(5000, 'e')
                               << "the server answered HTTP 500 to status: " + QString(200, QLatin1Char('e'));
}

void TestSbsClientDouble::httpErrors()
{
    QFETCH(QString, call);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, answer);
    QFETCH(QString, message);

    m_server->script.status = status;
    m_server->script.contentType = contentType;
    m_server->script.body = answer;
    const Outcome o = callByName(*m_client, call == "get-manifest" ? QStringLiteral("manifest") : call);
    QCOMPARE(o.kind, ErrorKind::Http);
    QCOMPARE(o.httpStatus, status);
    QCOMPARE(o.error, message);
}

void TestSbsClientDouble::secretsAreMaskedInErrors()
{
    const QString password = QStringLiteral("pw-\"9f3c1e7a");
    auto doc = config::ConfigDocument::parse(
        json(QJsonObject { { "HOSTNAME", "127.0.0.1" },
                           { "DOCKER_PASSWORD", password },
                           { "ISV_SECRET", QJsonObject { { "k", "isv-value-77" } } },
                           { "DOCKER_USER", "alice" } }),
        "test");
    QVERIFY(doc);
    const QStringList secrets = SbsClient::secretsOf(doc.value());
    QVERIFY(secrets.contains(password));
    QVERIFY(secrets.contains("isv-value-77"));
    QVERIFY(!secrets.contains("alice"));
    m_client->setSecrets(secrets);

    // Echoed in the JSON status text, in raw text, and in a bad answer.
    m_server->script.status = 403;
    m_server->script.body
        = json(QJsonObject { { "status", "wrong password " + password + " for isv-value-77" } });
    Outcome o = callByName(*m_client, "update");
    QCOMPARE(o.kind, ErrorKind::Http);
    QVERIFY2(!o.error.contains(password) && !o.error.contains("isv-value-77"), qPrintable(o.error));
    QVERIFY2(!o.error.contains("9f3c1e7a"), qPrintable(o.error));
    QVERIFY2(o.error.contains("wrong password"), qPrintable(o.error));

    m_server->script.contentType = "text/plain";
    m_server->script.body = "denied: {\"DOCKER_PASSWORD\": \"pw-\\\"9f3c1e7a\"}";
    o = callByName(*m_client, "init");
    QCOMPARE(o.kind, ErrorKind::Http);
    QVERIFY2(!o.error.contains("9f3c1e7a"), qPrintable(o.error));

    m_server->script.status = 200;
    m_server->script.contentType = "application/json";
    m_server->script.body
        = json(QJsonObject { { "manifest_name", "../" + password }, { "encoded_manifest", "QUJD" } });
    o = callByName(*m_client, "manifest");
    QCOMPARE(o.kind, ErrorKind::BadShape);
    QVERIFY2(!o.error.contains("9f3c1e7a"), qPrintable(o.error));
}

void TestSbsClientDouble::tooLargeAnnouncedAbortsAtOnce()
{
    // The header alone gives it away: 100 MiB announced for status (1 MiB at most), 64 KiB sent.
    m_server->script.mode = SbsDouble::Mode::Partial;
    m_server->script.body = QByteArray(64 << 10, ' ');
    m_server->script.partBytes = 64 << 10;
    m_server->script.announcedLength = qint64(100) << 20;
    QElapsedTimer t;
    t.start();
    const Outcome o = callByName(*m_client, "status");
    QCOMPARE(o.kind, ErrorKind::TooLarge);
    QVERIFY2(o.error.contains("larger than 1 MiB"), qPrintable(o.error));
    QVERIFY(t.elapsed() < 10000);
}

void TestSbsClientDouble::tooLargeStreamAbortsEarly()
{
    // No Content-Length: the answer runs until the connection closes, so the client has to stop
    // on its own as soon as it has more than the limit.
    m_server->script.mode = SbsDouble::Mode::Stream;
    QElapsedTimer t;
    t.start();
    const Outcome o = callByName(*m_client, "build");
    QCOMPARE(o.kind, ErrorKind::TooLarge);
    QVERIFY(t.elapsed() < 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->streamStoppedByClient, 10000);
    QVERIFY2(m_server->streamedBytes < (8 << 20), qPrintable(QString::number(m_server->streamedBytes)));
}

void TestSbsClientDouble::droppedInTheMiddle()
{
    m_server->script.mode = SbsDouble::Mode::Partial;
    m_server->script.body = QByteArray(2 << 20, 'x');
    m_server->script.partBytes = 700 << 10;
    m_server->script.chunkBytes = 64 << 10;
    const Outcome o = callByName(*m_client, "log");
    QCOMPARE(o.kind, ErrorKind::ConnectionDropped);
    QVERIFY2(o.error.startsWith("the server closed the connection before the answer was complete"),
             qPrintable(o.error));
}

void TestSbsClientDouble::shorterThanContentLength()
{
    m_server->script.mode = SbsDouble::Mode::Partial;
    m_server->script.body = R"({"status": "OK"})";
    m_server->script.partBytes = 5;
    m_server->script.announcedLength = 200;
    const Outcome o = callByName(*m_client, "status");
    QCOMPARE(o.kind, ErrorKind::ConnectionDropped);
    QVERIFY2(o.error.contains("before the answer was complete"), qPrintable(o.error));
}

void TestSbsClientDouble::timeout()
{
    m_server->script.mode = SbsDouble::Mode::Hang;
    m_client->setTimeoutScale(0.05); // status: 750 ms
    QElapsedTimer t;
    t.start();
    const Outcome o = callByName(*m_client, "status");
    QCOMPARE(o.kind, ErrorKind::Timeout);
    QVERIFY2(o.error.startsWith("the server did not answer within 1 s"), qPrintable(o.error));
    QVERIFY(t.elapsed() >= 500);
    QVERIFY(t.elapsed() < 10000);
    QVERIFY(isUnreachable(o.kind));
}

void TestSbsClientDouble::cancelCallsHandlerOnce()
{
    m_server->script.mode = SbsDouble::Mode::Hang;
    QObject context;
    int handled = 0;
    Reply<ServerStatus> last = Reply<ServerStatus>::failure(ErrorKind::None, {});
    QPointer<PendingCall> call = m_client->status(&context, [&](const Reply<ServerStatus>& r) {
        ++handled;
        last = r;
    });
    QVERIFY(call);
    QSignalSpy finished(call.data(), &PendingCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests.size(), 1, 10000);
    QVERIFY(call->isRunning());
    call->cancel();
    call->cancel(); // twice: still one handler call
    QTRY_COMPARE_WITH_TIMEOUT(handled, 1, 5000);
    QCOMPARE(last.kind, ErrorKind::Cancelled);
    QCOMPARE(last.error(), QString("status was cancelled"));
    QCOMPARE(finished.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), 5000); // deleted itself
    QTest::qWait(200);
    QCOMPARE(handled, 1);
}

// New connection settings (a saved configuration, renewed certificates) end the calls still
// waiting on the old connection at once, as cancelled, instead of leaving them to time out.
void TestSbsClientDouble::newEndpointEndsRunningCalls()
{
    m_server->script.mode = SbsDouble::Mode::Hang;
    QObject context;
    int handled = 0;
    Reply<QString> last = Reply<QString>::failure(ErrorKind::None, {});
    m_client->log(QStringLiteral("build"), &context, [&](const Reply<QString>& r) {
        ++handled;
        last = r;
    });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests.size(), 1, 10000);
    QVERIFY(m_client->setEndpoint(m_client->endpoint()));
    QTRY_COMPARE_WITH_TIMEOUT(handled, 1, 2000);
    QCOMPARE(last.kind, ErrorKind::Cancelled);
}

void TestSbsClientDouble::contextDestroyedBeforeAnswer()
{
    m_server->script.mode = SbsDouble::Mode::Hang;
    auto* context = new QObject;
    bool handled = false;
    QPointer<PendingCall> call
        = m_client->status(context, [&](const Reply<ServerStatus>&) { handled = true; });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests.size(), 1, 10000);
    delete context;
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), 5000);
    QTest::qWait(100);
    QVERIFY(!handled);

    // The same when the answer arrives after the context is gone.
    m_server->script.mode = SbsDouble::Mode::Answer;
    m_server->script.chunkBytes = 4;
    m_server->script.body = R"({"status": "image built"})";
    context = new QObject;
    call = m_client->status(context, [&](const Reply<ServerStatus>&) { handled = true; });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests.size(), 2, 10000);
    delete context;
    QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), 5000);
    QTest::qWait(100);
    QVERIFY(!handled);
}

void TestSbsClientDouble::clientDestroyedWithCallInFlight()
{
    m_server->script.mode = SbsDouble::Mode::Hang;
    QObject context;
    bool handled = false;
    QPointer<PendingCall> call
        = m_client->log("build", &context, [&](const Reply<QString>&) { handled = true; });
    m_client->status(nullptr, [&](const Reply<ServerStatus>&) { handled = true; });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests.size(), 2, 10000);
    m_client.reset();
    QVERIFY(call.isNull());
    QTest::qWait(300);
    QVERIFY(!handled);

    // And in the middle of an answer, from a slot of progressed() (inside the reply's signal).
    m_client = std::make_unique<SbsClient>();
    QVERIFY(m_client->setEndpoint(endpointFor(m_server->port(), m_combined, m_pki.caPath())));
    m_server->script.mode = SbsDouble::Mode::Answer;
    m_server->script.body = json(QJsonObject { { "log", QString(512 << 10, QLatin1Char('l')) } });
    m_server->script.chunkBytes = 16 << 10;
    call = m_client->log("build", &context, [&](const Reply<QString>&) { handled = true; });
    bool deleted = false;
    connect(call, &PendingCall::progressed, this, [&](qint64 received, qint64) {
        if (received > 0 && !deleted) {
            deleted = true;
            m_client.reset();
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, 10000);
    QVERIFY(call.isNull());
    QTest::qWait(300);
    QVERIFY(!handled);
}

void TestSbsClientDouble::clientDeletedInHandler()
{
    // Two calls; the first handler deletes the client, so the other handler never runs.
    m_server->script.body = R"({"status": "success"})";
    auto* client = m_client.release();
    int handled = 0;
    QObject context;
    const auto done = [&](const Reply<ServerStatus>& r) {
        QVERIFY2(r.isOk(), qPrintable(r.error()));
        ++handled;
        delete client;
    };
    client->status(&context, done);
    client->status(&context, done);
    QTRY_COMPARE_WITH_TIMEOUT(handled, 1, 10000);
    QTest::qWait(300);
    QCOMPARE(handled, 1);
}

void TestSbsClientDouble::progressDuringDownload()
{
    const QString text(3 << 20, QLatin1Char('l'));
    m_server->script.body = json(QJsonObject { { "log", text } });
    m_server->script.chunkBytes = 128 << 10;
    QList<QPair<qint64, qint64>> steps;
    QObject context;
    std::optional<Reply<QString>> reply;
    PendingCall* call = m_client->log("build", &context, [&](const Reply<QString>& r) { reply.emplace(r); });
    connect(call, &PendingCall::progressed, this,
            [&](qint64 received, qint64 total) { steps << qMakePair(received, total); });
    QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 30000);
    QVERIFY2(reply->isOk(), qPrintable(reply->error()));
    QCOMPARE(reply->result.value().size(), text.size());
    QVERIFY2(steps.size() >= 3, qPrintable(QString::number(steps.size())));
    const qint64 total = m_server->script.body.size();
    for (qsizetype i = 1; i < steps.size(); ++i) {
        QVERIFY(steps.at(i).first >= steps.at(i - 1).first);
        QCOMPARE(steps.at(i).second, total);
    }
    QVERIFY(steps.first().first < total);
    QCOMPARE(steps.last().first, total);
}

void TestSbsClientDouble::notSetUpIsLocal()
{
    SbsClient fresh;
    const auto r = run<ServerStatus>([&](QObject* x, Handler<ServerStatus> d) { return fresh.status(x, d); });
    QCOMPARE(r.kind, ErrorKind::Local);
    QVERIFY2(r.error().contains("no build server is set up"), qPrintable(r.error()));

    // A failed setEndpoint leaves the client refusing calls with that reason.
    const Status failed = fresh.setEndpoint(endpointFor(1, m_dir.filePath("missing.pem"), m_pki.caPath()));
    QVERIFY(!failed);
    const auto again
        = run<ServerStatus>([&](QObject* x, Handler<ServerStatus> d) { return fresh.status(x, d); });
    QCOMPARE(again.kind, ErrorKind::Local);
    QCOMPARE(again.error(), failed.error());
}

void TestSbsClientDouble::redirectIsNotFollowed()
{
    m_server->script.status = 302;
    m_server->script.headers = { { "Location", "https://elsewhere.example.com/image" } };
    m_server->script.body = {};
    const Outcome o = callByName(*m_client, "status");
    QCOMPARE(o.kind, ErrorKind::Http);
    QCOMPARE(o.httpStatus, 302);
    QVERIFY2(o.error.contains("elsewhere.example.com"), qPrintable(o.error));
    QCOMPARE(m_server->requests.size(), 1);
}

void TestSbsClientDouble::closedBeforeAnswer()
{
    // sbs-server refuses a client certificate by closing the connection right after the
    // handshake, without an alert; a server that closes before answering looks the same.
    m_server->script.mode = SbsDouble::Mode::Close;
    const Outcome o = callByName(*m_client, "status");
    QCOMPARE(o.kind, ErrorKind::ClientCertificateRefused);
    QVERIFY2(o.error.startsWith("the server refused our client certificate (" + m_combined
                                + "): make sure the "
                                  "server trusts the CA that issued it"),
             qPrintable(o.error));
}

void TestSbsClientDouble::nginxCertificateErrorPage()
{
    m_server->script.status = 400;
    m_server->script.contentType = "text/html";
    m_server->script.body
        = "<html><head><title>400 The SSL certificate error</title></head><body><center><h1>400 "
          "Bad Request</h1></center><center>The SSL certificate error</center></body></html>";
    const Outcome o = callByName(*m_client, "status");
    QCOMPARE(o.kind, ErrorKind::ClientCertificateRefused);
    QCOMPARE(o.httpStatus, 400);
    QVERIFY2(o.error.startsWith("the server refused our client certificate"), qPrintable(o.error));
}

void TestSbsClientDouble::statusPhases_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("command");

    using P = ServerStatus::Phase;
    QTest::newRow("empty") << "" << int(P::NotInitialized) << -1 << "";
    QTest::newRow("restarted") << "restarted cicd" << int(P::Restarted) << -1 << "";
    for (const char* running : { "cleaned up", "github cloned", "image built", "image pushed" })
        QTest::newRow(running) << running << int(P::Running) << -1 << "";
    QTest::newRow("success") << "success" << int(P::Succeeded) << -1 << "";
    QTest::newRow("failed") << "exiting due to a non-zero return value: 125, cmd: buildah bud -t x ."
                            << int(P::Failed) << 125 << "buildah bud -t x .";
    QTest::newRow("failed, multi-line command")
        << "exiting due to a non-zero return value: 1, cmd: sh -c 'a\nb'\nmore" << int(P::Failed) << 1
        << "sh -c 'a\nb'\nmore";
    QTest::newRow("failed without cmd")
        << "exiting due to a non-zero return value: 2" << int(P::Failed) << 2 << "";
    QTest::newRow("unknown") << "something new" << int(P::Unknown) << -1 << "";
}

void TestSbsClientDouble::statusPhases()
{
    QFETCH(QString, status);
    QFETCH(int, phase);
    QFETCH(int, exitCode);
    QFETCH(QString, command);
    const auto s = ServerStatus::fromJson(QJsonObject { { "status", status } });
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(int(s->phase()), phase);
    QCOMPARE(s->failedExitCode(), exitCode);
    QCOMPARE(s->failedCommand(), command.replace("\\n", "\n"));
}

void TestSbsClientDouble::statusOfJustStartedBuild_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<int>("phase");
    using P = ServerStatus::Phase;
    const QJsonObject started { { "build_started", "2024-05-01T10:00:00Z" }, { "steps", QJsonArray() } };
    auto with = [](QJsonObject o, const char* key, const QJsonValue& value) {
        o.insert(key, value);
        return o;
    };
    // Steps cleared at the start while the text is still the previous build's: running.
    QTest::newRow("old success, no step yet") << with(started, "status", "success") << int(P::Running);
    QTest::newRow("first build, no step yet") << with(started, "status", "") << int(P::Running);
    QTest::newRow("old failure, no step yet")
        << with(started, "status", "exiting due to a non-zero return value: 1, cmd: x") << int(P::Running);
    const QJsonArray done { QJsonObject { { "status", "cleaned up" }, { "time", "2024-05-01T10:00:01Z" } },
                            QJsonObject { { "status", "success" }, { "time", "2024-05-01T10:00:09Z" } } };
    QTest::newRow("this build's success")
        << with(with(started, "steps", done), "status", "success") << int(P::Succeeded);
    // After clean the server forgets the start: the text is what counts.
    QTest::newRow("restarted") << QJsonObject {
        { "status", "restarted cicd" }, { "build_started", "" }, { "steps", QJsonArray() }
    } << int(P::Restarted);
    // A server without steps (IBM's) is taken by its text alone.
    QTest::newRow("no steps key") << QJsonObject { { "status", "success" },
                                                   { "build_started", "2024-05-01T10:00:00Z" } }
                                  << int(P::Succeeded);
}

void TestSbsClientDouble::statusOfJustStartedBuild()
{
    QFETCH(QJsonObject, json);
    QFETCH(int, phase);
    const auto s = ServerStatus::fromJson(json);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(int(s->phase()), phase);
}

void TestSbsClientDouble::statusSteps()
{
    const QJsonObject json {
        { "status", "image built" },
        { "build_name", "b1" },
        { "root_ssh_enabled", false },
        { "build_started", "2024-05-01T10:00:00.123Z" },
        { "steps",
          QJsonArray { QJsonObject { { "status", "cleaned up" }, { "time", "2024-05-01T10:00:01.500Z" } },
                       QJsonObject { { "status", "github cloned" }, { "time", "2024-05-01T10:00:05Z" } },
                       QJsonObject { { "status", "image built" }, { "time", "not a time" } } } }
    };
    const auto s = ServerStatus::fromJson(json);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s->buildName, QString("b1"));
    QCOMPARE(s->rootSshEnabled, QString("False"));
    QCOMPARE(s->imageTag, QString());
    QCOMPARE(s->buildStarted, QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123), Qt::UTC));
    QCOMPARE(s->buildStarted.timeSpec(), Qt::UTC);
    QCOMPARE(s->steps.size(), 3);
    QCOMPARE(s->steps.at(0).status, QString("cleaned up"));
    QCOMPARE(s->steps.at(0).time, QDateTime(QDate(2024, 5, 1), QTime(10, 0, 1, 500), Qt::UTC));
    QCOMPARE(s->steps.at(1).time, QDateTime(QDate(2024, 5, 1), QTime(10, 0, 5), Qt::UTC));
    QVERIFY(!s->steps.at(2).time.isValid());
    QCOMPARE(s->json, json);

    // The reference server sends no steps and no build_started.
    const auto plain = ServerStatus::fromJson(QJsonObject { { "status", "success" } });
    QVERIFY(plain);
    QVERIFY(plain->steps.isEmpty());
    QVERIFY(!plain->buildStarted.isValid());
}

void TestSbsClientDouble::answerFileNames()
{
    const auto m = ManifestDownload::fromJson(
        QJsonObject { { "manifest_name", "manifest.b1" }, { "encoded_manifest", "QUJD" } });
    QVERIFY(m);
    QCOMPARE(m->archive, QByteArray("ABC"));
    QCOMPARE(m->fileName(), QString("manifest.b1.sig.tbz"));
    QVERIFY(!ManifestDownload::fromJson(
        QJsonObject { { "manifest_name", "m" }, { "encoded_manifest", "QUJD\n" } }));
    QVERIFY(
        !ManifestDownload::fromJson(QJsonObject { { "manifest_name", "m" }, { "encoded_manifest", "QUJ" } }));

    const auto k
        = ManifestPublicKey::fromJson(QJsonObject { { "public_key_pem", "PEM" }, { "build_name", "b1" } });
    QVERIFY(k);
    QCOMPARE(k->fileName(), QString("manifest.b1-public.pem"));

    const auto s = SignedImageKey::fromJson(
        QJsonObject { { "public_key", "-----BEGIN PGP-----" }, { "repository_name", "us.icr.io/ns/app" } });
    QVERIFY(s);
    QCOMPARE(s->fileName(), QString("us.icr.io-ns-app-public.key"));
    QCOMPARE(s->fileContent("docker.io"), QByteArray("-----BEGIN PGP-----"));
    QCOMPARE(s->fileContent(QString()), QByteArray("-----BEGIN PGP-----"));
    QCOMPARE(s->fileContent("us.icr.io"), QByteArray("-----BEGIN PGP-----").toBase64());

    const QByteArray body = R"({"name": "img1", "export_tag": "t", "state": "S", "other": 1})";
    const auto a = StateImageAnswer::fromJson(body);
    QVERIFY(a);
    QCOMPARE(a->body, body);
    QVERIFY(!a->isInBucket());
    QVERIFY(StateImageAnswer::fromJson(R"({"name": "img1", "export_tag": "t"})")->isInBucket());
    QVERIFY(!StateImageAnswer::fromJson("[]"));
}

void TestSbsClientDouble::plainFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("plain");
    QTest::newRow("plain") << "manifest.b1" << true;
    QTest::newRow("dots inside") << "a..b" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("dot") << "." << false;
    QTest::newRow("dot dot") << ".." << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("traversal") << "../../x" << false;
    QTest::newRow("nul") << QString("a") + QChar(0) + "b" << false;
    QTest::newRow("255 bytes") << QString(255, QLatin1Char('x')) << true;
    QTest::newRow("256 bytes") << QString(256, QLatin1Char('x')) << false;
}

void TestSbsClientDouble::plainFileNames()
{
    QFETCH(QString, name);
    QFETCH(bool, plain);
    QCOMPARE(isPlainFileName(name), plain);
}

QTEST_GUILESS_MAIN(TestSbsClientDouble)
#include "tst_sbsclient_double.moc"
