#include "config/ConfigSchema.h"

#include <QCoreApplication>

namespace sbs::config {

namespace {

constexpr const char* Context = "sbs::config::ConfigSchema";

struct GroupInfo
{
    const char* id;
    const char* title;
};

constexpr GroupInfo Groups[] = {
    { "server", QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", "Server") },
    { "source", QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", "Source repository") },
    { "registry", QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", "Registry") },
    { "base", QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", "Base image and content trust") },
    { "build", QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", "Build arguments and environment") },
    { "storage", QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", "Object storage") },
    { "certificates", QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", "Certificate paths") },
};

// Secrets that are not recognised by their suffix (*COS_API_KEY_ID, *COS_RESOURCE_CRN).
const char* const SecretNames[] = {
    "SECRET",     "NEW_SECRET", "DOCKER_PASSWORD", "DOCKER_RO_PASSWORD", "DOCKER_BASE_PASSWORD",
    "GITHUB_KEY", "ISV_SECRET", "SECRETS",
};

FieldSpec field(const char* key, const char* group, FieldType type, Requirement requirement, const char* help,
                const char* placeholder = nullptr, QStringList choices = {})
{
    return FieldSpec { key,
                       group,
                       type,
                       requirement,
                       ConfigSchema::isSecretKey(QLatin1String(key)),
                       help,
                       std::move(choices),
                       placeholder };
}

// The object-storage keys of one prefix ("", "MANIFEST_" or "STATE_").
void addCosFields(QList<FieldSpec>& fields, const char* apiKey, const char* crn, const char* endpoint,
                  const char* authEndpoint, const char* helpApiKey, const char* helpCrn,
                  const char* helpEndpoint, const char* helpAuth)
{
    fields.append(field(apiKey, "storage", FieldType::Secret, Requirement::Optional, helpApiKey));
    fields.append(field(crn, "storage", FieldType::Secret, Requirement::Optional, helpCrn,
                        "crn:v1:bluemix:public:..."));
    fields.append(field(endpoint, "storage", FieldType::Url, Requirement::Optional, helpEndpoint,
                        "https://s3.us-east.cloud-object-storage.appdomain.cloud"));
    fields.append(field(authEndpoint, "storage", FieldType::Url, Requirement::Optional, helpAuth,
                        "https://iam.cloud.ibm.com/identity/token"));
}

} // namespace

QString FieldSpec::helpText() const
{
    return help ? QCoreApplication::translate(Context, help) : QString();
}

QString FieldSpec::groupTitle() const
{
    return ConfigSchema::groupTitle(QLatin1String(group));
}

const ConfigSchema& ConfigSchema::instance()
{
    static const ConfigSchema schema;
    return schema;
}

ConfigSchema::ConfigSchema()
{
    using FT = FieldType;
    using R = Requirement;
    QList<FieldSpec>& f = m_fields;

    // Server
    f.append(
        field("HOSTNAME", "server", FT::String, R::Always,
              QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                "Host name of the build server; its certificate is issued for this name."),
              "sbs.example.com"));
    f.append(field("CICD_PORT", "server", FT::Port, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "TCP port of the build service on that host; 443 when not set."),
                   "443"));
    f.append(
        field("IMAGE_TAG", "server", FT::String, R::Optional,
              QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                "Tag of the build server's own image; the key must exist but may be empty."),
              "1.3.0.9"));
    f.append(field("CONTAINER_NAME", "server", FT::String, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Your name for this server instance; it becomes part of the certificate "
                                     "file names."),
                   "my-build-server"));
    f.append(field("RUNTIME_TYPE", "server", FT::Enum, R::Generated,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Where the server runs: vpc, on-prem or classic; vpc when not set."),
                   nullptr, { QStringLiteral("vpc"), QStringLiteral("on-prem"), QStringLiteral("classic") }));
    f.append(
        field("UUID", "server", FT::String, R::Generated,
              QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                "Random identifier of this configuration, generated on first use and used in "
                                "certificate file names."),
              "9ab033ad-5da1-4c4e-8eae-ca8c468dbbcc"));
    f.append(field("SECRET", "server", FT::Secret, R::Generated,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Random value, generated on first use, that protects the exported state "
                                     "image; keep a safe copy.")));
    f.append(
        field("REPO_ID", "server", FT::String, R::ClassicOnly,
              QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                "Repository identifier; only for a classic runtime, where it is required."),
              "my-app-repo"));

