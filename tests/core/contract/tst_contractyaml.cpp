#include "api/Answers.h"
#include "contract/ContractYaml.h"

#include <QRegularExpression>
#include <QTest>
#include <cstring>
#include <string>
#include <yaml-cpp/yaml.h>

using namespace sbs;
using sbs::contract::ContractEnv;
using sbs::contract::ContractYaml;

Q_DECLARE_METATYPE(sbs::contract::ContractEnv)

namespace {

YAML::Node load(const QByteArray& text)
{
    try {
        return YAML::Load(text.toStdString());
    } catch (const YAML::Exception& e) {
        qWarning("not YAML (%s):\n%s", e.what(), text.constData());
        return YAML::Node();
    }
}

QString scalar(const YAML::Node& node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QStringLiteral("<missing>");
}

QStringList keys(const YAML::Node& map)
{
    QStringList result;
    if (map && map.IsMap()) {
        for (const auto& entry : map)
            result << QString::fromStdString(entry.first.Scalar());
    }
    return result;
}

const char* const SigningKeyPem = "-----BEGIN PUBLIC KEY-----\n"
                                  "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
                                  "4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\n"
                                  "-----END PUBLIC KEY-----\n";

ContractEnv validEnv()
{
    ContractEnv env;
    env.loggingHost = QStringLiteral("syslog-a.eu-de.logging.cloud.ibm.com");
    env.loggingIngestionKey = QStringLiteral("0123456789abcdef0123456789abcdef");
    env.loggingPort = 6514;
    env.volumeSeed = QStringLiteral("a seed phrase");
    env.values = { { QStringLiteral("CLIENT_CRT"), QStringLiteral("LS0tLS1CRUdJTiBDRVJU") },
                   { QStringLiteral("CLIENT_CA"), QStringLiteral("LS0tLS1CRUdJTiBDQQ==") },
                   { QStringLiteral("SERVER_CRT"), QStringLiteral("LS0tLS1TRVJWRVI=") },
                   { QStringLiteral("SERVER_KEY"), QStringLiteral("LS0tLS1CRUdJTiBQR1A=") } };
    return env;
}

// A string with the form of an encrypted section (PROTOCOL.md §7): base64 of a 512-byte RSA
// block, then base64 of "Salted__", an 8-byte salt and two AES blocks.
QString sectionToken(char fill = '\x5a')
{
    const QByteArray a(512, fill);
    const QByteArray b = QByteArray("Salted__") + QByteArray(8, '\x01') + QByteArray(32, '\x02');
    return QStringLiteral("hyper-protect-basic.%1.%2")
        .arg(QString::fromLatin1(a.toBase64()), QString::fromLatin1(b.toBase64()));
}

} // namespace

class TestContractYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void envValuesReadBack_data();
    void envValuesReadBack();
    void envKeyOrderAndTypes();
    void envWithoutLoggingOrPort();
    void envSigningKeyReadsBack();
    void envCheck_data();
    void envCheck();
    void userData();
    void compose();
    void imagesSection_data();
    void imagesSection();
    void readWorkloadAccepts_data();
    void readWorkloadAccepts();
    void readWorkloadRefuses_data();
    void readWorkloadRefuses();
    void serviceName_data();
    void serviceName();
};

void TestContractYaml::envValuesReadBack_data()
{
    QTest::addColumn<QString>("value");
    const char* const tricky[]
        = { "a: b",        "#x",         " lead", "yes",  "123", "null",      "~",      "\"q\"",
            "multi\nline", "@x",         "*x",    "-x",   "{x}", "true",      "No",     "1e3",
            "0x1F",        "2024-01-01", "a #b",  "x\ry", "'s",  "tab\there", "trail ", "a\n\nb\n\n",
            "%x",          "!x",         "&x",    "|x",   ">x",  "[x]",       "key:",   "ü: 🙂" };
    for (const char* value : tricky)
        QTest::newRow(QByteArray(value).toPercentEncoding().constData()) << QString::fromUtf8(value);
}

