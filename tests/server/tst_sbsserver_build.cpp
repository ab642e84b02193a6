#include "ServerFixture.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sbs::test;

// sbs-server against the real parts of scripts/local-env.sh: it clones the sample repository
// over SSH with the deploy key, builds it with buildah, pushes it to the TLS registry with
// htpasswd credentials and signs it with its own OpenPGP key into a lookaside store.
class TestSbsServerBuild : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void buildsSampleAppToSuccess();
    void failingDockerfileStopsTheBuild();

private:
    QString env(const char* name) const { return m_env.value(QLatin1String(name)); }
    QString localEnv(const QStringList& arguments, int* exitCode);
    QJsonObject initBody(const QString& branch) const;
    Answer call(const QByteArray& method, const QString& path, const QByteArray& body = QByteArray())
    {
        return request(m_pki.clientTls(), m_server.port(), method, path, body);
    }
    QJsonObject waitForEnd(int timeoutMs);
    void verifyManifest(const QString& buildName, const QJsonObject& status);
    void verifyStateImage(const QString& buildName, const QString& imagePublicKey);

    QTemporaryDir m_work;
    TestPki m_pki;
    QProcessEnvironment m_env;
    ServerProcess m_server;
    bool m_started = false;
};

QString TestSbsServerBuild::localEnv(const QStringList& arguments, int* exitCode)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start("bash",
                 QStringList { qEnvironmentVariable("SBS_SOURCE_DIR") + "/scripts/local-env.sh" } + arguments
                     + QStringList { "--dir", m_work.filePath("env") });
    script.waitForFinished(300000);
    *exitCode = script.exitStatus() == QProcess::NormalExit ? script.exitCode() : -1;
    return QString::fromUtf8(script.readAll());
}

