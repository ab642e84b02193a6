#include "BuildConfig.h"

#include "config/SecretMask.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace sbs::server {

namespace {

const QStringList requiredKeys = { "RUNTIME_TYPE", "DOCKER_REPO", "DOCKER_USER",    "DOCKER_PASSWORD",
                                   "GITHUB_URL",   "SECRET",      "BUILD_IMAGE_TAG" };
const QStringList runtimeTypes = { "vpc", "on-prem", "classic" };

// A relative path that stays inside the clone: no absolute path, no "..".
bool staysInside(const QString& path)
{
    if (path.isEmpty())
        return true;
    if (QDir::isAbsolutePath(path))
        return false;
    const QString clean = QDir::cleanPath(path);
    return clean != QLatin1String("..") && !clean.startsWith(QLatin1String("../"));
}

} // namespace

BuildConfig::BuildConfig(QJsonObject values)
    : m_values(std::move(values))
{ }

Result<BuildConfig> BuildConfig::fromRequest(const QJsonObject& body)
{
    using R = Result<BuildConfig>;
    QJsonObject values;
    QStringList repeated;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key().toUpper();
        if (values.contains(key))
            repeated << key;
        values.insert(key, it.value());
    }
    if (!repeated.isEmpty())
        return R::fail(
            tr("invalid configuration: keys given twice in different case: %1").arg(repeated.join(", ")));

    QStringList missing;
    for (const QString& key : requiredKeys) {
        const QJsonValue v = values.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            missing << key;
    }
    if (!missing.isEmpty())
        return R::fail(tr("invalid configuration: missing %1").arg(missing.join(", ")));

    const QString runtime = values.value("RUNTIME_TYPE").toString();
    if (!runtimeTypes.contains(runtime))
        return R::fail(tr("invalid configuration: RUNTIME_TYPE \"%1\" is not one of %2")
                           .arg(runtime.left(40), runtimeTypes.join(", ")));
    const bool hasRepoId = !values.value("REPO_ID").toString().isEmpty();
    if (runtime == QLatin1String("classic") && !hasRepoId)
        return R::fail(tr("invalid configuration: missing REPO_ID (required for RUNTIME_TYPE classic)"));
    if (runtime != QLatin1String("classic") && values.contains("REPO_ID"))
        return R::fail(tr("invalid configuration: REPO_ID is only allowed for RUNTIME_TYPE classic"));

    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("ARG")) {
            if (!v.isObject())
                return R::fail(tr("invalid configuration: ARG must be an object of strings"));
            const QJsonObject args = v.toObject();
            for (auto a = args.begin(); a != args.end(); ++a) {
                if (!a.value().isString() && !a.value().isDouble() && !a.value().isBool())
                    return R::fail(tr("invalid configuration: ARG %1 must be a string").arg(a.key()));
            }
        } else if (key == QLatin1String("ENV_WHITELIST")) {
            if (!v.isArray())
                return R::fail(tr("invalid configuration: ENV_WHITELIST must be an array of strings"));
            for (const QJsonValue& e : v.toArray()) {
                if (!e.isString())
                    return R::fail(tr("invalid configuration: ENV_WHITELIST must be an array of strings"));
            }
        } else if (v.isObject() || v.isArray()) {
            return R::fail(tr("invalid configuration: %1 must be a string").arg(key));
        }
    }
    for (const char* key : { "DOCKERFILE_PATH", "DOCKER_BUILD_PATH" }) {
        if (!staysInside(values.value(key).toString()))
            return R::fail(
                tr("invalid configuration: %1 must be a relative path inside the repository").arg(key));
    }
    const QString repo = values.value("DOCKER_REPO").toString();
    if (repo.contains(QLatin1Char(':')) || repo.contains(QLatin1Char(' '))
        || repo.startsWith(QLatin1Char('/')))
        return R::fail(
            tr("invalid configuration: DOCKER_REPO \"%1\" must be namespace/repository without a tag")
                .arg(repo.left(80)));
    return R::ok(BuildConfig(values));
}

Result<BuildConfig> BuildConfig::fromStored(const QJsonObject& stored)
{
    if (stored.isEmpty())
        return Result<BuildConfig>::ok(BuildConfig());
    return fromRequest(stored);
}

QString BuildConfig::string(const QString& key, const QString& def) const
{
    const QJsonValue v = m_values.value(key);
    if (v.isString())
        return v.toString().isEmpty() ? def : v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    return def;
}

void BuildConfig::setString(const QString& key, const QString& value)
{
    m_values.insert(key, value);
}

QList<QPair<QString, QString>> BuildConfig::buildArgs() const
{
    QList<QPair<QString, QString>> args;
    const QJsonObject obj = m_values.value("ARG").toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QJsonValue v = it.value();
        QString text = v.isString() ? v.toString()
            : v.isBool()            ? (v.toBool() ? "True" : "False")
                                    : QString::number(v.toDouble());
        args.append({ it.key(), text });
    }
    return args;
}

config::ConfigDocument BuildConfig::document() const
{
    auto doc = config::ConfigDocument::parse(QJsonDocument(m_values).toJson(QJsonDocument::Compact),
                                             QStringLiteral("config"));
    return doc ? doc.take() : config::ConfigDocument();
}

QString BuildConfig::mask(const QString& text) const
{
    return config::maskSecrets(text, document());
}

} // namespace sbs::server