    // Source repository
    f.append(field("GITHUB_URL", "source", FT::String, R::Always,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Git URL of the application source that the server clones."),
                   "git@github.com:org/app.git"));
    f.append(field(
        "GITHUB_BRANCH", "source", FT::String, R::Optional,
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", "Branch to build; the default branch when not set."),
        "main"));
    f.append(
        field("GITHUB_KEY_FILE", "source", FT::FilePath, R::Optional,
              QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                "Private SSH key file that may read the repository; its text is sent to the "
                                "server."),
              "~/.ssh/id_ed25519"));
    f.append(field("GITHUB_RECURSE_SUBMODULES", "source", FT::Boolean, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", "Also clone the repository's submodules."),
                   "False"));

    // Registry
    f.append(field("DOCKER_REPO", "registry", FT::String, R::Always,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Repository the built image is pushed to, as namespace/name."),
                   "namespace/app"));
    f.append(field("DOCKER_USER", "registry", FT::String, R::Always,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Registry account allowed to push; iamapikey for IBM Cloud Container "
                                     "Registry."),
                   "iamapikey"));
    f.append(
        field("DOCKER_PASSWORD", "registry", FT::Secret, R::Always,
              QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", "Password or API key of the pushing account.")));
    f.append(
        field("DOCKER_RO_USER", "registry", FT::String, R::Optional,
              QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                "Registry account with read access only, used to pull the pushed image."),
              "reader"));
    f.append(field(
        "DOCKER_RO_PASSWORD", "registry", FT::Secret, R::Optional,
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", "Password or API key of the read-only account.")));
    f.append(field("DOCKER_PUSH_SERVER", "registry", FT::String, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Registry host the image is pushed to; Docker Hub when not set."),
                   "us.icr.io"));
    f.append(
        field("IMAGE_TAG_PREFIX", "registry", FT::String, R::Optional,
              QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                "Start of the image tag; a dash and seven digits of the commit hash follow."),
              "v1"));
    f.append(field("DOCKER_CONTENT_TRUST_PUSH_SERVER", "registry", FT::String, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Signing service for the pushed image; on IBM's registry, its host."),
                   "https://us.icr.io"));

    // Base image and content trust
    f.append(field("DOCKER_BASE_SERVER", "base", FT::String, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Registry host the Dockerfile's base image comes from."),
                   "us.icr.io"));
    f.append(field("DOCKER_BASE_USER", "base", FT::String, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Account that may pull the base image, when it is private or signed."),
                   "iamapikey"));
    f.append(field(
        "DOCKER_BASE_PASSWORD", "base", FT::Secret, R::Optional,
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", "Password or API key of the base image account.")));
    f.append(field("DOCKER_CONTENT_TRUST_BASE", "base", FT::Boolean, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Check the base image's signature before building (True or False)."),
                   "False"));
    f.append(field("DOCKER_CONTENT_TRUST_BASE_SERVER", "base", FT::String, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Where the base image's signature is checked: a notary URL or an IBM "
                                     "registry host."),
                   "https://notary.docker.io"));
    f.append(field("ICR_BASE_REPO", "base", FT::String, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Signed base image on IBM Cloud Container Registry, with its tag."),
                   "us.icr.io/namespace/base:1.0"));
    f.append(field("ICR_BASE_REPO_PUBLIC_KEY", "base", FT::FilePath, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "File with the public key that signed that base image."),
                   "base-image-key.pub"));

    // Build arguments and environment
    f.append(field("DOCKERFILE_PATH", "build", FT::String, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Dockerfile to use, relative to the top of the repository."),
                   "Dockerfile"));
    f.append(field("DOCKER_BUILD_PATH", "build", FT::String, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Build context folder, relative to the top of the repository."),
                   "."));
    f.append(
        field("BUILD_SCRIPT", "build", FT::String, R::Optional,
              QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", "Script in the repository that runs the build."),
              "build.sh"));
    f.append(field(
        "BUILD_DIR", "build", FT::String, R::Optional,
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", "Folder in the repository the build script runs in."),
        "."));
    f.append(
        field("ARG", "build", FT::StringMap, R::Optional,
              QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                "Build arguments passed to the image build, as names with text values.")));
    f.append(
        field("ENV_WHITELIST", "build", FT::StringList, R::Optional,
              QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                "Names of the environment variables the deployed container may receive.")));
    f.append(field("ISV_SECRET", "build", FT::StringMap, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Named secrets handed to the application, as names with text values.")));
    f.append(field("SECRETS", "build", FT::StringMap, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Further named secrets for the build, as names with text values.")));
    f.append(field("EXIT_NONZERO", "build", FT::Boolean, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Stop the build when a build step returns a non-zero exit code."),
                   "False"));

    // Object storage
    addCosFields(
        f, "COS_API_KEY_ID", "COS_RESOURCE_CRN", "COS_ENDPOINT", "COS_AUTH_ENDPOINT",
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                          "Object storage API key, used for manifests and state images alike."),
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                          "Object storage instance (CRN), used for manifests and state images alike."),
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                          "Public https:// endpoint of the object storage, for both uses."),
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                          "https:// address that issues object storage tokens, for both uses."));
    f.append(field("MANIFEST_BUCKET_NAME", "storage", FT::String, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Existing bucket that receives the manifest of every build."),
                   "build-manifests"));
    addCosFields(
        f, "MANIFEST_COS_API_KEY_ID", "MANIFEST_COS_RESOURCE_CRN", "MANIFEST_COS_ENDPOINT",
        "MANIFEST_COS_AUTH_ENDPOINT",
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                          "Object storage API key for manifests; COS_API_KEY_ID when not set."),
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                          "Object storage instance (CRN) for manifests; COS_RESOURCE_CRN when not set."),
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                          "https:// endpoint for manifests; COS_ENDPOINT when not set."),
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                          "Token address for manifests; COS_AUTH_ENDPOINT when not set."));
    f.append(field("STATE_BUCKET_NAME", "storage", FT::String, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Existing bucket that receives exported state images."),
                   "build-state"));
    addCosFields(
        f, "STATE_COS_API_KEY_ID", "STATE_COS_RESOURCE_CRN", "STATE_COS_ENDPOINT", "STATE_COS_AUTH_ENDPOINT",
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                          "Object storage API key for state images; COS_API_KEY_ID when not set."),
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                          "Object storage instance (CRN) for state images; COS_RESOURCE_CRN when not set."),
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                          "https:// endpoint for state images; COS_ENDPOINT when not set."),
        QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                          "Token address for state images; COS_AUTH_ENDPOINT when not set."));

    // Certificate paths
    f.append(field("CAPATH", "certificates", FT::FilePath, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Your own CA certificate, instead of the one this program creates."),
                   "sbs-keys/ca.pem"));
    f.append(field("CAKEYPATH", "certificates", FT::FilePath, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", "Private key of that CA."),
                   "sbs-keys/ca-key.pem"));
    f.append(field("CLIENT_CRT_KEY", "certificates", FT::FilePath, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "One PEM file with the client certificate followed by its private key."),
                   "sbs-keys/client-cert-and-key.pem"));
    f.append(
        field("CSRPATH", "certificates", FT::FilePath, R::Optional,
              QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                "Where the server's certificate request is written; its folder must exist."),
              "sbs-keys/server-csr.pem"));
    f.append(field("CERTPATH", "certificates", FT::FilePath, R::Optional,
                   QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                     "Where the server certificate is written; its folder must exist."),
                   "sbs-keys/server-cert.pem"));
    f.append(
        field("HPVS_PUBLIC_KEY_FILE", "certificates", FT::FilePath, R::Optional,
              QT_TRANSLATE_NOOP("sbs::config::ConfigSchema",
                                "OpenPGP public key of the platform; the server key is encrypted to it for "
                                "the contract."),
              "hpvs-public.asc"));
}

