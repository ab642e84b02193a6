#include "LocalEnvBuildTest.h"
#include "TestSupport.h"
#include "pki/CertificateAuthority.h"
#include "pki/CertificateRequest.h"
#include "pki/CertificateValidity.h"
#include "pki/PrivateKey.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>
#include <memory>
#include <optional>
#include <sys/stat.h>
#include <utility>

using namespace sbs::test;

namespace {

const QString ConfigName = QStringLiteral("sbs-config.json");
const QString ContainerName = QStringLiteral("sbs-remote");
const QString Uuid = QStringLiteral("7c0e5a3d-2b1f-4e8a-9d6c-5f4e3a2b1c0d");
const QString Greeting = QStringLiteral("hello from sbsctl");

// One run of sbsctl to its end.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe; // the command, the exit status and both outputs, for failure messages
};

// The JSON object that follows "<command>: response=" in out, or an empty object.
QJsonObject responseOf(const QByteArray& out, const QString& command)
{
    const QByteArray prefix = command.toUtf8() + ": response=";
    const qsizetype at = out.indexOf(prefix);
    if (at < 0)
        return {};
    const qsizetype start = at + prefix.size();
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = start; i < out.size(); ++i) {
        const char c = out.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{') {
            ++depth;
        } else if (c == '}' && --depth == 0) {
            return QJsonDocument::fromJson(out.mid(start, i - start + 1)).object();
        }
    }
    return {};
}

int fileMode(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// A loopback port where nothing listens.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// The names of <name>.<UTC %Y-%m-%d_%H-%M-%S.%f> backups of name in dir.
QStringList backupsOf(const QString& dir, const QString& name)
{
    static const QRegularExpression suffix(
        QStringLiteral("\\.\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d\\.\\d{6}$"));
    QStringList result;
    for (const QString& entry : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        if (entry.startsWith(name + QLatin1Char('.')) && suffix.match(entry).hasMatch())
            result << entry;
    }
    return result;
}

QString randomSecret()
{
    QByteArray bytes(64, '\0');
    for (char& b : bytes)
        b = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

// sbsctl's remote commands, run as a program, against sbs-server and the real parts of
// scripts/local-env.sh (TLS registry with htpasswd, sshd with the deploy key, buildah, skopeo).
// The certificates are the ones sbsctl makes in the profile folder, as scripts/demo.sh does.
class TestSbsctlRemote : public LocalEnvBuildTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void buildsAndDownloadsEverything();
    void logFollowsRunningBuild();
    void stateImageMovesToSecondServer();
    void cleanStopsRunningBuild();
    void failingBuildEndsWaitAndFollow();
    void newSecretRefusesOldStateImage();
    void tlsFailuresAreExplained();
    void badUsage();
    void noSecretInAnyOutput();

private:
    QProcessEnvironment cliEnvironment() const;
    CliRun sbsctl(const QStringList& arguments, const QString& dir = QString(), int timeoutMs = 300000);
    std::unique_ptr<QProcess> startSbsctl(const QStringList& arguments, const QString& dir = QString());
    CliRun finishSbsctl(QProcess& process, const QStringList& arguments, int timeoutMs = 300000);

    static QJsonObject readConfig(const QString& path);
    static bool writeConfig(const QString& path, const QJsonObject& config);
    // A copy of the profile's configuration with changes, next to it; returns its file name.
    QString configCopy(const QString& name, const QJsonObject& changes);
    bool startServer(ServerProcess& server, const QString& name, const QStringList& extra = {});
    QSslConfiguration profileTls() const;
    QJsonObject rawStatus(quint16 port);
    // build, then waits until the server shows a step of the new build.
    void startBuild(const QString& config, quint16 port);
    // status --wait --interval 1; checks that the build succeeded and returns the answer.
    QJsonObject waitForSuccess(const QString& config);
    ToolRun copyUnderPolicy(const QString& registriesD, const QString& image, const QString& destination);
    QJsonObject secretsBody(const QString& secret) const;
    QString tag() const { return "v1-" + env("SBS_GIT_COMMIT").left(7); }
    QString image() const { return env("SBS_REGISTRY") + "/sbs/sample-app:" + tag(); }

    QString m_profile; // the profile folder: configuration, certificates, downloads
    QString m_config; // <profile>/sbs-config.json
    QString m_certDir; // <profile>/.sbs-remote-<UUID>.d
    QString m_clientFile; // <profile>/.sbs-remote-<UUID>
    QString m_firstSecret; // SECRET as the configuration was written
    QStringList m_rotatedSecrets; // SECRETs update --new-secret made
    QList<std::pair<QString, QByteArray>> m_outputs; // every sbsctl run: what ran, stdout + stderr
    QString m_imageKeyAsc; // the first server's signed-image key, armoured
    QString m_policy; // signedBy that key
    QString m_manifestPem; // the first server's manifest public key
    QString m_stateImage; // the state image get-state-image saved before the secret changed
    ServerProcess m_second;
    ServerProcess m_third;
};

QProcessEnvironment TestSbsctlRemote::cliEnvironment() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert("NO_PROXY", "127.0.0.1,localhost");
    e.insert("no_proxy", "127.0.0.1,localhost");
    // The messages are checked in English.
    e.insert("LC_ALL", "C.UTF-8");
    e.insert("LANG", "C.UTF-8");
    e.remove("LANGUAGE");
    return e;
}

std::unique_ptr<QProcess> TestSbsctlRemote::startSbsctl(const QStringList& arguments, const QString& dir)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(cliEnvironment());
    process->setWorkingDirectory(dir.isEmpty() ? m_profile : dir);
    process->start(binPath("sbsctl"), arguments);
    process->closeWriteChannel();
    return process;
}