void TestContractYaml::envValuesReadBack()
{
    QFETCH(QString, value);
    ContractEnv env = validEnv();
    env.values.append({ QStringLiteral("TRICKY"), value });
    env.volumeSeed = value.trimmed().isEmpty() ? QStringLiteral("seed") : value;
    env.loggingIngestionKey
        = value.contains(QRegularExpression(QStringLiteral("\\s"))) ? env.loggingIngestionKey : value;
    const Result<QByteArray> text = env.toYaml();
    QVERIFY2(text.isOk(), qPrintable(text.error()));
    const YAML::Node root = load(text.value());
    QVERIFY2(root.IsMap(), text->constData());

    const YAML::Node node = root["env"]["TRICKY"];
    QCOMPARE(scalar(node), value);
    // Not a plain scalar: a YAML 1.1 reader would make a bool, number or null of "yes", "123" or
    // "~", and the others would not read back at all.
    QVERIFY2(node.Tag() == "!", text->constData());
    QCOMPARE(scalar(root["volumes"]["hpsb"]["seed"]), env.volumeSeed);
    QCOMPARE(scalar(root["logging"]["logDNA"]["ingestionKey"]), env.loggingIngestionKey);
    QCOMPARE(scalar(root["env"]["CLIENT_CRT"]), QStringLiteral("LS0tLS1CRUdJTiBDRVJU"));
}

void TestContractYaml::envKeyOrderAndTypes()
{
    ContractEnv env = validEnv();
    env.values.append({ QStringLiteral("ZED"), QStringLiteral("z") });
    env.values.append({ QStringLiteral("ALPHA"), QStringLiteral("a") });
    env.signingKeyPem = QString::fromLatin1(SigningKeyPem);
    const Result<QByteArray> text = env.toYaml();
    QVERIFY2(text.isOk(), qPrintable(text.error()));
    const YAML::Node root = load(text.value());

    QCOMPARE(keys(root), QStringList({ "type", "logging", "volumes", "env", "signingKey" }));
    QCOMPARE(scalar(root["type"]), QStringLiteral("env"));
    QCOMPARE(keys(root["logging"]), QStringList({ "logDNA" }));
    QCOMPARE(keys(root["logging"]["logDNA"]), QStringList({ "hostname", "ingestionKey", "port" }));
    QCOMPARE(scalar(root["logging"]["logDNA"]["hostname"]), env.loggingHost);
    const YAML::Node port = root["logging"]["logDNA"]["port"];
    QCOMPARE(port.Tag(), std::string("?")); // a plain integer, not the string "6514"
    QCOMPARE(port.as<int>(), 6514);
    QCOMPARE(keys(root["volumes"]), QStringList({ "hpsb" }));
    QCOMPARE(keys(root["env"]),
             QStringList({ "CLIENT_CRT", "CLIENT_CA", "SERVER_CRT", "SERVER_KEY", "ZED", "ALPHA" }));
    // Block style, one key a line, as a person would write it.
    QVERIFY2(text->startsWith("type: env\nlogging:\n  logDNA:\n    hostname: "), text->constData());
    QVERIFY2(text->contains("\nvolumes:\n  hpsb:\n    seed: "), text->constData());
    QVERIFY2(!text->contains('{'), text->constData());
}

void TestContractYaml::envWithoutLoggingOrPort()
{
    ContractEnv env = validEnv();
    env.loggingPort = 0;
    Result<QByteArray> text = env.toYaml();
    QVERIFY2(text.isOk(), qPrintable(text.error()));
    YAML::Node root = load(text.value());
    QCOMPARE(keys(root["logging"]["logDNA"]), QStringList({ "hostname", "ingestionKey" }));

    env.loggingHost.clear();
    env.loggingIngestionKey.clear();
    env.loggingPort = 6514; // ignored without a host
    text = env.toYaml();
    QVERIFY2(text.isOk(), qPrintable(text.error()));
    root = load(text.value());
    QCOMPARE(keys(root), QStringList({ "type", "volumes", "env" }));
    QVERIFY2(!text->contains("logging"), text->constData());
}

