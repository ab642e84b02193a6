#include "config/ConfigRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <array>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace sbs::config {

namespace {

constexpr int SecretBytes = 128;

// Key files embedded in the request are small; anything larger is the wrong file.
constexpr qint64 MaxEmbeddedFileSize = 1024 * 1024;

const char* const CosPrefixes[] = { "MANIFEST_", "STATE_" };
const char* const CosSuffixes[]
    = { "COS_API_KEY_ID", "COS_RESOURCE_CRN", "COS_ENDPOINT", "COS_AUTH_ENDPOINT" };

// Keys that must be present and non-empty in every init/update body.
const char* const RequiredKeys[] = {
    "RUNTIME_TYPE", "DOCKER_REPO", "DOCKER_USER", "DOCKER_PASSWORD", "GITHUB_URL", "SECRET",
};

// Keys PROTOCOL.md §3 passes through when the configuration has them. NEW_SECRET is not among
// them: it comes only from the caller, so a stale NEW_SECRET in a file never rotates the secret.
const char* const OptionalKeys[] = {
    "GITHUB_BRANCH",
    "GITHUB_RECURSE_SUBMODULES",
    "IMAGE_TAG_PREFIX",
    "DOCKER_BASE_USER",
    "DOCKER_BASE_PASSWORD",
    "DOCKER_RO_USER",
    "DOCKER_RO_PASSWORD",
    "DOCKER_BASE_SERVER",
    "DOCKER_PUSH_SERVER",
    "DOCKER_CONTENT_TRUST_BASE",
    "DOCKER_CONTENT_TRUST_BASE_SERVER",
    "DOCKER_CONTENT_TRUST_PUSH_SERVER",
    "ICR_BASE_REPO",
    "ICR_BASE_REPO_PUBLIC_KEY",
    "DOCKERFILE_PATH",
    "DOCKER_BUILD_PATH",
    "BUILD_SCRIPT",
    "BUILD_DIR",
    "ARG",
    "ENV_WHITELIST",
    "ISV_SECRET",
    "SECRETS",
    "EXIT_NONZERO",
    "MANIFEST_BUCKET_NAME",
    "STATE_BUCKET_NAME",
};

const QStringList& runtimeTypes()
{
    static const QStringList types { QStringLiteral("vpc"), QStringLiteral("on-prem"),
                                     QStringLiteral("classic") };
    return types;
}

bool isEmptyValue(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty());
}

Result<QString> readKeyFile(const QString& value, const QString& key, const QString& baseDir)
{
    const QString path = resolvePath(value, baseDir);
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        return Result<QString>::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigRules",
                "The file %1 named by %2 does not exist; correct %2 or create the file.")
                .arg(name, key));
    }
    if (!info.isFile()) {
        return Result<QString>::fail(
            QCoreApplication::translate("sbs::config::ConfigRules",
                                        "The path %1 named by %2 is not a regular file; correct %2.")
                .arg(name, key));
    }
    if (info.size() > MaxEmbeddedFileSize) {
        return Result<QString>::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigRules",
                "The file %1 named by %2 is larger than %3 bytes, too large for a key; correct %2.")
                .arg(name, key, QString::number(MaxEmbeddedFileSize)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QString>::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigRules",
                "Cannot read the file %1 named by %2: %3. Check that you may read it.")
                .arg(name, key, file.errorString()));
    }
    QByteArray bytes = file.read(MaxEmbeddedFileSize + 1);
    const bool failed = file.error() != QFileDevice::NoError;
    const QString errorText = file.errorString();
    QString text = QString::fromUtf8(bytes);
    OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    if (failed) {
        return Result<QString>::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigRules",
                "Cannot read the file %1 named by %2: %3. Check that you may read it.")
                .arg(name, key, errorText));
    }
    return Result<QString>::ok(text);
}

} // namespace

QString generateSecret()
{
    std::array<unsigned char, SecretBytes> raw {};
    if (RAND_bytes(raw.data(), static_cast<int>(raw.size())) != 1) {
        OPENSSL_cleanse(raw.data(), raw.size());
        return QString();
    }
    QByteArray encoded
        = QByteArray(reinterpret_cast<const char*>(raw.data()), static_cast<qsizetype>(raw.size()))
              .toBase64();
    OPENSSL_cleanse(raw.data(), raw.size());
    const QString secret = QString::fromLatin1(encoded);
    OPENSSL_cleanse(encoded.data(), static_cast<size_t>(encoded.size()));
    return secret;
}

