#include "LocalEnvBuildTest.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <utility>

using namespace sbs::test;

// sbs-server against the real parts of scripts/local-env.sh: it clones the sample repository
// over SSH with the deploy key, builds it with buildah, pushes it to the TLS registry with
// htpasswd credentials and signs it with its own OpenPGP key into a lookaside store.
class TestSbsServerBuild : public LocalEnvBuildTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startEnvironment(); }
    void cleanupTestCase() { stopEnvironment(); }
    void buildsSampleAppToSuccess();
    void failingDockerfileStopsTheBuild();
    void baseImageTrust();

private:
    QString makeSigningKey(const QString& gnupgHome, const QString& email);
    void verifyManifest(const QString& buildName, const QJsonObject& status);
    void verifyStateImage(const QString& buildName, const QString& imagePublicKey);
    void verifySignatureRefusals(const QString& tag);
    void verifyManifestSource(const QString& dir, const QString& name, const QJsonObject& buildJson);
};

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
    writeSignedByPolicy(m_work.filePath("verify/key.asc"), m_work.filePath("verify/policy.json"));
    QDirIterator signatures(m_work.filePath("signatures"), { "signature-1" }, QDir::Files,
                            QDirIterator::Subdirectories);
    QVERIFY2(signatures.hasNext(), "no signature in the lookaside store");

    const ToolRun copied = copyUnderPolicy(m_work.filePath("verify/policy.json"), m_work.filePath("data/registries.d"),
                                           env("SBS_REGISTRY") + "/sbs/sample-app:" + tag, m_work.filePath("verify/image"));
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.output));
    verifySignatureRefusals(tag);
    if (QTest::currentTestFailed())
        return;

    // The pushed image by digest, as the registry has it.
    const Answer digest = call("GET", "/imagedigest");
    QCOMPARE(digest.httpStatus, 201);
    const QString reference = digest.json.value("image_digest").toString();
    const QString repository = env("SBS_REGISTRY") + "/sbs/sample-app";
    QVERIFY2(QRegularExpression("^" + QRegularExpression::escape(repository) + "@sha256:[0-9a-f]{64}$")
                 .match(reference)
                 .hasMatch(),
             digest.body.constData());
    const ToolRun inspected
        = tool("skopeo", { "inspect", "--format", "{{.Digest}}", "--cert-dir", env("SBS_CERT_DIR"), "--authfile",
                           env("SBS_REGISTRY_RO_AUTHFILE"), "docker://" + repository + ":" + tag });
    QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.output));
    QCOMPARE(reference.section('@', 1), inspected.output.trimmed());
    if (QTest::currentTestFailed())
        return;

    verifyManifest(buildName, status);
    if (QTest::currentTestFailed())
        return;
    verifyStateImage(buildName, publicKey);
    if (QTest::currentTestFailed())
        return;

    // No secret value in the log, any status answer, the data folder (but for the stores meant
    // to hold secrets), the signatures or the manifest's members.
    verifyNoSecret(body, log.toUtf8(), "GET /log/build");
    for (const QByteArray& answer : std::as_const(m_statusAnswers))
        verifyNoSecret(body, answer, "GET /image");
    verifyNoSecret(body, call("GET", "/image").body, "GET /image");
    verifyNoSecret(body, key.body, "GET /config-json");
    verifyNoSecretInFiles(body, m_work.filePath("data"),
                          { "config.json", "keys", "gnupg", "platform-gnupg" });
    verifyNoSecretInFiles(body, m_work.filePath("signatures"), {});
    const ToolRun extracted = tool("bash",
                                   { "-c",
                                     "mkdir -p \"$1/members\" && tar --force-local -xjf \"$1/$2.tbz\" "
                                     "-C \"$1/members\"",
                                     "_", m_work.filePath("manifest"), "manifest." + buildName });
    QVERIFY2(extracted.exitCode == 0, qPrintable(extracted.output));
    verifyNoSecretInFiles(body, m_work.filePath("manifest/members"), {});
    QVERIFY(QFile::exists(m_work.filePath("manifest/members/data/build.log")));
}

