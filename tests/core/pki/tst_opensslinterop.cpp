#include "PkiTestTools.h"
#include "TestSupport.h"
#include "config/ConfigDocument.h"
#include "pki/CertificateManager.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sbs;
using namespace sbs::pki;

namespace {

// A profile's certificate files, made by our code, for the openssl CLI to judge.
struct Profile
{
    QString ca;
    QString clientCert;
    QString clientKey;
    QString serverCert;
    QString serverKey;
};

Profile makeProfile(const QString& workDir, const QString& host, KeyType type, const QJsonObject& extra = {})
{
    QJsonObject config = extra;
    config.insert(QStringLiteral("UUID"), QStringLiteral("9e0e1b3c-4444-4f5a-8b6c-7d8e9f0a1b2c"));
    config.insert(QStringLiteral("HOSTNAME"), host);
    const QString path = QDir(workDir).filePath(QStringLiteral("sbs-config.json"));
    test::writeConfig(path, config);
    const CertificateLayout layout
        = CertificateLayout::resolve(config::ConfigDocument::load(path).value(), path, workDir).value();
    const CertificateManager manager(layout);
    const Result<CertificateReport> client = manager.createClientCertificates(type);
    const Result<CertificateReport> server = manager.createServerCertificate(host, type, false);
    if (!client || !server)
        qWarning("%s %s", qPrintable(client.error()), qPrintable(server.error()));
    return { layout.caCertPath(), layout.clientCertPath(), layout.clientKeyPath(), layout.serverCertPath(),
             layout.serverKeyPath() };
}

test::ProcessResult openssl(const QStringList& arguments)
{
    return test::runProcess(QStringLiteral("openssl"), arguments);
}

// openssl s_server on a free loopback port, requiring a client certificate (-Verify 1) and
// answering one connection (-naccept 1) with its status page (-www).
class OpensslServer
{
public:
    bool start(const Profile& profile)
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            // Port 0 makes the kernel choose a free port; another process could take it before
            // s_server binds, so a failed start is retried with a new one.
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return false;
            m_port = probe.serverPort();
            probe.close();
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            m_process.start(QStringLiteral("openssl"),
                            { QStringLiteral("s_server"), QStringLiteral("-accept"),
                              QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-cert"),
                              profile.serverCert, QStringLiteral("-key"), profile.serverKey,
                              QStringLiteral("-CAfile"), profile.ca, QStringLiteral("-Verify"),
                              QStringLiteral("1"), QStringLiteral("-verify_return_error"),
                              QStringLiteral("-naccept"), QStringLiteral("1"), QStringLiteral("-www") });
            if (!m_process.waitForStarted(15000))
                return false;
            const QDeadlineTimer deadline(15000);
            while (!deadline.hasExpired() && m_process.state() == QProcess::Running
                   && !m_output.contains("ACCEPT")) {
                m_process.waitForReadyRead(200);
                m_output += m_process.readAll();
            }
            if (m_output.contains("ACCEPT"))
                return true;
            m_process.kill();
            m_process.waitForFinished(5000);
            m_output.clear();
        }
        return false;
    }

    QByteArray finish()
    {
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        return m_output + m_process.readAll();
    }

    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

test::ProcessResult connectClient(quint16 port, const QString& cert, const QString& key, const QString& ca,
                                  const QString& host)
{
    QStringList arguments
        = { QStringLiteral("s_client"), QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("-cert"), cert, QStringLiteral("-key"), key, QStringLiteral("-CAfile"), ca,
            QStringLiteral("-verify_return_error"),
            // Keep reading after our request is sent, until the server closes.
            QStringLiteral("-ign_eof") };
    if (QHostAddress(host).isNull())
        arguments << QStringLiteral("-verify_hostname") << host << QStringLiteral("-servername") << host;
    else
        arguments << QStringLiteral("-verify_ip") << host;
    return test::runProcess(QStringLiteral("openssl"), arguments, QString(), "GET / HTTP/1.0\r\n\r\n",
                            QProcessEnvironment::systemEnvironment(), 30000);
}

} // namespace

class TestOpensslInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifyAccepts_data();
    void verifyAccepts();
    void handshake_data();
    void handshake();
    void handshakeFailsWithForeignClient();
    void ownCaFromOpensslReq();
};

void TestOpensslInterop::verifyAccepts_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    for (KeyType type : allKeyTypes())
        QTest::newRow(qPrintable(keyTypeName(type))) << int(type) << "sbs.example.com";
    QTest::newRow("IP address host") << int(KeyType::EcP256) << "127.0.0.1";
}