QStringList fillDefaults(ConfigDocument& doc)
{
    // A key that is missing or holds an empty value is filled; the reference adds only missing
    // keys, but an empty RUNTIME_TYPE, UUID or SECRET is never usable.
    QStringList added;
    if (isEmptyValue(doc.value(QStringLiteral("RUNTIME_TYPE")))) {
        doc.setString(QStringLiteral("RUNTIME_TYPE"), QStringLiteral("vpc"));
        added.append(QStringLiteral("RUNTIME_TYPE"));
    }
    if (isEmptyValue(doc.value(QStringLiteral("UUID")))) {
        doc.setString(QStringLiteral("UUID"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        added.append(QStringLiteral("UUID"));
    }
    if (isEmptyValue(doc.value(QStringLiteral("SECRET")))) {
        const QString secret = generateSecret();
        if (!secret.isEmpty()) {
            doc.setString(QStringLiteral("SECRET"), secret);
            added.append(QStringLiteral("SECRET"));
        }
    }
    return added;
}

QString resolvedCosValue(const ConfigDocument& doc, const QString& prefixedKey)
{
    const QString own = doc.string(prefixedKey);
    if (!own.isEmpty())
        return own;
    const QString upper = prefixedKey.toUpper();
    const qsizetype at = upper.indexOf(QLatin1String("COS_"));
    if (at <= 0)
        return own;
    return doc.string(upper.mid(at));
}

QJsonObject resolvedCosKeys(const ConfigDocument& doc)
{
    QJsonObject result;
    for (const char* prefix : CosPrefixes) {
        for (const char* suffix : CosSuffixes) {
            const QString key = QLatin1String(prefix) + QLatin1String(suffix);
            const QString resolved = resolvedCosValue(doc, key);
            if (!resolved.isEmpty())
                result.insert(key, resolved);
            else if (doc.contains(key))
                result.insert(key, doc.value(key));
        }
    }
    return result;
}

Result<QJsonObject> initRequestBody(const ConfigDocument& doc, const EmbeddedFiles& files,
                                    const std::optional<QString>& newSecret)
{
    QJsonObject body;
    body.insert(QStringLiteral("GITHUB_KEY"), files.githubKey);
    body.insert(QStringLiteral("BASE_REPO_PUBLIC_KEY"), files.baseRepoPublicKey);

    for (const char* name : RequiredKeys) {
        const QString key = QLatin1String(name);
        const QJsonValue value = doc.value(key);
        if (value.isUndefined()) {
            return Result<QJsonObject>::fail(
                QCoreApplication::translate("sbs::config::ConfigRules",
                                            "The configuration has no %1; add it before init or update.")
                    .arg(key));
        }
        if (isEmptyValue(value)) {
            return Result<QJsonObject>::fail(
                QCoreApplication::translate(
                    "sbs::config::ConfigRules",
                    "%1 is empty in the configuration; give it a value before init or update.")
                    .arg(key));
        }
        body.insert(key, value);
    }

    const QJsonValue imageTag = doc.value(QStringLiteral("IMAGE_TAG"));
    if (imageTag.isUndefined()) {
        return Result<QJsonObject>::fail(QCoreApplication::translate(
            "sbs::config::ConfigRules",
            "The configuration has no IMAGE_TAG; add it (an empty value is allowed) before init or update."));
    }
    body.insert(QStringLiteral("BUILD_IMAGE_TAG"), imageTag);

    const QString runtimeType = doc.string(QStringLiteral("RUNTIME_TYPE"));
    if (!runtimeTypes().contains(runtimeType)) {
        return Result<QJsonObject>::fail(
            QCoreApplication::translate("sbs::config::ConfigRules",
                                        "RUNTIME_TYPE is \"%1\"; set it to vpc, on-prem or classic.")
                .arg(runtimeType));
    }
    const QJsonValue repoId = doc.value(QStringLiteral("REPO_ID"));
    if (runtimeType == QLatin1String("classic")) {
        if (isEmptyValue(repoId)) {
            return Result<QJsonObject>::fail(QCoreApplication::translate(
                "sbs::config::ConfigRules",
                "REPO_ID is required when RUNTIME_TYPE is classic; add it to the configuration."));
        }
        body.insert(QStringLiteral("REPO_ID"), repoId);
    } else if (!repoId.isUndefined()) {
        return Result<QJsonObject>::fail(
            QCoreApplication::translate("sbs::config::ConfigRules",
                                        "REPO_ID is only allowed when RUNTIME_TYPE is classic, not %1; "
                                        "remove REPO_ID from the configuration.")
                .arg(runtimeType));
    }

    for (const char* name : OptionalKeys) {
        const QString key = QLatin1String(name);
        const QJsonValue value = doc.value(key);
        if (!value.isUndefined())
            body.insert(key, value);
    }

    const QJsonObject cos = resolvedCosKeys(doc);
    for (auto it = cos.constBegin(); it != cos.constEnd(); ++it)
        body.insert(it.key(), it.value());

    if (newSecret) {
        if (newSecret->isEmpty())
            return Result<QJsonObject>::fail(QCoreApplication::translate(
                "sbs::config::ConfigRules", "The new secret is empty; generate a new secret and try again."));
        body.insert(QStringLiteral("NEW_SECRET"), *newSecret);
    }
    return Result<QJsonObject>::ok(body);
}

EmbeddedRead readEmbeddedFilesInWorker(const ConfigDocument& doc, const QString& baseDir)
{
    auto read = readEmbeddedFiles(doc, baseDir);
    if (!read)
        return { false, {}, read.error() };
    return { true, read.take(), {} };
}

Result<EmbeddedFiles> readEmbeddedFiles(const ConfigDocument& doc, const QString& baseDir)
{
    EmbeddedFiles files;
    const QString githubKeyFile = doc.string(QStringLiteral("GITHUB_KEY_FILE"));
    if (!githubKeyFile.isEmpty()) {
        auto text = readKeyFile(githubKeyFile, QStringLiteral("GITHUB_KEY_FILE"), baseDir);
        if (!text)
            return Result<EmbeddedFiles>::fail(text.error());
        files.githubKey = text.take();
    }
    const QString publicKeyFile = doc.string(QStringLiteral("ICR_BASE_REPO_PUBLIC_KEY"));
    if (!publicKeyFile.isEmpty()) {
        auto text = readKeyFile(publicKeyFile, QStringLiteral("ICR_BASE_REPO_PUBLIC_KEY"), baseDir);
        if (!text)
            return Result<EmbeddedFiles>::fail(text.error());
        files.baseRepoPublicKey = text.take();
    }
    return Result<EmbeddedFiles>::ok(files);
}

QString resolvePath(const QString& value, const QString& baseDir)
{
    if (value.isEmpty())
        return QString();
    QString path = value;
    if (path == QLatin1String("~"))
        path = QDir::homePath();
    else if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    if (QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
}

} // namespace sbs::config