CliRun TestSbsctlRemote::finishSbsctl(QProcess& process, const QStringList& arguments, int timeoutMs)
{
    CliRun run;
    if (!process.waitForStarted(30000)) {
        run.describe = "sbsctl " + arguments.join(' ') + " did not start: " + process.errorString();
        return run;
    }
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(10000);
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.describe
        = QString("sbsctl %1 (in %2)\n-> exit %3%4\n--- stdout:\n%5\n--- stderr:\n%6")
              .arg(arguments.join(' '), QDir(m_work.path()).relativeFilePath(process.workingDirectory()))
              .arg(run.exitCode)
              .arg(finished ? QString() : QString(" (killed after %1 s)").arg(timeoutMs / 1000))
              .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
    m_outputs.append({ "sbsctl " + arguments.join(' '), run.out + '\n' + run.err });
    // SBS_TEST_SHOW_RUNS=1 shows every run, to read the messages.
    if (qEnvironmentVariableIntValue("SBS_TEST_SHOW_RUNS"))
        qInfo("%s", qPrintable(run.describe));
    return run;
}

CliRun TestSbsctlRemote::sbsctl(const QStringList& arguments, const QString& dir, int timeoutMs)
{
    const std::unique_ptr<QProcess> process = startSbsctl(arguments, dir);
    return finishSbsctl(*process, arguments, timeoutMs);
}

QJsonObject TestSbsctlRemote::readConfig(const QString& path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

bool TestSbsctlRemote::writeConfig(const QString& path, const QJsonObject& config)
{
    if (!writeFile(path, QJsonDocument(config).toJson(QJsonDocument::Indented)))
        return false;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString TestSbsctlRemote::configCopy(const QString& name, const QJsonObject& changes)
{
    QJsonObject config = readConfig(m_config);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        config.insert(it.key(), it.value());
    return writeConfig(m_profile + "/" + name, config) ? name : QString();
}

bool TestSbsctlRemote::startServer(ServerProcess& server, const QString& name, const QStringList& extra)
{
    QProcessEnvironment serverEnv = QProcessEnvironment::systemEnvironment();
    serverEnv.insert("NO_PROXY", "127.0.0.1,localhost");
    serverEnv.insert("no_proxy", "127.0.0.1,localhost");
    QStringList options = m_serverOptions;
    const qsizetype store = options.indexOf("--signature-store");
    if (store < 0)
        return false;
    options[store + 1] = m_work.filePath(name + "-signatures");
    return server.startRaw(QStringList { "--listen", "127.0.0.1:0", "--data-dir", m_work.filePath(name),
                                         "--client-ca", m_certDir + "/client-ca.pem", "--server-cert",
                                         m_certDir + "/server-cert.pem", "--server-key",
                                         m_certDir + "/server-cert-key.pem" }
                               + options
                               + QStringList { "--containers-root", env("SBS_CONTAINERS_ROOT"),
                                               "--containers-runroot", env("SBS_CONTAINERS_RUNROOT") }
                               + extra,
                           serverEnv);
}

QSslConfiguration TestSbsctlRemote::profileTls() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(readAll(m_certDir + "/client-ca.pem")));
    tls.setLocalCertificate(QSslCertificate(readAll(m_certDir + "/client-cert.pem")));
    const QByteArray key = readAll(m_certDir + "/client-cert-key.pem");
    QSslKey sslKey(key, QSsl::Rsa);
    if (sslKey.isNull())
        sslKey = QSslKey(key, QSsl::Ec);
    tls.setPrivateKey(sslKey);
    return tls;
}

QJsonObject TestSbsctlRemote::rawStatus(quint16 port)
{
    return request(profileTls(), port, "GET", "/image").json;
}

void TestSbsctlRemote::startBuild(const QString& config, quint16 port)
{
    const CliRun run = sbsctl({ "build", "--env", config });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    QVERIFY2(run.out.contains("build: response={"), qPrintable(run.describe));
    QCOMPARE(responseOf(run.out, "build").value("status").toString(), QString("OK: async build started"));
    // GET /image keeps the status of the build before until the pipeline reports its first
    // step: wait for that step, so that what follows sees this build.
    QElapsedTimer elapsed;
    elapsed.start();
    QDeadlineTimer deadline(60000);
    bool previous = false;
    QString previousStatus;
    while (!deadline.hasExpired()) {
        const QJsonObject status = rawStatus(port);
        if (!status.value("steps").toArray().isEmpty()) {
            if (previous)
                qInfo("GET /image answered status \"%s\" with no steps for %lld ms after build",
                      qPrintable(previousStatus), elapsed.elapsed());
            return;
        }
        if (!previous)
            previousStatus = status.value("status").toString();
        previous = true;
        QTest::qWait(100);
    }
    QFAIL("the build reported no step within 60 s");
}

QJsonObject TestSbsctlRemote::waitForSuccess(const QString& config)
{
    const CliRun run = sbsctl({ "status", "--env", config, "--wait", "--interval", "1" });
    const QJsonObject status = responseOf(run.out, "status");
    [&] {
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
        QCOMPARE(status.value("status").toString(), QString("success"));
        // Each new status is shown on stderr, the last one too.
        QVERIFY2(run.err.contains("status: success"), qPrintable(run.describe));
        QVERIFY2(run.err.count("status: ") >= 2, qPrintable(run.describe));
    }();
    return status;
}

LocalEnvBuildTest::ToolRun TestSbsctlRemote::copyUnderPolicy(const QString& registriesD, const QString& image,
                                                             const QString& destination)
{
    return tool("skopeo",
                { "--registries.d", registriesD, "--policy", m_policy, "copy", "--src-cert-dir",
                  env("SBS_CERT_DIR"), "--src-authfile", env("SBS_REGISTRY_RO_AUTHFILE"), "docker://" + image,
                  "dir:" + destination });
}