// A key pair for simple signing in its own GnuPG home; returns the fingerprint and writes the
// armoured public key to <gnupgHome>/<email>.asc.
QString TestSbsServerBuild::makeSigningKey(const QString& gnupgHome, const QString& email)
{
    QDir().mkpath(gnupgHome);
    QFile::setPermissions(gnupgHome,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment gpgEnv = m_env;
    gpgEnv.insert("GNUPGHOME", gnupgHome);
    const ToolRun made
        = tool("gpg",
               { "--batch", "--pinentry-mode", "loopback", "--passphrase", "", "--quick-generate-key",
                 "Test signer <" + email + ">", "rsa2048", "sign", "never" },
               gpgEnv);
    if (made.exitCode != 0)
        return QString();
    const ToolRun exported = tool(
        "gpg",
        { "--batch", "--yes", "--armor", "--output", gnupgHome + "/" + email + ".asc", "--export", email },
        gpgEnv);
    if (exported.exitCode != 0)
        return QString();
    QProcess list;
    list.setProcessEnvironment(gpgEnv);
    list.start("gpg", { "--batch", "--with-colons", "--list-keys", email });
    list.waitForFinished(30000);
    for (const QByteArray& line : list.readAllStandardOutput().split('\n')) {
        if (line.startsWith("fpr:"))
            return QString::fromLatin1(line.split(':').value(9));
    }
    return QString();
}

// The signedBy policy refuses an image without signatures and one checked against another key.
void TestSbsServerBuild::verifySignatureRefusals(const QString& tag)
{
    const QString image = env("SBS_REGISTRY") + "/sbs/sample-app:" + tag;
    // Another repository, so that no lookaside signature of the signed image applies to it.
    const QString unsignedImage = env("SBS_REGISTRY") + "/sbs/sample-app-unsigned:" + tag;
    const QString emptyRegistriesD = m_work.filePath("verify/empty-registries.d");
    QVERIFY(QDir().mkpath(emptyRegistriesD));
    ToolRun run = tool("skopeo", { "--registries.d", emptyRegistriesD, "--policy", env("SBS_CONTAINERS_POLICY"),
                                   "copy", "--remove-signatures", "--src-cert-dir", env("SBS_CERT_DIR"),
                                   "--dest-cert-dir", env("SBS_CERT_DIR"), "--src-authfile",
                                   env("SBS_REGISTRY_AUTHFILE"), "--dest-authfile", env("SBS_REGISTRY_AUTHFILE"),
                                   "docker://" + image, "docker://" + unsignedImage });
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString registriesD = m_work.filePath("data/registries.d");
    run = copyUnderPolicy(m_work.filePath("verify/policy.json"), registriesD, unsignedImage,
                          m_work.filePath("verify/unsigned"));
    QVERIFY2(run.exitCode != 0, qPrintable("an unsigned image was accepted:\n" + run.output));
    QVERIFY2(run.output.contains("signature", Qt::CaseInsensitive), qPrintable(run.output));

    const QString gnupg = m_work.filePath("stranger-gnupg");
    QVERIFY(!makeSigningKey(gnupg, "stranger@example.invalid").isEmpty());
    QJsonObject policy = QJsonDocument::fromJson(readAll(m_work.filePath("verify/policy.json"))).object();
    QJsonObject transports = policy.value("transports").toObject();
    QJsonObject docker = transports.value("docker").toObject();
    docker.insert(env("SBS_REGISTRY"),
                  QJsonArray { QJsonObject { { "type", "signedBy" },
                                             { "keyType", "GPGKeys" },
                                             { "keyPath", gnupg + "/stranger@example.invalid.asc" } } });
    transports.insert("docker", docker);
    policy.insert("transports", transports);
    QVERIFY(writeFile(m_work.filePath("verify/stranger-policy.json"), QJsonDocument(policy).toJson()));
    run = copyUnderPolicy(m_work.filePath("verify/stranger-policy.json"), registriesD, image,
                          m_work.filePath("verify/stranger"));
    QVERIFY2(run.exitCode != 0, qPrintable("an image was accepted for another key:\n" + run.output));
    QVERIFY2(run.output.contains("signature", Qt::CaseInsensitive), qPrintable(run.output));
}

void TestSbsServerBuild::verifyStateImage(const QString& buildName, const QString& imagePublicKey)
{
    // The signing keys travel in the state image to a server started with the same secret file.
    const Answer exported = call("GET", "/state-image");
    QCOMPARE(exported.httpStatus, 200);
    QCOMPARE(exported.json.value("export_tag").toString(), "v1-" + env("SBS_GIT_COMMIT").left(7));
    ServerProcess second;
    QVERIFY2(startSecondServer(second, "data2", true), qPrintable(second.output()));
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

    // The second server builds with the imported keys: its image signature verifies with the
    // first server's public key under the signedBy policy.
    const QJsonObject init = initBody(env("SBS_GIT_BRANCH"));
    QCOMPARE(request(m_pki.clientTls(), second.port(), "POST", "/image", QJsonDocument(init).toJson())
                 .json.value("status")
                 .toString(),
             QString("OK"));
    QCOMPARE(request(m_pki.clientTls(), second.port(), "PUT", "/image").httpStatus, 200);
    const QJsonObject built = waitForEnd(240000, &second);
    QVERIFY2(built.value("status").toString() == QLatin1String("success"),
             qPrintable(built.value("status").toString() + "\n"
                        + request(m_pki.clientTls(), second.port(), "GET", "/log/build")
                              .json.value("log")
                              .toString()));
    QVERIFY(built.value("build_name").toString() != buildName);
    QCOMPARE(built.value("manifest_public_key").toString(),
             call("GET", "/publickey").json.value("public_key_pem").toString());
    QCOMPARE(
        request(m_pki.clientTls(), second.port(), "GET", "/config-json").json.value("public_key").toString(),
        imagePublicKey);
    QDirIterator signatures(m_work.filePath("data2-signatures"), { "signature-1" }, QDir::Files,
                            QDirIterator::Subdirectories);
    QVERIFY2(signatures.hasNext(), "no signature in the second server's lookaside store");
    const ToolRun verified = copyUnderPolicy(
        m_work.filePath("verify/policy.json"), m_work.filePath("data2/registries.d"),
        env("SBS_REGISTRY") + "/sbs/sample-app:" + built.value("image_tag").toString(),
        m_work.filePath("verify/image-second"));
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.output));
    second.stop();
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
    const QJsonDocument recordDocument = QJsonDocument::fromJson(record.toUtf8());
    QVERIFY2(recordDocument.isObject(), qPrintable(record));
    const QJsonObject buildJson = recordDocument.object();
    QCOMPARE(buildJson.value("build_name").toString(), buildName);
    QCOMPARE(buildJson.value("git_commit").toString(), env("SBS_GIT_COMMIT"));
    QVERIFY(!record.contains(QString::fromUtf8(readAll(env("SBS_REGISTRY_PUSH_PASSWORD_FILE")))));
    verifyManifestSource(dir, name, buildJson);
}

