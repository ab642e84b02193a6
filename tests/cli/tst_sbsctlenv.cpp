#include "SbsctlTestTools.h"
#include "SbsctlWorkFolder.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sbs;

namespace {

const QString Uuid = test::sbsctlTestUuid();
const QString Base = test::defaultClientFile();
const QString CertDir = test::defaultCertDir();
using test::backupsOf;
using test::yamlValue;

} // namespace

// sbsctl instance-env and renew-certs, with a test OpenPGP key pair standing in for the platform's.
class TestSbsctlEnv : public QObject, public test::SbsctlWorkFolder
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void instanceEnv();
    void instanceEnvClassicAndPlain();
    void instanceEnvRefusesBadKeys_data();
    void instanceEnvRefusesBadKeys();
    void renewCerts();

private:
    // Runs create-client-cert, then create-server-cert, on the folder's sbs-config.json.
    bool createCertificates() const;

    std::unique_ptr<test::GpgHome> m_platform; // the platform's OpenPGP key pair
    QTemporaryDir m_keys;
    QString m_publicKey;
    QString m_secretKey;
};

void TestSbsctlEnv::initTestCase()
{
    QVERIFY2(QFileInfo(test::binPath(QStringLiteral("sbsctl"))).isExecutable(),
             qPrintable(test::binPath(QStringLiteral("sbsctl"))));
    m_platform = std::make_unique<test::GpgHome>();
    const test::ProcessResult made = m_platform->generateKey(QStringLiteral("HPVS <hpvs@example.invalid>"));
    QVERIFY2(made.ok(), made.text().constData());
    m_publicKey = m_keys.filePath(QStringLiteral("hpvs.asc"));
    m_secretKey = m_keys.filePath(QStringLiteral("hpvs-secret.asc"));
    QVERIFY(test::writeFile(m_publicKey,
                            m_platform->exportPublicKey(QStringLiteral("hpvs@example.invalid")).out));
    QVERIFY(test::writeFile(m_secretKey,
                            m_platform->exportSecretKey(QStringLiteral("hpvs@example.invalid")).out));
}

void TestSbsctlEnv::cleanupTestCase()
{
    m_platform.reset();
}

void TestSbsctlEnv::init()
{
    QVERIFY(resetWorkFolder());
}

bool TestSbsctlEnv::createCertificates() const
{
    return sbsctl({ QStringLiteral("create-client-cert"), QStringLiteral("--env"),
                    QStringLiteral("sbs-config.json") })
               .ok()
        && sbsctl({ QStringLiteral("create-server-cert"), QStringLiteral("--env"),
                    QStringLiteral("sbs-config.json") })
               .ok();
}

void TestSbsctlEnv::instanceEnv()
{
    QVERIFY(writeConfig(
        { { "UUID", Uuid }, { "HOSTNAME", "sbs.example.com" }, { "HPVS_PUBLIC_KEY_FILE", m_publicKey } }));
    QVERIFY(sbsctl({ QStringLiteral("create-client-cert"), QStringLiteral("--env"),
                     QStringLiteral("sbs-config.json") })
                .ok());
    test::ProcessResult result = sbsctl(
        { QStringLiteral("instance-env"), QStringLiteral("--env"), QStringLiteral("sbs-config.json") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("run create-server-cert first"), result.err.constData());
    QVERIFY(sbsctl({ QStringLiteral("create-server-cert"), QStringLiteral("--env"),
                     QStringLiteral("sbs-config.json") })
                .ok());

    result = sbsctl(
        { QStringLiteral("instance-env"), QStringLiteral("--env"), QStringLiteral("sbs-config.json") });
    QVERIFY2(result.ok(), result.text().constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    static const QRegularExpression yaml(
        QStringLiteral("^(CLIENT_CRT|CLIENT_CA|SERVER_CRT|SERVER_KEY): \"[A-Za-z0-9+/=]+\"$"));
    for (const QByteArray& line : lines)
        QVERIFY2(yaml.match(QString::fromLatin1(line)).hasMatch(), line.constData());
    QCOMPARE(yamlValue(result.out, "CLIENT_CRT"),
             test::readAll(path(CertDir + QStringLiteral("/client-cert.pem"))));
    QCOMPARE(yamlValue(result.out, "CLIENT_CA"),
             test::readAll(path(CertDir + QStringLiteral("/client-ca.pem"))));
    QCOMPARE(yamlValue(result.out, "SERVER_CRT"),
             test::readAll(path(CertDir + QStringLiteral("/server-cert.pem"))));
    const test::ProcessResult decrypted = m_platform->decrypt(yamlValue(result.out, "SERVER_KEY"));
    QVERIFY2(decrypted.ok(), decrypted.text().constData());
    QCOMPARE(decrypted.out, test::readAll(path(CertDir + QStringLiteral("/server-cert-key.pem"))));

    // --pgp-public-key wins over the config.
    QVERIFY(test::writeFile(path(QStringLiteral("garbage.asc")), "garbage"));
    QVERIFY(writeConfig(
        { { "UUID", Uuid }, { "HOSTNAME", "sbs.example.com" }, { "HPVS_PUBLIC_KEY_FILE", "garbage.asc" } }));
    result = sbsctl({ QStringLiteral("instance-env"), QStringLiteral("--env"),
                      QStringLiteral("sbs-config.json"), QStringLiteral("--pgp-public-key"), m_publicKey });
    QVERIFY2(result.ok(), result.text().constData());
}

void TestSbsctlEnv::instanceEnvClassicAndPlain()
{
    QVERIFY(
        writeConfig({ { "UUID", Uuid }, { "HOSTNAME", "sbs.example.com" }, { "RUNTIME_TYPE", "classic" } }));
    QVERIFY(createCertificates());
    const test::ProcessResult result
        = sbsctl({ QStringLiteral("instance-env"), QStringLiteral("--env"), QStringLiteral("sbs-config.json"),
                   QStringLiteral("--plain-server-key") });
    QVERIFY2(result.ok(), result.text().constData());
    static const QRegularExpression classic(
        QStringLiteral("^-e CLIENT_CRT=\\S+ -e CLIENT_CA=\\S+ -e SERVER_CRT=\\S+ -e SERVER_KEY=(\\S+)\\n$"));
    const QRegularExpressionMatch match = classic.match(QString::fromLatin1(result.out));
    QVERIFY2(match.hasMatch(), result.out.constData());
    QCOMPARE(QByteArray::fromBase64(match.captured(1).toLatin1()),
             test::readAll(path(CertDir + QStringLiteral("/server-cert-key.pem"))));
    QVERIFY2(result.err.startsWith("sbsctl: warning: SERVER_KEY is not encrypted"), result.err.constData());
}

void TestSbsctlEnv::instanceEnvRefusesBadKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no key named") << ""
                                  << "HPVS_PUBLIC_KEY_FILE";
    QTest::newRow("secret key export") << "secret"
                                       << "secret key";
    QTest::newRow("garbage") << "garbage"
                             << "is not an OpenPGP public key";
    QTest::newRow("missing file") << "missing"
                                  << "does not exist";
}

void TestSbsctlEnv::instanceEnvRefusesBadKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QVERIFY(writeConfig({ { "UUID", Uuid }, { "HOSTNAME", "sbs.example.com" } }));
    QVERIFY(createCertificates());
    QStringList arguments
        = { QStringLiteral("instance-env"), QStringLiteral("--env"), QStringLiteral("sbs-config.json") };
    if (key == QLatin1String("secret"))
        arguments << QStringLiteral("--pgp-public-key") << m_secretKey;
    else if (key == QLatin1String("garbage"))
        arguments << QStringLiteral("--pgp-public-key")
                  << test::fixturePath(QStringLiteral("pki/garbage.pem"));
    else if (key == QLatin1String("missing"))
        arguments << QStringLiteral("--pgp-public-key") << QStringLiteral("missing.asc");
    const test::ProcessResult result = sbsctl(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(expected.toUtf8()), result.err.constData());
}

