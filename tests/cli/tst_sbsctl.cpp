#include "SbsctlTestTools.h"
#include "SbsctlWorkFolder.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace sbs;

namespace {

const QString Uuid = test::sbsctlTestUuid();
const QString Base = test::defaultClientFile();
const QString CertDir = test::defaultCertDir();
using test::backupsOf;
using test::readJson;
using test::yamlValue;

} // namespace

// sbsctl as a program: usage, create-client-cert, create-server-cert, delete-certificates and own-CA
// mode, each run in a fresh temporary working folder.
class TestSbsctl : public QObject, public test::SbsctlWorkFolder
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void missingConfig();
    void createClientCertFillsTheConfig();
    void createClientCertNeverOverwrites();
    void createClientCertKeyTypes_data();
    void createClientCertKeyTypes();
    void createClientCertStopsBeforeTheConfig_data();
    void createClientCertStopsBeforeTheConfig();
    void createServerCert();
    void createServerCertForAnAddress();
    void deleteCertificates();
    void ownCaWithFlags();
    void ownCaRefusesBadCa_data();
    void ownCaRefusesBadCa();
};

void TestSbsctl::initTestCase()
{
    QVERIFY2(QFileInfo(test::binPath(QStringLiteral("sbsctl"))).isExecutable(),
             qPrintable(test::binPath(QStringLiteral("sbsctl"))));
}

void TestSbsctl::init()
{
    QVERIFY(resetWorkFolder());
}

void TestSbsctl::versionAndHelp()
{
    test::ProcessResult result = sbsctl({ QStringLiteral("--version") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("sbsctl "), result.out.constData());
    result = sbsctl({ QStringLiteral("--help") });
    QCOMPARE(result.exitCode, 0);
    for (const char* text :
         { "create-client-cert", "create-server-cert", "delete-certificates", "instance-env", "renew-certs",
           "--env", "--capath", "--cakeypath", "--csrpath", "--certpath", "--client-crt-key",
           "--container-name", "--verbose", "--key-type", "--force", "--days", "--pgp-public-key",
           "--plain-server-key", "rsa2048|rsa3072|rsa4096|p256|p384", "init", "update", "build", "clean",
           "status", "log", "get-manifest", "get-publickey", "get-signed-image-publickey", "get-digest",
           "get-state-image", "post-state-image", "verify-manifest FILE", "--new-secret", "--noverify",
           "--wait", "--follow", "--verify-manifest", "--verify-test", "--build-name", "--state-bucket-name",
           "--state-image", "--name", "--public-key", "--interval" })
        QVERIFY2(result.out.contains(text), text);
    QVERIFY(result.err.isEmpty());
}

void TestSbsctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing") << QStringList() << "no command given";
    QTest::newRow("unknown command") << QStringList { "frobnicate", "--env", "sbs-config.json" }
                                     << "unknown command";
    QTest::newRow("no --env") << QStringList { "create-client-cert" } << "needs --env FILE";
    QTest::newRow("unknown option") << QStringList { "instance-env", "--env", "c.json", "--bogus" }
                                    << "bogus";
    QTest::newRow("two commands") << QStringList { "instance-env", "renew-certs", "--env", "c.json" }
                                  << "one command at a time";
    QTest::newRow("remote without --env") << QStringList { "status" } << "needs --env FILE";
    QTest::newRow("verify-manifest without FILE") << QStringList { "verify-manifest", "--public-key", "k.pem" }
                                                  << "verify-manifest needs FILE";
    QTest::newRow("verify-manifest with two files")
        << QStringList { "verify-manifest", "a.sig.tbz", "b.sig.tbz", "--public-key", "k.pem" }
        << "one command at a time";
    QTest::newRow("verify-manifest without key") << QStringList { "verify-manifest", "a.sig.tbz" }
                                                 << "needs --public-key PEM";
    QTest::newRow("post-state-image without source")
        << QStringList { "post-state-image", "--env", "sbs-config.json" } << "either --state-image FILE";
    QTest::newRow("post-state-image with both")
        << QStringList { "post-state-image", "--env", "sbs-config.json", "--state-image", "f", "--name", "n",
                         "--state-bucket-name", "b" }
        << "either --state-image FILE";
    QTest::newRow("bad --key-type") << QStringList { "create-client-cert", "--env", "sbs-config.json",
                                                     "--key-type", "dsa1024" }
                                    << "is not a known key type";
    QTest::newRow("bad --days") << QStringList { "renew-certs", "--env", "sbs-config.json", "--days", "soon" }
                                << "is not a number of days";
}