QJsonObject TestSbsctlRemote::secretsBody(const QString& secret) const
{
    const QJsonObject config = readConfig(m_config);
    return QJsonObject { { "DOCKER_USER", config.value("DOCKER_USER") },
                         { "DOCKER_PASSWORD", config.value("DOCKER_PASSWORD") },
                         { "DOCKER_BASE_USER", config.value("DOCKER_BASE_USER") },
                         { "DOCKER_BASE_PASSWORD", config.value("DOCKER_BASE_PASSWORD") },
                         { "SECRET", secret },
                         { "GITHUB_KEY", QString::fromUtf8(readAll(env("SBS_GIT_KEY"))) } };
}

void TestSbsctlRemote::initTestCase()
{
    startEnvironment();
    if (QTest::currentTestFailed())
        return;
    // That server has the test PKI's certificates; ours get the ones sbsctl makes.
    m_server.stop();

    m_profile = m_work.filePath("profile");
    QVERIFY(QDir().mkpath(m_profile));
    QVERIFY(QFile::setPermissions(m_profile,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    m_config = m_profile + "/" + ConfigName;
    m_firstSecret = randomSecret();
    QJsonObject config = profileSettings("sbs/sample-app", "v1", Greeting);
    config.insert("HOSTNAME", "127.0.0.1");
    config.insert("CICD_PORT", "18443"); // replaced by the server's port once it listens
    config.insert("RUNTIME_TYPE", "on-prem");
    config.insert("CONTAINER_NAME", ContainerName);
    config.insert("UUID", Uuid);
    config.insert("SECRET", m_firstSecret);
    QVERIFY(!config.value("DOCKER_PASSWORD").toString().isEmpty());
    QVERIFY(writeConfig(m_config, config));

    // The certificates, made by sbsctl in the profile folder.
    CliRun run = sbsctl({ "create-client-cert", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    run = sbsctl({ "create-server-cert", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    m_clientFile = m_profile + "/." + ContainerName + "-" + Uuid;
    m_certDir = m_clientFile + ".d";
    for (const QString& file : { m_clientFile, m_certDir + "/client-ca.pem", m_certDir + "/client-ca-key.pem",
                                 m_certDir + "/client-cert.pem", m_certDir + "/client-cert-key.pem",
                                 m_certDir + "/server-cert.pem", m_certDir + "/server-cert-key.pem" })
        QVERIFY2(QFileInfo(file).isFile(), qPrintable(file + " is missing"));
    QCOMPARE(readConfig(m_config).value("SECRET").toString(), m_firstSecret);

    QVERIFY2(startServer(m_server, "server1"), qPrintable(m_server.output()));
    QVERIFY(!configCopy(ConfigName, { { "CICD_PORT", QString::number(m_server.port()) } }).isEmpty());
}

void TestSbsctlRemote::cleanupTestCase()
{
    m_second.stop();
    m_third.stop();
    stopEnvironment();
}

void TestSbsctlRemote::buildsAndDownloadsEverything()
{
    // A fresh server answers with an empty status.
    CliRun run = sbsctl({ "status", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0 && run.out.contains("status: response={"), qPrintable(run.describe));
    QVERIFY2(responseOf(run.out, "status").contains("status"), qPrintable(run.describe));
    QCOMPARE(responseOf(run.out, "status").value("status").toString(), QString());

    run = sbsctl({ "init", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0 && run.out.contains("init: response={"), qPrintable(run.describe));
    QCOMPARE(responseOf(run.out, "init").value("status").toString(), QString("OK"));

    startBuild(ConfigName, m_server.port());
    if (QTest::currentTestFailed())
        return;
    const QJsonObject status = waitForSuccess(ConfigName);
    if (QTest::currentTestFailed()) {
        qWarning("%s", sbsctl({ "log", "--env", ConfigName }).out.constData());
        return;
    }
    QCOMPARE(status.value("image_tag").toString(), tag());
    const QString buildName = status.value("build_name").toString();
    QVERIFY2(buildName.startsWith(env("SBS_REGISTRY") + ".sbs.sample-app." + tag() + "."),
             qPrintable(buildName));

    // The build log: the RUN step of the sample Dockerfile with the build argument, and the end.
    run = sbsctl({ "log", "--env", ConfigName, "--log", "build" });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    for (const QString& line : { "greeting: " + Greeting, "app: ok, greeting is " + Greeting,
                                 "manifest written: manifest." + buildName })
        QVERIFY2(run.out.contains(line.toUtf8()), qPrintable(line + "\n" + run.describe));

    // The manifest and its key, verified by sbsctl.
    const QString manifestFile = "manifest." + buildName + ".sig.tbz";
    const QString pemFile = "manifest." + buildName + "-public.pem";
    const QString manifestPath = m_profile + "/" + manifestFile;
    const QString pemPath = m_profile + "/" + pemFile;
    run = sbsctl({ "get-manifest", "--env", ConfigName, "--verify-manifest", "--verify-test" });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    QVERIFY2(run.out.contains("verify=OK") && run.out.contains("verify-test=OK"), qPrintable(run.describe));
    QVERIFY2(QFileInfo(manifestPath).isFile() && QFileInfo(pemPath).isFile(), qPrintable(run.describe));
    const QByteArray manifest = readAll(manifestPath);
    m_manifestPem = QString::fromUtf8(readAll(pemPath));
    QVERIFY2(m_manifestPem.startsWith("-----BEGIN PUBLIC KEY-----"), qPrintable(m_manifestPem));
    QCOMPARE(m_manifestPem.trimmed(), status.value("manifest_public_key").toString().trimmed());

    // The reference's own check of the downloaded file (PROTOCOL.md §5), without sbsctl.
    const ToolRun checked = tool(
        "bash",
        { "-c",
          "set -e; d=$(mktemp -d); trap 'rm -rf \"$d\"' EXIT; cd \"$d\"; tar --force-local -xjf \"$1\"; "
          "openssl dgst -sha256 -binary \"$2.tbz\" > x.sha256; xxd -r -p \"$2.sig\" > sig.bin; "
          "openssl dgst -sha256 -verify \"$3\" -signature sig.bin x.sha256",
          "_", manifestPath, "manifest." + buildName, pemPath });
    QVERIFY2(checked.exitCode == 0 && checked.output.contains("Verified OK"), qPrintable(checked.output));

    // The same file again is accepted, and left as it was.
    run = sbsctl({ "get-manifest", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    QVERIFY(readAll(manifestPath) == manifest);

    // Another file under that name is never replaced.
    QVERIFY(QFile::rename(manifestPath, manifestPath + ".saved"));
    {
        auto restore = qScopeGuard([&] {
            QFile::remove(manifestPath);
            QFile::rename(manifestPath + ".saved", manifestPath);
        });
        QVERIFY(writeFile(manifestPath, QByteArray()));
        run = sbsctl({ "get-manifest", "--env", ConfigName });
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe));
        QVERIFY2(run.err.contains("sbsctl: error: ") && run.err.contains(manifestFile.toUtf8()),
                 qPrintable(run.describe));
        QVERIFY2(QFileInfo(manifestPath).size() == 0, "get-manifest changed an existing file");
    }
    QVERIFY(readAll(manifestPath) == manifest);

    // get-publickey saves the key that --verify-manifest saved.
    QVERIFY(QFile::rename(pemPath, pemPath + ".saved"));
    run = sbsctl({ "get-publickey", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    QVERIFY2(readAll(pemPath) == m_manifestPem.toUtf8(), qPrintable(run.describe));
    QFile::remove(pemPath + ".saved");
    run = sbsctl({ "get-publickey", "--env", ConfigName, "--build-name", buildName });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));

    // Offline, in another folder, without a configuration.
    const QString offline = m_work.filePath("offline");
    QVERIFY(QDir().mkpath(offline));
    run = sbsctl({ "verify-manifest", manifestPath, "--public-key", pemPath, "--verify-test" }, offline);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    QVERIFY2(run.out.contains("verify=OK") && run.out.contains("verify-test=OK"), qPrintable(run.describe));
    QCOMPARE(QDir(offline).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    QByteArray changed = manifest;
    changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x01);
    QVERIFY(writeFile(offline + "/" + manifestFile, changed));
    run = sbsctl({ "verify-manifest", manifestFile, "--public-key", pemPath }, offline);
    QVERIFY2(run.exitCode == 1 && run.out.contains("verify=NG"), qPrintable(run.describe));
    QVERIFY2(!run.out.contains("verify=OK"), qPrintable(run.describe));
    // A well-formed archive whose signature was changed, and the right archive with another key.
    QVERIFY(QFile::remove(offline + "/" + manifestFile));
    const ToolRun resigned = tool(
        "bash",
        { "-c",
          "set -e; d=$(mktemp -d); trap 'rm -rf \"$d\"' EXIT; cd \"$d\"; tar --force-local -xjf \"$1\"; "
          "sig=\"$2.sig\"; [ \"$(head -c1 \"$sig\")\" = 0 ] && n=1 || n=0; "
          "printf %s \"$n\" | dd of=\"$sig\" bs=1 count=1 conv=notrunc 2>/dev/null; "
          "tar --force-local -cjf \"$3\" \"$2.tbz\" \"$2.sig\"; "
          "openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null | openssl pkey -pubout "
          "-out \"$4\"",
          "_", manifestPath, "manifest." + buildName, offline + "/" + manifestFile, offline + "/other.pem" });
    QVERIFY2(resigned.exitCode == 0, qPrintable(resigned.output));
    run = sbsctl({ "verify-manifest", manifestFile, "--public-key", pemPath }, offline);
    QVERIFY2(run.exitCode == 1 && run.out.contains("verify=NG") && !run.out.contains("verify=OK"),
             qPrintable(run.describe));
    run = sbsctl({ "verify-manifest", manifestPath, "--public-key", "other.pem" }, offline);
    QVERIFY2(run.exitCode == 1 && run.out.contains("verify=NG") && !run.out.contains("verify=OK"),
             qPrintable(run.describe));

    // The digest is the one the registry has for the pushed tag.
    run = sbsctl({ "get-digest", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    const QString repository = env("SBS_REGISTRY") + "/sbs/sample-app";
    const auto digest
        = QRegularExpression("Digest value of the built image: (" + QRegularExpression::escape(repository)
                             + "@(sha256:[0-9a-f]{64}))\\s*$")
              .match(QString::fromUtf8(run.out));
    QVERIFY2(digest.hasMatch(), qPrintable(run.describe));
    const ToolRun inspected = tool("skopeo",
                                   { "inspect", "--format", "{{.Digest}}", "--cert-dir", env("SBS_CERT_DIR"),
                                     "--authfile", env("SBS_REGISTRY_RO_AUTHFILE"), "docker://" + image() });
    QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.output));
    QCOMPARE(digest.captured(2), inspected.output.trimmed());

    // The image signing key: base64 of the armoured key for a registry other than docker.io.
    run = sbsctl({ "get-signed-image-publickey", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    const QString keyPath = m_profile + "/sbs-sample-app-public.key";
    QVERIFY2(QFileInfo(keyPath).isFile(), qPrintable(run.describe));
    const auto decoded
        = QByteArray::fromBase64Encoding(readAll(keyPath).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY2(decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok,
             readAll(keyPath).left(80).constData());
    QVERIFY2(decoded.decoded.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"),
             decoded.decoded.left(80).constData());
    m_imageKeyAsc = m_work.filePath("verify/image-key.asc");
    QVERIFY(writeFile(m_imageKeyAsc, decoded.decoded));

    // The image's signature verifies with that key under a policy that demands it.
    const QJsonObject policy {
        { "default", QJsonArray { QJsonObject { { "type", "reject" } } } },
        { "transports",
          QJsonObject {
              { "docker",
                QJsonObject { { env("SBS_REGISTRY"),
                                QJsonArray { QJsonObject { { "type", "signedBy" },
                                                           { "keyType", "GPGKeys" },
                                                           { "keyPath", m_imageKeyAsc } } } } } },
              { "dir",
                QJsonObject {
                    { "", QJsonArray { QJsonObject { { "type", "insecureAcceptAnything" } } } } } } } }
    };
    m_policy = m_work.filePath("verify/policy.json");
    QVERIFY(writeFile(m_policy, QJsonDocument(policy).toJson()));
    const ToolRun verified
        = copyUnderPolicy(m_work.filePath("server1/registries.d"), image(), m_work.filePath("verify/image1"));
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.output));
}

void TestSbsctlRemote::logFollowsRunningBuild()
{
    const QString before = rawStatus(m_server.port()).value("build_name").toString();
    startBuild(ConfigName, m_server.port());
    if (QTest::currentTestFailed())
        return;
    const QStringList followArguments { "log", "--env", ConfigName, "--follow", "--interval", "1" };
    const std::unique_ptr<QProcess> following = startSbsctl(followArguments);
    // While it runs, the server refuses init and the export of its state: sbsctl says why and
    // fails, and saves nothing.
    const QStringList files
        = QDir(m_profile).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    CliRun run = sbsctl({ "init", "--env", ConfigName });
    QVERIFY2(run.exitCode == 1 && run.err.contains("sbsctl: error: ") && run.err.contains("running"),
             qPrintable(run.describe));
    run = sbsctl({ "get-state-image", "--env", ConfigName });
    QVERIFY2(run.exitCode == 1 && run.err.contains("sbsctl: error: ") && run.err.contains("running"),
             qPrintable(run.describe));
    QCOMPARE(QDir(m_profile).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), files);

    const CliRun follow = finishSbsctl(*following, followArguments);
    QVERIFY2(follow.exitCode == 0, qPrintable(follow.describe));

    run = sbsctl({ "status", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    const QJsonObject status = responseOf(run.out, "status");
    QCOMPARE(status.value("status").toString(), QString("success"));
    const QString buildName = status.value("build_name").toString();
    QVERIFY2(!buildName.isEmpty() && buildName != before, qPrintable(buildName));

    // The lines from the start to the last one, each once: what log prints once it has ended.
    for (const QString& line : { QString("build started at "), "greeting: " + Greeting,
                                 "built " + image() + " from commit " + env("SBS_GIT_COMMIT"),
                                 "manifest written: manifest." + buildName })
        QVERIFY2(follow.out.contains(line.toUtf8()), qPrintable(line + "\n" + follow.describe));
    QCOMPARE(follow.out.count("build started at "), 1);
    run = sbsctl({ "log", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    QVERIFY2(
        follow.out.trimmed() == run.out.trimmed(),
        qPrintable("log --follow printed other text than log:\n" + follow.describe + "\n" + run.describe));
}

void TestSbsctlRemote::stateImageMovesToSecondServer()
{
    CliRun run = sbsctl({ "status", "--env", ConfigName });
    const QString firstBuild = responseOf(run.out, "status").value("build_name").toString();
    QVERIFY2(!firstBuild.isEmpty(), qPrintable(run.describe));

    run = sbsctl({ "get-state-image", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    const QString printed = QString::fromUtf8(run.out).trimmed().split('\n').last().trimmed();
    const QString path = QFileInfo(QDir(m_profile), printed).absoluteFilePath();
    QVERIFY2(QFileInfo(path).isFile(), qPrintable(run.describe));
    QCOMPARE(QFileInfo(path).canonicalPath(), QFileInfo(m_profile).canonicalFilePath());
    QCOMPARE(fileMode(path), 0600);
    const QJsonObject stateJson = readConfig(path);
    QCOMPARE(stateJson.value("name").toString(), QFileInfo(path).fileName());
    QCOMPARE(stateJson.value("export_tag").toString(), tag());
    QVERIFY(!stateJson.value("state").toString().isEmpty());
    m_stateImage = path;

    // A second server with the first one's state secret file, and a configuration for it.
    QVERIFY2(startServer(m_second, "server2",
                         { "--state-secret-file", m_work.filePath("server1/keys/state-secret") }),
             qPrintable(m_second.output()));
    const QString second
        = configCopy("sbs-config-2.json", { { "CICD_PORT", QString::number(m_second.port()) } });
    QVERIFY(!second.isEmpty());
    run = sbsctl({ "status", "--env", second });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    QCOMPARE(responseOf(run.out, "status").value("status").toString(), QString());

    run = sbsctl({ "post-state-image", "--env", second, "--state-image", path });
    QVERIFY2(run.exitCode == 0 && run.out.contains("post-state-image: response={"), qPrintable(run.describe));
    QCOMPARE(responseOf(run.out, "post-state-image").value("status").toString(), QString("OK"));
    run = sbsctl({ "status", "--env", second });
    QCOMPARE(responseOf(run.out, "status").value("build_name").toString(), firstBuild);
    // The same signing key: the file saved from the first server is accepted as unchanged.
    run = sbsctl({ "get-signed-image-publickey", "--env", second });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));

    // A build there signs with the imported keys.
    run = sbsctl({ "init", "--env", second });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    QCOMPARE(responseOf(run.out, "init").value("status").toString(), QString("OK"));
    startBuild(second, m_second.port());
    if (QTest::currentTestFailed())
        return;
    const QJsonObject status = waitForSuccess(second);
    if (QTest::currentTestFailed()) {
        qWarning("%s", sbsctl({ "log", "--env", second }).out.constData());
        return;
    }
    const QString buildName = status.value("build_name").toString();
    QVERIFY2(!buildName.isEmpty() && buildName != firstBuild, qPrintable(buildName));

    run = sbsctl({ "get-manifest", "--env", second, "--verify-manifest" });
    QVERIFY2(run.exitCode == 0 && run.out.contains("verify=OK"), qPrintable(run.describe));
    QVERIFY(!m_manifestPem.isEmpty());
    QCOMPARE(QString::fromUtf8(readAll(m_profile + "/manifest." + buildName + "-public.pem")), m_manifestPem);

    QVERIFY(!m_policy.isEmpty());
    const ToolRun verified
        = copyUnderPolicy(m_work.filePath("server2/registries.d"), image(), m_work.filePath("verify/image2"));
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.output));
    m_second.stop();
}

void TestSbsctlRemote::cleanStopsRunningBuild()
{
    startBuild(ConfigName, m_server.port());
    if (QTest::currentTestFailed())
        return;
    // clean once the build is past the clone, while buildah runs.
    QDeadlineTimer deadline(180000);
    QString text;
    while (!deadline.hasExpired()) {
        text = rawStatus(m_server.port()).value("status").toString();
        if (text == QLatin1String("github cloned") || text == QLatin1String("image built"))
            break;
        QVERIFY2(text != QLatin1String("success") && !text.startsWith("exiting"),
                 qPrintable("the build ended before clean: " + text));
        QTest::qWait(200);
    }
    QVERIFY2(text == QLatin1String("github cloned") || text == QLatin1String("image built"),
             qPrintable(text));

    CliRun run = sbsctl({ "clean", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0 && run.out.contains("clean: response={"), qPrintable(run.describe));
    run = sbsctl({ "status", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    QCOMPARE(responseOf(run.out, "status").value("status").toString(), QString("restarted cicd"));

    run = sbsctl({ "status", "--env", ConfigName, "--wait", "--interval", "1" });
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe));
    QVERIFY2(run.err.contains("sbsctl: error: "), qPrintable(run.describe));
    QCOMPARE(responseOf(run.out, "status").value("status").toString(), QString("restarted cicd"));
    run = sbsctl({ "log", "--env", ConfigName, "--follow", "--interval", "1" });
    QVERIFY2(run.exitCode == 1 && run.err.contains("sbsctl: error: "), qPrintable(run.describe));

    // The build stays stopped.
    QTest::qWait(3000);
    QCOMPARE(rawStatus(m_server.port()).value("status").toString(), QString("restarted cicd"));
}

void TestSbsctlRemote::failingBuildEndsWaitAndFollow()
{
    auto setBranch = [&](const QString& branch) {
        QJsonObject config = readConfig(m_config);
        config.insert("GITHUB_BRANCH", branch);
        QVERIFY(writeConfig(m_config, config));
        const CliRun run = sbsctl({ "update", "--env", ConfigName });
        QVERIFY2(run.exitCode == 0 && run.out.contains("update: response={"), qPrintable(run.describe));
        QCOMPARE(responseOf(run.out, "update").value("status").toString(), QString("OK"));
    };
    setBranch(env("SBS_GIT_BROKEN_BRANCH"));
    if (QTest::currentTestFailed())
        return;
    auto restore = qScopeGuard([&] { setBranch(env("SBS_GIT_BRANCH")); });

    startBuild(ConfigName, m_server.port());
    if (QTest::currentTestFailed())
        return;
    const QStringList followArguments { "log", "--env", ConfigName, "--follow", "--interval", "1" };
    const std::unique_ptr<QProcess> following = startSbsctl(followArguments);

    const CliRun run = sbsctl({ "status", "--env", ConfigName, "--wait", "--interval", "1" });
    const CliRun follow = finishSbsctl(*following, followArguments);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe));
    const QString text = responseOf(run.out, "status").value("status").toString();
    QVERIFY2(text.startsWith("exiting due to a non-zero return value: "), qPrintable(run.describe));
    QVERIFY2(run.err.contains("sbsctl: error: ") && run.err.contains("buildah"), qPrintable(run.describe));

    QVERIFY2(follow.exitCode == 1, qPrintable(follow.describe));
    QVERIFY2(follow.out.contains("this build step fails on purpose"), qPrintable(follow.describe));
    QVERIFY2(follow.err.contains("sbsctl: error: ") && follow.err.contains("buildah"),
             qPrintable(follow.describe));
    QCOMPARE(follow.out.count("build started at "), 1);

    // Once ended, log --follow says the same at once.
    const CliRun again
        = sbsctl({ "log", "--env", ConfigName, "--follow", "--interval", "1" }, QString(), 60000);
    QVERIFY2(again.exitCode == 1 && again.out.contains("this build step fails on purpose"),
             qPrintable(again.describe));
}

void TestSbsctlRemote::newSecretRefusesOldStateImage()
{
    if (m_stateImage.isEmpty())
        QSKIP("needs the state image of stateImageMovesToSecondServer");
    const QString oldSecret = readConfig(m_config).value("SECRET").toString();
    QCOMPARE(oldSecret, m_firstSecret);
    const QStringList backupsBefore = backupsOf(m_profile, ConfigName);

    CliRun run = sbsctl({ "update", "--env", ConfigName, "--new-secret" });
    const QString newSecret = readConfig(m_config).value("SECRET").toString();
    if (!newSecret.isEmpty() && newSecret != oldSecret)
        m_rotatedSecrets << newSecret;
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    QCOMPARE(responseOf(run.out, "update").value("status").toString(), QString("OK"));
    QVERIFY2(run.out.contains("SECRET"), qPrintable(run.describe));
    QVERIFY2(!newSecret.isEmpty() && newSecret != oldSecret, "SECRET was not replaced");
    QStringList backups = backupsOf(m_profile, ConfigName);
    for (const QString& b : backupsBefore)
        backups.removeAll(b);
    QCOMPARE(backups.size(), 1);
    const QString backup = backups.first();
    QCOMPARE(readConfig(m_profile + "/" + backup).value("SECRET").toString(), oldSecret);
    QVERIFY2(run.out.contains(backup.toUtf8()), qPrintable(run.describe));
    QVERIFY2((fileMode(m_config) & 077) == 0, qPrintable(QString::number(fileMode(m_config), 8)));
    QVERIFY2((fileMode(m_profile + "/" + backup) & 077) == 0,
             qPrintable(QString::number(fileMode(m_profile + "/" + backup), 8)));

    // The server took the new SECRET: update with it works, with the old one it is refused.
    run = sbsctl({ "update", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    run = sbsctl({ "update", "--env", backup });
    QVERIFY2(run.exitCode == 1 && run.err.contains("sbsctl: error: "), qPrintable(run.describe));
    QCOMPARE(readConfig(m_config).value("SECRET").toString(), newSecret);

    // A fresh server with the same state secret file refuses the state image made under the
    // old SECRET, and keeps nothing of it.
    QVERIFY2(startServer(m_third, "server3",
                         { "--state-secret-file", m_work.filePath("server1/keys/state-secret") }),
             qPrintable(m_third.output()));
    const QString third
        = configCopy("sbs-config-3.json", { { "CICD_PORT", QString::number(m_third.port()) } });
    QVERIFY(!third.isEmpty());
    const QStringList files
        = QDir(m_profile).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    run = sbsctl({ "post-state-image", "--env", third, "--state-image", m_stateImage });
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe));
    QVERIFY2(run.err.contains("sbsctl: error: ") && run.err.size() > 30, qPrintable(run.describe));
    QVERIFY2(responseOf(run.out, "post-state-image").value("status").toString() != QLatin1String("OK"),
             qPrintable(run.describe));
    QCOMPARE(QDir(m_profile).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), files);
    run = sbsctl({ "status", "--env", third });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    QCOMPARE(responseOf(run.out, "status").value("status").toString(), QString());
    QVERIFY(!QFile::exists(m_work.filePath("server3/config.json")));

    // A state image exported after the change is accepted there.
    run = sbsctl({ "get-state-image", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    const QString fresh
        = QFileInfo(QDir(m_profile), QString::fromUtf8(run.out).trimmed().split('\n').last().trimmed())
              .absoluteFilePath();
    QVERIFY2(QFileInfo(fresh).isFile() && fresh != m_stateImage, qPrintable(run.describe));
    run = sbsctl({ "post-state-image", "--env", third, "--state-image", fresh });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
    QCOMPARE(responseOf(run.out, "post-state-image").value("status").toString(), QString("OK"));
    m_third.stop();
}

void TestSbsctlRemote::tlsFailuresAreExplained()
{
    const QString tls = m_work.filePath("tls");
    QVERIFY(QDir().mkpath(tls));
    auto refused = [](const CliRun& run) {
        return run.exitCode == 1 && run.err.contains("sbsctl: error: ") && !run.out.contains("response=");
    };

    // Own-CA mode with the profile's own files works: the control for the refusals below.
    const QString own
        = configCopy("sbs-config-ownca.json",
                     { { "CAPATH", m_certDir + "/client-ca.pem" }, { "CLIENT_CRT_KEY", m_clientFile } });
    CliRun run = sbsctl({ "status", "--env", own });
    QVERIFY2(run.exitCode == 0 && run.out.contains("status: response="), qPrintable(run.describe));

    // A CA that did not sign the server's certificate, in the configuration and on the command line.
    auto foreign = sbs::pki::CertificateAuthority::create("foreign test CA", sbs::pki::KeyType::EcP256);
    QVERIFY2(foreign, qPrintable(foreign.error()));
    const QString foreignCa = tls + "/foreign-ca.pem";
    QVERIFY(writeFile(foreignCa, foreign->certificate().toPem()));
    const QString foreignConfig = configCopy("sbs-config-foreign.json",
                                             { { "CAPATH", foreignCa }, { "CLIENT_CRT_KEY", m_clientFile } });
    run = sbsctl({ "status", "--env", foreignConfig });
    QVERIFY2(refused(run) && run.err.contains("CA"), qPrintable(run.describe));
    run = sbsctl({ "status", "--env", ConfigName, "--capath", foreignCa });
    QVERIFY2(refused(run) && run.err.contains("CA"), qPrintable(run.describe));
    // --noverify skips the check of the server's certificate, and says so.
    run = sbsctl({ "status", "--env", foreignConfig, "--noverify" });
    QVERIFY2(run.exitCode == 0 && run.out.contains("status: response="), qPrintable(run.describe));
    QVERIFY2(run.err.contains("sbsctl: warning: "), qPrintable(run.describe));
    // The command line wins over the configuration.
    run = sbsctl({ "status", "--env", foreignConfig, "--capath", m_certDir + "/client-ca.pem" });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));

    // A host name the server's certificate is not for (localhost is 127.0.0.1 here).
    const QString localhost = configCopy("sbs-config-localhost.json", { { "HOSTNAME", "localhost" } });
    run = sbsctl({ "status", "--env", localhost });
    QVERIFY2(refused(run) && run.err.contains("127.0.0.1"), qPrintable(run.describe));

    // A client certificate from the profile's CA that expired.
    auto ca = sbs::pki::CertificateAuthority::load(m_certDir + "/client-ca.pem",
                                                   m_certDir + "/client-ca-key.pem");
    QVERIFY2(ca, qPrintable(ca.error()));
    auto key = sbs::pki::PrivateKey::generate(sbs::pki::KeyType::EcP256);
    QVERIFY2(key, qPrintable(key.error()));
    auto csr = sbs::pki::CertificateRequest::create("expired test client", key.value());
    QVERIFY2(csr, qPrintable(csr.error()));
    const sbs::pki::CertificateValidity past { QDateTime::currentDateTimeUtc().addDays(-30), 10 };
    auto expired = ca->issue(csr.value(), sbs::pki::CertificateKind::Client, std::nullopt, past);
    QVERIFY2(expired, qPrintable(expired.error()));
    auto keyPem = key->toPem();
    QVERIFY2(keyPem, qPrintable(keyPem.error()));
    // (A neutral file name: the message is checked for the word.) With --client-crt-key alone
    // the CA would be looked for next to that file, so --capath names the profile's.
    const QString expiredFile = tls + "/aged-client.pem";
    QVERIFY(writeFile(expiredFile, expired->toPem() + keyPem->bytes()));
    QVERIFY(QFile::setPermissions(expiredFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    run = sbsctl({ "status", "--env", ConfigName, "--client-crt-key", expiredFile, "--capath",
                   m_certDir + "/client-ca.pem" });
    QVERIFY2(refused(run) && run.err.toLower().contains("expired"), qPrintable(run.describe));
    QVERIFY2(run.err.contains("aged-client.pem") && !run.err.contains("CAPATH"), qPrintable(run.describe));

    // Nothing listens.
    const quint16 port = closedPort();
    const QString closed = configCopy("sbs-config-closed.json", { { "CICD_PORT", QString::number(port) } });
    run = sbsctl({ "status", "--env", closed }, QString(), 120000);
    QVERIFY2(refused(run) && run.err.contains(QByteArray::number(port)), qPrintable(run.describe));
    const QByteArray lower = run.err.toLower();
    QVERIFY2(lower.contains("answer") || lower.contains("listen") || lower.contains("refused"),
             qPrintable(run.describe));

    // status --wait tries a few times, then gives up.
    run = sbsctl({ "status", "--env", closed, "--wait", "--interval", "1" }, QString(), 120000);
    QVERIFY2(refused(run) && run.err.contains(QByteArray::number(port)), qPrintable(run.describe));

    // The server is still fine for the right certificates.
    run = sbsctl({ "status", "--env", ConfigName });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe));
}

void TestSbsctlRemote::badUsage()
{
    const QString dir = m_work.filePath("usage");
    QVERIFY(QDir().mkpath(dir));
    CliRun run = sbsctl({ "post-state-image", "--env", ConfigName });
    QVERIFY2(run.exitCode == 2 && run.err.contains("sbsctl: error: "), qPrintable(run.describe));
    run = sbsctl({ "post-state-image", "--env", ConfigName, "--name", "x" });
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe));
    run = sbsctl({ "verify-manifest", "--public-key", m_certDir + "/client-ca.pem" });
    QVERIFY2(run.exitCode == 2 && run.err.contains("sbsctl: error: "), qPrintable(run.describe));
    run = sbsctl({ "status" });
    QVERIFY2(run.exitCode == 2 && run.err.contains("--env"), qPrintable(run.describe));
    run = sbsctl({ "status", "--env", ConfigName, "--no-such-option" });
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe));

    QVERIFY(writeFile(dir + "/notjson.txt", "this is not a state image\n"));
    run = sbsctl({ "post-state-image", "--env", ConfigName, "--state-image", dir + "/notjson.txt" });
    QVERIFY2(run.exitCode == 1 && run.err.contains("not JSON"), qPrintable(run.describe));
    QVERIFY(writeFile(dir + "/nostate.json", R"({ "name": "x", "export_tag": "v1" })"));
    run = sbsctl({ "post-state-image", "--env", ConfigName, "--state-image", dir + "/nostate.json" });
    QVERIFY2(run.exitCode == 1 && run.err.contains("\"state\""), qPrintable(run.describe));
    run = sbsctl({ "post-state-image", "--env", ConfigName, "--state-image", dir + "/missing.json" });
    QVERIFY2(run.exitCode == 1 && run.err.contains("missing.json"), qPrintable(run.describe));
}

void TestSbsctlRemote::noSecretInAnyOutput()
{
    QVERIFY(!m_outputs.isEmpty());
    QList<QJsonObject> bodies { secretsBody(m_firstSecret) };
    for (const QString& secret : std::as_const(m_rotatedSecrets))
        bodies << secretsBody(secret);
    for (const auto& [what, text] : std::as_const(m_outputs)) {
        for (const QJsonObject& body : std::as_const(bodies)) {
            verifyNoSecret(body, text, what);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(!text.contains("PRIVATE KEY"), qPrintable(what));
    }
}

QTEST_GUILESS_MAIN(TestSbsctlRemote)
#include "tst_sbsctlremote.moc"
