#include "TestSupport.h"
#include "config/ConfigDocument.h"
#include "config/ConfigRules.h"
#include "config/ConfigSchema.h"
#include "config/SecretMask.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sbs::config;

namespace {

ConfigDocument parsed(const QByteArray& json)
{
    auto doc = ConfigDocument::parse(json, QStringLiteral("test.json"));
    if (!doc)
        qFatal("fixture JSON does not parse: %s", qPrintable(doc.error()));
    return doc.take();
}

QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

// The smallest configuration init accepts.
const QByteArray MinimalConfig = R"({
    "HOSTNAME": "sbs.example.com",
    "IMAGE_TAG": "1.3.0.9",
    "RUNTIME_TYPE": "vpc",
    "DOCKER_REPO": "ns/app",
    "DOCKER_USER": "robot",
    "DOCKER_PASSWORD": "push-password",
    "GITHUB_URL": "git@github.com:org/app.git",
    "SECRET": "c2VjcmV0LXZhbHVl"
})";

const QByteArray MinimalBody = R"({
    "GITHUB_KEY": "",
    "BASE_REPO_PUBLIC_KEY": "",
    "BUILD_IMAGE_TAG": "1.3.0.9",
    "RUNTIME_TYPE": "vpc",
    "DOCKER_REPO": "ns/app",
    "DOCKER_USER": "robot",
    "DOCKER_PASSWORD": "push-password",
    "GITHUB_URL": "git@github.com:org/app.git",
    "SECRET": "c2VjcmV0LXZhbHVl"
})";

QByteArray withKeys(const QByteArray& base, const QByteArray& extra)
{
    QJsonObject result = object(base);
    const QJsonObject add = object(extra);
    for (auto it = add.constBegin(); it != add.constEnd(); ++it)
        result.insert(it.key(), it.value());
    return QJsonDocument(result).toJson();
}

} // namespace

class TestConfigRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillDefaults_data();
    void fillDefaults();
    void generatedValuesAreFresh();
    void resolvedCosValue_data();
    void resolvedCosValue();
    void resolvedCosKeys();
    void initRequestBody_data();
    void initRequestBody();
    void initRequestBodyRefuses_data();
    void initRequestBodyRefuses();
    void initRequestBodyEmbedsFiles();
    void readEmbeddedFiles_data();
    void readEmbeddedFiles();
    void resolvePath_data();
    void resolvePath();
    void maskedJson_data();
    void maskedJson();
    void maskSecrets_data();
    void maskSecrets();
};

void TestConfigRules::fillDefaults_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QString>("runtimeType");

    QTest::newRow("empty document") << QByteArray("{}") << QStringList { "RUNTIME_TYPE", "UUID", "SECRET" }
                                    << "vpc";
    QTest::newRow("seed sample") << sbs::test::readAll(
        sbs::test::fixturePath(QStringLiteral("config/seed-sample.json")))
                                 << QStringList { "RUNTIME_TYPE", "UUID", "SECRET" } << "vpc";
    QTest::newRow("all present") << QByteArray(R"({"RUNTIME_TYPE": "classic", "UUID": "u", "SECRET": "s"})")
                                 << QStringList() << "classic";
    QTest::newRow("lower-case keys count")
        << QByteArray(R"({"runtime_type": "on-prem", "uuid": "u", "secret": "s"})") << QStringList()
        << "on-prem";
    QTest::newRow("empty values are filled")
        << QByteArray(R"({"RUNTIME_TYPE": "", "UUID": null, "SECRET": "s"})")
        << QStringList { "RUNTIME_TYPE", "UUID" } << "vpc";
}