void TestOpensslInterop::verifyAccepts()
{
    QFETCH(int, type);
    QFETCH(QString, host);
    QTemporaryDir work;
    const Profile profile = makeProfile(work.path(), host, KeyType(type));
    const test::ProcessResult client
        = openssl({ QStringLiteral("verify"), QStringLiteral("-CAfile"), profile.ca,
                    QStringLiteral("-purpose"), QStringLiteral("sslclient"), profile.clientCert });
    QVERIFY2(client.ok() && client.out.contains(": OK"), client.text().constData());
    const QString hostOption
        = QHostAddress(host).isNull() ? QStringLiteral("-verify_hostname") : QStringLiteral("-verify_ip");
    const test::ProcessResult server = openssl(
        { QStringLiteral("verify"), QStringLiteral("-CAfile"), profile.ca, QStringLiteral("-purpose"),
          QStringLiteral("sslserver"), hostOption, host, profile.serverCert });
    QVERIFY2(server.ok() && server.out.contains(": OK"), server.text().constData());
    // A wrong host name is refused.
    const test::ProcessResult wrongHost = openssl(
        { QStringLiteral("verify"), QStringLiteral("-CAfile"), profile.ca, hostOption,
          QHostAddress(host).isNull() ? QStringLiteral("other.example.com") : QStringLiteral("10.9.9.9"),
          profile.serverCert });
    QVERIFY2(!wrongHost.ok(), wrongHost.text().constData());
}

void TestOpensslInterop::handshake_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    for (KeyType type : allKeyTypes())
        QTest::newRow(qPrintable(keyTypeName(type))) << int(type) << "sbs.example.com";
    QTest::newRow("IP address host") << int(KeyType::Rsa2048) << "127.0.0.1";
}

void TestOpensslInterop::handshake()
{
    QFETCH(int, type);
    QFETCH(QString, host);
    QTemporaryDir work;
    const Profile profile = makeProfile(work.path(), host, KeyType(type));
    OpensslServer server;
    QVERIFY(server.start(profile));
    const test::ProcessResult client
        = connectClient(server.port(), profile.clientCert, profile.clientKey, profile.ca, host);
    const QByteArray serverLog = server.finish();
    QVERIFY2(client.ok(), client.text().constData());
    QVERIFY2(client.out.contains("Verify return code: 0 (ok)"), client.text().constData());
    QVERIFY2(client.out.contains("HTTP/1.0 200 ok"), client.text().constData());
    QVERIFY2(!serverLog.contains("error"), serverLog.constData());
}

void TestOpensslInterop::handshakeFailsWithForeignClient()
{
    QTemporaryDir work;
    QTemporaryDir other;
    const Profile profile = makeProfile(work.path(), QStringLiteral("sbs.example.com"), KeyType::EcP256);
    const Profile foreign = makeProfile(other.path(), QStringLiteral("sbs.example.com"), KeyType::EcP256);
    OpensslServer server;
    QVERIFY(server.start(profile));
    // A client certificate from another CA: the server refuses it.
    const test::ProcessResult client = connectClient(server.port(), foreign.clientCert, foreign.clientKey,
                                                     profile.ca, QStringLiteral("sbs.example.com"));
    const QByteArray serverLog = server.finish();
    QVERIFY2(!client.ok(), client.text().constData());
    QVERIFY2(!client.out.contains("HTTP/1.0 200 ok"), client.text().constData());
    QVERIFY2(client.text().contains("unknown ca"), client.text().constData());
    QVERIFY2(serverLog.contains("unable to get local issuer certificate") || serverLog.contains("error"),
             serverLog.constData());
}

void TestOpensslInterop::ownCaFromOpensslReq()
{
    QTemporaryDir work;
    const QString caDir = work.filePath(QStringLiteral("my-ca"));
    QVERIFY(QDir().mkpath(caDir));
    const QString error = test::makeOpensslCa(caDir, QStringLiteral("ca"),
                                              { QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                                QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Profile profile = makeProfile(work.path(), QStringLiteral("sbs.example.com"), KeyType::Rsa2048,
                                        { { "CAPATH", "my-ca/ca.pem" },
                                          { "CAKEYPATH", "my-ca/ca-key.pem" },
                                          { "CLIENT_CRT_KEY", "client.pem" },
                                          { "CSRPATH", "server/server-csr.pem" },
                                          { "CERTPATH", "server/server-cert.pem" } });
    QCOMPARE(profile.ca, caDir + QStringLiteral("/ca.pem"));
    QCOMPARE(profile.serverKey, work.filePath(QStringLiteral("server/server-cert-key.pem")));
    for (const QString& cert : { profile.clientCert, profile.serverCert }) {
        const test::ProcessResult verified
            = openssl({ QStringLiteral("verify"), QStringLiteral("-CAfile"), profile.ca, cert });
        QVERIFY2(verified.ok() && verified.out.contains(": OK"), verified.text().constData());
    }
    OpensslServer server;
    QVERIFY(server.start(profile));
    const test::ProcessResult client = connectClient(server.port(), profile.clientCert, profile.clientKey,
                                                     profile.ca, QStringLiteral("sbs.example.com"));
    server.finish();
    QVERIFY2(client.ok() && client.out.contains("HTTP/1.0 200 ok"), client.text().constData());
}

QTEST_GUILESS_MAIN(TestOpensslInterop)
#include "tst_opensslinterop.moc"
