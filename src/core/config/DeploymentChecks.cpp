#include "config/DeploymentChecks.h"

#include "config/ConfigRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>
#include <utility>

namespace sbs::config {

namespace {
const char* const CosSuffixes[]
    = { "COS_API_KEY_ID", "COS_RESOURCE_CRN", "COS_ENDPOINT", "COS_AUTH_ENDPOINT" };
}

void DeploymentChecks::run(ValidationContext& c)
{
    checkServer(c);
    checkSource(c);
    checkRegistry(c);
    checkBaseImage(c);
    checkBuild(c);
    checkStorage(c);
}

void DeploymentChecks::checkServer(ValidationContext& c)
{
    // Dot-separated labels of letters, digits and inner dashes (IPv4 addresses pass too).
    static const QRegularExpression hostName(
        QStringLiteral("^%1(\\.%1)*$").arg(QLatin1String("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")));
    const QJsonValue host = c.value("HOSTNAME");
    if (host.isString() && !host.toString().isEmpty() && !hostName.match(host.toString()).hasMatch()) {
        c.error(QStringLiteral("HOSTNAME"),
                QCoreApplication::translate(
                    "sbs::config::ConfigValidator",
                    "HOSTNAME must be a plain host name such as sbs.example.com, without scheme, port, path "
                    "or spaces; correct it."));
    }
    const QJsonValue uuid = c.value("UUID");
    if (uuid.isString() && !uuid.toString().isEmpty()) {
        const QString s = uuid.toString();
        if (QUuid::fromString(s).isNull() || s.size() != 36) {
            c.warning(QStringLiteral("UUID"),
                      QCoreApplication::translate(
                          "sbs::config::ConfigValidator",
                          "UUID is not in the form of a UUID; restore its original value, or remove it so "
                          "that a new one is generated (certificate file names depend on it)."));
        }
    }
}

void DeploymentChecks::checkSource(ValidationContext& c)
{
    static const QRegularExpression scpLike(QStringLiteral("^[^/:@\\s]+@[^/:\\s]+:\\S+$"));
    static const QRegularExpression urlLike(QStringLiteral("^(ssh|https?|git|file)://\\S+$"));
    const QJsonValue url = c.value("GITHUB_URL");
    if (!url.isString() || url.toString().isEmpty())
        return;
    const QString s = url.toString().trimmed();
    const bool scp = scpLike.match(s).hasMatch();
    if (!scp && !urlLike.match(s).hasMatch()) {
        c.warning(QStringLiteral("GITHUB_URL"),
                  QCoreApplication::translate(
                      "sbs::config::ConfigValidator",
                      "GITHUB_URL does not look like a git URL such as git@github.com:org/app.git or "
                      "https://github.com/org/app.git; check it."));
        return;
    }
    if ((scp || s.startsWith(QLatin1String("ssh://"))) && !c.isSet("GITHUB_KEY_FILE")) {
        c.warning(
            QStringLiteral("GITHUB_KEY_FILE"),
            QCoreApplication::translate(
                "sbs::config::ConfigValidator",
                "GITHUB_URL uses SSH but GITHUB_KEY_FILE is not set; name the private key file that may read "
                "the repository."));
    }
}

void DeploymentChecks::checkRegistry(ValidationContext& c)
{
    static const QRegularExpression tagPrefix(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,119}$"));
    const QJsonValue prefix = c.value("IMAGE_TAG_PREFIX");
    if (prefix.isString() && !prefix.toString().isEmpty() && !tagPrefix.match(prefix.toString()).hasMatch()) {
        c.error(QStringLiteral("IMAGE_TAG_PREFIX"),
                QCoreApplication::translate(
                    "sbs::config::ConfigValidator",
                    "IMAGE_TAG_PREFIX may hold only letters, digits, '_', '.' and '-', must not start with "
                    "'.' or '-', and may be at most 120 characters long; correct it."));
    }

    if (!ValidationContext::isIbmRegistry(c.text("DOCKER_PUSH_SERVER")))
        return;
    const QString host = ValidationContext::hostOf(c.text("DOCKER_PUSH_SERVER"));
    const QString apiKeyUser = QStringLiteral("iamapikey");
    if (c.value("DOCKER_USER").isString() && c.text("DOCKER_USER") != apiKeyUser) {
        c.warning(QStringLiteral("DOCKER_USER"),
                  QCoreApplication::translate(
                      "sbs::config::ConfigValidator",
                      "DOCKER_USER should be iamapikey when pushing to IBM Cloud Container Registry (%1); "
                      "set it to iamapikey and put an API key in DOCKER_PASSWORD.")
                      .arg(host));
    }
    if (c.isSet("DOCKER_RO_USER") && c.text("DOCKER_RO_USER") != apiKeyUser) {
        c.warning(QStringLiteral("DOCKER_RO_USER"),
                  QCoreApplication::translate(
                      "sbs::config::ConfigValidator",
                      "DOCKER_RO_USER should be iamapikey when pushing to IBM Cloud Container Registry (%1); "
                      "set it to iamapikey and put an API key in DOCKER_RO_PASSWORD.")
                      .arg(host));
    }
    if (!c.isSet("DOCKER_CONTENT_TRUST_PUSH_SERVER")) {
        c.warning(QStringLiteral("DOCKER_CONTENT_TRUST_PUSH_SERVER"),
                  QCoreApplication::translate(
                      "sbs::config::ConfigValidator",
                      "DOCKER_CONTENT_TRUST_PUSH_SERVER is expected when pushing to IBM Cloud Container "
                      "Registry; set it to https://%1.")
                      .arg(host));
    }
    if (!c.isSet("DOCKER_BASE_SERVER")) {
        c.warning(QStringLiteral("DOCKER_BASE_SERVER"),
                  QCoreApplication::translate(
                      "sbs::config::ConfigValidator",
                      "DOCKER_BASE_SERVER is expected when pushing to IBM Cloud Container Registry; set it "
                      "to the registry host of the base image, such as %1.")
                      .arg(host));
    }
}

void DeploymentChecks::checkBaseImage(ValidationContext& c)
{
    const bool trustBase = c.isTrue("DOCKER_CONTENT_TRUST_BASE");
    if (trustBase) {
        for (const char* key : { "DOCKER_BASE_USER", "DOCKER_BASE_PASSWORD" }) {
            if (!c.isSet(key)) {
                c.warning(
                    QLatin1String(key),
                    QCoreApplication::translate(
                        "sbs::config::ConfigValidator",
                        "%1 is expected when DOCKER_CONTENT_TRUST_BASE is True; set the credentials that may "
                        "pull the base image.")
                        .arg(QLatin1String(key)));
            }
        }
    }
    const bool icrBase = ValidationContext::isIbmRegistry(c.text("DOCKER_BASE_SERVER"))
        || ValidationContext::isIbmRegistry(c.text("DOCKER_CONTENT_TRUST_BASE_SERVER"));
    if (trustBase && icrBase) {
        if (!c.isSet("ICR_BASE_REPO")) {
            c.warning(QStringLiteral("ICR_BASE_REPO"),
                      QCoreApplication::translate(
                          "sbs::config::ConfigValidator",
                          "ICR_BASE_REPO is expected for a signed base image on IBM Cloud Container "
                          "Registry; set it to that image, such as us.icr.io/namespace/base:1.0."));
        }
        if (!c.isSet("ICR_BASE_REPO_PUBLIC_KEY")) {
            c.warning(
                QStringLiteral("ICR_BASE_REPO_PUBLIC_KEY"),
                QCoreApplication::translate(
                    "sbs::config::ConfigValidator",
                    "ICR_BASE_REPO_PUBLIC_KEY is expected for a signed base image on IBM Cloud Container "
                    "Registry; name the public key file that signed it."));
        }
    } else if (c.isSet("ICR_BASE_REPO") && !c.isSet("ICR_BASE_REPO_PUBLIC_KEY")) {
        c.warning(
            QStringLiteral("ICR_BASE_REPO_PUBLIC_KEY"),
            QCoreApplication::translate(
                "sbs::config::ConfigValidator",
                "ICR_BASE_REPO is set but ICR_BASE_REPO_PUBLIC_KEY is not; name the public key file that "
                "signed the base image."));
    }
    if (c.value("ICR_BASE_REPO").isString() && c.isSet("ICR_BASE_REPO")
        && !ValidationContext::isIbmRegistry(c.text("ICR_BASE_REPO"))) {
        c.warning(QStringLiteral("ICR_BASE_REPO"),
                  QCoreApplication::translate(
                      "sbs::config::ConfigValidator",
                      "ICR_BASE_REPO should name an image on IBM Cloud Container Registry, such as "
                      "us.icr.io/namespace/base:1.0; correct it."));
    }
}

void DeploymentChecks::checkBuild(ValidationContext& c)
{
    for (const char* key : { "DOCKERFILE_PATH", "DOCKER_BUILD_PATH", "BUILD_DIR" }) {
        const QJsonValue v = c.value(key);
        if (!v.isString() || v.toString().isEmpty())
            continue;
        const QString path = v.toString();
        const bool escapes = path.split(QLatin1Char('/')).contains(QLatin1String(".."));
        if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('~')) || escapes) {
            c.error(QLatin1String(key),
                    QCoreApplication::translate(
                        "sbs::config::ConfigValidator",
                        "%1 must be a path inside the repository, relative to its top and without \"..\"; "
                        "correct it.")
                        .arg(QLatin1String(key)));
        }
    }

    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const QJsonValue whitelist = c.value("ENV_WHITELIST");
    for (const QJsonValue& entry : whitelist.toArray()) {
        if (!entry.isString() || ValidationContext::isPlaceholder(entry.toString()))
            continue;
        if (!envName.match(entry.toString()).hasMatch()) {
            c.warning(
                QStringLiteral("ENV_WHITELIST"),
                QCoreApplication::translate(
                    "sbs::config::ConfigValidator",
                    "ENV_WHITELIST: \"%1\" is not a valid environment variable name; use letters, digits and "
                    "'_', not starting with a digit.")
                    .arg(entry.toString()));
        }
    }
}