void TestConfigRules::fillDefaults()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, added);
    QFETCH(QString, runtimeType);

    ConfigDocument doc = parsed(json);
    const ConfigDocument before = doc;
    const QStringList keysBefore = doc.keys();
    QCOMPARE(sbs::config::fillDefaults(doc), added);
    QCOMPARE(doc.string(QStringLiteral("RUNTIME_TYPE")), runtimeType);

    // Existing keys keep their place; new ones are appended in the reference's order.
    for (qsizetype i = 0; i < keysBefore.size(); ++i)
        QCOMPARE(doc.keys().at(i), keysBefore.at(i));
    QStringList appended;
    for (const QString& key : added) {
        if (!keysBefore.contains(key, Qt::CaseInsensitive))
            appended.append(key);
    }
    QCOMPARE(doc.keys().mid(keysBefore.size()), appended);
    if (added.isEmpty())
        QVERIFY(doc == before);

    if (added.contains(QStringLiteral("UUID"))) {
        const QString uuid = doc.string(QStringLiteral("UUID"));
        QCOMPARE(uuid.size(), 36);
        QCOMPARE(uuid, uuid.toLower());
        const QUuid parsedUuid = QUuid::fromString(uuid);
        QVERIFY(!parsedUuid.isNull());
        QCOMPARE(parsedUuid.version(), QUuid::Random);
        QCOMPARE(parsedUuid.variant(), QUuid::DCE);
    }
    if (added.contains(QStringLiteral("SECRET"))) {
        const QString secret = doc.string(QStringLiteral("SECRET"));
        const auto decoded
            = QByteArray::fromBase64Encoding(secret.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        QCOMPARE(decoded.decoded.size(), 128);
    }
    // A second run adds nothing.
    QVERIFY(sbs::config::fillDefaults(doc).isEmpty());
}

void TestConfigRules::generatedValuesAreFresh()
{
    QSet<QString> secrets;
    for (int i = 0; i < 16; ++i) {
        const QString secret = generateSecret();
        QCOMPARE(secret.size(), 172); // base64 of 128 bytes
        secrets.insert(secret);
    }
    QCOMPARE(secrets.size(), 16);

    ConfigDocument a;
    ConfigDocument b;
    sbs::config::fillDefaults(a);
    sbs::config::fillDefaults(b);
    QVERIFY(a.string(QStringLiteral("UUID")) != b.string(QStringLiteral("UUID")));
    QVERIFY(a.string(QStringLiteral("SECRET")) != b.string(QStringLiteral("SECRET")));
}

void TestConfigRules::resolvedCosValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    const QByteArray generic
        = R"({"COS_API_KEY_ID": "g-key", "COS_ENDPOINT": "https://g", "MANIFEST_COS_ENDPOINT": "https://m"})";
    QTest::newRow("own value wins") << generic << "MANIFEST_COS_ENDPOINT"
                                    << "https://m";
    QTest::newRow("falls back to COS_") << generic << "STATE_COS_ENDPOINT"
                                        << "https://g";
    QTest::newRow("api key falls back") << generic << "MANIFEST_COS_API_KEY_ID"
                                        << "g-key";
    QTest::newRow("neither") << generic << "STATE_COS_RESOURCE_CRN"
                             << "";
    QTest::newRow("lower-case keys") << QByteArray(R"({"cos_auth_endpoint": "https://iam"})")
                                     << "state_cos_auth_endpoint"
                                     << "https://iam";
    QTest::newRow("empty own value falls back")
        << QByteArray(R"({"STATE_COS_RESOURCE_CRN": "", "COS_RESOURCE_CRN": "crn:g"})")
        << "STATE_COS_RESOURCE_CRN"
        << "crn:g";
    QTest::newRow("generic key itself") << generic << "COS_API_KEY_ID"
                                        << "g-key";
}

void TestConfigRules::resolvedCosValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(sbs::config::resolvedCosValue(parsed(json), key), expected);
}

