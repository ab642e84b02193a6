#include "PkiTestTools.h"
#include "TestSupport.h"
#include "config/ConfigDocument.h"
#include "pki/CertificateManager.h"

#include <QDir>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace sbs;
using namespace sbs::pki;

namespace {

struct Profile
{
    QSslCertificate ca;
    QSslCertificate clientCert;
    QSslKey clientKey;
    QSslCertificate serverCert;
    QSslKey serverKey;
};

QSslKey readKey(const QString& path, KeyType type)
{
    const bool ec = type == KeyType::EcP256 || type == KeyType::EcP384;
    return QSslKey(test::readAll(path), ec ? QSsl::Ec : QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
}

QSslCertificate readCert(const QString& path)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(test::readAll(path), QSsl::Pem);
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}

// Certificates made by our code in a fresh default layout; the files are read the way a Qt
// client (SbsClient) and a Qt server (sbs-server) read them.
Profile makeProfile(const QString& workDir, const QString& host, KeyType type)
{
    const QString path = QDir(workDir).filePath(QStringLiteral("sbs-config.json"));
    test::writeConfig(path, { { "UUID", "c3d4e5f6-5555-4a7b-8c9d-0e1f2a3b4c5d" }, { "HOSTNAME", host } });
    const CertificateLayout layout
        = CertificateLayout::resolve(config::ConfigDocument::load(path).value(), path, workDir).value();
    const CertificateManager manager(layout);
    manager.createClientCertificates(type);
    manager.createServerCertificate(host, type, false);
    return { readCert(layout.caCertPath()), readCert(layout.clientCertPath()),
             readKey(layout.clientKeyPath(), type), readCert(layout.serverCertPath()),
             readKey(layout.serverKeyPath(), type) };
}

} // namespace

class TestTlsHandshake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mutualTls_data();
    void mutualTls();
    void refusesForeignClient();
    void refusesWrongHostName();

private:
    // Starts a server that requires a client certificate issued by profile.ca.
    bool listen(QSslServer& server, const Profile& profile);
};

void TestTlsHandshake::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("Qt has no TLS backend here; install the Qt OpenSSL plugin.");
}

bool TestTlsHandshake::listen(QSslServer& server, const Profile& profile)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(profile.serverCert);
    configuration.setPrivateKey(profile.serverKey);
    configuration.setCaCertificates({ profile.ca });
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    server.setSslConfiguration(configuration);
    return server.listen(QHostAddress::LocalHost, 0);
}

void TestTlsHandshake::mutualTls_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    for (KeyType type : allKeyTypes())
        QTest::newRow(qPrintable(keyTypeName(type))) << int(type) << "sbs.example.com";
    QTest::newRow("IP address host") << int(KeyType::EcP256) << "127.0.0.1";
}

void TestTlsHandshake::mutualTls()
{
    QFETCH(int, type);
    QFETCH(QString, host);
    QTemporaryDir work;
    const Profile profile = makeProfile(work.path(), host, KeyType(type));
    QVERIFY(!profile.ca.isNull() && !profile.clientCert.isNull() && !profile.serverCert.isNull());
    QVERIFY(!profile.clientKey.isNull() && !profile.serverKey.isNull());

    QSslServer server;
    QVERIFY(listen(server, profile));
    QList<QSslError> serverErrors;
    connect(&server, &QSslServer::sslErrors, this,
            [&](QSslSocket*, const QList<QSslError>& errors) { serverErrors << errors; });

    QSslSocket client;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(profile.clientCert);
    configuration.setPrivateKey(profile.clientKey);
    configuration.setCaCertificates({ profile.ca });
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    client.setSslConfiguration(configuration);
    QList<QSslError> clientErrors;
    connect(&client, &QSslSocket::sslErrors, this,
            [&](const QList<QSslError>& errors) { clientErrors << errors; });
    // Connect to the loopback address but verify the certificate for HOSTNAME, as a client does
    // when /etc/hosts maps the server's name.
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(), host);

    QTRY_VERIFY_WITH_TIMEOUT(client.isEncrypted() || client.state() == QAbstractSocket::UnconnectedState,
                             20000);
    QVERIFY2(client.isEncrypted(), qPrintable(client.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 20000);
    QPointer<QSslSocket> accepted = qobject_cast<QSslSocket*>(server.nextPendingConnection());
    QVERIFY(accepted);
    QVERIFY(accepted->isEncrypted());
    QCOMPARE(accepted->peerCertificate(), profile.clientCert);
    QCOMPARE(client.peerCertificate(), profile.serverCert);
    QVERIFY(serverErrors.isEmpty());
    QVERIFY(clientErrors.isEmpty());

    client.write("ping");
    QTRY_COMPARE_WITH_TIMEOUT(accepted->bytesAvailable(), qint64(4), 10000);
    QCOMPARE(accepted->readAll(), QByteArray("ping"));
    accepted->deleteLater();
}

void TestTlsHandshake::refusesForeignClient()
{
    QTemporaryDir work;
    QTemporaryDir other;
    const Profile profile = makeProfile(work.path(), QStringLiteral("sbs.example.com"), KeyType::EcP256);
    const Profile foreign = makeProfile(other.path(), QStringLiteral("sbs.example.com"), KeyType::EcP256);
    QSslServer server;
    QVERIFY(listen(server, profile));
    QSignalSpy serverRefused(&server, &QSslServer::sslErrors);

    QSslSocket client;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(foreign.clientCert);
    configuration.setPrivateKey(foreign.clientKey);
    configuration.setCaCertificates({ profile.ca });
    client.setSslConfiguration(configuration);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(),
                                  QStringLiteral("sbs.example.com"));
    client.write("ping");
    // The server refuses the client certificate and closes the connection.
    QTRY_VERIFY_WITH_TIMEOUT(serverRefused.count() > 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 20000);
    QVERIFY(!server.hasPendingConnections());
}

void TestTlsHandshake::refusesWrongHostName()
{
    QTemporaryDir work;
    const Profile profile = makeProfile(work.path(), QStringLiteral("sbs.example.com"), KeyType::Rsa2048);
    QSslServer server;
    QVERIFY(listen(server, profile));
    QSslSocket client;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(profile.clientCert);
    configuration.setPrivateKey(profile.clientKey);
    configuration.setCaCertificates({ profile.ca });
    client.setSslConfiguration(configuration);
    QList<QSslError> errors;
    connect(&client, &QSslSocket::sslErrors, this, [&](const QList<QSslError>& e) { errors << e; });
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(),
                                  QStringLiteral("other.example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 20000);
    QCOMPARE(errors.first().error(), QSslError::HostNameMismatch);
    QVERIFY(!client.isEncrypted());
}

QTEST_GUILESS_MAIN(TestTlsHandshake)
#include "tst_tlshandshake.moc"
