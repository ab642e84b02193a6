#include "BuildPipeline.h"

#include "BuildStatus.h"
#include "ManifestKey.h"
#include "OpenPgpHome.h"
#include "ProcessStep.h"
#include "config/SecretMask.h"
#include "manifest/ManifestWriter.h"
#include "pki/SecretBytes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <array>
#include <chrono>

namespace sbs::server {

namespace {

const QString defaultServer = QStringLiteral("docker.io");

QByteArray authFile(const QList<std::array<QString, 3>>& entries)
{
    QJsonObject auths;
    for (const auto& [server, user, password] : entries) {
        if (user.isEmpty())
            continue;
        auths.insert(
            server,
            QJsonObject { { "auth", QString::fromLatin1((user + ':' + password).toUtf8().toBase64()) } });
    }
    return QJsonDocument(QJsonObject { { "auths", auths } }).toJson();
}

} // namespace

BuildPipeline::BuildPipeline(BuildConfig config, const ServerOptions& options, const DataDir& dataDir,
                             OpenPgpHome* signer, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_maskDoc(m_config.document())
    , m_options(options)
    , m_dataDir(dataDir)
    , m_signer(signer)
{ }

BuildPipeline::~BuildPipeline()
{
    cancel();
}

QString BuildPipeline::imageTag(const QString& prefix, const QString& commit)
{
    const QString shortCommit = commit.left(7);
    return prefix.isEmpty() ? shortCommit : prefix + QLatin1Char('-') + shortCommit;
}

QString BuildPipeline::buildName(const QString& registry, const QString& repo, const QString& tag,
                                 qint64 microsecondsSinceEpoch)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(microsecondsSinceEpoch / 1000, Qt::UTC);
    const QString stamp = t.toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss")) + QLatin1Char('.')
        + QStringLiteral("%1").arg(microsecondsSinceEpoch % 1000000, 6, 10, QLatin1Char('0'));
    QString name = QStringList { registry, repo, tag, stamp }.join(QLatin1Char('.'));
    name.replace(QLatin1Char('/'), QLatin1Char('.'));
    return name;
}

QString BuildPipeline::mask(const QString& text) const
{
    return config::maskSecrets(text, m_maskDoc);
}

void BuildPipeline::logLine(const QString& text)
{
    QFile log(logPath());
    if (log.open(QIODevice::WriteOnly | QIODevice::Append))
        log.write(mask(text + QLatin1Char('\n')).toUtf8());
}

QString BuildPipeline::pushServer() const
{
    return m_config.string("DOCKER_PUSH_SERVER", defaultServer);
}

QString BuildPipeline::imageReference() const
{
    return pushServer() + QLatin1Char('/') + m_config.string("DOCKER_REPO") + QLatin1Char(':') + m_imageTag;
}

QProcessEnvironment BuildPipeline::toolEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("GIT_TERMINAL_PROMPT", "0");
    env.insert("GNUPGHOME", m_signer->gnupgHome());
    if (m_secretsDir && QFile::exists(m_secretsDir->filePath("github_key"))) {
        env.insert("GIT_SSH_COMMAND",
                   QStringLiteral("ssh -i '%1' -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
                                  "-o IdentitiesOnly=yes -o BatchMode=yes")
                       .arg(m_secretsDir->filePath("github_key")));
    }
    return env;
}

QStringList BuildPipeline::buildahGlobalArgs() const
{
    QStringList args;
    if (!m_options.storageDriver.isEmpty())
        args << "--storage-driver" << m_options.storageDriver;
    if (!m_options.containersRoot.isEmpty())
        args << "--root" << m_options.containersRoot;
    if (!m_options.containersRunRoot.isEmpty())
        args << "--runroot" << m_options.containersRunRoot;
    return args;
}

void BuildPipeline::run(const QStringList& command, const Next& next)
{
    auto* step = new ProcessStep(
        command.first(), command.mid(1), logPath(), [this](const QString& text) { return mask(text); }, this);
    step->setEnvironment(toolEnvironment());
    m_current = step;
    connect(step, &ProcessStep::finished, this, [this, step, next](int exitCode) {
        step->deleteLater();
        if (m_cancelled)
            return;
        if (exitCode != 0) {
            if (!m_failureHint.isEmpty())
                logLine(m_failureHint);
            fail(exitCode, step->maskedCommand());
            return;
        }
        next(step);
    });
    step->start();
}