void TestConfigRules::resolvedCosKeys()
{
    const ConfigDocument doc = parsed(R"({
        "COS_API_KEY_ID": "g-key", "COS_RESOURCE_CRN": "g-crn",
        "COS_ENDPOINT": "https://g", "cos_auth_endpoint": "https://iam",
        "MANIFEST_COS_ENDPOINT": "https://m", "STATE_COS_API_KEY_ID": "s-key"
    })");
    const QJsonObject expected = object(R"({
        "MANIFEST_COS_API_KEY_ID": "g-key", "MANIFEST_COS_RESOURCE_CRN": "g-crn",
        "MANIFEST_COS_ENDPOINT": "https://m", "MANIFEST_COS_AUTH_ENDPOINT": "https://iam",
        "STATE_COS_API_KEY_ID": "s-key", "STATE_COS_RESOURCE_CRN": "g-crn",
        "STATE_COS_ENDPOINT": "https://g", "STATE_COS_AUTH_ENDPOINT": "https://iam"
    })");
    QCOMPARE(sbs::config::resolvedCosKeys(doc), expected);

    // A present but empty key with no fallback is passed on as it is.
    QCOMPARE(sbs::config::resolvedCosKeys(parsed(R"({"STATE_COS_ENDPOINT": ""})")),
             object(R"({"STATE_COS_ENDPOINT": ""})"));
    QVERIFY(sbs::config::resolvedCosKeys(parsed("{}")).isEmpty());
}

void TestConfigRules::initRequestBody_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("newSecret");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("minimal") << MinimalConfig << QString() << MinimalBody;
    QTest::newRow("empty IMAGE_TAG is allowed")
        << withKeys(MinimalConfig, R"({"IMAGE_TAG": ""})") << QString()
        << withKeys(MinimalBody, R"({"BUILD_IMAGE_TAG": ""})");
    QTest::newRow("lower-case keys become canonical")
        << QByteArray(R"({"image_tag": "t", "runtime_type": "on-prem", "docker_repo": "r", "Docker_User": "u",
                          "docker_password": "p", "github_url": "g", "secret": "s", "arg": {"A": "1"},
                          "github_branch": "dev"})")
        << QString() << QByteArray(R"({"GITHUB_KEY": "", "BASE_REPO_PUBLIC_KEY": "", "BUILD_IMAGE_TAG": "t",
                          "RUNTIME_TYPE": "on-prem", "DOCKER_REPO": "r", "DOCKER_USER": "u", "DOCKER_PASSWORD": "p",
                          "GITHUB_URL": "g", "SECRET": "s", "ARG": {"A": "1"}, "GITHUB_BRANCH": "dev"})");
    QTest::newRow("classic with REPO_ID")
        << withKeys(MinimalConfig, R"({"RUNTIME_TYPE": "classic", "REPO_ID": "r1"})") << QString()
        << withKeys(MinimalBody, R"({"RUNTIME_TYPE": "classic", "REPO_ID": "r1"})");
    const QByteArray allOptional = R"({
        "GITHUB_BRANCH": "main", "GITHUB_RECURSE_SUBMODULES": "True", "IMAGE_TAG_PREFIX": "v1",
        "DOCKER_BASE_USER": "bu", "DOCKER_BASE_PASSWORD": "bp", "DOCKER_RO_USER": "ru", "DOCKER_RO_PASSWORD": "rp",
        "DOCKER_BASE_SERVER": "us.icr.io", "DOCKER_PUSH_SERVER": "de.icr.io", "DOCKER_CONTENT_TRUST_BASE": true,
        "DOCKER_CONTENT_TRUST_BASE_SERVER": "us.icr.io", "DOCKER_CONTENT_TRUST_PUSH_SERVER": "https://de.icr.io",
        "ICR_BASE_REPO": "us.icr.io/ns/base:1", "ICR_BASE_REPO_PUBLIC_KEY": "base.pub",
        "DOCKERFILE_PATH": "work/Dockerfile", "DOCKER_BUILD_PATH": "work", "BUILD_SCRIPT": "build.sh",
        "BUILD_DIR": "out", "ARG": {"Z": "26", "A": "1"}, "ENV_WHITELIST": ["B", "A"],
        "ISV_SECRET": {"K": "v"}, "SECRETS": {"S": "t"}, "EXIT_NONZERO": false,
        "MANIFEST_BUCKET_NAME": "mb", "STATE_BUCKET_NAME": "sb",
        "MANIFEST_COS_API_KEY_ID": "mk", "MANIFEST_COS_RESOURCE_CRN": "mc", "MANIFEST_COS_ENDPOINT": "https://me",
        "MANIFEST_COS_AUTH_ENDPOINT": "https://ma", "STATE_COS_API_KEY_ID": "sk", "STATE_COS_RESOURCE_CRN": "sc",
        "STATE_COS_ENDPOINT": "https://se", "STATE_COS_AUTH_ENDPOINT": "https://sa"
    })";
    QTest::newRow("every optional key, types kept")
        << withKeys(MinimalConfig, allOptional) << QString() << withKeys(MinimalBody, allOptional);
    QTest::newRow("generic COS keys fill both variants")
        << withKeys(MinimalConfig,
                    R"({"COS_API_KEY_ID": "k", "COS_RESOURCE_CRN": "c", "COS_ENDPOINT": "https://e",
                                       "COS_AUTH_ENDPOINT": "https://a", "STATE_COS_ENDPOINT": "https://own",
                                       "MANIFEST_BUCKET_NAME": "mb"})")
        << QString()
        << withKeys(MinimalBody, R"({"MANIFEST_COS_API_KEY_ID": "k", "MANIFEST_COS_RESOURCE_CRN": "c",
                                     "MANIFEST_COS_ENDPOINT": "https://e", "MANIFEST_COS_AUTH_ENDPOINT": "https://a",
                                     "STATE_COS_API_KEY_ID": "k", "STATE_COS_RESOURCE_CRN": "c",
                                     "STATE_COS_ENDPOINT": "https://own", "STATE_COS_AUTH_ENDPOINT": "https://a",
                                     "MANIFEST_BUCKET_NAME": "mb"})");
    QTest::newRow("keys outside the protocol stay home") << withKeys(
        MinimalConfig, R"({"HOSTNAME": "h", "CICD_PORT": "443", "CONTAINER_NAME": "c", "UUID": "u",
                                       "GITHUB_KEY_FILE": "k", "CAPATH": "ca.pem", "X_NOTE": "n",
                                       "HPVS_PUBLIC_KEY_FILE": "p.asc"})")
                                                         << QString() << MinimalBody;
    QTest::newRow("new secret given")
        << MinimalConfig
        << "bmV3LXNlY3JldA==" << withKeys(MinimalBody, R"({"NEW_SECRET": "bmV3LXNlY3JldA=="})");
    QTest::newRow("NEW_SECRET in the file is not sent")
        << withKeys(MinimalConfig, R"({"NEW_SECRET": "stale"})") << QString() << MinimalBody;
    QTest::newRow("given new secret wins over the file")
        << withKeys(MinimalConfig, R"({"NEW_SECRET": "stale"})") << "fresh"
        << withKeys(MinimalBody, R"({"NEW_SECRET": "fresh"})");
}