void DeploymentChecks::checkStorage(ValidationContext& c)
{
    for (const char* prefix : { "MANIFEST_", "STATE_" }) {
        const QString bucket = QLatin1String(prefix) + QLatin1String("BUCKET_NAME");
        if (ValidationContext::isEmptyValue(c.doc().value(bucket)))
            continue;
        QStringList missing;
        for (const char* suffix : CosSuffixes) {
            const QString key = QLatin1String(prefix) + QLatin1String(suffix);
            if (resolvedCosValue(c.doc(), key).isEmpty())
                missing.append(key);
        }
        const QString apiKey = QLatin1String(prefix) + QLatin1String("COS_API_KEY_ID");
        const QString crn = QLatin1String(prefix) + QLatin1String("COS_RESOURCE_CRN");
        if (missing.contains(apiKey) && missing.contains(crn)) {
            c.warning(bucket,
                      QCoreApplication::translate(
                          "sbs::config::ConfigValidator",
                          "%1 is set but there are no object storage credentials; add COS_API_KEY_ID and "
                          "COS_RESOURCE_CRN (or %2 and %3).")
                          .arg(bucket, apiKey, crn));
            continue;
        }
        for (const QString& key : std::as_const(missing)) {
            c.warning(key,
                      QCoreApplication::translate("sbs::config::ConfigValidator",
                                                  "%1 is set but %2 is missing; add %2 or the shared %3.")
                          .arg(bucket, key, key.mid(key.indexOf(QLatin1String("COS_")))));
        }
    }
}

} // namespace sbs::config
