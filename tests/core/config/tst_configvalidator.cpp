#include "TestSupport.h"
#include "config/ConfigDocument.h"
#include "config/ConfigSchema.h"
#include "config/ConfigValidator.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sbs::config;

namespace {

// A configuration that draws no finding at all; each validation row changes it a little.
const QByteArray ValidConfig = R"({
    "HOSTNAME": "sbs.example.com",
    "CICD_PORT": "443",
    "IMAGE_TAG": "",
    "CONTAINER_NAME": "demo",
    "RUNTIME_TYPE": "vpc",
    "UUID": "9ab033ad-5da1-4c4e-8eae-ca8c468dbbcc",
    "SECRET": "c2VjcmV0LXZhbHVlLWZvci10ZXN0cw==",
    "GITHUB_KEY_FILE": "keys/id_ed25519",
    "GITHUB_URL": "git@github.com:org/app.git",
    "GITHUB_BRANCH": "main",
    "DOCKER_REPO": "org/app",
    "DOCKER_USER": "robot",
    "DOCKER_PASSWORD": "base-password-value",
    "IMAGE_TAG_PREFIX": "v1",
    "DOCKER_CONTENT_TRUST_BASE": "False",
    "ENV_WHITELIST": ["APP_MODE"],
    "ARG": {"VERSION": "1.0"}
})";

// Files every row has, relative to the base folder (which is also $HOME).
const QStringList BaseFiles { QStringLiteral("keys/id_ed25519") };

constexpr int NoFinding = -1;
constexpr int Error = static_cast<int>(Finding::Severity::Error);
constexpr int Warning = static_cast<int>(Finding::Severity::Warning);
constexpr int Info = static_cast<int>(Finding::Severity::Info);

QString describe(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings)
        lines.append(QStringLiteral("[%1] %2: %3").arg(static_cast<int>(f.severity)).arg(f.key, f.message));
    return lines.join(QLatin1Char('\n'));
}

ConfigDocument applyPatch(const QByteArray& patch, const QStringList& removed)
{
    ConfigDocument doc = ConfigDocument::parse(ValidConfig, QStringLiteral("valid.json")).take();
    for (const QString& key : removed)
        doc.remove(key);
    if (!patch.isEmpty()) {
        // The patch is parsed by the document too, so its key order and spelling are kept.
        const ConfigDocument add = ConfigDocument::parse(patch, QStringLiteral("patch.json")).take();
        const QStringList keys = add.keys();
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (doc.spelling(keys.at(i)) == keys.at(i) || !doc.contains(keys.at(i)))
                doc.setValue(keys.at(i), add.valueAt(i));
            else {
                // A differently spelled duplicate: append it as written.
                ConfigDocument both
                    = ConfigDocument::parse(doc.toJson().chopped(2) + ",\n    \"" + keys.at(i).toUtf8()
                                                + "\": " + add.valueJson(keys.at(i)) + "\n}",
                                            QStringLiteral("both.json"))
                          .take();
                doc = both;
            }
        }
    }
    return doc;
}

} // namespace

class TestConfigValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void schemaHasEveryKey_data();
    void schemaHasEveryKey();
    void schemaFieldsAreWellFormed();
    void schemaGroups();
    void isSecretKey_data();
    void isSecretKey();

    void validConfigHasNoFindings();
    void validate_data();
    void validate();
    void repeatedKeyIsReported();
    void seedSampleFindings();
    void hasErrors();

private:
    QTemporaryDir m_home;
    QByteArray m_oldHome;
};

void TestConfigValidator::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(m_home.path()));
}

void TestConfigValidator::cleanupTestCase()
{
    qputenv("HOME", m_oldHome);
}