void TestConfigRules::initRequestBody()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, newSecret);
    QFETCH(QByteArray, expected);

    std::optional<QString> secret;
    if (!newSecret.isEmpty())
        secret = newSecret;
    auto body = sbs::config::initRequestBody(parsed(config), EmbeddedFiles {}, secret);
    QVERIFY2(body.isOk(), qPrintable(body.error()));
    QCOMPARE(QJsonDocument(body.value()).toJson(), QJsonDocument(object(expected)).toJson());
}

void TestConfigRules::initRequestBodyRefuses_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<bool>("withNewSecret");
    QTest::addColumn<QStringList>("expectedParts");

    for (const char* key :
         { "RUNTIME_TYPE", "DOCKER_REPO", "DOCKER_USER", "DOCKER_PASSWORD", "GITHUB_URL", "SECRET" }) {
        ConfigDocument doc = parsed(MinimalConfig);
        doc.remove(QLatin1String(key));
        QTest::addRow("%s missing", key) << doc.toJson() << false << QStringList { key, "add it" };
        doc.setString(QLatin1String(key), QString());
        QTest::addRow("%s empty", key) << doc.toJson() << false << QStringList { key, "empty" };
    }
    ConfigDocument noTag = parsed(MinimalConfig);
    noTag.remove(QStringLiteral("IMAGE_TAG"));
    QTest::newRow("IMAGE_TAG missing") << noTag.toJson() << false << QStringList { "IMAGE_TAG", "add it" };
    QTest::newRow("classic without REPO_ID") << withKeys(MinimalConfig, R"({"RUNTIME_TYPE": "classic"})")
                                             << false << QStringList { "REPO_ID", "classic" };
    QTest::newRow("classic with empty REPO_ID")
        << withKeys(MinimalConfig, R"({"RUNTIME_TYPE": "classic", "REPO_ID": ""})") << false
        << QStringList { "REPO_ID", "classic" };
    QTest::newRow("vpc with REPO_ID")
        << withKeys(MinimalConfig, R"({"REPO_ID": "r1"})") << false << QStringList { "REPO_ID", "remove" };
    QTest::newRow("on-prem with empty REPO_ID")
        << withKeys(MinimalConfig, R"({"RUNTIME_TYPE": "on-prem", "REPO_ID": ""})") << false
        << QStringList { "REPO_ID", "on-prem" };
    QTest::newRow("unknown runtime type")
        << withKeys(MinimalConfig, R"({"RUNTIME_TYPE": "cloud"})") << false
        << QStringList { "RUNTIME_TYPE", "cloud", "vpc, on-prem or classic" };
    QTest::newRow("empty new secret") << MinimalConfig << true << QStringList { "new secret" };
}

