// bench_pipeline: wall time of one build of the local environment's sample application through
// sbs-server (clone over SSH, buildah bud, push, simple signing, manifest) against the same
// clone/bud/push/sign steps run as a plain shell script with the same tools, storage, registry
// and signing key. Prints each round and the ratio of the medians (the target is at most 1.10).
#include "BenchSupport.h"
#include "ServerFixture.h"
#include "TestSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>

using namespace sbs::test;

namespace {

using bench::median;

// The plain run: what the pipeline does, without a server around it.
const char* shellBuild = R"(set -euo pipefail
ws=$1/shell-workspace
rm -rf "$ws" && mkdir -p "$ws"
GIT_SSH_COMMAND="ssh -i '$2' -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o IdentitiesOnly=yes -o BatchMode=yes" \
    git clone --branch "$SBS_GIT_BRANCH" -- "$SBS_GIT_URL" "$ws/git"
commit=$(git -C "$ws/git" rev-parse HEAD)
ref=$SBS_REGISTRY/sbs/sample-app:shell-${commit:0:7}
bh=(buildah --storage-driver vfs --root "$SBS_CONTAINERS_ROOT" --runroot "$SBS_CONTAINERS_RUNROOT")
"${bh[@]}" bud --isolation chroot --cert-dir "$SBS_CERT_DIR" --authfile "$SBS_REGISTRY_RO_AUTHFILE" \
    --build-arg "GREETING=hello from sbs-server" -f "$ws/git/Dockerfile" -t "$ref" "$ws/git"
"${bh[@]}" push --cert-dir "$SBS_CERT_DIR" --authfile "$SBS_REGISTRY_AUTHFILE" "$ref" "docker://$ref"
GNUPGHOME=$3 skopeo --registries.d "$4/registries.d" --policy "$4/policy.json" copy --sign-by "$5" \
    --src-cert-dir "$SBS_CERT_DIR" --dest-cert-dir "$SBS_CERT_DIR" \
    --src-authfile "$SBS_REGISTRY_AUTHFILE" --dest-authfile "$SBS_REGISTRY_AUTHFILE" "docker://$ref" "docker://$ref"
)";