void TestSbsServerBuild::initTestCase()
{
    QVERIFY(m_work.isValid());
    QVERIFY(!qEnvironmentVariable("SBS_SOURCE_DIR").isEmpty());
    int rc = 0;
    const QString started = localEnv({ "start" }, &rc);
    m_started = true;
    QVERIFY2(rc == 0, qPrintable(started));

    QProcess source;
    source.start("bash", { "-c", "source \"$1/env.sh\" && env -0", "_", m_work.filePath("env") });
    QVERIFY(source.waitForFinished(30000));
    m_env = QProcessEnvironment::systemEnvironment();
    for (const QByteArray& entry : source.readAllStandardOutput().split('\0')) {
        const qsizetype eq = entry.indexOf('=');
        if (eq > 0)
            m_env.insert(QString::fromUtf8(entry.left(eq)), QString::fromUtf8(entry.mid(eq + 1)));
    }
    QVERIFY2(!env("SBS_REGISTRY").isEmpty() && !env("SBS_GIT_URL").startsWith("file:"), "env.sh");
    QVERIFY(env("SBS_GIT_URL").startsWith("ssh://"));

    const QString error = m_pki.create(m_work.filePath("pki"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QProcessEnvironment serverEnv = QProcessEnvironment::systemEnvironment();
    serverEnv.insert("NO_PROXY", "127.0.0.1,localhost");
    serverEnv.insert("no_proxy", "127.0.0.1,localhost");
    QVERIFY2(m_server.start(m_pki, m_work.filePath("data"),
                            { "--registry-cert-dir", env("SBS_CERT_DIR"), "--storage-driver", "vfs",
                              "--containers-root", env("SBS_CONTAINERS_ROOT"), "--containers-runroot",
                              env("SBS_CONTAINERS_RUNROOT"), "--isolation", "chroot", "--signature-store",
                              m_work.filePath("signatures") },
                            serverEnv),
             qPrintable(m_server.output()));
}

void TestSbsServerBuild::cleanupTestCase()
{
    m_server.stop();
    if (m_started) {
        int rc = 0;
        const QString out = localEnv({ "stop", "--purge" }, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
    }
}

QJsonObject TestSbsServerBuild::initBody(const QString& branch) const
{
    return QJsonObject {
        { "RUNTIME_TYPE", "on-prem" },
        { "DOCKER_REPO", "sbs/sample-app" },
        { "DOCKER_PUSH_SERVER", env("SBS_REGISTRY") },
        { "DOCKER_USER", env("SBS_REGISTRY_PUSH_USER") },
        { "DOCKER_PASSWORD", QString::fromUtf8(readAll(env("SBS_REGISTRY_PUSH_PASSWORD_FILE"))) },
        { "DOCKER_BASE_SERVER", env("SBS_REGISTRY") },
        { "DOCKER_BASE_USER", env("SBS_REGISTRY_RO_USER") },
        { "DOCKER_BASE_PASSWORD", QString::fromUtf8(readAll(env("SBS_REGISTRY_RO_PASSWORD_FILE"))) },
        { "GITHUB_URL", env("SBS_GIT_URL") },
        { "GITHUB_BRANCH", branch },
        { "GITHUB_KEY", QString::fromUtf8(readAll(env("SBS_GIT_KEY"))) },
        { "BASE_REPO_PUBLIC_KEY", "" },
        { "SECRET", "aW50ZWdyYXRpb24tdGVzdC1zZWNyZXQ=" },
        { "BUILD_IMAGE_TAG", "1.3.0" },
        { "IMAGE_TAG_PREFIX", "v1" },
        { "ARG", QJsonObject { { "GREETING", "hello from sbs-server" } } }
    };
}

QJsonObject TestSbsServerBuild::waitForEnd(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QJsonObject status;
    while (!deadline.hasExpired()) {
        status = call("GET", "/image").json;
        const QString s = status.value("status").toString();
        if (s == QLatin1String("success") || s.startsWith(QLatin1String("exiting")))
            break;
        QTest::qWait(500);
    }
    return status;
}

void TestSbsServerBuild::buildsSampleAppToSuccess()
{
    const QJsonObject body = initBody(env("SBS_GIT_BRANCH"));
    QCOMPARE(call("POST", "/image", QJsonDocument(body).toJson()).json.value("status").toString(),
             QString("OK"));
    QCOMPARE(call("PUT", "/image").json.value("status").toString(), QString("OK: async build started"));

    const QJsonObject status = waitForEnd(240000);
    const QString log = call("GET", "/log/build").json.value("log").toString();
    QVERIFY2(status.value("status").toString() == QLatin1String("success"),
             qPrintable(status.value("status").toString() + "\n" + log));

    QStringList steps;
    for (const QJsonValue& v : status.value("steps").toArray())
        steps << v.toObject().value("status").toString();
    QCOMPARE(steps, QStringList({ "cleaned up", "github cloned", "image built", "image pushed", "success" }));

    const QString tag = "v1-" + env("SBS_GIT_COMMIT").left(7);
    QCOMPARE(status.value("image_tag").toString(), tag);
    QString prefix = env("SBS_REGISTRY") + ".sbs.sample-app." + tag + ".";
    const QString buildName = status.value("build_name").toString();
    QVERIFY2(buildName.startsWith(prefix), qPrintable(buildName));
    QVERIFY2(QRegularExpression("^\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d\\.\\d{6}$")
                 .match(buildName.mid(prefix.size()))
                 .hasMatch(),
             qPrintable(buildName));

    // The log shows each tool, the build argument reached RUN, and no secret is in it.
    QVERIFY(log.contains("$ git clone"));
    QVERIFY(log.contains("greeting: hello from sbs-server"));
    QVERIFY(log.contains("Signing manifest"));
    for (const char* secretKey : { "DOCKER_PASSWORD", "DOCKER_BASE_PASSWORD", "SECRET" })
        QVERIFY2(!log.contains(body.value(secretKey).toString()), secretKey);
    QVERIFY(!readAll(m_work.filePath("data/logs/build.log")).contains("PRIVATE KEY"));

    // The signing key's public half, and a signature that skopeo accepts under a policy that
    // demands it.
    const Answer key = call("GET", "/config-json");
    QCOMPARE(key.httpStatus, 201);
    QCOMPARE(key.json.value("repository_name").toString(), QString("sbs/sample-app"));
    const QString publicKey = key.json.value("public_key").toString();
    QVERIFY(publicKey.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));
    QVERIFY(writeFile(m_work.filePath("verify/key.asc"), publicKey.toUtf8()));
    const QJsonObject policy {
        { "default", QJsonArray { QJsonObject { { "type", "reject" } } } },
        { "transports",
          QJsonObject {
              { "docker",
                QJsonObject {
                    { env("SBS_REGISTRY"),
                      QJsonArray { QJsonObject { { "type", "signedBy" },
                                                 { "keyType", "GPGKeys" },
                                                 { "keyPath", m_work.filePath("verify/key.asc") } } } } } },
              { "dir",
                QJsonObject {
                    { "", QJsonArray { QJsonObject { { "type", "insecureAcceptAnything" } } } } } } } }
    };
    QVERIFY(writeFile(m_work.filePath("verify/policy.json"), QJsonDocument(policy).toJson()));
    QDirIterator signatures(m_work.filePath("signatures"), { "signature-1" }, QDir::Files,
                            QDirIterator::Subdirectories);
    QVERIFY2(signatures.hasNext(), "no signature in the lookaside store");

    QProcess skopeo;
    skopeo.setProcessChannelMode(QProcess::MergedChannels);
    skopeo.start("skopeo",
                 { "--registries.d", m_work.filePath("data/registries.d"), "--policy",
                   m_work.filePath("verify/policy.json"), "copy", "--src-cert-dir", env("SBS_CERT_DIR"),
                   "--src-authfile", env("SBS_REGISTRY_RO_AUTHFILE"),
                   "docker://" + env("SBS_REGISTRY") + "/sbs/sample-app:" + tag,
                   "dir:" + m_work.filePath("verify/image") });
    QVERIFY(skopeo.waitForFinished(120000));
    QVERIFY2(skopeo.exitCode() == 0, skopeo.readAll().constData());

    verifyManifest(buildName, status);
    verifyStateImage(buildName, publicKey);
}

void TestSbsServerBuild::verifyStateImage(const QString& buildName, const QString& imagePublicKey)
{
    // The signing keys travel in the state image to a server started with the same secret file.
    const Answer exported = call("GET", "/state-image");
    QCOMPARE(exported.httpStatus, 200);
    QCOMPARE(exported.json.value("export_tag").toString(), "v1-" + env("SBS_GIT_COMMIT").left(7));
    ServerProcess second;
    QVERIFY2(second.start(m_pki, m_work.filePath("data2"),
                          { "--state-secret-file", m_work.filePath("data/keys/state-secret") }),
             qPrintable(second.output()));
    const QJsonObject body { { "secret", initBody(env("SBS_GIT_BRANCH")).value("SECRET") },
                             { "state", exported.json.value("state") } };
    const Answer imported
        = request(m_pki.clientTls(), second.port(), "POST", "/state-image", QJsonDocument(body).toJson());
    QCOMPARE(imported.json.value("status").toString(), QString("OK"));
    const QJsonObject status = request(m_pki.clientTls(), second.port(), "GET", "/image").json;
    QCOMPARE(status.value("build_name").toString(), buildName);
    QCOMPARE(
        request(m_pki.clientTls(), second.port(), "GET", "/config-json").json.value("public_key").toString(),
        imagePublicKey);
    QCOMPARE(request(m_pki.clientTls(), second.port(), "GET", "/publickey")
                 .json.value("public_key_pem")
                 .toString(),
             call("GET", "/publickey").json.value("public_key_pem").toString());
}

void TestSbsServerBuild::verifyManifest(const QString& buildName, const QJsonObject& status)
{
    const Answer publicKey
        = call("GET", "/publickey", QJsonDocument(QJsonObject { { "BUILD_NAME", buildName } }).toJson());
    QCOMPARE(publicKey.httpStatus, 200);
    QCOMPARE(publicKey.json.value("build_name").toString(), buildName);
    const QString pem = publicKey.json.value("public_key_pem").toString();
    QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----"));
    QCOMPARE(status.value("manifest_public_key").toString(), pem);
    QVERIFY(!status.value("manifest_key_gen").toString().isEmpty());

    const Answer manifest = call("GET", "/manifest");
    QCOMPARE(manifest.httpStatus, 200);
    const QString name = "manifest." + buildName;
    QCOMPARE(manifest.json.value("manifest_name").toString(), name);
    const QString dir = m_work.filePath("manifest");
    QVERIFY(writeFile(dir + "/" + name + ".sig.tbz",
                      QByteArray::fromBase64(manifest.json.value("encoded_manifest").toString().toLatin1())));
    QVERIFY(writeFile(dir + "/public.pem", pem.toUtf8()));
    const auto sh = [&](const QString& script) {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start("bash", { "-c", script, "_", name });
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAll()));
    };
    // The reference's check (PROTOCOL.md §5). GNU tar reads "host:file" as a remote archive
    // without --force-local, and build names hold the registry port.
    auto [rc, out] = sh(
        "set -e; tar --force-local -xjf \"$1.sig.tbz\"; openssl dgst -sha256 -binary \"$1.tbz\" > x.sha256; "
        "xxd -r -p \"$1.sig\" > sig.bin; "
        "openssl dgst -sha256 -verify public.pem -signature sig.bin x.sha256; tar --force-local -tjf "
        "\"$1.tbz\"");
    QVERIFY2(rc == 0 && out.contains("Verified OK"), qPrintable(out));
    for (const char* member : { "data/build.json", "data/build.log", "git/Dockerfile", "git/app.sh" })
        QVERIFY2(out.contains(member), qPrintable(out));
    auto [rc2, record] = sh("tar --force-local -xOjf \"$1.tbz\" data/build.json");
    QCOMPARE(rc2, 0);
    const QJsonObject buildJson = QJsonDocument::fromJson(record.toUtf8()).object();
    QCOMPARE(buildJson.value("build_name").toString(), buildName);
    QCOMPARE(buildJson.value("git_commit").toString(), env("SBS_GIT_COMMIT"));
    QVERIFY(!record.contains(QString::fromUtf8(readAll(env("SBS_REGISTRY_PUSH_PASSWORD_FILE")))));
}

void TestSbsServerBuild::failingDockerfileStopsTheBuild()
{
    const QJsonObject body = initBody(env("SBS_GIT_BROKEN_BRANCH"));
    QCOMPARE(call("PATCH", "/image", QJsonDocument(body).toJson()).json.value("status").toString(),
             QString("OK"));
    QCOMPARE(call("PUT", "/image").httpStatus, 200);
    const QJsonObject status = waitForEnd(240000);
    const QString text = status.value("status").toString();
    QVERIFY2(text.startsWith("exiting due to a non-zero return value: ") && text.contains(", cmd: buildah "),
             qPrintable(text));
    const QJsonArray steps = status.value("steps").toArray();
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(1).toObject().value("status").toString(), QString("github cloned"));
    // The last successful build stays on record.
    QVERIFY(status.value("image_tag").toString().startsWith("v1-"));
}

QTEST_GUILESS_MAIN(TestSbsServerBuild)
#include "tst_sbsserver_build.moc"
