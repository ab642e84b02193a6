#include "LocalEnvBuildTest.h"

#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QUuid>

namespace sbs::test {

QString LocalEnvBuildTest::localEnv(const QStringList& arguments, int* exitCode)
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

void LocalEnvBuildTest::startEnvironment()
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
    m_serverOptions = QStringList { "--registry-cert-dir", env("SBS_CERT_DIR"),
                                    "--storage-driver",    "vfs",
                                    "--isolation",         "chroot",
                                    "--signature-store",   m_work.filePath("signatures") };
    QVERIFY2(m_server.start(m_pki, m_work.filePath("data"),
                            m_serverOptions
                                + QStringList { "--containers-root", env("SBS_CONTAINERS_ROOT"),
                                                "--containers-runroot", env("SBS_CONTAINERS_RUNROOT") },
                            serverEnvironment()),
             qPrintable(m_server.output()));
}

QProcessEnvironment LocalEnvBuildTest::serverEnvironment()
{
    QProcessEnvironment serverEnv = QProcessEnvironment::systemEnvironment();
    serverEnv.insert("NO_PROXY", "127.0.0.1,localhost");
    serverEnv.insert("no_proxy", "127.0.0.1,localhost");
    return serverEnv;
}

bool LocalEnvBuildTest::startSecondServer(ServerProcess& server, const QString& name, bool shareStateSecret)
{
    QStringList options = m_serverOptions;
    const qsizetype store = options.indexOf("--signature-store");
    if (store < 0)
        return false;
    options[store + 1] = m_work.filePath(name + "-signatures");
    options << QStringList { "--containers-root", env("SBS_CONTAINERS_ROOT"), "--containers-runroot",
                             env("SBS_CONTAINERS_RUNROOT") };
    if (shareStateSecret)
        options << QStringList { "--state-secret-file", m_work.filePath("data/keys/state-secret") };
    return server.start(m_pki, m_work.filePath(name), options, serverEnvironment());
}

QString LocalEnvBuildTest::writeDesktopProfile(const QString& dir, const QString& repository,
                                               const QString& tagPrefix, const QString& greeting)
{
    const QString bundle = dir + "/client-bundle.pem";
    writeCombined(m_pki, bundle);
    QJsonObject config = profileSettings(repository, tagPrefix, greeting);
    config.insert("HOSTNAME", "127.0.0.1");
    config.insert("CICD_PORT", QString::number(m_server.port()));
    config.insert("RUNTIME_TYPE", "on-prem");
    config.insert("CAPATH", m_pki.caPath());
    config.insert("CLIENT_CRT_KEY", bundle);
    config.insert("UUID", QUuid::createUuid().toString(QUuid::WithoutBraces));
    config.insert("SECRET", "ZGVza3RvcC1pbnRlZ3JhdGlvbi1zZWNyZXQ=");
    const QString path = dir + "/sbs-config.json";
    writeFile(path, QJsonDocument(config).toJson());
    return path;
}

void LocalEnvBuildTest::stopEnvironment()
{
    m_server.stop();
    if (m_started) {
        int rc = 0;
        const QString out = localEnv({ "stop", "--purge" }, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
    }
}

QJsonObject LocalEnvBuildTest::profileSettings(const QString& repository, const QString& tagPrefix,
                                               const QString& greeting) const
{
    return QJsonObject {
        { "GITHUB_URL", env("SBS_GIT_URL") },
        { "GITHUB_BRANCH", env("SBS_GIT_BRANCH") },
        { "GITHUB_KEY_FILE", env("SBS_GIT_KEY") },
        { "DOCKER_PUSH_SERVER", env("SBS_REGISTRY") },
        { "DOCKER_REPO", repository },
        { "DOCKER_USER", env("SBS_REGISTRY_PUSH_USER") },
        { "DOCKER_PASSWORD", QString::fromUtf8(readAll(env("SBS_REGISTRY_PUSH_PASSWORD_FILE"))) },
        { "DOCKER_BASE_SERVER", env("SBS_REGISTRY") },
        { "DOCKER_BASE_USER", env("SBS_REGISTRY_RO_USER") },
        { "DOCKER_BASE_PASSWORD", QString::fromUtf8(readAll(env("SBS_REGISTRY_RO_PASSWORD_FILE"))) },
        { "IMAGE_TAG", "1.3.0" },
        { "IMAGE_TAG_PREFIX", tagPrefix },
        { "ARG", QJsonObject { { "GREETING", greeting } } },
    };
}

QJsonObject LocalEnvBuildTest::initBody(const QString& branch) const
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
        { "DOCKER_RO_USER", env("SBS_REGISTRY_RO_USER") },
        { "DOCKER_RO_PASSWORD", QString::fromUtf8(readAll(env("SBS_REGISTRY_RO_PASSWORD_FILE"))) },
        { "ISV_SECRET", "isv-secret-5f0c2a9e7d" },
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

QJsonObject LocalEnvBuildTest::waitForEnd(int timeoutMs, ServerProcess* server)
{
    QDeadlineTimer deadline(timeoutMs);
    QJsonObject status;
    while (!deadline.hasExpired()) {
        const Answer answer
            = request(m_pki.clientTls(), (server ? server : &m_server)->port(), "GET", "/image");
        m_statusAnswers.append(answer.body);
        status = answer.json;
        const QString s = status.value("status").toString();
        // A status left from the build before has no steps of this one.
        if ((s == QLatin1String("success") || s.startsWith(QLatin1String("exiting")))
            && stepNames(status).value(stepNames(status).size() - 1) == s)
            break;
        QTest::qWait(500);
    }
    return status;
}

LocalEnvBuildTest::ToolRun LocalEnvBuildTest::tool(const QString& program, const QStringList& arguments,
                                                   const QProcessEnvironment& environment) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setProcessEnvironment(environment.isEmpty() ? m_env : environment);
    p.start(program, arguments);
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        return { -1, program + " did not finish" };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll()) };
}

