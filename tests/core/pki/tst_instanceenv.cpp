#include "PkiTestTools.h"
#include "TestSupport.h"
#include "config/ConfigDocument.h"
#include "contract/InstanceEnv.h"
#include "pki/CertificateManager.h"
#include "pki/CertificateSet.h"

#include <QDir>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sbs;
using namespace sbs::pki;
using sbs::contract::InstanceEnv;

class TestInstanceEnv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void valuesAreTheFiles();
    void formats_data();
    void formats();
    void plainServerKey();
    void keyPathFromConfigOrOption();
    void refusesBadInput_data();
    void refusesBadInput();
    void warnsAboutExpiry();

private:
    CertificateLayout makeProfile(const QString& workDir, const QDateTime& issued = QDateTime());

    std::unique_ptr<test::GpgHome> m_platform;
    QTemporaryDir m_keys;
    QString m_publicKey;
    QString m_secretKey;
};

void TestInstanceEnv::initTestCase()
{
    m_platform = std::make_unique<test::GpgHome>();
    const test::ProcessResult made = m_platform->generateKey(QStringLiteral("HPVS <hpvs@example.invalid>"));
    QVERIFY2(made.ok(), made.text().constData());
    m_publicKey = m_keys.filePath(QStringLiteral("hpvs-public.asc"));
    m_secretKey = m_keys.filePath(QStringLiteral("hpvs-secret.asc"));
    QVERIFY(test::writeFile(m_publicKey,
                            m_platform->exportPublicKey(QStringLiteral("hpvs@example.invalid")).out));
    QVERIFY(test::writeFile(m_secretKey,
                            m_platform->exportSecretKey(QStringLiteral("hpvs@example.invalid")).out));
}

void TestInstanceEnv::cleanupTestCase()
{
    m_platform.reset();
}

CertificateLayout TestInstanceEnv::makeProfile(const QString& workDir, const QDateTime& issued)
{
    const QString path = QDir(workDir).filePath(QStringLiteral("sbs-config.json"));
    test::writeConfig(
        path, { { "UUID", "77f7b6a4-3333-4b5c-9d0e-1f2a3b4c5d6e" }, { "HOSTNAME", "sbs.example.com" } });
    const CertificateLayout layout
        = CertificateLayout::resolve(config::ConfigDocument::load(path).value(), path, workDir).value();
    CertificateManager manager(layout);
    manager.setCurrentTime(issued);
    manager.createClientCertificates(KeyType::EcP256);
    manager.createServerCertificate(QStringLiteral("sbs.example.com"), KeyType::EcP256, false);
    return layout;
}

void TestInstanceEnv::valuesAreTheFiles()
{
    QTemporaryDir work;
    const CertificateLayout layout = makeProfile(work.path());
    InstanceEnv::Options options;
    options.pgpPublicKeyPath = m_publicKey;
    const Result<InstanceEnv> env = InstanceEnv::build(layout, options);
    QVERIFY2(env, qPrintable(env.error()));
    QCOMPARE(env->values().size(), 4);
    QCOMPARE(env->values().at(0).first, QStringLiteral("CLIENT_CRT"));
    QCOMPARE(env->values().at(3).first, QStringLiteral("SERVER_KEY"));
    QVERIFY(env->warnings().isEmpty());

    // CLIENT_CRT is the certificate part of CLIENT_CRT_KEY, never its key.
    const QByteArray clientCrt = QByteArray::fromBase64(env->value(QStringLiteral("CLIENT_CRT")).toLatin1());
    QCOMPARE(clientCrt, test::readAll(layout.clientCertPath()));
    QVERIFY(!clientCrt.contains("PRIVATE KEY"));
    QCOMPARE(QByteArray::fromBase64(env->value(QStringLiteral("CLIENT_CA")).toLatin1()),
             test::readAll(layout.caCertPath()));
    QCOMPARE(QByteArray::fromBase64(env->value(QStringLiteral("SERVER_CRT")).toLatin1()),
             test::readAll(layout.serverCertPath()));

    // SERVER_KEY: base64 of an armoured OpenPGP message that only the platform can open.
    const QByteArray armoured = QByteArray::fromBase64(env->value(QStringLiteral("SERVER_KEY")).toLatin1());
    QVERIFY(armoured.startsWith("-----BEGIN PGP MESSAGE-----"));
    QVERIFY(!armoured.contains("PRIVATE KEY"));
    const test::ProcessResult decrypted = m_platform->decrypt(armoured);
    QVERIFY2(decrypted.ok(), decrypted.text().constData());
    QCOMPARE(decrypted.out, test::readAll(layout.serverKeyPath()));
}