void TestConfigValidator::schemaHasEveryKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("type");

    const auto row = [](const char* key, const char* group, FieldType type) {
        QTest::newRow(key) << QString::fromLatin1(key) << QString::fromLatin1(group)
                           << static_cast<int>(type);
    };
    row("HOSTNAME", "server", FieldType::String);
    row("CICD_PORT", "server", FieldType::Port);
    row("IMAGE_TAG", "server", FieldType::String);
    row("CONTAINER_NAME", "server", FieldType::String);
    row("RUNTIME_TYPE", "server", FieldType::Enum);
    row("UUID", "server", FieldType::String);
    row("SECRET", "server", FieldType::Secret);
    row("REPO_ID", "server", FieldType::String);
    row("GITHUB_KEY_FILE", "source", FieldType::FilePath);
    row("GITHUB_URL", "source", FieldType::String);
    row("GITHUB_BRANCH", "source", FieldType::String);
    row("GITHUB_RECURSE_SUBMODULES", "source", FieldType::Boolean);
    row("DOCKER_REPO", "registry", FieldType::String);
    row("DOCKER_USER", "registry", FieldType::String);
    row("DOCKER_PASSWORD", "registry", FieldType::Secret);
    row("DOCKER_RO_USER", "registry", FieldType::String);
    row("DOCKER_RO_PASSWORD", "registry", FieldType::Secret);
    row("DOCKER_PUSH_SERVER", "registry", FieldType::String);
    row("IMAGE_TAG_PREFIX", "registry", FieldType::String);
    row("DOCKER_CONTENT_TRUST_PUSH_SERVER", "registry", FieldType::String);
    row("DOCKER_BASE_USER", "base", FieldType::String);
    row("DOCKER_BASE_PASSWORD", "base", FieldType::Secret);
    row("DOCKER_BASE_SERVER", "base", FieldType::String);
    row("DOCKER_CONTENT_TRUST_BASE", "base", FieldType::Boolean);
    row("DOCKER_CONTENT_TRUST_BASE_SERVER", "base", FieldType::String);
    row("ICR_BASE_REPO", "base", FieldType::String);
    row("ICR_BASE_REPO_PUBLIC_KEY", "base", FieldType::FilePath);
    row("DOCKERFILE_PATH", "build", FieldType::String);
    row("DOCKER_BUILD_PATH", "build", FieldType::String);
    row("BUILD_SCRIPT", "build", FieldType::String);
    row("BUILD_DIR", "build", FieldType::String);
    row("ARG", "build", FieldType::StringMap);
    row("ENV_WHITELIST", "build", FieldType::StringList);
    row("ISV_SECRET", "build", FieldType::StringMap);
    row("SECRETS", "build", FieldType::StringMap);
    row("EXIT_NONZERO", "build", FieldType::Boolean);
    for (const char* prefix : { "", "MANIFEST_", "STATE_" }) {
        for (const auto& [suffix, type] : { std::pair { "COS_API_KEY_ID", FieldType::Secret },
                                            std::pair { "COS_RESOURCE_CRN", FieldType::Secret },
                                            std::pair { "COS_ENDPOINT", FieldType::Url },
                                            std::pair { "COS_AUTH_ENDPOINT", FieldType::Url } }) {
            const QString key = QLatin1String(prefix) + QLatin1String(suffix);
            QTest::newRow(qPrintable(key)) << key << "storage" << static_cast<int>(type);
        }
    }
    row("MANIFEST_BUCKET_NAME", "storage", FieldType::String);
    row("STATE_BUCKET_NAME", "storage", FieldType::String);
    row("CAPATH", "certificates", FieldType::FilePath);
    row("CAKEYPATH", "certificates", FieldType::FilePath);
    row("CLIENT_CRT_KEY", "certificates", FieldType::FilePath);
    row("CSRPATH", "certificates", FieldType::FilePath);
    row("CERTPATH", "certificates", FieldType::FilePath);
    row("HPVS_PUBLIC_KEY_FILE", "certificates", FieldType::FilePath);
}

void TestConfigValidator::schemaHasEveryKey()
{
    QFETCH(QString, key);
    QFETCH(QString, group);
    QFETCH(int, type);

    const ConfigSchema& schema = ConfigSchema::instance();
    const FieldSpec* spec = schema.find(key);
    QVERIFY(spec);
    QCOMPARE(schema.find(key.toLower()), spec);
    QCOMPARE(QLatin1String(spec->key), key);
    QCOMPARE(QLatin1String(spec->group), group);
    QCOMPARE(static_cast<int>(spec->type), type);
    QCOMPARE(spec->secret, ConfigSchema::isSecretKey(key));
    QCOMPARE(spec->groupTitle(), ConfigSchema::groupTitle(group));
    QVERIFY(schema.fieldsInGroup(group).contains(spec));
}

void TestConfigValidator::schemaFieldsAreWellFormed()
{
    const ConfigSchema& schema = ConfigSchema::instance();
    QCOMPARE(schema.fields().size(), 56);
    QSet<QString> seen;
    for (const FieldSpec& spec : schema.fields()) {
        const QString key = QLatin1String(spec.key);
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        QCOMPARE(key, key.toUpper());
        QVERIFY2(schema.groupIds().contains(QLatin1String(spec.group)), qPrintable(key));
        const QString help = spec.helpText();
        QVERIFY2(!help.isEmpty() && help.endsWith(QLatin1Char('.')) && !help.contains(QLatin1Char('\n')),
                 qPrintable(key));
        QVERIFY2(help.size() <= 110, qPrintable(key + QStringLiteral(": ") + help));
        QCOMPARE(spec.type == FieldType::Secret, spec.secret && spec.type != FieldType::StringMap);
        QCOMPARE(spec.choices.isEmpty(), spec.type != FieldType::Enum);
    }
    QVERIFY(!schema.find(QStringLiteral("NEW_SECRET")));
    QVERIFY(!schema.find(QStringLiteral("X_UNKNOWN")));

    const FieldSpec* runtime = schema.find(QStringLiteral("runtime_type"));
    QCOMPARE(runtime->choices, QStringList({ "vpc", "on-prem", "classic" }));
    QCOMPARE(runtime->requirement, Requirement::Generated);
    QCOMPARE(schema.find(QStringLiteral("REPO_ID"))->requirement, Requirement::ClassicOnly);
    for (const char* key : { "HOSTNAME", "GITHUB_URL", "DOCKER_REPO", "DOCKER_USER", "DOCKER_PASSWORD" })
        QCOMPARE(schema.find(QLatin1String(key))->requirement, Requirement::Always);
    for (const char* key : { "UUID", "SECRET" })
        QCOMPARE(schema.find(QLatin1String(key))->requirement, Requirement::Generated);

    QCOMPARE(QLatin1String(schema.find(QStringLiteral("HOSTNAME"))->placeholder),
             QLatin1String("sbs.example.com"));
    QCOMPARE(QLatin1String(schema.find(QStringLiteral("CICD_PORT"))->placeholder), QLatin1String("443"));
    QCOMPARE(QLatin1String(schema.find(QStringLiteral("GITHUB_URL"))->placeholder),
             QLatin1String("git@github.com:org/app.git"));
    QCOMPARE(QLatin1String(schema.find(QStringLiteral("DOCKER_PUSH_SERVER"))->placeholder),
             QLatin1String("us.icr.io"));
    // Secrets never get an example value.
    for (const FieldSpec& spec : schema.fields()) {
        if (spec.type == FieldType::Secret && QLatin1String(spec.key).endsWith(QLatin1String("PASSWORD")))
            QVERIFY2(!spec.placeholder, spec.key);
    }
}

