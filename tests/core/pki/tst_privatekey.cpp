#include "PkiTestTools.h"
#include "TestSupport.h"
#include "pki/KeyType.h"
#include "pki/PrivateKey.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/evp.h>

using namespace sbs;
using namespace sbs::pki;

class TestPrivateKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyTypeNames_data();
    void keyTypeNames();
    void generate_data();
    void generate();
    void generateAsync();
    void readsTraditionalForms_data();
    void readsTraditionalForms();
    void refusesBadInput_data();
    void refusesBadInput();
    void loadNamesMissingFile();
};

void TestPrivateKey::keyTypeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("known");
    QTest::newRow("rsa2048") << "rsa2048" << int(KeyType::Rsa2048) << true;
    QTest::newRow("rsa3072") << "rsa3072" << int(KeyType::Rsa3072) << true;
    QTest::newRow("rsa4096 upper case") << "RSA4096" << int(KeyType::Rsa4096) << true;
    QTest::newRow("p256") << "p256" << int(KeyType::EcP256) << true;
    QTest::newRow("p384") << " p384 " << int(KeyType::EcP384) << true;
    QTest::newRow("unknown") << "ed25519" << 0 << false;
    QTest::newRow("empty") << "" << 0 << false;
}

void TestPrivateKey::keyTypeNames()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(bool, known);
    const std::optional<KeyType> parsed = keyTypeFromName(name);
    QCOMPARE(parsed.has_value(), known);
    if (known) {
        QCOMPARE(int(*parsed), type);
        QCOMPARE(keyTypeName(*parsed), name.trimmed().toLower());
        QVERIFY(keyTypeChoices().contains(keyTypeName(*parsed)));
    }
}

void TestPrivateKey::generate_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("curve");
    QTest::newRow("rsa2048") << int(KeyType::Rsa2048) << "RSA" << 2048 << "";
    QTest::newRow("rsa3072") << int(KeyType::Rsa3072) << "RSA" << 3072 << "";
    QTest::newRow("rsa4096") << int(KeyType::Rsa4096) << "RSA" << 4096 << "";
    QTest::newRow("p256") << int(KeyType::EcP256) << "EC" << 256 << "P-256";
    QTest::newRow("p384") << int(KeyType::EcP384) << "EC" << 384 << "P-384";
}

void TestPrivateKey::generate()
{
    QFETCH(int, type);
    QFETCH(QString, algorithm);
    QFETCH(int, bits);
    QFETCH(QString, curve);

    const Result<PrivateKey> key = PrivateKey::generate(KeyType(type));
    QVERIFY2(key, qPrintable(key.error()));
    // Read back with OpenSSL directly, not through our own description.
    QCOMPARE(EVP_PKEY_get_bits(key->handle()), bits);
    QVERIFY(EVP_PKEY_is_a(key->handle(), algorithm.toLatin1().constData()));
    const KeyInfo info = key->info();
    QCOMPARE(info.algorithm, algorithm);
    QCOMPARE(info.bits, bits);
    QCOMPARE(info.curve, curve);
    QCOMPARE(int(info.closestKeyType()), type);

    // PKCS#8 PEM that reads back to the same key, and that the openssl CLI accepts.
    const Result<SecretBytes> pem = key->toPem();
    QVERIFY2(pem, qPrintable(pem.error()));
    QVERIFY(pem->bytes().startsWith("-----BEGIN PRIVATE KEY-----\n"));
    const Result<PrivateKey> again = PrivateKey::fromPem(pem->bytes(), QStringLiteral("memory"));
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(EVP_PKEY_eq(again->handle(), key->handle()), 1);
    QVERIFY(again->samePublicKey(key->handle()));

    QTemporaryDir dir;
    QVERIFY(test::writeFile(dir.filePath(QStringLiteral("key.pem")), pem->bytes()));
    const test::ProcessResult check
        = test::runProcess(QStringLiteral("openssl"),
                           { QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("key.pem"),
                             QStringLiteral("-check"), QStringLiteral("-noout") },
                           dir.path());
    QVERIFY2(check.ok(), check.text().constData());

    // Two generations give two different keys.
    const Result<PrivateKey> other = PrivateKey::generate(KeyType(type));
    QVERIFY(other);
    QVERIFY(!other->samePublicKey(key->handle()));
    QVERIFY(key->publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
}

void TestPrivateKey::generateAsync()
{
    // The GUI's path: the key is made on the thread pool and arrives through a QFuture.
    QFutureWatcher<Result<PrivateKey>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<Result<PrivateKey>>::finished);
    watcher.setFuture(PrivateKey::generateAsync(KeyType::EcP384));
    QVERIFY(finished.wait(60000) || finished.count() == 1);
    const Result<PrivateKey> key = watcher.result();
    QVERIFY2(key, qPrintable(key.error()));
    QCOMPARE(key->info().curve, QStringLiteral("P-384"));
}