void TestSbsctl::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QVERIFY(writeConfig({ { "HOSTNAME", "sbs.example.com" } }));
    const QStringList before = test::listTree(workDir());
    const test::ProcessResult result = sbsctl(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith("sbsctl: error: ") && result.err.contains(expected.toUtf8()),
             result.err.constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(test::listTree(workDir()), before);
}

void TestSbsctl::missingConfig()
{
    const test::ProcessResult result = sbsctl(
        { QStringLiteral("create-client-cert"), QStringLiteral("--env"), QStringLiteral("nope.json") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("nope.json") && result.err.contains("does not exist"),
             result.err.constData());
    QVERIFY(test::listTree(workDir()).isEmpty());
}

void TestSbsctl::createClientCertFillsTheConfig()
{
    QVERIFY(writeConfig({ { "HOSTNAME", "sbs.example.com" }, { "CONTAINER_NAME", "SBContainer" } }));
    const QByteArray original = test::readAll(path(QStringLiteral("sbs-config.json")));
    const test::ProcessResult result = sbsctl(
        { QStringLiteral("create-client-cert"), QStringLiteral("--env"), QStringLiteral("sbs-config.json") });
    QVERIFY2(result.ok(), result.text().constData());

    // UUID, SECRET and RUNTIME_TYPE were added, after a backup of the file as it was.
    const QJsonObject config = readJson(path(QStringLiteral("sbs-config.json")));
    const QString uuid = config.value(QLatin1String("UUID")).toString();
    QVERIFY(!QUuid::fromString(uuid).isNull());
    QCOMPARE(QUuid::fromString(uuid).version(), QUuid::Random);
    QCOMPARE(QByteArray::fromBase64(config.value(QLatin1String("SECRET")).toString().toLatin1()).size(), 128);
    QCOMPARE(config.value(QLatin1String("RUNTIME_TYPE")).toString(), QStringLiteral("vpc"));
    QCOMPARE(config.value(QLatin1String("HOSTNAME")).toString(), QStringLiteral("sbs.example.com"));
    const QStringList backups = backupsOf(workDir(), QStringLiteral("sbs-config.json"));
    QCOMPARE(backups.size(), 1);
    QCOMPARE(test::readAll(path(backups.first())), original);
    QCOMPARE(test::fileMode(path(QStringLiteral("sbs-config.json"))), 0600);
    QVERIFY2(result.out.contains("UUID") && result.out.contains(backups.first().toUtf8()),
             result.out.constData());

    const QString base = QStringLiteral(".SBContainer-") + uuid;
    QCOMPARE(test::fileMode(path(base)), 0600);
    QCOMPARE(test::fileMode(path(base + QStringLiteral(".d"))), 0700);
    QCOMPARE(test::listTree(path(base + QStringLiteral(".d"))),
             QStringList({ "client-ca-key.pem", "client-ca.pem", "client-cert-bundle.pem",
                           "client-cert-key.pem", "client-cert.pem", "client-csr.pem" }));
    const test::ProcessResult verified
        = test::runProcess(QStringLiteral("openssl"),
                           { QStringLiteral("verify"), QStringLiteral("-CAfile"),
                             QStringLiteral("client-ca.pem"), QStringLiteral("client-cert.pem") },
                           path(base + QStringLiteral(".d")));
    QVERIFY2(verified.ok(), verified.text().constData());
}

void TestSbsctl::createClientCertNeverOverwrites()
{
    QVERIFY(writeConfig({ { "UUID", Uuid }, { "SECRET", "c2VjcmV0" }, { "RUNTIME_TYPE", "vpc" } }));
    test::ProcessResult result = sbsctl({ QStringLiteral("create-client-cert"), QStringLiteral("--env"),
                                          QStringLiteral("sbs-config.json"), QStringLiteral("-vv") });
    QVERIFY2(result.ok(), result.text().constData());
    QVERIFY2(result.out.contains("wrote " + path(Base).toUtf8()), result.out.constData());
    // Nothing was missing from the config, so it was not rewritten.
    QVERIFY(backupsOf(workDir(), QStringLiteral("sbs-config.json")).isEmpty());
    const QStringList before = test::listTree(workDir());
    const QByteArray clientFile = test::readAll(path(Base));

    result = sbsctl(
        { QStringLiteral("create-client-cert"), QStringLiteral("--env"), QStringLiteral("sbs-config.json") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path(Base).toUtf8()) && result.err.contains("client-ca-key.pem")
                 && result.err.contains("delete-certificates"),
             result.err.constData());
    QCOMPARE(test::listTree(workDir()), before);
    QCOMPARE(test::readAll(path(Base)), clientFile);
}

void TestSbsctl::createClientCertKeyTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("default") << "" << QByteArray("Public-Key: (2048 bit)");
    QTest::newRow("rsa3072") << "rsa3072" << QByteArray("Public-Key: (3072 bit)");
    QTest::newRow("rsa4096") << "rsa4096" << QByteArray("Public-Key: (4096 bit)");
    QTest::newRow("p256") << "p256" << QByteArray("NIST CURVE: P-256");
    QTest::newRow("p384") << "p384" << QByteArray("NIST CURVE: P-384");
}