void TestConfigValidator::schemaGroups()
{
    const ConfigSchema& schema = ConfigSchema::instance();
    QCOMPARE(schema.groupIds(),
             QStringList({ "server", "source", "registry", "base", "build", "storage", "certificates" }));
    const QStringList titles { "Server",
                               "Source repository",
                               "Registry",
                               "Base image and content trust",
                               "Build arguments and environment",
                               "Object storage",
                               "Certificate paths" };
    qsizetype total = 0;
    for (qsizetype i = 0; i < schema.groupIds().size(); ++i) {
        QCOMPARE(ConfigSchema::groupTitle(schema.groupIds().at(i)), titles.at(i));
        const auto fields = schema.fieldsInGroup(schema.groupIds().at(i));
        QVERIFY(!fields.isEmpty());
        total += fields.size();
    }
    QCOMPARE(total, schema.fields().size());
    QCOMPARE(ConfigSchema::groupTitle(QStringLiteral("nonsense")), QString());
    QVERIFY(schema.fieldsInGroup(QStringLiteral("nonsense")).isEmpty());
}

void TestConfigValidator::isSecretKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");

    for (const char* key : { "SECRET", "NEW_SECRET", "new_secret", "DOCKER_PASSWORD", "DOCKER_RO_PASSWORD",
                             "DOCKER_BASE_PASSWORD", "GITHUB_KEY", "COS_API_KEY_ID", "COS_RESOURCE_CRN",
                             "MANIFEST_COS_API_KEY_ID", "MANIFEST_COS_RESOURCE_CRN", "STATE_COS_API_KEY_ID",
                             "state_cos_resource_crn", "BACKUP_COS_API_KEY_ID", "ISV_SECRET", "SECRETS" })
        QTest::newRow(key) << QString::fromLatin1(key) << true;
    for (const char* key : { "DOCKER_USER", "DOCKER_RO_USER", "COS_ENDPOINT", "MANIFEST_COS_AUTH_ENDPOINT",
                             "HOSTNAME", "GITHUB_KEY_FILE", "SECRET_NOTE", "MANIFEST_BUCKET_NAME", "UUID" })
        QTest::newRow(key) << QString::fromLatin1(key) << false;
}

void TestConfigValidator::isSecretKey()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    QCOMPARE(ConfigSchema::isSecretKey(key), secret);
}