void TestConfigRules::initRequestBodyRefuses()
{
    QFETCH(QByteArray, config);
    QFETCH(bool, withNewSecret);
    QFETCH(QStringList, expectedParts);

    std::optional<QString> secret;
    if (withNewSecret)
        secret = QString();
    auto body = sbs::config::initRequestBody(parsed(config), EmbeddedFiles {}, secret);
    QVERIFY(!body.isOk());
    for (const QString& part : expectedParts)
        QVERIFY2(body.error().contains(part), qPrintable(body.error()));
}

void TestConfigRules::initRequestBodyEmbedsFiles()
{
    const EmbeddedFiles files { QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n"),
                                QStringLiteral("-----BEGIN PGP PUBLIC KEY BLOCK-----\nxyz\n") };
    auto body = sbs::config::initRequestBody(parsed(MinimalConfig), files);
    QVERIFY2(body.isOk(), qPrintable(body.error()));
    QCOMPARE(body->value(QStringLiteral("GITHUB_KEY")).toString(), files.githubKey);
    QCOMPARE(body->value(QStringLiteral("BASE_REPO_PUBLIC_KEY")).toString(), files.baseRepoPublicKey);
    QVERIFY(!body->contains(QStringLiteral("NEW_SECRET")));
}

void TestConfigRules::readEmbeddedFiles_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("githubKey");
    QTest::addColumn<QString>("publicKey");
    QTest::addColumn<QStringList>("errorParts");

    QTest::newRow("none named") << QByteArray("{}") << ""
                                << "" << QStringList();
    QTest::newRow("empty names") << QByteArray(R"({"GITHUB_KEY_FILE": "", "ICR_BASE_REPO_PUBLIC_KEY": ""})")
                                 << ""
                                 << "" << QStringList();
    QTest::newRow("relative to the base folder")
        << QByteArray(R"({"github_key_file": "keys/id", "ICR_BASE_REPO_PUBLIC_KEY": "./base.pub"})")
        << "PRIVATE\n"
        << "PUBLIC \u00e9\n"
        << QStringList();
    QTest::newRow("home folder") << QByteArray(R"({"GITHUB_KEY_FILE": "~/home-key"})") << "HOME KEY"
                                 << "" << QStringList();
    QTest::newRow("missing key file")
        << QByteArray(R"({"GITHUB_KEY_FILE": "keys/nope"})") << ""
        << "" << QStringList { "GITHUB_KEY_FILE", "keys/nope", "does not exist" };
    QTest::newRow("public key is a folder")
        << QByteArray(R"({"ICR_BASE_REPO_PUBLIC_KEY": "keys"})") << ""
        << "" << QStringList { "ICR_BASE_REPO_PUBLIC_KEY", "not a regular file" };
    QTest::newRow("key file too large") << QByteArray(R"({"GITHUB_KEY_FILE": "huge"})") << ""
                                        << "" << QStringList { "GITHUB_KEY_FILE", "huge", "too large" };
}