void TestSbsctl::createClientCertKeyTypes()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, expected);
    QVERIFY(writeConfig({ { "UUID", Uuid } }));
    QStringList arguments = { QStringLiteral("create-client-cert"), QStringLiteral("--env"),
                              QStringLiteral("sbs-config.json") };
    if (!type.isEmpty())
        arguments << QStringLiteral("--key-type") << type;
    const test::ProcessResult result = sbsctl(arguments);
    QVERIFY2(result.ok(), result.text().constData());
    for (const QString& cert : { QStringLiteral("client-cert.pem"), QStringLiteral("client-ca.pem") }) {
        const test::ProcessResult text
            = test::runProcess(QStringLiteral("openssl"),
                               { QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                                 QStringLiteral("-in"), CertDir + QLatin1Char('/') + cert },
                               workDir());
        QVERIFY2(text.out.contains(expected), text.text().constData());
    }
}

void TestSbsctl::createClientCertStopsBeforeTheConfig_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("expected");
    QTest::newRow("folder under a regular file") << "unwritable"
                                                 << "is a file, not a folder";
    QTest::newRow("CLIENT_CRT_KEY exists in own-CA mode but is garbage") << "garbage-client"
                                                                         << "is not a PEM file";
}

void TestSbsctl::createClientCertStopsBeforeTheConfig()
{
    QFETCH(QString, setup);
    QFETCH(QString, expected);
    // The config lacks UUID and SECRET: a failing run must not have added them either.
    QVERIFY(test::writeFile(path(QStringLiteral("plain-file")), "x"));
    QJsonObject config { { "HOSTNAME", "h.example" } };
    if (setup == QLatin1String("unwritable")) {
        // We run as root, so permission bits would not stop a write: nobody can create a
        // folder inside a regular file.
        config.insert(QStringLiteral("CLIENT_CRT_KEY"), QStringLiteral("plain-file/client.pem"));
    } else {
        QVERIFY(test::makeOpensslCa(workDir(), QStringLiteral("ca"),
                                    { QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                      QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") })
                    .isEmpty());
        config.insert(QStringLiteral("CAPATH"), QStringLiteral("ca.pem"));
        config.insert(QStringLiteral("CAKEYPATH"), QStringLiteral("ca-key.pem"));
        config.insert(QStringLiteral("CLIENT_CRT_KEY"), QStringLiteral("client.pem"));
        QVERIFY(test::writeFile(path(QStringLiteral("client.pem")), "garbage"));
    }
    QVERIFY(writeConfig(config));
    const QStringList before = test::listTree(workDir());
    const QByteArray original = test::readAll(path(QStringLiteral("sbs-config.json")));
    const test::ProcessResult result = sbsctl(
        { QStringLiteral("create-client-cert"), QStringLiteral("--env"), QStringLiteral("sbs-config.json") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(expected.toUtf8()), result.err.constData());
    QCOMPARE(test::listTree(workDir()), before);
    QCOMPARE(test::readAll(path(QStringLiteral("sbs-config.json"))), original);
}

void TestSbsctl::createServerCert()
{
    QVERIFY(writeConfig({ { "UUID", Uuid } }));
    const QStringList command = { QStringLiteral("create-server-cert"), QStringLiteral("--env"),
                                  QStringLiteral("sbs-config.json") };
    QVERIFY(sbsctl({ QStringLiteral("create-client-cert"), QStringLiteral("--env"),
                     QStringLiteral("sbs-config.json") })
                .ok());

    test::ProcessResult result = sbsctl(command);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("has no HOSTNAME"), result.err.constData());

    QVERIFY(writeConfig({ { "UUID", Uuid }, { "HOSTNAME", "sbs.example.com" } }));
    result = sbsctl(command + QStringList { QStringLiteral("-v") });
    QVERIFY2(result.ok(), result.text().constData());
    QVERIFY2(result.out.contains("DNS:sbs.example.com") && result.out.contains("wrote"),
             result.out.constData());
    QCOMPARE(test::fileMode(path(CertDir + QStringLiteral("/server-cert-key.pem"))), 0600);

    // Same HOSTNAME: kept.
    const QStringList before = test::listTree(workDir());
    result = sbsctl(command);
    QVERIFY2(result.ok(), result.text().constData());
    QVERIFY2(result.out.contains("kept"), result.out.constData());
    QCOMPARE(test::listTree(workDir()), before);

    // Another HOSTNAME: refused, naming both.
    QVERIFY(writeConfig({ { "UUID", Uuid }, { "HOSTNAME", "new.example.com" } }));
    result = sbsctl(command);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("DNS:sbs.example.com") && result.err.contains("new.example.com")
                 && result.err.contains("--force"),
             result.err.constData());
    QCOMPARE(test::listTree(workDir()), before);

    // --force: the old files are kept under a time-stamped name, new ones are written.
    const QByteArray oldKey = test::readAll(path(CertDir + QStringLiteral("/server-cert-key.pem")));
    result = sbsctl(command + QStringList { QStringLiteral("--force") });
    QVERIFY2(result.ok(), result.text().constData());
    const QString dir = path(CertDir);
    for (const QString& name : { QStringLiteral("server-csr.pem"), QStringLiteral("server-cert.pem"),
                                 QStringLiteral("server-cert-key.pem") })
        QCOMPARE(backupsOf(dir, name).size(), 1);
    QCOMPARE(
        test::readAll(dir + QLatin1Char('/') + backupsOf(dir, QStringLiteral("server-cert-key.pem")).first()),
        oldKey);
    const test::ProcessResult san = test::runProcess(
        QStringLiteral("openssl"),
        { QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-ext"),
          QStringLiteral("subjectAltName"), QStringLiteral("-in"), QStringLiteral("server-cert.pem") },
        dir);
    QVERIFY2(san.out.contains("DNS:new.example.com") && !san.out.contains("sbs.example.com"),
             san.text().constData());
}

void TestSbsctl::createServerCertForAnAddress()
{
    QVERIFY(writeConfig({ { "UUID", Uuid }, { "HOSTNAME", "192.0.2.10" } }));
    QVERIFY(sbsctl({ QStringLiteral("create-client-cert"), QStringLiteral("--env"),
                     QStringLiteral("sbs-config.json") })
                .ok());
    const test::ProcessResult result
        = sbsctl({ QStringLiteral("create-server-cert"), QStringLiteral("--env"),
                   QStringLiteral("sbs-config.json"), QStringLiteral("--key-type"), QStringLiteral("p256") });
    QVERIFY2(result.ok(), result.text().constData());
    const test::ProcessResult verified = test::runProcess(
        QStringLiteral("openssl"),
        { QStringLiteral("verify"), QStringLiteral("-CAfile"), QStringLiteral("client-ca.pem"),
          QStringLiteral("-verify_ip"), QStringLiteral("192.0.2.10"), QStringLiteral("server-cert.pem") },
        path(CertDir));
    QVERIFY2(verified.ok(), verified.text().constData());
}

void TestSbsctl::deleteCertificates()
{
    QVERIFY(writeConfig({ { "HOSTNAME", "sbs.example.com" } }));
    const QStringList remove = { QStringLiteral("delete-certificates"), QStringLiteral("--env"),
                                 QStringLiteral("sbs-config.json") };
    test::ProcessResult result = sbsctl(remove);
    QVERIFY2(result.ok() && result.out.contains("Nothing to delete"), result.text().constData());
    // Complete, so that create-client-cert does not rewrite it (and leave a backup).
    QVERIFY(writeConfig({ { "UUID", Uuid },
                          { "HOSTNAME", "sbs.example.com" },
                          { "SECRET", "c2VjcmV0" },
                          { "RUNTIME_TYPE", "vpc" } }));
    QVERIFY(sbsctl({ QStringLiteral("create-client-cert"), QStringLiteral("--env"),
                     QStringLiteral("sbs-config.json") })
                .ok());
    QVERIFY(sbsctl({ QStringLiteral("create-server-cert"), QStringLiteral("--env"),
                     QStringLiteral("sbs-config.json") })
                .ok());
    QCOMPARE(test::listTree(workDir()).size(), 12);
    result = sbsctl(remove);
    QVERIFY2(result.ok(), result.text().constData());
    QCOMPARE(test::listTree(workDir()), QStringList { "sbs-config.json" });
    result = sbsctl(remove);
    QVERIFY2(result.ok() && result.out.contains("Nothing to delete"), result.text().constData());
}

void TestSbsctl::ownCaWithFlags()
{
    QVERIFY(QDir().mkpath(path(QStringLiteral("ca"))));
    QVERIFY(test::makeOpensslCa(path(QStringLiteral("ca")), QStringLiteral("own"),
                                { QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                  QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") })
                .isEmpty());
    QVERIFY(writeConfig({ { "UUID", Uuid }, { "HOSTNAME", "sbs.example.com" } }));
    const QStringList flags = { QStringLiteral("--env"),
                                QStringLiteral("sbs-config.json"),
                                QStringLiteral("--capath"),
                                QStringLiteral("ca/own.pem"),
                                QStringLiteral("--cakeypath"),
                                QStringLiteral("ca/own-key.pem"),
                                QStringLiteral("--client-crt-key"),
                                QStringLiteral("me.pem"),
                                QStringLiteral("--csrpath"),
                                QStringLiteral("sbs-keys/server-csr.pem"),
                                QStringLiteral("--certpath"),
                                QStringLiteral("sbs-keys/server-cert.pem") };
    test::ProcessResult result = sbsctl(QStringList { QStringLiteral("create-client-cert") } + flags);
    QVERIFY2(result.ok(), result.text().constData());
    result = sbsctl(QStringList { QStringLiteral("create-client-cert") } + flags);
    QVERIFY2(result.ok() && result.out.contains("Using your files"), result.text().constData());
    result = sbsctl(QStringList { QStringLiteral("create-server-cert") } + flags);
    QVERIFY2(result.ok(), result.text().constData());
    QCOMPARE(test::listTree(path(QStringLiteral("sbs-keys"))),
             QStringList({ "server-cert-key.pem", "server-cert.pem", "server-csr.pem" }));
    for (const QString& cert : { QStringLiteral("me.pem"), QStringLiteral("sbs-keys/server-cert.pem") }) {
        const test::ProcessResult verified = test::runProcess(
            QStringLiteral("openssl"),
            { QStringLiteral("verify"), QStringLiteral("-CAfile"), QStringLiteral("ca/own.pem"), cert },
            workDir());
        QVERIFY2(verified.ok(), verified.text().constData());
    }
    result = sbsctl(QStringList { QStringLiteral("instance-env"), QStringLiteral("--plain-server-key") }
                    + flags);
    QVERIFY2(result.ok(), result.text().constData());
    QCOMPARE(yamlValue(result.out, "CLIENT_CA"), test::readAll(path(QStringLiteral("ca/own.pem"))));
    // delete-certificates leaves the user's own files alone.
    const QStringList before = test::listTree(workDir());
    result = sbsctl(QStringList { QStringLiteral("delete-certificates") } + flags);
    QVERIFY2(result.ok() && result.out.contains("Nothing was deleted"), result.text().constData());
    QCOMPARE(test::listTree(workDir()), before);
}

void TestSbsctl::ownCaRefusesBadCa_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing CA") << "missing"
                                << "does not exist";
    QTest::newRow("encrypted CA key") << "encrypted"
                                      << "encrypted private key";
    QTest::newRow("DER CA key") << "der"
                                << "binary DER form";
    QTest::newRow("CA without CA:TRUE") << "not-ca"
                                        << "is not a CA certificate";
    QTest::newRow("garbage CA") << "garbage"
                                << "is not a PEM file";
}

void TestSbsctl::ownCaRefusesBadCa()
{
    QFETCH(QString, setup);
    QFETCH(QString, expected);
    QString caPath = QStringLiteral("ca.pem");
    QString keyPath = QStringLiteral("ca-key.pem");
    QVERIFY(test::makeOpensslCa(workDir(), QStringLiteral("ca"),
                                { setup == QLatin1String("not-ca")
                                      ? QStringLiteral("basicConstraints=critical,CA:FALSE")
                                      : QStringLiteral("basicConstraints=critical,CA:TRUE") })
                .isEmpty());
    if (setup == QLatin1String("missing"))
        caPath = QStringLiteral("no-such-ca.pem");
    else if (setup == QLatin1String("encrypted"))
        keyPath = test::fixturePath(QStringLiteral("pki/encrypted-traditional.pem"));
    else if (setup == QLatin1String("der"))
        keyPath = test::fixturePath(QStringLiteral("pki/key.der"));
    else if (setup == QLatin1String("garbage"))
        caPath = test::fixturePath(QStringLiteral("pki/garbage.pem"));
    QVERIFY(
        writeConfig({ { "HOSTNAME", "sbs.example.com" }, { "CAPATH", caPath }, { "CAKEYPATH", keyPath } }));
    const QStringList before = test::listTree(workDir());
    for (const QString& command :
         { QStringLiteral("create-client-cert"), QStringLiteral("create-server-cert") }) {
        // create-server-cert needs the UUID that create-client-cert would add; give it one.
        if (command == QLatin1String("create-server-cert"))
            QVERIFY(writeConfig({ { "UUID", Uuid },
                                  { "HOSTNAME", "sbs.example.com" },
                                  { "CAPATH", caPath },
                                  { "CAKEYPATH", keyPath } }));
        const QStringList snapshot = test::listTree(workDir());
        const test::ProcessResult result
            = sbsctl({ command, QStringLiteral("--env"), QStringLiteral("sbs-config.json") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(expected.toUtf8()), result.err.constData());
        QCOMPARE(test::listTree(workDir()), snapshot);
    }
    QCOMPARE(test::listTree(workDir()), before);
}

QTEST_GUILESS_MAIN(TestSbsctl)
#include "tst_sbsctl.moc"