int fail(const QString& text)
{
    std::fprintf(stderr, "bench_pipeline: %s\n", qPrintable(text));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Build time through sbs-server against the same steps as a shell script."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Timed rounds (3)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    parser.addOption(roundsOption);
    parser.process(app);
    const int rounds = qBound(1, parser.value(roundsOption).toInt(), 50);

    QTemporaryDir work;
    if (!work.isValid())
        return fail(QStringLiteral("no temporary folder"));
    const QString localEnv = QStringLiteral(SBS_SOURCE_DIR "/scripts/local-env.sh");
    const QString envDir = work.filePath(QStringLiteral("env"));
    const auto runLocalEnv = [&](const QStringList& arguments) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("bash"),
                QStringList { localEnv } + arguments + QStringList { "--dir", envDir });
        p.waitForFinished(300000);
        return std::make_pair(p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                              QString::fromUtf8(p.readAll()));
    };
    std::fprintf(stderr, "starting the local environment...\n");
    const auto [startRc, startOut] = runLocalEnv({ "start" });
    struct Stop
    {
        std::function<void()> f;
        ~Stop() { f(); }
    } stopEnv { [&] {
        runLocalEnv({ "stop", "--purge" });
    } };
    if (startRc != 0)
        return fail(QStringLiteral("local-env.sh start failed:\n") + startOut);

    QProcess source;
    source.start(QStringLiteral("bash"), { "-c", "source \"$1/env.sh\" && env -0", "_", envDir });
    source.waitForFinished(30000);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QByteArray& entry : source.readAllStandardOutput().split('\0')) {
        const qsizetype eq = entry.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(entry.left(eq)), QString::fromUtf8(entry.mid(eq + 1)));
    }
    const auto e = [&](const char* name) {
        return env.value(QLatin1String(name));
    };

    TestPki pki;
    const QString pkiError = pki.create(work.filePath(QStringLiteral("pki")));
    if (!pkiError.isEmpty())
        return fail(pkiError);
    const QString dataDir = work.filePath(QStringLiteral("data"));
    ServerProcess server;
    if (!server.start(pki, dataDir,
                      { "--registry-cert-dir", e("SBS_CERT_DIR"), "--storage-driver", "vfs",
                        "--containers-root", e("SBS_CONTAINERS_ROOT"), "--containers-runroot",
                        e("SBS_CONTAINERS_RUNROOT"), "--isolation", "chroot", "--signature-store",
                        work.filePath(QStringLiteral("signatures")) },
                      env))
        return fail(QStringLiteral("sbs-server did not start:\n") + server.output());
    const QSslConfiguration tls = pki.clientTls();

    const QJsonObject body {
        { "RUNTIME_TYPE", "on-prem" },
        { "DOCKER_REPO", "sbs/sample-app" },
        { "DOCKER_PUSH_SERVER", e("SBS_REGISTRY") },
        { "DOCKER_USER", e("SBS_REGISTRY_PUSH_USER") },
        { "DOCKER_PASSWORD", QString::fromUtf8(readAll(e("SBS_REGISTRY_PUSH_PASSWORD_FILE"))) },
        { "DOCKER_BASE_SERVER", e("SBS_REGISTRY") },
        { "DOCKER_BASE_USER", e("SBS_REGISTRY_RO_USER") },
        { "DOCKER_BASE_PASSWORD", QString::fromUtf8(readAll(e("SBS_REGISTRY_RO_PASSWORD_FILE"))) },
        { "GITHUB_URL", e("SBS_GIT_URL") },
        { "GITHUB_BRANCH", e("SBS_GIT_BRANCH") },
        { "GITHUB_KEY", QString::fromUtf8(readAll(e("SBS_GIT_KEY"))) },
        { "BASE_REPO_PUBLIC_KEY", "" },
        { "SECRET", "YmVuY2gtcGlwZWxpbmUtc2VjcmV0" },
        { "BUILD_IMAGE_TAG", "1.3.0" },
        { "IMAGE_TAG_PREFIX", "v1" },
        { "ARG", QJsonObject { { "GREETING", "hello from sbs-server" } } }
    };
    if (request(tls, server.port(), "POST", "/image", QJsonDocument(body).toJson()).json.value("status")
        != QLatin1String("OK"))
        return fail(QStringLiteral("init was refused"));

    // One server build: from PUT until the status reads success. Milliseconds, or < 0.
    const auto serverBuild = [&]() -> double {
        QElapsedTimer timer;
        timer.start();
        if (request(tls, server.port(), "PUT", "/image").httpStatus != 200)
            return -1;
        QDeadlineTimer deadline(300000);
        while (!deadline.hasExpired()) {
            const QJsonObject status = request(tls, server.port(), "GET", "/image").json;
            const QJsonArray steps = status.value("steps").toArray();
            const QString last
                = steps.isEmpty() ? QString() : steps.last().toObject().value("status").toString();
            if (last == QLatin1String("success"))
                return double(timer.nsecsElapsed()) / 1e6;
            if (last.startsWith(QLatin1String("exiting")))
                return -1;
            QThread::msleep(20);
        }
        return -1;
    };

    // The first build pulls the base image and makes the signing keys; it is not timed.
    std::fprintf(stderr, "warm-up build through sbs-server...\n");
    if (serverBuild() < 0)
        return fail(QStringLiteral("the warm-up build failed:\n")
                    + request(tls, server.port(), "GET", "/log/build").json.value("log").toString());
    QProcess gpg;
    QProcessEnvironment gpgEnv = env;
    gpgEnv.insert("GNUPGHOME", dataDir + "/gnupg");
    gpg.setProcessEnvironment(gpgEnv);
    gpg.start("gpg", { "--batch", "--with-colons", "--list-secret-keys" });
    gpg.waitForFinished(30000);
    QString fingerprint;
    for (const QByteArray& line : gpg.readAllStandardOutput().split('\n')) {
        if (line.startsWith("fpr:") && fingerprint.isEmpty())
            fingerprint = QString::fromLatin1(line.split(':').value(9));
    }
    if (fingerprint.isEmpty())
        return fail(QStringLiteral("no signing key in the server's GnuPG home"));
    const QString script = work.filePath(QStringLiteral("shell-build.sh"));
    writeFile(script, shellBuild);
    const auto shell = [&]() -> double {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setStandardOutputFile(work.filePath(QStringLiteral("shell-build.log")), QIODevice::Append);
        p.setStandardErrorFile(work.filePath(QStringLiteral("shell-build.log")), QIODevice::Append);
        QElapsedTimer timer;
        timer.start();
        p.start("bash", { script, work.path(), e("SBS_GIT_KEY"), dataDir + "/gnupg", dataDir, fingerprint });
        if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return -1;
        return double(timer.nsecsElapsed()) / 1e6;
    };
    if (shell() < 0)
        return fail(QStringLiteral("the shell build failed:\n")
                    + QString::fromUtf8(readAll(work.filePath(QStringLiteral("shell-build.log")))));

    QList<double> serverTimes;
    QList<double> shellTimes;
    std::printf("%-6s %14s %14s\n", "round", "sbs-server ms", "shell ms");
    for (int round = 1; round <= rounds; ++round) {
        const double s = serverBuild();
        const double p = shell();
        if (s < 0 || p < 0)
            return fail(QStringLiteral("round %1 failed").arg(round));
        serverTimes << s;
        shellTimes << p;
        std::printf("%-6d %14.0f %14.0f\n", round, s, p);
        std::fflush(stdout);
    }
    server.stop();
    const double ratio = median(serverTimes) / median(shellTimes);
    std::printf("median %14.0f %14.0f\n", median(serverTimes), median(shellTimes));
    std::printf("ratio sbs-server / shell: %.3f (target <= 1.10)\n", ratio);
    return 0;
}