void TestConfigRules::readEmbeddedFiles()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, githubKey);
    QFETCH(QString, publicKey);
    QFETCH(QStringList, errorParts);

    QTemporaryDir base;
    QTemporaryDir home;
    QVERIFY(base.isValid() && home.isValid());
    QVERIFY(sbs::test::writeFile(base.filePath(QStringLiteral("keys/id")), "PRIVATE\n"));
    QVERIFY(sbs::test::writeFile(base.filePath(QStringLiteral("base.pub")),
                                 QString::fromUtf8("PUBLIC \u00e9\n").toUtf8()));
    QVERIFY(sbs::test::writeFile(home.filePath(QStringLiteral("home-key")), "HOME KEY"));
    QVERIFY(sbs::test::writeFile(base.filePath(QStringLiteral("huge")), QByteArray(1024 * 1024 + 1, 'k')));
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));

    auto files = sbs::config::readEmbeddedFiles(parsed(config), base.path());
    qputenv("HOME", oldHome);
    if (errorParts.isEmpty()) {
        QVERIFY2(files.isOk(), qPrintable(files.error()));
        QCOMPARE(files->githubKey, githubKey);
        QCOMPARE(files->baseRepoPublicKey, publicKey);
    } else {
        QVERIFY(!files.isOk());
        for (const QString& part : errorParts)
            QVERIFY2(files.error().contains(part), qPrintable(files.error()));
    }
}

void TestConfigRules::resolvePath_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("absolute") << "/etc/ssl/ca.pem"
                              << "/etc/ssl/ca.pem";
    QTest::newRow("relative") << "keys/ca.pem"
                              << "/base/dir/keys/ca.pem";
    QTest::newRow("dot relative") << "./sbs-keys/server-csr.pem"
                                  << "/base/dir/sbs-keys/server-csr.pem";
    QTest::newRow("parent") << "../other/key"
                            << "/base/other/key";
    QTest::newRow("home") << "~/.ssh/id_rsa"
                          << "/home/tester/.ssh/id_rsa";
    QTest::newRow("home alone") << "~"
                                << "/home/tester";
    QTest::newRow("tilde in the middle is literal") << "a~/b"
                                                    << "/base/dir/a~/b";
}

void TestConfigRules::resolvePath()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", "/home/tester");
    const QString resolved = sbs::config::resolvePath(value, QStringLiteral("/base/dir"));
    qputenv("HOME", oldHome);
    QCOMPARE(resolved, expected);
}

void TestConfigRules::maskedJson_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("expected");

    // Every secret PROTOCOL.md §3 names.
    QTest::newRow("every secret")
        << QByteArray(
               R"({"SECRET": "s1", "NEW_SECRET": "s2", "DOCKER_PASSWORD": "s3", "DOCKER_RO_PASSWORD": "s4",
                          "DOCKER_BASE_PASSWORD": "s5", "GITHUB_KEY": "s6", "COS_API_KEY_ID": "s7",
                          "COS_RESOURCE_CRN": "s8", "MANIFEST_COS_API_KEY_ID": "s9", "MANIFEST_COS_RESOURCE_CRN": "s10",
                          "STATE_COS_API_KEY_ID": "s11", "STATE_COS_RESOURCE_CRN": "s12", "BACKUP_COS_API_KEY_ID": "s13",
                          "ISV_SECRET": {"K": "s14"}, "SECRETS": {"T": "s15"}, "DOCKER_USER": "robot",
                          "COS_ENDPOINT": "https://e"})")
        << QByteArray(
               R"({"SECRET": "<SECRET>", "NEW_SECRET": "<NEW_SECRET>", "DOCKER_PASSWORD": "<DOCKER_PASSWORD>",
                          "DOCKER_RO_PASSWORD": "<DOCKER_RO_PASSWORD>", "DOCKER_BASE_PASSWORD": "<DOCKER_BASE_PASSWORD>",
                          "GITHUB_KEY": "<GITHUB_KEY>", "COS_API_KEY_ID": "<COS_API_KEY_ID>",
                          "COS_RESOURCE_CRN": "<COS_RESOURCE_CRN>", "MANIFEST_COS_API_KEY_ID": "<MANIFEST_COS_API_KEY_ID>",
                          "MANIFEST_COS_RESOURCE_CRN": "<MANIFEST_COS_RESOURCE_CRN>",
                          "STATE_COS_API_KEY_ID": "<STATE_COS_API_KEY_ID>",
                          "STATE_COS_RESOURCE_CRN": "<STATE_COS_RESOURCE_CRN>",
                          "BACKUP_COS_API_KEY_ID": "<BACKUP_COS_API_KEY_ID>", "ISV_SECRET": "<ISV_SECRET>",
                          "SECRETS": "<SECRETS>", "DOCKER_USER": "robot", "COS_ENDPOINT": "https://e"})");
    QTest::newRow("spelling kept, mask canonical")
        << QByteArray(R"({"docker_password": "p", "Secret": "s"})")
        << QByteArray(R"({"docker_password": "<DOCKER_PASSWORD>", "Secret": "<SECRET>"})");
    QTest::newRow("both entries of a repeated key")
        << QByteArray(R"({"secret": "one", "SECRET": "two"})")
        << QByteArray(R"({"secret": "<SECRET>", "SECRET": "<SECRET>"})");
    QTest::newRow("empty secrets show as empty")
        << QByteArray(R"({"DOCKER_BASE_PASSWORD": "", "SECRETS": {}, "SECRET": null})")
        << QByteArray(R"({"DOCKER_BASE_PASSWORD": "", "SECRETS": {}, "SECRET": null})");
    QTest::newRow("non-string secret") << QByteArray(R"({"DOCKER_PASSWORD": 12345})")
                                       << QByteArray(R"({"DOCKER_PASSWORD": "<DOCKER_PASSWORD>"})");
}