void TestPrivateKey::readsTraditionalForms_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("algorithm");
    QTest::newRow("BEGIN RSA PRIVATE KEY") << "pki/rsa-traditional.pem"
                                           << "RSA";
    QTest::newRow("BEGIN EC PRIVATE KEY") << "pki/ec-traditional.pem"
                                          << "EC";
}

void TestPrivateKey::readsTraditionalForms()
{
    QFETCH(QString, fixture);
    QFETCH(QString, algorithm);
    const Result<PrivateKey> key = PrivateKey::load(test::fixturePath(fixture), QStringLiteral("key"));
    QVERIFY2(key, qPrintable(key.error()));
    QCOMPARE(key->info().algorithm, algorithm);
}

void TestPrivateKey::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("expected");
    const QByteArray certificateOnly = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    QTest::newRow("empty") << QByteArray() << "is empty";
    QTest::newRow("blank") << QByteArray("\n  \n") << "is empty";
    QTest::newRow("garbage") << test::readAll(test::fixturePath(QStringLiteral("pki/garbage.pem")))
                             << "is not a PEM file";
    QTest::newRow("end line only") << test::readAll(test::fixturePath(QStringLiteral("pki/truncated.pem")))
                                   << "is not a PEM file";
    QTest::newRow("DER") << test::readAll(test::fixturePath(QStringLiteral("pki/key.der")))
                         << "binary DER form";
    QTest::newRow("encrypted PKCS#8")
        << test::readAll(test::fixturePath(QStringLiteral("pki/encrypted-pkcs8.pem")))
        << "encrypted private key";
    QTest::newRow("encrypted traditional")
        << test::readAll(test::fixturePath(QStringLiteral("pki/encrypted-traditional.pem")))
        << "encrypted private key";
    QTest::newRow("a certificate, no key") << certificateOnly << "holds no readable private key";
}

void TestPrivateKey::refusesBadInput()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, expected);
    // An encrypted key must fail at once: the passphrase callback refuses, nothing prompts.
    QElapsedTimer timer;
    timer.start();
    const Result<PrivateKey> key = PrivateKey::fromPem(pem, QStringLiteral("input.pem"));
    QVERIFY(!key);
    QVERIFY2(key.error().contains(expected), qPrintable(key.error()));
    QVERIFY2(key.error().startsWith(QLatin1String("input.pem")), qPrintable(key.error()));
    QVERIFY(timer.elapsed() < 5000);
}

void TestPrivateKey::loadNamesMissingFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nope.pem"));
    Result<PrivateKey> key = PrivateKey::load(missing, QStringLiteral("CA key (CAKEYPATH)"));
    QVERIFY(!key);
    QVERIFY2(key.error().contains(missing) && key.error().contains(QLatin1String("does not exist")),
             qPrintable(key.error()));
    key = PrivateKey::load(dir.path(), QStringLiteral("CA key (CAKEYPATH)"));
    QVERIFY(!key);
    QVERIFY2(key.error().contains(QLatin1String("is a folder")), qPrintable(key.error()));
}

QTEST_GUILESS_MAIN(TestPrivateKey)
#include "tst_privatekey.moc"