QStringList LocalEnvBuildTest::secretValues(const QJsonObject& body)
{
    QStringList values;
    for (const char* key : { "DOCKER_PASSWORD", "DOCKER_BASE_PASSWORD", "DOCKER_RO_PASSWORD", "SECRET",
                             "ISV_SECRET", "GITHUB_KEY" }) {
        if (!body.value(key).toString().isEmpty())
            values << body.value(key).toString();
    }
    // Each line of the deploy key, and the registry credentials as an auth.json holds them.
    for (const QString& line : body.value("GITHUB_KEY").toString().split('\n')) {
        if (line.size() >= 16 && !line.startsWith("-----"))
            values << line;
    }
    for (const auto& [user, password] : { std::pair { "DOCKER_USER", "DOCKER_PASSWORD" },
                                          std::pair { "DOCKER_BASE_USER", "DOCKER_BASE_PASSWORD" } })
        values << QString::fromLatin1(
            (body.value(user).toString() + ':' + body.value(password).toString()).toUtf8().toBase64());
    return values;
}

void LocalEnvBuildTest::verifyNoSecret(const QJsonObject& body, const QByteArray& text, const QString& where)
{
    for (const QString& secret : secretValues(body)) {
        QVERIFY2(!text.contains(secret.toUtf8()),
                 qPrintable(QString("a secret (%1...) is in %2").arg(secret.left(3), where)));
        const QByteArray escaped = QJsonDocument(QJsonArray { secret }).toJson(QJsonDocument::Compact);
        QVERIFY2(!text.contains(escaped.mid(2, escaped.size() - 4)),
                 qPrintable(QString("a JSON-escaped secret (%1...) is in %2").arg(secret.left(3), where)));
    }
}

void LocalEnvBuildTest::verifyNoSecretInFiles(const QJsonObject& body, const QString& dir,
                                              const QStringList& skipped)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(dir).relativeFilePath(path);
        if (skipped.contains(relative) || skipped.contains(relative.section('/', 0, 0)))
            continue;
        ++files;
        verifyNoSecret(body, readAll(path), path);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(files > 0, qPrintable("no file to check in " + dir));
}

QStringList LocalEnvBuildTest::stepNames(const QJsonObject& status)
{
    QStringList steps;
    for (const QJsonValue& v : status.value("steps").toArray())
        steps << v.toObject().value("status").toString();
    return steps;
}

QJsonObject LocalEnvBuildTest::runBuild(const QJsonObject& body)
{
    const Answer updated = call("PATCH", "/image", QJsonDocument(body).toJson());
    if (updated.json.value("status").toString() != QLatin1String("OK"))
        return updated.json;
    const Answer started = call("PUT", "/image");
    if (started.httpStatus != 200)
        return started.json;
    return waitForEnd(240000);
}

QString LocalEnvBuildTest::writeSignedByPolicy(const QString& keyPath, const QString& policyPath) const
{
    const QJsonObject policy {
        { "default", QJsonArray { QJsonObject { { "type", "reject" } } } },
        { "transports",
          QJsonObject {
              { "docker",
                QJsonObject { { env("SBS_REGISTRY"),
                                QJsonArray { QJsonObject { { "type", "signedBy" },
                                                           { "keyType", "GPGKeys" },
                                                           { "keyPath", keyPath } } } } } },
              { "dir",
                QJsonObject { { "", QJsonArray { QJsonObject { { "type", "insecureAcceptAnything" } } } } } } } }
    };
    writeFile(policyPath, QJsonDocument(policy).toJson());
    return policyPath;
}

LocalEnvBuildTest::ToolRun LocalEnvBuildTest::copyUnderPolicy(const QString& policy, const QString& registriesD,
                                                              const QString& image, const QString& destination) const
{
    return tool("skopeo", { "--registries.d", registriesD, "--policy", policy, "copy", "--src-cert-dir",
                            env("SBS_CERT_DIR"), "--src-authfile", env("SBS_REGISTRY_RO_AUTHFILE"),
                            "docker://" + image, "dir:" + destination });
}

} // namespace sbs::test