void TestConfigRules::maskedJson()
{
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, expected);
    const ConfigDocument doc = parsed(config);
    // Compared as documents, so key order counts too.
    QCOMPARE(sbs::config::maskedJson(doc), parsed(expected).toJson());
    // The document itself is untouched.
    QCOMPARE(doc.toJson(), parsed(config).toJson());
}

void TestConfigRules::maskSecrets_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QByteArray config = R"({"DOCKER_USER": "robot", "DOCKER_PASSWORD": "pa$$w0rd",
        "SECRET": "c2VjcmV0K2xvbmc=", "COS_API_KEY_ID": "apikey-1", "MANIFEST_COS_API_KEY_ID": "apikey-12",
        "ISV_SECRET": {"DB": "db-pass"}, "DOCKER_RO_PASSWORD": "quo\"te\\back"})";
    QTest::newRow("password in a command") << config << "docker login -u robot -p pa$$w0rd"
                                           << "docker login -u robot -p <DOCKER_PASSWORD>";
    QTest::newRow("every occurrence") << config << "pa$$w0rd pa$$w0rd"
                                      << "<DOCKER_PASSWORD> <DOCKER_PASSWORD>";
    QTest::newRow("longer secret first") << config << "key=apikey-12 other=apikey-1"
                                         << "key=<MANIFEST_COS_API_KEY_ID> other=<COS_API_KEY_ID>";
    QTest::newRow("named secrets inside an object") << config << "connect db-pass"
                                                    << "connect <ISV_SECRET>";
    QTest::newRow("JSON-escaped form") << config << R"({"DOCKER_RO_PASSWORD": "quo\"te\\back"})"
                                       << R"({"DOCKER_RO_PASSWORD": "<DOCKER_RO_PASSWORD>"})";
    QTest::newRow("plain form") << config << "quo\"te\\back"
                                << "<DOCKER_RO_PASSWORD>";
    QTest::newRow("nothing secret") << config << "user robot at c2VjcmV0"
                                    << "user robot at c2VjcmV0";
    QTest::newRow("base64 secret") << config << "SECRET=c2VjcmV0K2xvbmc="
                                   << "SECRET=<SECRET>";
    QTest::newRow("empty secrets ignored")
        << QByteArray(R"({"SECRET": "", "DOCKER_PASSWORD": null})") << "abc"
        << "abc";
}

void TestConfigRules::maskSecrets()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(sbs::config::maskSecrets(text, parsed(config)), expected);
}

QTEST_GUILESS_MAIN(TestConfigRules)
#include "tst_configrules.moc"