void TestContractYaml::envSigningKeyReadsBack()
{
    ContractEnv env = validEnv();
    env.signingKeyPem = QString::fromLatin1(SigningKeyPem);
    const Result<QByteArray> text = env.toYaml();
    QVERIFY2(text.isOk(), qPrintable(text.error()));
    QCOMPARE(scalar(load(text.value())["signingKey"]), env.signingKeyPem);
    // A literal block keeps the PEM readable.
    QVERIFY2(text->contains("signingKey: |\n  -----BEGIN PUBLIC KEY-----\n  MIIB"), text->constData());

    env.signingKeyPem.chop(1); // without the final line break it still reads back the same
    const Result<QByteArray> chopped = env.toYaml();
    QVERIFY2(chopped.isOk(), qPrintable(chopped.error()));
    QCOMPARE(scalar(load(chopped.value())["signingKey"]), env.signingKeyPem);
}

void TestContractYaml::envCheck_data()
{
    QTest::addColumn<ContractEnv>("env");
    QTest::addColumn<QString>("expected");

    ContractEnv env = validEnv();
    env.volumeSeed.clear();
    QTest::newRow("no seed") << env << "The volume seed is empty";
    env.volumeSeed = QStringLiteral("  ");
    QTest::newRow("blank seed") << env << "The volume seed is empty";

    env = validEnv();
    env.loggingHost = QStringLiteral("syslog a.example");
    QTest::newRow("host with space") << env << "The logging host \"syslog a.example\" contains white space";
    env = validEnv();
    env.loggingIngestionKey.clear();
    QTest::newRow("host without key") << env << "An ingestion key is needed with a logging host";
    env = validEnv();
    env.loggingIngestionKey = QStringLiteral("secret-part other-part");
    QTest::newRow("key with space") << env << "The ingestion key contains white space";
    env = validEnv();
    env.loggingHost.clear();
    QTest::newRow("key without host") << env << "An ingestion key is given without a logging host";
    env = validEnv();
    env.loggingPort = 70000;
    QTest::newRow("port too large") << env << "The logging port 70000 is out of range";
    env.loggingPort = -1;
    QTest::newRow("negative port") << env << "The logging port -1 is out of range";

    env = validEnv();
    env.values.append({ QStringLiteral("1ABC"), QStringLiteral("x") });
    QTest::newRow("name starts with digit") << env << "The env name \"1ABC\" is not valid";
    env = validEnv();
    env.values.append({ QStringLiteral("A-B"), QStringLiteral("x") });
    QTest::newRow("name with dash") << env << "The env name \"A-B\" is not valid";
    env = validEnv();
    env.values.append({ QString(), QStringLiteral("x") });
    QTest::newRow("no name") << env << "An env entry has no name";
    env = validEnv();
    env.values.append({ QStringLiteral("CLIENT_CA"), QStringLiteral("x") });
    QTest::newRow("name twice") << env << "The env name CLIENT_CA appears twice";
    env = validEnv();
    env.values[3].second.clear();
    QTest::newRow("empty value") << env << "The env value of SERVER_KEY is empty";

    env = validEnv();
    env.signingKeyPem = QStringLiteral("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n");
    QTest::newRow("private signing key") << env << "The signing key holds a private key";
    env.signingKeyPem = QStringLiteral("not a key");
    QTest::newRow("garbage signing key") << env << "The signing key is not a PEM public key";
}

void TestContractYaml::envCheck()
{
    QFETCH(ContractEnv, env);
    QFETCH(QString, expected);
    QVERIFY2(validEnv().check().isOk(), qPrintable(validEnv().check().error()));

    const Status status = env.check();
    QVERIFY(!status.isOk());
    QVERIFY2(status.error().startsWith(expected), qPrintable(status.error()));
    // The ingestion key is a secret: no message repeats it.
    if (!env.loggingIngestionKey.isEmpty())
        QVERIFY2(!status.error().contains(env.loggingIngestionKey), qPrintable(status.error()));
    const Result<QByteArray> text = env.toYaml();
    QVERIFY(!text.isOk());
    QCOMPARE(text.error(), status.error());
}