void BuildPipeline::fail(int exitCode, const QString& maskedCommand)
{
    logLine(BuildStatus::failureText(exitCode, maskedCommand));
    m_secretsDir.reset();
    Q_EMIT buildFailed(exitCode, maskedCommand);
}

void BuildPipeline::emitStep(const char* status)
{
    m_steps.append(QJsonObject { { "status", QString::fromLatin1(status) },
                                 { "time", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } });
    Q_EMIT stepReached(QString::fromLatin1(status));
}

void BuildPipeline::start()
{
    m_started = QDateTime::currentDateTimeUtc();
    // Runs from the event loop, so the caller has connected its slots and answered first.
    QTimer::singleShot(0, this, &BuildPipeline::cleanWorkspace);
}

void BuildPipeline::cancel()
{
    m_cancelled = true;
    if (m_current)
        m_current->kill();
}

void BuildPipeline::cleanWorkspace()
{
    if (m_cancelled)
        return;
    QFile::remove(logPath());
    DataDir::writeFile(logPath(), QByteArray());
    logLine(tr("build started at %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
    QDir workspace(m_dataDir.workspaceDir());
    if (!workspace.removeRecursively() && workspace.exists()) {
        fail(1, tr("clean the workspace %1").arg(workspace.path()));
        return;
    }
    const Status made = DataDir::makePrivateDir(workspace.path());
    if (!made) {
        fail(1, made.error());
        return;
    }
    m_secretsDir = std::make_unique<QTemporaryDir>(workspace.filePath(QStringLiteral("secrets-XXXXXX")));
    if (!m_secretsDir->isValid()) {
        fail(1, tr("create a private temporary folder in %1").arg(workspace.path()));
        return;
    }
    QFile::setPermissions(m_secretsDir->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QByteArray key = m_config.string("GITHUB_KEY").toUtf8();
    if (!key.isEmpty()) {
        if (!key.endsWith('\n'))
            key.append('\n');
        const Status written = DataDir::writeFile(m_secretsDir->filePath("github_key"), key);
        pki::SecretBytes::wipe(key);
        if (!written) {
            fail(1, written.error());
            return;
        }
    }
    const QString user = m_config.string("DOCKER_USER");
    const QString password = m_config.string("DOCKER_PASSWORD");
    const QString baseServer = m_config.string("DOCKER_BASE_SERVER", defaultServer);
    QList<std::array<QString, 3>> pullAuth { { pushServer(), user, password } };
    pullAuth.append(
        { baseServer, m_config.string("DOCKER_BASE_USER"), m_config.string("DOCKER_BASE_PASSWORD") });
    DataDir::writeFile(m_secretsDir->filePath("pull-auth.json"), authFile(pullAuth));
    DataDir::writeFile(m_secretsDir->filePath("push-auth.json"),
                       authFile({ { pushServer(), user, password } }));
    m_cloneDir = workspace.filePath(QStringLiteral("git"));
    emitStep(BuildStatus::CleanedUp);
    clone();
}

void BuildPipeline::clone()
{
    QStringList command { "git", "clone" };
    const QString branch = m_config.string("GITHUB_BRANCH");
    if (!branch.isEmpty())
        command << "--branch" << branch;
    const QString recurse = m_config.string("GITHUB_RECURSE_SUBMODULES").toLower();
    if (recurse == QLatin1String("true") || recurse == QLatin1String("yes") || recurse == QLatin1String("1"))
        command << "--recurse-submodules";
    command << "--" << m_config.string("GITHUB_URL") << m_cloneDir;
    run(command, [this](ProcessStep*) {
        run({ "git", "-C", m_cloneDir, "rev-parse", "HEAD" }, [this](ProcessStep* revParse) {
            m_commit = QString::fromLatin1(revParse->standardOutput()).trimmed();
            m_imageTag = imageTag(m_config.string("IMAGE_TAG_PREFIX"), m_commit);
            emitStep(BuildStatus::GithubCloned);
            verifyBaseImage();
        });
    });
}

QString BuildPipeline::registriesDir() const
{
    if (!m_options.registriesD.isEmpty() || m_options.signatureStore.isEmpty())
        return m_options.registriesD;
    const QString registriesD = m_dataDir.filePath(QStringLiteral("registries.d"));
    DataDir::makePrivateDir(registriesD);
    DataDir::makePrivateDir(m_options.signatureStore);
    const QString url = QUrl::fromLocalFile(m_options.signatureStore).toString();
    DataDir::writeFile(
        registriesD + QStringLiteral("/sbs-server.yaml"),
        QStringLiteral("default-docker:\n  lookaside: %1\n  lookaside-staging: %1\n").arg(url).toUtf8());
    return registriesD;
}

void BuildPipeline::verifyBaseImage()
{
    const QString trust = m_config.string("DOCKER_CONTENT_TRUST_BASE").toLower();
    if (trust != QLatin1String("true") && trust != QLatin1String("yes") && trust != QLatin1String("1")) {
        buildImage();
        return;
    }
    // Fail closed: base trust on without a key or an image to check builds nothing.
    const QString publicKey = m_config.string("BASE_REPO_PUBLIC_KEY");
    QString base = m_config.string("ICR_BASE_REPO");
    for (const auto& [key, value] :
         { std::pair { "BASE_REPO_PUBLIC_KEY", publicKey }, std::pair { "ICR_BASE_REPO", base } }) {
        if (value.trimmed().isEmpty()) {
            logLine(QStringLiteral("base image trust is on (DOCKER_CONTENT_TRUST_BASE) but %1 is empty")
                        .arg(QLatin1String(key)));
            fail(1, QStringLiteral("verify the base image: %1 is empty").arg(QLatin1String(key)));
            return;
        }
    }
    if (base.startsWith(QLatin1String("docker://")))
        base = base.mid(9);

    // Only signatures by BASE_REPO_PUBLIC_KEY (Red Hat simple signing, found in the lookaside
    // store) let skopeo read the base image.
    const QString keyPath = m_secretsDir->filePath(QStringLiteral("base-repo-key.asc"));
    const QString policyPath = m_secretsDir->filePath(QStringLiteral("base-policy.json"));
    const QJsonObject signedBy { { "type", "signedBy" }, { "keyType", "GPGKeys" }, { "keyPath", keyPath } };
    const QJsonObject policy {
        { "default", QJsonArray { QJsonObject { { "type", "reject" } } } },
        { "transports",
          QJsonObject {
              { "docker", QJsonObject { { "", QJsonArray { signedBy } } } },
              { "dir",
                QJsonObject {
                    { "", QJsonArray { QJsonObject { { "type", "insecureAcceptAnything" } } } } } } } }
    };
    for (const Status& written : { DataDir::writeFile(keyPath, publicKey.toUtf8()),
                                   DataDir::writeFile(policyPath, QJsonDocument(policy).toJson()) }) {
        if (!written) {
            fail(1, written.error());
            return;
        }
    }
    const QString copyDir = QDir(m_dataDir.workspaceDir()).filePath(QStringLiteral("base-image"));
    QDir(copyDir).removeRecursively();
    logLine(QStringLiteral("verifying the signature of the base image %1 against BASE_REPO_PUBLIC_KEY")
                .arg(base));
    QStringList command { "skopeo" };
    const QString registriesD = registriesDir();
    if (!registriesD.isEmpty())
        command << "--registries.d" << registriesD;
    command << "--policy" << policyPath << "copy";
    if (!m_options.registryCertDir.isEmpty())
        command << "--src-cert-dir" << m_options.registryCertDir;
    command << "--src-authfile" << m_secretsDir->filePath("pull-auth.json")
            << QStringLiteral("docker://") + base << QStringLiteral("dir:") + copyDir;
    m_failureHint = QStringLiteral("refusing to build: the base image %1 is not signed by "
                                   "BASE_REPO_PUBLIC_KEY, or its signature could not be read")
                        .arg(base);
    run(command, [this, base, copyDir](ProcessStep*) {
        m_failureHint.clear();
        QDir(copyDir).removeRecursively();
        logLine(QStringLiteral("the base image %1 is signed by BASE_REPO_PUBLIC_KEY").arg(base));
        buildImage();
    });
}

void BuildPipeline::buildImage()
{
    const QString context
        = QDir::cleanPath(m_cloneDir + QLatin1Char('/') + m_config.string("DOCKER_BUILD_PATH", "."));
    const QString dockerfile
        = QDir::cleanPath(m_cloneDir + QLatin1Char('/') + m_config.string("DOCKERFILE_PATH", "Dockerfile"));
    // Paths were checked at init; a symbolic link in the clone must not lead out of it either.
    const QString root = QFileInfo(m_cloneDir).canonicalFilePath() + QLatin1Char('/');
    for (const QString& path : { context, dockerfile }) {
        const QString real = QFileInfo(path).canonicalFilePath();
        if (real.isEmpty() || !(real + QLatin1Char('/')).startsWith(root)) {
            fail(1,
                 tr("%1 does not exist inside the repository").arg(QDir(m_cloneDir).relativeFilePath(path)));
            return;
        }
    }
    QStringList command { "buildah" };
    command << buildahGlobalArgs() << "bud";
    if (!m_options.isolation.isEmpty())
        command << "--isolation" << m_options.isolation;
    if (!m_options.registryCertDir.isEmpty())
        command << "--cert-dir" << m_options.registryCertDir;
    command << "--authfile" << m_secretsDir->filePath("pull-auth.json");
    for (const auto& [name, value] : m_config.buildArgs())
        command << "--build-arg" << name + QLatin1Char('=') + value;
    command << "-f" << dockerfile << "-t" << imageReference() << context;
    run(command, [this](ProcessStep*) {
        emitStep(BuildStatus::ImageBuilt);
        pushImage();
    });
}

void BuildPipeline::pushImage()
{
    QStringList command { "buildah" };
    command << buildahGlobalArgs() << "push";
    if (!m_options.registryCertDir.isEmpty())
        command << "--cert-dir" << m_options.registryCertDir;
    const QString digestFile = m_secretsDir->filePath("image-digest");
    command << "--authfile" << m_secretsDir->filePath("push-auth.json") << "--digestfile" << digestFile
            << imageReference() << QStringLiteral("docker://") + imageReference();
    run(command, [this, digestFile](ProcessStep*) {
        QFile digest(digestFile);
        if (digest.open(QIODevice::ReadOnly)) {
            const QString value = QString::fromLatin1(digest.readAll()).trimmed();
            if (value.startsWith(QLatin1String("sha256:")))
                m_imageDigest = pushServer() + QLatin1Char('/') + m_config.string("DOCKER_REPO")
                    + QLatin1Char('@') + value;
        }
        auto fpr = m_signer->fingerprint();
        if (!fpr) {
            fail(1, fpr.error());
            return;
        }
        if (fpr->isEmpty()) {
            logLine(tr("creating the image signing key"));
            run(m_signer->generateCommand(), [this](ProcessStep*) { signImage(); });
            return;
        }
        signImage();
    });
}

void BuildPipeline::signImage()
{
    auto fpr = m_signer->fingerprint();
    if (!fpr || fpr->isEmpty()) {
        fail(1, fpr ? tr("gpg made no signing key") : fpr.error());
        return;
    }
    QString policy = m_options.signaturePolicy;
    if (policy.isEmpty()) {
        policy = m_dataDir.filePath(QStringLiteral("policy.json"));
        DataDir::writeFile(policy,
                           R"({"default": [{"type": "insecureAcceptAnything"}]})"
                           "\n");
    }
    const QString registriesD = registriesDir();
    QStringList command { "skopeo" };
    if (!registriesD.isEmpty())
        command << "--registries.d" << registriesD;
    command << "--policy" << policy << "copy"
            << "--sign-by" << fpr.value();
    if (!m_options.registryCertDir.isEmpty())
        command << "--src-cert-dir" << m_options.registryCertDir << "--dest-cert-dir"
                << m_options.registryCertDir;
    const QString auth = m_secretsDir->filePath("push-auth.json");
    const QString ref = QStringLiteral("docker://") + imageReference();
    command << "--src-authfile" << auth << "--dest-authfile" << auth << ref << ref;
    run(command, [this](ProcessStep*) {
        emitStep(BuildStatus::ImagePushed);
        record();
    });
}

void BuildPipeline::record()
{
    m_secretsDir.reset();
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const QString name = buildName(pushServer(), m_config.string("DOCKER_REPO"), m_imageTag,
                                   std::chrono::duration_cast<std::chrono::microseconds>(now).count());
    logLine(tr("built %1 from commit %2 as %3").arg(imageReference(), m_commit, name));

    // The build record that goes into the manifest: no secret in it.
    QJsonArray steps = m_steps;
    steps.append(QJsonObject { { "status", QString::fromLatin1(BuildStatus::Success) },
                               { "time", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } });
    const QJsonObject record { { "build_name", name },
                               { "image_tag", m_imageTag },
                               { "image", imageReference() },
                               { "image_digest", m_imageDigest },
                               { "git_commit", m_commit },
                               { "github_url", mask(m_config.string("GITHUB_URL")) },
                               { "github_branch", m_config.string("GITHUB_BRANCH") },
                               { "dockerfile_path", m_config.string("DOCKERFILE_PATH", "Dockerfile") },
                               { "docker_build_path", m_config.string("DOCKER_BUILD_PATH", ".") },
                               { "build_image_tag", m_config.string("BUILD_IMAGE_TAG") },
                               { "build_started", m_started.toString(Qt::ISODateWithMs) },
                               { "status", QString::fromLatin1(BuildStatus::Success) },
                               { "steps", steps } };
    const QByteArray recordJson = QJsonDocument(record).toJson();
    const QString buildDir = m_dataDir.buildsDir() + QLatin1Char('/') + name;
    const QString keyPath = m_dataDir.manifestKeyPath();
    const QString logFile = logPath();
    const QString cloneDir = m_cloneDir;
    const QString imageTagCopy = m_imageTag;
    const QString imageDigestCopy = m_imageDigest;

    // Compressing the source tree and (the first time) making an RSA key take a while: a worker
    // does it, the server keeps answering.
    auto* watcher = new QFutureWatcher<Result<BuildResult>>(this);
    connect(watcher, &QFutureWatcher<Result<BuildResult>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (m_cancelled)
            return;
        const Result<BuildResult> result = watcher->result();
        if (!result) {
            fail(1, tr("write the manifest: %1").arg(result.error()));
            return;
        }
        logLine(tr("manifest written: %1").arg(manifest::ManifestWriter::manifestName(result->buildName)));
        Q_EMIT buildSucceeded(result.value());
    });
    watcher->setFuture(QtConcurrent::run([=]() -> Result<BuildResult> {
        using R = Result<BuildResult>;
        auto key = ManifestKey::loadOrCreate(keyPath);
        if (!key)
            return R::fail(key.error());
        const Status made = DataDir::makePrivateDir(buildDir);
        if (!made)
            return R::fail(made.error());
        const Status saved = DataDir::writeFile(buildDir + QStringLiteral("/build.json"), recordJson);
        if (!saved)
            return R::fail(saved.error());
        QFile log(logFile);
        if (!log.open(QIODevice::ReadOnly))
            return R::fail(tr("cannot read %1").arg(logFile));
        auto written = manifest::ManifestWriter::write(buildDir, manifest::ManifestWriter::manifestName(name),
                                                       recordJson, log.readAll(), cloneDir, key->key);
        if (!written)
            return R::fail(written.error());
        return R::ok(BuildResult { name, imageTagCopy, QString::fromLatin1(key->publicKeyPem),
                                   key->created.toString(Qt::ISODateWithMs), imageDigestCopy });
    }));
}

} // namespace sbs::server