const FieldSpec* ConfigSchema::find(const QString& key) const
{
    for (const FieldSpec& spec : m_fields) {
        if (key.compare(QLatin1String(spec.key), Qt::CaseInsensitive) == 0)
            return &spec;
    }
    return nullptr;
}

QStringList ConfigSchema::groupIds() const
{
    QStringList ids;
    for (const GroupInfo& group : Groups)
        ids.append(QLatin1String(group.id));
    return ids;
}

QString ConfigSchema::groupTitle(const QString& groupId)
{
    for (const GroupInfo& group : Groups) {
        if (groupId == QLatin1String(group.id))
            return QCoreApplication::translate(Context, group.title);
    }
    return QString();
}

QList<const FieldSpec*> ConfigSchema::fieldsInGroup(const QString& groupId) const
{
    QList<const FieldSpec*> result;
    for (const FieldSpec& spec : m_fields) {
        if (groupId == QLatin1String(spec.group))
            result.append(&spec);
    }
    return result;
}

bool ConfigSchema::isSecretKey(const QString& key)
{
    const QString upper = key.toUpper();
    for (const char* name : SecretNames) {
        if (upper == QLatin1String(name))
            return true;
    }
    return upper.endsWith(QLatin1String("COS_API_KEY_ID"))
        || upper.endsWith(QLatin1String("COS_RESOURCE_CRN"));
}

} // namespace sbs::config