void TestConfigValidator::validConfigHasNoFindings()
{
    QTemporaryDir base;
    QVERIFY(base.isValid());
    QVERIFY(sbs::test::writeFile(base.filePath(BaseFiles.constFirst()), "key"));
    const QList<Finding> findings = sbs::config::validate(
        ConfigDocument::parse(ValidConfig, QStringLiteral("valid.json")).take(), base.path());
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

void TestConfigValidator::validate_data()
{
    QTest::addColumn<QByteArray>("patch"); // keys set on top of ValidConfig
    QTest::addColumn<QStringList>("removed"); // keys taken out of ValidConfig
    QTest::addColumn<QStringList>("files"); // extra files (ending in '/': folders) in the base folder
    QTest::addColumn<QString>("key"); // the finding's key
    QTest::addColumn<int>("severity"); // or NoFinding: no finding for key at all
    QTest::addColumn<QString>("messagePart");

    const QStringList none;
    const auto row = [&](const char* name, const QByteArray& patch, const QStringList& removed,
                         const char* key, int severity, const char* part = "") {
        QTest::newRow(name) << patch << removed << none << QString::fromLatin1(key) << severity
                            << QString::fromUtf8(part);
    };
    const auto fileRow = [&](const char* name, const QByteArray& patch, const QStringList& files,
                             const char* key, int severity, const char* part = "") {
        QTest::newRow(name) << patch << none << files << QString::fromLatin1(key) << severity
                            << QString::fromUtf8(part);
    };

    // Keys
    row("same key in other case", R"({"hostname": "other.example.com"})", none, "HOSTNAME", Error,
        "hostname");
    row("unknown key", R"({"X_TEAM_NOTE": "n"})", none, "X_TEAM_NOTE", Warning, "check its spelling");
    row("NEW_SECRET in file", R"({"NEW_SECRET": "stale-new-secret"})", none, "NEW_SECRET", Warning, "update");

    // Required, generated
    for (const char* key : { "HOSTNAME", "GITHUB_URL", "DOCKER_REPO", "DOCKER_USER", "DOCKER_PASSWORD" }) {
        QTest::addRow("%s missing", key)
            << QByteArray() << QStringList { key } << none << key << Error << "add it";
        QTest::addRow("%s empty", key) << QStringLiteral("{\"%1\": \"\"}").arg(QLatin1String(key)).toUtf8()
                                       << none << none << key << Error << "empty";
    }
    row("required only spaces", R"({"DOCKER_REPO": "   "})", none, "DOCKER_REPO", Error, "empty");
    row("required null", R"({"DOCKER_USER": null})", none, "DOCKER_USER", Error, "empty");
    for (const char* key : { "RUNTIME_TYPE", "UUID", "SECRET" }) {
        QTest::addRow("%s not yet generated", key)
            << QByteArray() << QStringList { key } << none << key << Info << "generated";
    }
    row("IMAGE_TAG missing", QByteArray(), { "IMAGE_TAG" }, "IMAGE_TAG", Error, "empty value");
    row("IMAGE_TAG empty is fine", R"({"IMAGE_TAG": ""})", none, "IMAGE_TAG", NoFinding);
    row("IMAGE_TAG set", R"({"IMAGE_TAG": "1.3.0.9"})", none, "IMAGE_TAG", NoFinding);

    // Types
    row("text as number", R"({"HOSTNAME": 7})", none, "HOSTNAME", Error, "in quotes");
    row("secret as object", R"({"DOCKER_PASSWORD": {"a": "b"}})", none, "DOCKER_PASSWORD", Error,
        "in quotes");
    row("runtime type unknown", R"({"RUNTIME_TYPE": "cloud"})", none, "RUNTIME_TYPE", Error,
        "vpc, on-prem, classic");
    row("runtime type upper case", R"({"RUNTIME_TYPE": "VPC"})", none, "RUNTIME_TYPE", Error, "vpc");
    row("runtime on-prem", R"({"RUNTIME_TYPE": "on-prem"})", none, "RUNTIME_TYPE", NoFinding);
    row("port as number", R"({"CICD_PORT": 8443})", none, "CICD_PORT", NoFinding);
    row("port 1", R"({"CICD_PORT": "1"})", none, "CICD_PORT", NoFinding);
    row("port 65535", R"({"CICD_PORT": 65535})", none, "CICD_PORT", NoFinding);
    row("port 0", R"({"CICD_PORT": "0"})", none, "CICD_PORT", Error, "1 to 65535");
    row("port 65536", R"({"CICD_PORT": 65536})", none, "CICD_PORT", Error, "65536");
    row("port negative", R"({"CICD_PORT": -1})", none, "CICD_PORT", Error, "1 to 65535");
    row("port fraction", R"({"CICD_PORT": 443.5})", none, "CICD_PORT", Error, "1 to 65535");
    row("port words", R"({"CICD_PORT": "https"})", none, "CICD_PORT", Error, "1 to 65535");
    row("port empty", R"({"CICD_PORT": ""})", none, "CICD_PORT", Error, "1 to 65535");
    row("port boolean", R"({"CICD_PORT": true})", none, "CICD_PORT", Error, "1 to 65535");
    for (const char* value : { "\"True\"", "\"False\"", "\"true\"", "\"false\"", "true", "false" }) {
        QTest::addRow("boolean %s", value)
            << QStringLiteral("{\"EXIT_NONZERO\": %1}").arg(QLatin1String(value)).toUtf8() << none << none
            << "EXIT_NONZERO" << NoFinding << "";
    }
    for (const char* value : { "\"yes\"", "\"TRUE\"", "1", "\"\"", "\"0\"" }) {
        QTest::addRow("boolean %s refused", value)
            << QStringLiteral("{\"GITHUB_RECURSE_SUBMODULES\": %1}").arg(QLatin1String(value)).toUtf8()
            << none << none << "GITHUB_RECURSE_SUBMODULES" << Error << "True or False";
    }
    row("ARG as a string", R"({"ARG": "VERSION=1"})", none, "ARG", Error, "object");
    row("ARG as a list", R"({"ARG": ["VERSION"]})", none, "ARG", Error, "object");
    row("ARG value a number", R"({"ARG": {"VERSION": 1}})", none, "ARG", Error, "VERSION");
    row("ARG empty object", R"({"ARG": {}})", none, "ARG", NoFinding);
    row("ENV_WHITELIST as a string", R"({"ENV_WHITELIST": "A,B"})", none, "ENV_WHITELIST", Error, "list");
    row("ENV_WHITELIST with a number", R"({"ENV_WHITELIST": ["A", 2]})", none, "ENV_WHITELIST", Error,
        "entry 2");
    row("ISV_SECRET empty name", R"({"ISV_SECRET": {"": "v"}})", none, "ISV_SECRET", Error, "empty name");
    row("ISV_SECRET empty value", R"({"ISV_SECRET": {"K": ""}})", none, "ISV_SECRET", Error,
        "empty name or value");
    row("ISV_SECRET fine", R"({"ISV_SECRET": {"K": "v"}})", none, "ISV_SECRET", NoFinding);
    row("COS endpoint http", R"({"COS_ENDPOINT": "http://s3.example.com"})", none, "COS_ENDPOINT", Error,
        "https://");
    row("COS auth endpoint bare", R"({"MANIFEST_COS_AUTH_ENDPOINT": "iam.cloud.ibm.com"})", none,
        "MANIFEST_COS_AUTH_ENDPOINT", Error, "https://");
    row("COS endpoint https", R"({"STATE_COS_ENDPOINT": "https://s3.example.com"})", none,
        "STATE_COS_ENDPOINT", NoFinding);
    row("unknown prefix endpoint", R"({"BACKUP_COS_ENDPOINT": "http://s3"})", none, "BACKUP_COS_ENDPOINT",
        Error, "https://");

    // Runtime type and REPO_ID
    row("classic without REPO_ID", R"({"RUNTIME_TYPE": "classic"})", none, "REPO_ID", Error, "add it");
    row("classic with empty REPO_ID", R"({"RUNTIME_TYPE": "classic", "REPO_ID": ""})", none, "REPO_ID", Error,
        "required");
    row("classic with REPO_ID", R"({"RUNTIME_TYPE": "classic", "REPO_ID": "r1"})", none, "REPO_ID",
        NoFinding);
    row("vpc with REPO_ID", R"({"REPO_ID": "r1"})", none, "REPO_ID", Error, "remove it");
    row("on-prem with empty REPO_ID", R"({"RUNTIME_TYPE": "on-prem", "REPO_ID": ""})", none, "REPO_ID", Error,
        "only allowed");
    row("default runtime with REPO_ID", R"({"REPO_ID": "r1"})", { "RUNTIME_TYPE" }, "REPO_ID", Error,
        "classic");

    // Server
    row("hostname with scheme", R"({"HOSTNAME": "https://sbs.example.com"})", none, "HOSTNAME", Error,
        "plain host");
    row("hostname with port", R"({"HOSTNAME": "sbs.example.com:443"})", none, "HOSTNAME", Error, "port");
    row("hostname with space", R"({"HOSTNAME": "sbs example"})", none, "HOSTNAME", Error, "plain host");
    row("hostname IP address", R"({"HOSTNAME": "10.0.0.1"})", none, "HOSTNAME", NoFinding);
    row("hostname single label", R"({"HOSTNAME": "localhost"})", none, "HOSTNAME", NoFinding);
    row("UUID malformed", R"({"UUID": "not-a-uuid"})", none, "UUID", Warning, "restore");
    row("UUID with braces", R"({"UUID": "{9ab033ad-5da1-4c4e-8eae-ca8c468dbbcc}"})", none, "UUID", Warning,
        "UUID");

    // Source
    row("git URL unrecognised", R"({"GITHUB_URL": "github.com/org/app"})", none, "GITHUB_URL", Warning,
        "git URL");
    row("https URL needs no key", R"({"GITHUB_URL": "https://github.com/org/app.git"})",
        { "GITHUB_KEY_FILE" }, "GITHUB_KEY_FILE", NoFinding);
    row("file URL", R"({"GITHUB_URL": "file:///srv/git/app.git"})", none, "GITHUB_URL", NoFinding);
    row("ssh URL without key", QByteArray(), { "GITHUB_KEY_FILE" }, "GITHUB_KEY_FILE", Warning, "SSH");
    row("ssh scheme without key", R"({"GITHUB_URL": "ssh://git@git.example.com:2222/app.git"})",
        { "GITHUB_KEY_FILE" }, "GITHUB_KEY_FILE", Warning, "SSH");

    // Registry
    row("tag prefix leading dash", R"({"IMAGE_TAG_PREFIX": "-v1"})", none, "IMAGE_TAG_PREFIX", Error,
        "letters");
    row("tag prefix with space", R"({"IMAGE_TAG_PREFIX": "v 1"})", none, "IMAGE_TAG_PREFIX", Error,
        "letters");
    row("tag prefix fine", R"({"IMAGE_TAG_PREFIX": "v1.2_rc-3"})", none, "IMAGE_TAG_PREFIX", NoFinding);
    QTest::newRow("tag prefix too long")
        << QStringLiteral("{\"IMAGE_TAG_PREFIX\": \"%1\"}").arg(QString(121, QLatin1Char('a'))).toUtf8()
        << none << none << "IMAGE_TAG_PREFIX" << Error << "120";
    const QByteArray icr = R"({"DOCKER_PUSH_SERVER": "us.icr.io"})";
    row("ICR user not iamapikey", icr, none, "DOCKER_USER", Warning, "iamapikey");
    row("ICR read-only user", R"({"DOCKER_PUSH_SERVER": "us.icr.io", "DOCKER_RO_USER": "reader"})", none,
        "DOCKER_RO_USER", Warning, "iamapikey");
    row("ICR trust push server missing", icr, none, "DOCKER_CONTENT_TRUST_PUSH_SERVER", Warning,
        "https://us.icr.io");
    row("ICR base server missing", icr, none, "DOCKER_BASE_SERVER", Warning, "us.icr.io");
    const QByteArray icrComplete = R"({"DOCKER_PUSH_SERVER": "https://de.icr.io", "DOCKER_USER": "iamapikey",
        "DOCKER_RO_USER": "iamapikey", "DOCKER_CONTENT_TRUST_PUSH_SERVER": "https://de.icr.io",
        "DOCKER_BASE_SERVER": "de.icr.io"})";
    for (const char* key :
         { "DOCKER_USER", "DOCKER_RO_USER", "DOCKER_CONTENT_TRUST_PUSH_SERVER", "DOCKER_BASE_SERVER" })
        QTest::addRow("ICR complete: %s", key) << icrComplete << none << none << key << NoFinding << "";
    row("global icr.io host", R"({"DOCKER_PUSH_SERVER": "icr.io"})", none, "DOCKER_USER", Warning, "icr.io");
    row("look-alike host is not ICR", R"({"DOCKER_PUSH_SERVER": "notricr.io"})", none, "DOCKER_USER",
        NoFinding);
    row("Docker Hub is not ICR", R"({"DOCKER_PUSH_SERVER": "docker.io"})", none, "DOCKER_BASE_SERVER",
        NoFinding);

    // Base image and content trust
    row("trusted base without user", R"({"DOCKER_CONTENT_TRUST_BASE": "True"})", none, "DOCKER_BASE_USER",
        Warning, "DOCKER_CONTENT_TRUST_BASE");
    row("trusted base without password", R"({"DOCKER_CONTENT_TRUST_BASE": true})", none,
        "DOCKER_BASE_PASSWORD", Warning, "credentials");
    row("untrusted base needs no user", R"({"DOCKER_CONTENT_TRUST_BASE": "false"})", none, "DOCKER_BASE_USER",
        NoFinding);
    const QByteArray icrBase = R"({"DOCKER_CONTENT_TRUST_BASE": "True", "DOCKER_BASE_SERVER": "us.icr.io",
        "DOCKER_BASE_USER": "iamapikey", "DOCKER_BASE_PASSWORD": "base-api-key"})";
    row("signed ICR base needs ICR_BASE_REPO", icrBase, none, "ICR_BASE_REPO", Warning,
        "us.icr.io/namespace");
    row("signed ICR base needs its key", icrBase, none, "ICR_BASE_REPO_PUBLIC_KEY", Warning, "public key");
    row("signed ICR base through the trust server",
        R"({"DOCKER_CONTENT_TRUST_BASE": "true", "DOCKER_CONTENT_TRUST_BASE_SERVER": "us.icr.io"})", none,
        "ICR_BASE_REPO_PUBLIC_KEY", Warning, "public key");
    fileRow("signed ICR base complete",
            R"({"DOCKER_CONTENT_TRUST_BASE": "True", "DOCKER_BASE_SERVER": "us.icr.io",
                "DOCKER_BASE_USER": "iamapikey", "DOCKER_BASE_PASSWORD": "base-api-key",
                "ICR_BASE_REPO": "us.icr.io/ns/base:1", "ICR_BASE_REPO_PUBLIC_KEY": "base.pub"})",
            { "base.pub" }, "ICR_BASE_REPO_PUBLIC_KEY", NoFinding);
    row("ICR_BASE_REPO without key", R"({"ICR_BASE_REPO": "us.icr.io/ns/base:1"})", none,
        "ICR_BASE_REPO_PUBLIC_KEY", Warning, "ICR_BASE_REPO is set");
    row("ICR_BASE_REPO elsewhere", R"({"ICR_BASE_REPO": "docker.io/library/alpine:3"})", none,
        "ICR_BASE_REPO", Warning, "IBM Cloud Container Registry");

    // Build
    row("Dockerfile absolute", R"({"DOCKERFILE_PATH": "/etc/Dockerfile"})", none, "DOCKERFILE_PATH", Error,
        "inside the repository");
    row("Dockerfile outside", R"({"DOCKERFILE_PATH": "../Dockerfile"})", none, "DOCKERFILE_PATH", Error,
        "..");
    row("Dockerfile in a subfolder", R"({"DOCKERFILE_PATH": "work/Dockerfile"})", none, "DOCKERFILE_PATH",
        NoFinding);
    row("build path escapes", R"({"DOCKER_BUILD_PATH": "a/../../b"})", none, "DOCKER_BUILD_PATH", Error,
        "..");
    row("build dir in home", R"({"BUILD_DIR": "~/out"})", none, "BUILD_DIR", Error, "relative");
    row("dots in names are fine", R"({"DOCKER_BUILD_PATH": "a..b/c"})", none, "DOCKER_BUILD_PATH", NoFinding);
    row("bad variable name", R"({"ENV_WHITELIST": ["1BAD"]})", none, "ENV_WHITELIST", Warning, "1BAD");
    row("variable with dash", R"({"ENV_WHITELIST": ["APP-MODE"]})", none, "ENV_WHITELIST", Warning,
        "APP-MODE");
    row("good variable names", R"({"ENV_WHITELIST": ["_A", "B_2"]})", none, "ENV_WHITELIST", NoFinding);

    // Object storage
    row("manifest bucket without credentials", R"({"MANIFEST_BUCKET_NAME": "mb"})", none,
        "MANIFEST_BUCKET_NAME", Warning, "COS_API_KEY_ID");
    row("state bucket without credentials", R"({"STATE_BUCKET_NAME": "sb"})", none, "STATE_BUCKET_NAME",
        Warning, "STATE_COS_RESOURCE_CRN");
    const QByteArray partial
        = R"({"MANIFEST_BUCKET_NAME": "mb", "COS_API_KEY_ID": "k", "COS_RESOURCE_CRN": "c"})";
    row("bucket without endpoint", partial, none, "MANIFEST_COS_ENDPOINT", Warning, "COS_ENDPOINT");
    row("bucket without auth endpoint", partial, none, "MANIFEST_COS_AUTH_ENDPOINT", Warning,
        "COS_AUTH_ENDPOINT");
    const QByteArray complete = R"({"MANIFEST_BUCKET_NAME": "mb", "STATE_BUCKET_NAME": "sb",
        "COS_API_KEY_ID": "k", "COS_RESOURCE_CRN": "c", "COS_ENDPOINT": "https://s3.example.com",
        "COS_AUTH_ENDPOINT": "https://iam.example.com/token"})";
    for (const char* key :
         { "MANIFEST_BUCKET_NAME", "STATE_BUCKET_NAME", "MANIFEST_COS_ENDPOINT", "STATE_COS_ENDPOINT" })
        QTest::addRow("complete storage: %s", key) << complete << none << none << key << NoFinding << "";
    row("credentials without bucket", R"({"COS_API_KEY_ID": "k"})", none, "COS_API_KEY_ID", NoFinding);

    // Files
    row("key file missing", R"({"GITHUB_KEY_FILE": "keys/missing"})", none, "GITHUB_KEY_FILE", Error,
        "keys/missing");
    fileRow("key file is a folder", R"({"GITHUB_KEY_FILE": "keys"})", none, "GITHUB_KEY_FILE", Error,
            "not a regular file");
    row("key file in home", R"({"GITHUB_KEY_FILE": "~/keys/id_ed25519"})", none, "GITHUB_KEY_FILE",
        NoFinding);
    fileRow("key file absolute", "{\"GITHUB_KEY_FILE\": \"@BASE@/keys/id_ed25519\"}", none, "GITHUB_KEY_FILE",
            NoFinding);
    for (const char* key :
         { "CAPATH", "CAKEYPATH", "CLIENT_CRT_KEY", "HPVS_PUBLIC_KEY_FILE", "ICR_BASE_REPO_PUBLIC_KEY" }) {
        QTest::addRow("%s missing file", key)
            << QStringLiteral("{\"%1\": \"certs/absent.pem\"}").arg(QLatin1String(key)).toUtf8() << none
            << none << key << Error << "does not exist";
        QTest::addRow("%s existing file", key)
            << QStringLiteral("{\"%1\": \"certs/present.pem\"}").arg(QLatin1String(key)).toUtf8() << none
            << QStringList { "certs/present.pem" } << key << NoFinding << "";
    }
    for (const char* key : { "CSRPATH", "CERTPATH" }) {
        QTest::addRow("%s folder missing", key)
            << QStringLiteral("{\"%1\": \"./sbs-keys/out.pem\"}").arg(QLatin1String(key)).toUtf8() << none
            << none << key << Warning << "create the folder";
        QTest::addRow("%s to be created", key)
            << QStringLiteral("{\"%1\": \"./sbs-keys/out.pem\"}").arg(QLatin1String(key)).toUtf8() << none
            << QStringList { "sbs-keys/" } << key << NoFinding << "";
        QTest::addRow("%s is a folder", key)
            << QStringLiteral("{\"%1\": \"sbs-keys\"}").arg(QLatin1String(key)).toUtf8() << none
            << QStringList { "sbs-keys/" } << key << Error << "not a regular file";
    }

    // Examples left from the guide
    row("example user", R"({"DOCKER_USER": "<docker_user>"})", none, "DOCKER_USER", Warning, "example");
    row("example password", R"({"DOCKER_PASSWORD": "<docker_password>"})", none, "DOCKER_PASSWORD", Warning,
        "example");
    row("example in a URL", R"({"GITHUB_URL": "git@github.com:<git_user>/<git_repo>.git"})", none,
        "GITHUB_URL", Warning, "example");
    row("example build argument", R"({"ARG": {"<BUILD_ARG1>": "<VALUE1>"}})", none, "ARG", Warning,
        "example");
    row("example variable", R"({"ENV_WHITELIST": ["<KEY1>"]})", none, "ENV_WHITELIST", Warning, "example");
    row("angle brackets with space are text", R"({"ARG": {"NOTE": "a < b > c"}})", none, "ARG", NoFinding);
}