void TestContractYaml::userData()
{
    const QString workload = sectionToken();
    const QString env = sectionToken('\x33');
    YAML::Node root = load(ContractYaml::userData(workload, env, QStringLiteral("c2lnbmF0dXJl")));
    QCOMPARE(keys(root), QStringList({ "workload", "env", "envWorkloadSignature" }));
    QCOMPARE(scalar(root["workload"]), workload);
    QCOMPARE(scalar(root["env"]), env);
    QCOMPARE(scalar(root["envWorkloadSignature"]), QStringLiteral("c2lnbmF0dXJl"));

    root = load(ContractYaml::userData(workload, env));
    QCOMPARE(keys(root), QStringList({ "workload", "env" }));
    // What the user saves can be chosen again as the workload file.
    const Result<QString> again
        = ContractYaml::readWorkload(ContractYaml::userData(workload, env), "user-data.yaml");
    QVERIFY2(again.isOk(), qPrintable(again.error()));
    QCOMPARE(again.value(), workload);
}

void TestContractYaml::compose()
{
    const QString reference
        = QStringLiteral("registry.example:5000/sbs/sample-app@sha256:"
                         "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    const QByteArray text = ContractYaml::compose(QStringLiteral("sample-app"), reference);
    const YAML::Node root = load(text);
    QCOMPARE(keys(root), QStringList({ "services" })); // no obsolete version key
    QCOMPARE(keys(root["services"]), QStringList({ "sample-app" }));
    QCOMPARE(keys(root["services"]["sample-app"]), QStringList({ "image" }));
    QCOMPARE(scalar(root["services"]["sample-app"]["image"]), reference);
    QVERIFY2(text.startsWith("services:\n  sample-app:\n    image: "), text.constData());
}

void TestContractYaml::imagesSection_data()
{
    QTest::addColumn<QString>("pushServer");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("kind"); // rhs or dct
    QTest::newRow("own registry") << "registry.example:5000"
                                  << "registry.example:5000/sbs/sample-app"
                                  << "rhs";
    QTest::newRow("IBM registry") << "de.icr.io"
                                  << "de.icr.io/sbs/sample-app"
                                  << "rhs";
    QTest::newRow("docker.io") << "docker.io"
                               << "docker.io/alice/sample-app"
                               << "dct";
    QTest::newRow("no push server") << ""
                                    << "docker.io/alice/sample-app"
                                    << "dct";
}

void TestContractYaml::imagesSection()
{
    QFETCH(QString, pushServer);
    QFETCH(QString, repository);
    QFETCH(QString, kind);
    api::SignedImageKey key;
    key.publicKey = QStringLiteral("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGA1b2c=\n=abcd\n"
                                   "-----END PGP PUBLIC KEY BLOCK-----\n");
    const QByteArray content = key.fileContent(pushServer);

    const YAML::Node root = load(ContractYaml::imagesSection(repository, content, pushServer));
    QCOMPARE(keys(root), QStringList({ "images" }));
    QCOMPARE(keys(root["images"]), QStringList({ kind }));
    const YAML::Node image = root["images"][kind.toStdString()][repository.toStdString()];
    QVERIFY2(image.IsMap(), qPrintable(keys(root["images"][kind.toStdString()]).join(", ")));
    if (kind == QLatin1String("dct")) {
        QCOMPARE(keys(image), QStringList({ "notary", "publicKey" }));
        QCOMPARE(scalar(image["notary"]), QStringLiteral("https://notary.docker.io"));
    } else {
        QCOMPARE(keys(image), QStringList({ "publicKey" }));
    }
    // publicKey is the base64 form of the key, one line.
    const QString publicKey = scalar(image["publicKey"]);
    QVERIFY(!publicKey.contains(QLatin1Char('\n')));
    QCOMPARE(QByteArray::fromBase64(publicKey.toLatin1()), key.publicKey.toUtf8());
}

void TestContractYaml::readWorkloadAccepts_data()
{
    const QString token = sectionToken();
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("bare") << token.toLatin1();
    QTest::newRow("bare with white space") << ("\n\n  " + token.toLatin1() + "  \r\n");
    QTest::newRow("workload key") << ("workload: " + token.toLatin1() + "\n");
    QTest::newRow("user-data.yaml") << ("# from IBM\nworkload: " + token.toLatin1()
                                        + "\nenv: " + token.toLatin1() + "\n");
    QTest::newRow("quoted") << ("workload: \"" + token.toLatin1() + "\"\n");
    QTest::newRow("folded") << ("workload: >-\n  " + token.toLatin1() + "\n");
}

void TestContractYaml::readWorkloadAccepts()
{
    QFETCH(QByteArray, text);
    const Result<QString> workload = ContractYaml::readWorkload(text, QStringLiteral("workload.yaml"));
    QVERIFY2(workload.isOk(), qPrintable(workload.error()));
    QCOMPARE(workload.value(), sectionToken());
}

void TestContractYaml::readWorkloadRefuses_data()
{
    const QByteArray token = sectionToken().toLatin1();
    const QByteArray parts = token.mid(int(strlen("hyper-protect-basic.")));
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "workload.yaml is empty";
    QTest::newRow("blank") << QByteArray("\n  \n") << "workload.yaml is empty";
    QTest::newRow("not YAML") << QByteArray("workload: [a, b\n") << "is neither a hyper-protect-basic";
    QTest::newRow("plain workload map")
        << QByteArray("workload:\n  type: workload\n  compose:\n    archive: H4sIAAAA\n")
        << "The workload section in workload.yaml is not encrypted; IBM supplies the SBS workload section "
           "already encrypted as hyper-protect-basic";
    QTest::newRow("plain workload alone")
        << QByteArray("type: workload\ncompose:\n  archive: H4sIAAAA\n") << "is not encrypted";
    QTest::newRow("other scheme") << ("hyper-protect-advanced." + parts)
                                  << "scheme \"hyper-protect-advanced\"";
    QTest::newRow("other scheme in YAML")
        << ("workload: hyper-protect-advanced." + parts) << "scheme \"hyper-protect-advanced\"";
    QTest::newRow("missing part") << token.left(token.lastIndexOf('.')) << "two parts";
    QTest::newRow("bad base64") << QByteArray("workload: hyper-protect-basic.abc$.def") << "not valid base64";
    QTest::newRow("list") << QByteArray("- " + token + "\n") << "YAML list";
    QTest::newRow("no workload key") << ("env: " + token + "\nother: 1\n")
                                     << "has no workload: key (its keys: env, other)";
    QTest::newRow("plain text") << QByteArray("hello world\n") << "not an encrypted workload section";
    QTest::newRow("only a comment") << QByteArray("# nothing here\n") << "holds no workload section";
    QTest::newRow("binary") << QByteArray("\x01\x00\x02", 3) << "not a text file";
    QTest::newRow("too large") << QByteArray(16 * 1024 * 1024 + 1, 'a') << "larger than 16 MiB";
}

void TestContractYaml::readWorkloadRefuses()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const Result<QString> workload = ContractYaml::readWorkload(text, QStringLiteral("workload.yaml"));
    QVERIFY(!workload.isOk());
    QVERIFY2(workload.error().contains(expected), qPrintable(workload.error()));
    QVERIFY2(workload.error().contains(QLatin1String("workload.yaml")), qPrintable(workload.error()));
}

void TestContractYaml::serviceName_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("expected");
    QTest::newRow("namespace") << "sbs/sample-app"
                               << "sample-app";
    QTest::newRow("registry with port") << "registry.example:5000/sbs/sample-app"
                                        << "sample-app";
    QTest::newRow("capitals and dot") << "docker.io/alice/Sample.App"
                                      << "sample-app";
    QTest::newRow("tag") << "docker.io/alice/app:v1"
                         << "app";
    QTest::newRow("digest") << "docker.io/alice/app@sha256:0123"
                            << "app";
    QTest::newRow("underscore") << "alice/my_app"
                                << "my_app";
    QTest::newRow("other characters") << "alice/my app!"
                                      << "my-app-";
    QTest::newRow("trailing slash") << "alice/app/"
                                    << "app";
    QTest::newRow("empty") << ""
                           << "app";
}

void TestContractYaml::serviceName()
{
    QFETCH(QString, repository);
    QFETCH(QString, expected);
    QCOMPARE(ContractYaml::serviceName(repository), expected);
}

QTEST_GUILESS_MAIN(TestContractYaml)
#include "tst_contractyaml.moc"