void TestInstanceEnv::formats_data()
{
    QTest::addColumn<QString>("runtimeType");
    QTest::addColumn<bool>("classic");
    QTest::newRow("vpc") << "vpc" << false;
    QTest::newRow("on-prem") << "on-prem" << false;
    QTest::newRow("unset") << "" << false;
    QTest::newRow("classic") << "classic" << true;
    QTest::newRow("Classic") << "Classic" << true;
}

void TestInstanceEnv::formats()
{
    QFETCH(QString, runtimeType);
    QFETCH(bool, classic);
    QTemporaryDir work;
    const CertificateLayout layout = makeProfile(work.path());
    InstanceEnv::Options options;
    options.plainServerKey = true;
    const Result<InstanceEnv> env = InstanceEnv::build(layout, options);
    QVERIFY2(env, qPrintable(env.error()));
    const QString text = env->format(runtimeType);
    if (classic) {
        static const QRegularExpression line(QStringLiteral(
            "^-e CLIENT_CRT=[A-Za-z0-9+/=]+ -e CLIENT_CA=[A-Za-z0-9+/=]+ -e SERVER_CRT=[A-Za-z0-9+/=]+ "
            "-e SERVER_KEY=[A-Za-z0-9+/=]+\\n$"));
        QVERIFY2(line.match(text).hasMatch(), qPrintable(text));
    } else {
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        static const QRegularExpression yaml(QStringLiteral("^([A-Z_]+): \"([A-Za-z0-9+/=]+)\"$"));
        for (int i = 0; i < 4; ++i) {
            const QRegularExpressionMatch match = yaml.match(lines.at(i));
            QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
            QCOMPARE(match.captured(1), env->values().at(i).first);
            QCOMPARE(match.captured(2), env->values().at(i).second);
        }
    }
}

void TestInstanceEnv::plainServerKey()
{
    QTemporaryDir work;
    const CertificateLayout layout = makeProfile(work.path());
    InstanceEnv::Options options;
    options.plainServerKey = true;
    options.pgpPublicKeyPath = m_publicKey; // plain wins: the local sbs-server case
    const Result<InstanceEnv> env = InstanceEnv::build(layout, options);
    QVERIFY2(env, qPrintable(env.error()));
    QCOMPARE(QByteArray::fromBase64(env->value(QStringLiteral("SERVER_KEY")).toLatin1()),
             test::readAll(layout.serverKeyPath()));
}

void TestInstanceEnv::keyPathFromConfigOrOption()
{
    const config::ConfigDocument doc
        = config::ConfigDocument::parse(R"({"HPVS_PUBLIC_KEY_FILE": "keys/hpvs.asc"})", QStringLiteral("c"))
              .value();
    QCOMPARE(InstanceEnv::pgpKeyPath(doc, QStringLiteral("/w")), QStringLiteral("/w/keys/hpvs.asc"));
    QCOMPARE(InstanceEnv::pgpKeyPath(doc, QStringLiteral("/w"), QStringLiteral("/abs/k.asc")),
             QStringLiteral("/abs/k.asc"));
    const config::ConfigDocument empty = config::ConfigDocument::parse("{}", QStringLiteral("c")).value();
    QVERIFY(InstanceEnv::pgpKeyPath(empty, QStringLiteral("/w")).isEmpty());
    const Status missing = InstanceEnv::checkOptions({}, QStringLiteral("/w/sbs-config.json"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QLatin1String("HPVS_PUBLIC_KEY_FILE"))
                 && missing.error().contains(QLatin1String("/w/sbs-config.json")),
             qPrintable(missing.error()));
}