void TestConfigValidator::validate()
{
    QFETCH(QByteArray, patch);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, files);
    QFETCH(QString, key);
    QFETCH(int, severity);
    QFETCH(QString, messagePart);

    QTemporaryDir base;
    QVERIFY(base.isValid());
    for (const QString& file : BaseFiles + files) {
        if (file.endsWith(QLatin1Char('/')))
            QVERIFY(QDir(base.path()).mkpath(file));
        else
            QVERIFY(sbs::test::writeFile(base.filePath(file), "content"));
    }
    // $HOME is another folder; give it the same key file so "~/keys/id_ed25519" resolves.
    QVERIFY(sbs::test::writeFile(m_home.filePath(BaseFiles.constFirst()), "content"));
    patch.replace("@BASE@", QFile::encodeName(base.path()));

    const ConfigDocument doc = applyPatch(patch, removed);
    const QList<Finding> findings = sbs::config::validate(doc, base.path());

    QList<Finding> forKey;
    for (const Finding& f : findings) {
        if (f.key == key)
            forKey.append(f);
        // Every message names its key (or the key's spelling in the file).
        QVERIFY2(f.message.contains(f.key, Qt::CaseInsensitive), qPrintable(describe({ f })));
        QVERIFY2(!f.message.contains(QLatin1String("base-password-value")), qPrintable(describe({ f })));
    }
    if (severity == NoFinding) {
        QVERIFY2(forKey.isEmpty(), qPrintable(describe(findings)));
        return;
    }
    // Exactly one finding of that severity: a problem is reported once.
    QList<Finding> matching;
    for (const Finding& f : std::as_const(forKey)) {
        if (static_cast<int>(f.severity) == severity)
            matching.append(f);
    }
    QVERIFY2(matching.size() == 1, qPrintable(describe(findings)));
    QVERIFY2(matching.constFirst().message.contains(messagePart), qPrintable(describe(matching)));
    if (severity == Error)
        QVERIFY(sbs::config::hasErrors(findings));
    // Secrets never appear in a message, not even example ones.
    const QString value = doc.string(key);
    if (ConfigSchema::isSecretKey(key) && !value.isEmpty())
        QVERIFY2(!matching.constFirst().message.contains(value), qPrintable(describe(matching)));
}

