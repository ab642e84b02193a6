#include "PkiTestTools.h"
#include "TestSupport.h"
#include "pki/OpenPgpEncryptor.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace sbs;
using namespace sbs::pki;

class TestOpenPgpEncryptor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void classify_data();
    void classify();
    void encryptsForTheKeyHolder_data();
    void encryptsForTheKeyHolder();
    void refusesWhatIsNotOnePublicKey_data();
    void refusesWhatIsNotOnePublicKey();
    void leavesTheUsersKeyringAlone();

private:
    std::unique_ptr<test::GpgHome> m_platform; // holds the "platform" key pair
    QByteArray m_publicArmoured;
    QByteArray m_publicBinary;
    QByteArray m_secretArmoured;
    QByteArray m_twoKeys;
};

void TestOpenPgpEncryptor::initTestCase()
{
    m_platform = std::make_unique<test::GpgHome>();
    QVERIFY(m_platform->isValid());
    const test::ProcessResult made
        = m_platform->generateKey(QStringLiteral("Platform <platform@example.invalid>"));
    QVERIFY2(made.ok(), made.text().constData());
    const test::ProcessResult other
        = m_platform->generateKey(QStringLiteral("Other <other@example.invalid>"));
    QVERIFY2(other.ok(), other.text().constData());
    m_publicArmoured = m_platform->exportPublicKey(QStringLiteral("platform@example.invalid")).out;
    m_publicBinary = m_platform->exportPublicKey(QStringLiteral("platform@example.invalid"), false).out;
    m_secretArmoured = m_platform->exportSecretKey(QStringLiteral("platform@example.invalid")).out;
    m_twoKeys = m_platform->exportPublicKey(QStringLiteral("example.invalid")).out;
    QVERIFY(m_publicArmoured.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));
    QVERIFY(!m_publicBinary.isEmpty());
    QVERIFY(m_secretArmoured.startsWith("-----BEGIN PGP PRIVATE KEY BLOCK-----"));
}

void TestOpenPgpEncryptor::cleanupTestCase()
{
    m_platform.reset();
}

void TestOpenPgpEncryptor::classify_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("kind");
    QTest::newRow("armoured public") << m_publicArmoured << int(OpenPgpEncryptor::KeyDataKind::PublicKey);
    QTest::newRow("binary public") << m_publicBinary << int(OpenPgpEncryptor::KeyDataKind::PublicKey);
    QTest::newRow("armoured secret") << m_secretArmoured << int(OpenPgpEncryptor::KeyDataKind::SecretKey);
    QTest::newRow("binary secret, old packet format")
        << QByteArray("\x95\x03\x98", 3) << int(OpenPgpEncryptor::KeyDataKind::SecretKey);
    QTest::newRow("binary secret, new packet format")
        << QByteArray("\xc5\x03\x98", 3) << int(OpenPgpEncryptor::KeyDataKind::SecretKey);
    QTest::newRow("a PGP message") << QByteArray("-----BEGIN PGP MESSAGE-----\n\nabc\n")
                                   << int(OpenPgpEncryptor::KeyDataKind::NotOpenPgp);
    QTest::newRow("a PEM key") << test::readAll(test::fixturePath(QStringLiteral("pki/rsa-traditional.pem")))
                               << int(OpenPgpEncryptor::KeyDataKind::NotOpenPgp);
    QTest::newRow("garbage") << test::readAll(test::fixturePath(QStringLiteral("pki/garbage.pem")))
                             << int(OpenPgpEncryptor::KeyDataKind::NotOpenPgp);
    QTest::newRow("empty") << QByteArray() << int(OpenPgpEncryptor::KeyDataKind::NotOpenPgp);
}

void TestOpenPgpEncryptor::classify()
{
    QFETCH(QByteArray, data);
    QFETCH(int, kind);
    QCOMPARE(int(OpenPgpEncryptor::classify(data)), kind);
}

void TestOpenPgpEncryptor::encryptsForTheKeyHolder_data()
{
    QTest::addColumn<bool>("armoured");
    QTest::newRow("armoured public key") << true;
    QTest::newRow("binary public key") << false;
}

void TestOpenPgpEncryptor::encryptsForTheKeyHolder()
{
    QFETCH(bool, armoured);
    const QByteArray plaintext
        = "-----BEGIN PRIVATE KEY-----\nnot really a key, but a secret\n-----END PRIVATE KEY-----\n";
    const Result<QByteArray> cipher = OpenPgpEncryptor::encrypt(armoured ? m_publicArmoured : m_publicBinary,
                                                                QStringLiteral("platform.asc"), plaintext);
    QVERIFY2(cipher, qPrintable(cipher.error()));
    QVERIFY(cipher->startsWith("-----BEGIN PGP MESSAGE-----"));
    QVERIFY(!cipher->contains("secret"));
    // gpg --decrypt with the matching private key gives the plaintext back.
    const test::ProcessResult decrypted = m_platform->decrypt(cipher.value());
    QVERIFY2(decrypted.ok(), decrypted.text().constData());
    QCOMPARE(decrypted.out, plaintext);
}

void TestOpenPgpEncryptor::refusesWhatIsNotOnePublicKey_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("secret key export") << m_secretArmoured << "is an OpenPGP secret key export";
    QTest::newRow("garbage") << QByteArray("hello") << "is not an OpenPGP public key";
    QTest::newRow("PEM instead of OpenPGP")
        << test::readAll(test::fixturePath(QStringLiteral("pki/rsa-traditional.pem")))
        << "is not an OpenPGP public key";
    QTest::newRow("armour around garbage") << QByteArray(
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nbm90IGEga2V5\n-----END PGP PUBLIC KEY BLOCK-----\n")
                                           << "holds no OpenPGP public key that GnuPG can read";
    QTest::newRow("two keys") << m_twoKeys << "holds 2 OpenPGP keys";
}

void TestOpenPgpEncryptor::refusesWhatIsNotOnePublicKey()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, expected);
    const Result<QByteArray> cipher = OpenPgpEncryptor::encrypt(key, QStringLiteral("hpvs.asc"), "secret");
    QVERIFY(!cipher);
    QVERIFY2(cipher.error().contains(expected) && cipher.error().contains(QLatin1String("hpvs.asc")),
             qPrintable(cipher.error()));
}

void TestOpenPgpEncryptor::leavesTheUsersKeyringAlone()
{
    // GNUPGHOME points at a "user" keyring; encrypting must neither read nor change it, and
    // must leave no temporary GnuPG folder behind.
    QTemporaryDir user;
    qputenv("GNUPGHOME", user.path().toLocal8Bit());
    const QStringList tempBefore
        = QDir::temp().entryList({ QStringLiteral("sbs-gnupg-*") }, QDir::AllEntries);
    const Result<QByteArray> cipher
        = OpenPgpEncryptor::encryptToKeyFile(QStringLiteral("/nonexistent/key.asc"), "x");
    QVERIFY(!cipher);
    QVERIFY2(cipher.error().contains(QLatin1String("/nonexistent/key.asc")), qPrintable(cipher.error()));
    QVERIFY(OpenPgpEncryptor::encrypt(m_publicArmoured, QStringLiteral("platform.asc"), "secret"));
    qunsetenv("GNUPGHOME");
    QCOMPARE(test::listTree(user.path()), QStringList());
    QCOMPARE(QDir::temp().entryList({ QStringLiteral("sbs-gnupg-*") }, QDir::AllEntries), tempBefore);
}

QTEST_GUILESS_MAIN(TestOpenPgpEncryptor)
#include "tst_openpgpencryptor.moc"