void TestInstanceEnv::refusesBadInput_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no OpenPGP key named") << "no-key"
                                          << "HPVS_PUBLIC_KEY_FILE";
    QTest::newRow("secret key export") << "secret"
                                       << "secret key";
    QTest::newRow("garbage key file") << "garbage"
                                      << "is not an OpenPGP public key";
    QTest::newRow("missing key file") << "missing"
                                      << "does not exist";
    QTest::newRow("no server certificate") << "no-server"
                                           << "run create-server-cert first";
    QTest::newRow("no certificates at all") << "nothing"
                                            << "run create-client-cert first";
    QTest::newRow("server key from elsewhere") << "server-key"
                                               << "is not the key of the server certificate";
    QTest::newRow("client file broken") << "client-garbage"
                                        << "is not a PEM file";
}

void TestInstanceEnv::refusesBadInput()
{
    QFETCH(QString, setup);
    QFETCH(QString, expected);
    QTemporaryDir work;
    CertificateLayout layout = makeProfile(work.path());
    InstanceEnv::Options options;
    options.pgpPublicKeyPath = m_publicKey;
    if (setup == QLatin1String("no-key"))
        options.pgpPublicKeyPath.clear();
    else if (setup == QLatin1String("secret"))
        options.pgpPublicKeyPath = m_secretKey;
    else if (setup == QLatin1String("garbage"))
        options.pgpPublicKeyPath = test::fixturePath(QStringLiteral("pki/garbage.pem"));
    else if (setup == QLatin1String("missing"))
        options.pgpPublicKeyPath = work.filePath(QStringLiteral("none.asc"));
    else if (setup == QLatin1String("no-server"))
        QFile::remove(layout.serverCertPath());
    else if (setup == QLatin1String("nothing"))
        CertificateManager(layout).deleteCertificates();
    else if (setup == QLatin1String("server-key"))
        test::writeFile(layout.serverKeyPath(), PrivateKey::generate(KeyType::EcP256)->toPem()->bytes());
    else if (setup == QLatin1String("client-garbage"))
        test::writeFile(layout.clientCrtKeyPath(), "garbage");
    const QStringList before = test::listTree(work.path());
    const Result<InstanceEnv> env = InstanceEnv::build(layout, options);
    QVERIFY(!env);
    QVERIFY2(env.error().contains(expected), qPrintable(env.error()));
    QCOMPARE(test::listTree(work.path()), before);
}

void TestInstanceEnv::warnsAboutExpiry()
{
    QTemporaryDir work;
    const CertificateLayout layout = makeProfile(work.path(), QDateTime::currentDateTimeUtc().addDays(-350));
    InstanceEnv::Options options;
    options.plainServerKey = true;
    Result<InstanceEnv> env = InstanceEnv::build(layout, options);
    QVERIFY(env);
    QCOMPARE(env->warnings().size(), 2); // client and server; the CA has a year left
    QVERIFY2(env->warnings().first().contains(QLatin1String("expires in 14 days")),
             qPrintable(env->warnings().first()));
    options.now = QDateTime::currentDateTimeUtc().addDays(30);
    env = InstanceEnv::build(layout, options);
    QVERIFY(env);
    QVERIFY2(env->warnings().join(' ').contains(QLatin1String("expired on")),
             qPrintable(env->warnings().join(' ')));
}

QTEST_GUILESS_MAIN(TestInstanceEnv)
#include "tst_instanceenv.moc"