// git/ in the manifest is the source tree of the built commit.
void TestSbsServerBuild::verifyManifestSource(const QString& dir, const QString& name,
                                              const QJsonObject& buildJson)
{
    QVERIFY(!buildJson.isEmpty());
    QProcessEnvironment gitEnv = m_env;
    gitEnv.insert("GIT_SSH_COMMAND", env("SBS_GIT_SSH_COMMAND"));
    const ToolRun remote
        = tool("git", { "ls-remote", env("SBS_GIT_URL"), "refs/heads/" + env("SBS_GIT_BRANCH") }, gitEnv);
    QVERIFY2(remote.exitCode == 0, qPrintable(remote.output));
    const QString remoteCommit = remote.output.trimmed().section(QLatin1Char('\t'), 0, 0);
    QCOMPARE(buildJson.value("git_commit").toString(), remoteCommit);

    const QString tree = dir + "/tree";
    const QString clone = dir + "/clone";
    QVERIFY(QDir().mkpath(tree));
    ToolRun run = tool("tar", { "--force-local", "-xjf", dir + "/" + name + ".tbz", "-C", tree });
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    run = tool("git", { "clone", "--quiet", "--branch", env("SBS_GIT_BRANCH"), env("SBS_GIT_URL"), clone },
               gitEnv);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    run = tool("git", { "-C", clone, "rev-parse", "HEAD" });
    QCOMPARE(run.output.trimmed(), remoteCommit);
    for (const char* file : { "Dockerfile", "app.sh" }) {
        const QByteArray built = readAll(tree + "/git/" + file);
        QVERIFY2(!built.isEmpty(), file);
        QVERIFY2(built == readAll(clone + "/" + file), file);
    }
    run = tool("diff", { "-r", "-x", ".git", tree + "/git", clone });
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    if (QFile::exists(tree + "/git/.git")) {
        run = tool("git", { "-C", tree + "/git", "rev-parse", "HEAD" });
        QCOMPARE(run.output.trimmed(), remoteCommit);
    }
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

void TestSbsServerBuild::baseImageTrust()
{
    // The base image signed by one key (simple signing into the server's lookaside store), a
    // copy of it without signatures, and a second key that signed nothing.
    const QString gnupg = m_work.filePath("base-gnupg");
    const QString fingerprint = makeSigningKey(gnupg, "base@example.invalid");
    QVERIFY(!fingerprint.isEmpty());
    QVERIFY(!makeSigningKey(gnupg, "other@example.invalid").isEmpty());
    const QString registriesD = m_work.filePath("base-registries.d");
    QVERIFY(writeFile(registriesD + "/lookaside.yaml",
                      "default-docker:\n  lookaside-staging: file://" + m_work.filePath("signatures").toUtf8()
                          + "\n"));
    QProcessEnvironment gpgEnv = m_env;
    gpgEnv.insert("GNUPGHOME", gnupg);
    const QString base = env("SBS_REGISTRY") + "/base/busybox:latest";
    const QString unsignedBase = env("SBS_REGISTRY") + "/base/unsigned:latest";
    const QStringList copy { "--registries.d",
                             registriesD,
                             "--policy",
                             env("SBS_CONTAINERS_POLICY"),
                             "copy",
                             "--src-cert-dir",
                             env("SBS_CERT_DIR"),
                             "--dest-cert-dir",
                             env("SBS_CERT_DIR"),
                             "--src-authfile",
                             env("SBS_REGISTRY_AUTHFILE"),
                             "--dest-authfile",
                             env("SBS_REGISTRY_AUTHFILE") };
    ToolRun run = tool(
        "skopeo", copy + QStringList { "--sign-by", fingerprint, "docker://" + base, "docker://" + base },
        gpgEnv);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    run = tool("skopeo",
               copy + QStringList { "--remove-signatures", "docker://" + base, "docker://" + unsignedBase });
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));

    QJsonObject body = initBody(env("SBS_GIT_BRANCH"));
    body.insert("DOCKER_CONTENT_TRUST_BASE", "true");
    body.insert("ICR_BASE_REPO", base);
    body.insert("BASE_REPO_PUBLIC_KEY", QString::fromUtf8(readAll(gnupg + "/base@example.invalid.asc")));
    QJsonObject status = runBuild(body);
    QString log = call("GET", "/log/build").json.value("log").toString();
    QVERIFY2(status.value("status").toString() == QLatin1String("success"),
             qPrintable(status.value("status").toString() + "\n" + log));
    QVERIFY2(log.contains("is signed by BASE_REPO_PUBLIC_KEY"), qPrintable(log));
    const QString tag = status.value("image_tag").toString();

    // Refused before building: an unsigned base, a base signed by another key, and trust on
    // without a key. The last good build stays on record.
    const QString otherKey = QString::fromUtf8(readAll(gnupg + "/other@example.invalid.asc"));
    const QList<std::pair<QString, QString>> refused { { unsignedBase,
                                                         body.value("BASE_REPO_PUBLIC_KEY").toString() },
                                                       { base, otherKey },
                                                       { base, QString() } };
    for (const auto& [image, key] : refused) {
        body.insert("ICR_BASE_REPO", image);
        body.insert("BASE_REPO_PUBLIC_KEY", key);
        status = runBuild(body);
        log = call("GET", "/log/build").json.value("log").toString();
        const QString text = status.value("status").toString();
        QVERIFY2(text.startsWith("exiting due to a non-zero return value: "), qPrintable(text + "\n" + log));
        QCOMPARE(stepNames(status), QStringList({ "cleaned up", "github cloned", text }));
        QVERIFY2(!log.contains("$ buildah"), qPrintable(log));
        if (key.isEmpty()) {
            QVERIFY2(text.contains("BASE_REPO_PUBLIC_KEY is empty"), qPrintable(text));
        } else {
            QVERIFY2(text.contains("cmd: skopeo "), qPrintable(text));
            QVERIFY2(log.contains("refusing to build: the base image " + image), qPrintable(log));
        }
        QCOMPARE(status.value("image_tag").toString(), tag);
    }
}

QTEST_GUILESS_MAIN(TestSbsServerBuild)
#include "tst_sbsserver_build.moc"