void TestSbsctlEnv::renewCerts()
{
    QVERIFY(writeConfig({ { "UUID", Uuid }, { "HOSTNAME", "sbs.example.com" } }));
    QVERIFY(createCertificates());
    const QStringList renew
        = { QStringLiteral("renew-certs"), QStringLiteral("--env"), QStringLiteral("sbs-config.json") };

    // Fresh certificates: nothing to renew, and nothing needs an OpenPGP key for that.
    const QStringList before = test::listTree(workDir());
    test::ProcessResult result = sbsctl(renew);
    QVERIFY2(result.ok(), result.text().constData());
    QVERIFY2(result.out.startsWith("Nothing to renew"), result.out.constData());
    QCOMPARE(test::listTree(workDir()), before);

    // Due (--days 400 > 365), but the new env cannot be printed without a key: nothing changes.
    result = sbsctl(renew + QStringList { QStringLiteral("--days"), QStringLiteral("400") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("HPVS_PUBLIC_KEY_FILE"), result.err.constData());
    QCOMPARE(test::listTree(workDir()), before);

    const QByteArray oldClient = test::readAll(path(Base));
    result = sbsctl(renew
                    + QStringList { QStringLiteral("--days"), QStringLiteral("400"),
                                    QStringLiteral("--pgp-public-key"), m_publicKey });
    QVERIFY2(result.ok(), result.text().constData());
    // stdout is the new env alone; the report is on stderr.
    QCOMPARE(result.out.trimmed().split('\n').size(), 4);
    QCOMPARE(yamlValue(result.out, "CLIENT_CRT"),
             test::readAll(path(CertDir + QStringLiteral("/client-cert.pem"))));
    QVERIFY2(result.err.contains("Renewed the client certificate")
                 && result.err.contains("Renewed the server certificate"),
             result.err.constData());
    QVERIFY(test::readAll(path(Base)) != oldClient);
    QCOMPARE(backupsOf(workDir(), Base).size(), 1);
    QCOMPARE(test::readAll(path(backupsOf(workDir(), Base).first())), oldClient);
    QCOMPARE(backupsOf(path(CertDir), QStringLiteral("server-cert.pem")).size(), 1);
    const test::ProcessResult verified = test::runProcess(
        QStringLiteral("openssl"),
        { QStringLiteral("verify"), QStringLiteral("-CAfile"), QStringLiteral("client-ca.pem"),
          QStringLiteral("client-cert.pem"), QStringLiteral("server-cert.pem") },
        path(CertDir));
    QVERIFY2(verified.ok(), verified.text().constData());
}

QTEST_GUILESS_MAIN(TestSbsctlEnv)
#include "tst_sbsctlenv.moc"