void TestConfigValidator::repeatedKeyIsReported()
{
    QTemporaryDir base;
    QVERIFY(base.isValid());
    QVERIFY(sbs::test::writeFile(base.filePath(BaseFiles.constFirst()), "key"));
    QByteArray json = ValidConfig;
    json.replace("\"CONTAINER_NAME\": \"demo\",",
                 "\"CONTAINER_NAME\": \"first\",\n    \"CONTAINER_NAME\": \"demo\",");
    auto doc = ConfigDocument::parse(json, QStringLiteral("repeated.json"));
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));
    const QList<Finding> findings = sbs::config::validate(doc.value(), base.path());
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().key, QStringLiteral("CONTAINER_NAME"));
    QCOMPARE(findings.constFirst().severity, Finding::Severity::Warning);
    QVERIFY(findings.constFirst().message.contains(QLatin1String("more than once")));
}

void TestConfigValidator::seedSampleFindings()
{
    // The guide's sample as a new user copies it: it still holds examples and lacks generated
    // values, and its key file is somewhere in the home folder.
    auto doc = ConfigDocument::load(sbs::test::fixturePath(QStringLiteral("config/seed-sample.json")));
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));
    QVERIFY(sbs::test::writeFile(m_home.filePath(QStringLiteral(".ssh/id_rsa")), "key"));
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QList<Finding> findings = sbs::config::validate(doc.value(), base.path());

    QStringList got;
    for (const Finding& f : findings)
        got.append(QStringLiteral("%1:%2").arg(f.key).arg(static_cast<int>(f.severity)));
    got.sort();
    QStringList expected { "RUNTIME_TYPE:2",
                           "UUID:2",
                           "SECRET:2",
                           "GITHUB_URL:1",
                           "DOCKER_REPO:1",
                           "DOCKER_USER:1",
                           "DOCKER_PASSWORD:1",
                           "DOCKER_RO_USER:1",
                           "DOCKER_RO_PASSWORD:1",
                           "ENV_WHITELIST:1",
                           "ARG:1",
                           "IMAGE_TAG_PREFIX:0",
                           "IMAGE_TAG_PREFIX:1" };
    expected.sort();
    QCOMPARE(got, expected);
    QVERIFY(sbs::config::hasErrors(findings));
}

void TestConfigValidator::hasErrors()
{
    QVERIFY(!sbs::config::hasErrors({}));
    const Finding warning { QStringLiteral("A"), Finding::Severity::Warning, QStringLiteral("a") };
    const Finding info { QStringLiteral("B"), Finding::Severity::Info, QStringLiteral("b") };
    const Finding error { QStringLiteral("C"), Finding::Severity::Error, QStringLiteral("c") };
    QVERIFY(!sbs::config::hasErrors({ warning, info }));
    QVERIFY(sbs::config::hasErrors({ warning, error, info }));
    QVERIFY(warning == warning);
    QVERIFY(!(warning == info));
}

QTEST_GUILESS_MAIN(TestConfigValidator)
#include "tst_configvalidator.moc"
