#include "state/StateCipher.h"

#include <QTest>

using sbs::state::StateCipher;

// Sealing and opening state images (PROTOCOL.md §6): only both secrets open an intact image.
class TestStateCipher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void sealsDifferentlyEachTime();
    void refuses_data();
    void refuses();
    void needsBothSecrets();
};

namespace {
const QByteArray plain = R"({"config": {"SECRET": "s"}, "manifest_key": "-----BEGIN PRIVATE KEY-----"})";
const QByteArray user = "dXNlci1zZWNyZXQ=";
const QByteArray server = QByteArray(32, '\x5a');
} // namespace

void TestStateCipher::roundTrip()
{
    auto sealed = StateCipher::seal(plain, user, server);
    QVERIFY2(sealed, qPrintable(sealed.error()));
    QVERIFY(sealed->startsWith("SBSSTATE1"));
    QVERIFY(!sealed->contains("SECRET"));
    auto opened = StateCipher::open(sealed.value(), user, server);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(opened.value(), plain);
    QVERIFY(StateCipher::open(StateCipher::seal(QByteArray(), user, server).value(), user, server));
}

void TestStateCipher::sealsDifferentlyEachTime()
{
    QVERIFY(StateCipher::seal(plain, user, server).value() != StateCipher::seal(plain, user, server).value());
}

void TestStateCipher::refuses_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("wrong user secret") << 0;
    QTest::newRow("other server") << 1;
    QTest::newRow("truncated") << 2;
    QTest::newRow("altered byte") << 3;
    QTest::newRow("altered header") << 4;
    QTest::newRow("not a state image") << 5;
}

void TestStateCipher::refuses()
{
    QFETCH(int, change);
    QByteArray sealed = StateCipher::seal(plain, user, server).value();
    QByteArray userSecret = user;
    QByteArray serverSecret = server;
    switch (change) {
    case 0:
        userSecret = "b3RoZXI=";
        break;
    case 1:
        serverSecret = QByteArray(32, '\x5b');
        break;
    case 2:
        sealed.chop(1);
        break;
    case 3:
        sealed[sealed.size() / 2] = char(sealed.at(sealed.size() / 2) ^ 1);
        break;
    case 4:
        sealed[0] = 'X';
        break;
    case 5:
        sealed = "{}";
        break;
    }
    auto opened = StateCipher::open(sealed, userSecret, serverSecret);
    QVERIFY(!opened);
    QVERIFY(!opened.error().isEmpty());
}

void TestStateCipher::needsBothSecrets()
{
    QVERIFY(!StateCipher::seal(plain, QByteArray(), server));
    QVERIFY(!StateCipher::seal(plain, user, QByteArray()));
}

QTEST_GUILESS_MAIN(TestStateCipher)
#include "tst_statecipher.moc"
