#include "PkiTestTools.h"
#include "TestSupport.h"
#include "pki/CertificateAuthority.h"
#include "pki/HostName.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace sbs;
using namespace sbs::pki;

namespace {

struct Issued
{
    CertificateAuthority ca;
    Certificate cert;
    PrivateKey key;
};

Issued issue(KeyType type, CertificateKind kind, const QString& host,
             const CertificateValidity& validity = {})
{
    CertificateAuthority ca = CertificateAuthority::create(QStringLiteral("Test CA"), type).value();
    PrivateKey key = PrivateKey::generate(type).value();
    std::optional<HostName> hostName;
    if (!host.isEmpty())
        hostName = HostName::parse(host, QStringLiteral("test")).value();
    const CertificateRequest request
        = CertificateRequest::create(host.isEmpty() ? QStringLiteral("Test client") : host, key, hostName)
              .value();
    Certificate cert = ca.issue(request, kind, hostName, validity).value();
    return { ca, cert, key };
}

QString opensslField(const QString& pemPath, const QStringList& options)
{
    const test::ProcessResult result = test::runProcess(
        QStringLiteral("openssl"),
        QStringList { QStringLiteral("x509"), QStringLiteral("-in"), pemPath, QStringLiteral("-noout") }
            + options);
    return QString::fromUtf8(result.out).trimmed();
}

} // namespace

class TestCertificate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspection_data();
    void inspection();
    void daysLeft_data();
    void daysLeft();
    void chainCheck();
    void keyMatch();
    void readsFirstCertificateOfBundle();
    void refusesBadInput_data();
    void refusesBadInput();
    void hostNames_data();
    void hostNames();
};

void TestCertificate::inspection_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("keyText");
    QTest::addColumn<QStringList>("san");
    QTest::newRow("RSA server") << int(KeyType::Rsa3072) << "sbs.example.com"
                                << "RSA 3072" << QStringList { "DNS:sbs.example.com" };
    QTest::newRow("EC server on IPv4") << int(KeyType::EcP384) << "192.168.10.20"
                                       << "EC P-384" << QStringList { "IP:192.168.10.20" };
    QTest::newRow("EC server on IPv6") << int(KeyType::EcP256) << "fd00::5"
                                       << "EC P-256" << QStringList { "IP:fd00::5" };
    QTest::newRow("client") << int(KeyType::Rsa2048) << ""
                            << "RSA 2048" << QStringList();
}

void TestCertificate::inspection()
{
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(QString, keyText);
    QFETCH(QStringList, san);

    const Issued issued
        = issue(KeyType(type), host.isEmpty() ? CertificateKind::Client : CertificateKind::Server, host);
    const CertificateInfo info = issued.cert.info();
    QCOMPARE(info.subject, host.isEmpty() ? QStringLiteral("CN=Test client") : QStringLiteral("CN=") + host);
    QCOMPARE(info.issuer, QStringLiteral("CN=Test CA"));
    QCOMPARE(info.subjectAltNames, san);
    QCOMPARE(info.key.text(), keyText);
    QVERIFY(!info.isCa);
    QCOMPARE(info.keyUsage, QStringList { "digitalSignature" });
    QCOMPARE(info.extendedKeyUsage,
             host.isEmpty() ? QStringList({ "clientAuth", "serverAuth" }) : QStringList({ "serverAuth" }));
    QCOMPARE(info.notBefore.daysTo(info.notAfter), 365);
    QVERIFY(issued.ca.certificate().info().isCa);

    // The same facts as the openssl CLI reads them.
    QTemporaryDir dir;
    const QString pemPath = dir.filePath(QStringLiteral("cert.pem"));
    QVERIFY(test::writeFile(pemPath, issued.cert.toPem()));
    QCOMPARE(opensslField(pemPath, { QStringLiteral("-serial") }),
             QStringLiteral("serial=") + info.serialHex);
    const QString fingerprint
        = opensslField(pemPath, { QStringLiteral("-fingerprint"), QStringLiteral("-sha256") });
    QCOMPARE(fingerprint.section(QLatin1Char('='), 1), info.sha256Fingerprint);
    const QString end = opensslField(pemPath, { QStringLiteral("-enddate") }).section(QLatin1Char('='), 1);
    QCOMPARE(QLocale::c().toDateTime(end.simplified(), QStringLiteral("MMM d HH:mm:ss yyyy 'GMT'")).date(),
             info.notAfter.date());
    QCOMPARE(info.sha256Fingerprint.count(QLatin1Char(':')), 31);
}

void TestCertificate::daysLeft_data()
{
    QTest::addColumn<int>("offsetDays");
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("expired");
    QTest::newRow("at issue") << 0 << 0 << qint64(365) << false;
    QTest::newRow("one second later") << 0 << 1 << qint64(364) << false;
    QTest::newRow("last day") << 364 << 10 << qint64(0) << false;
    QTest::newRow("just expired") << 365 << 1 << qint64(-1) << true;
    QTest::newRow("long expired") << 400 << 0 << qint64(-35) << true;
}

void TestCertificate::daysLeft()
{
    QFETCH(int, offsetDays);
    QFETCH(int, offsetSeconds);
    QFETCH(qint64, expected);
    QFETCH(bool, expired);
    const QDateTime start(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    const Issued issued = issue(KeyType::EcP256, CertificateKind::Client, QString(), { start, 0 });
    const CertificateInfo info = issued.cert.info();
    const QDateTime now = start.addDays(offsetDays).addSecs(offsetSeconds);
    QCOMPARE(info.daysLeft(now), expected);
    QCOMPARE(info.isExpired(now), expired);
    QVERIFY(info.isNotYetValid(start.addSecs(-1)));
}

void TestCertificate::chainCheck()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Issued server = issue(KeyType::EcP256, CertificateKind::Server, QStringLiteral("sbs.example.com"));
    const Issued client = issue(KeyType::EcP256, CertificateKind::Client, QString());
    const Certificate& ca = server.ca.certificate();

    QVERIFY(server.cert.verify(ca, Certificate::Purpose::TlsServer, now, QStringLiteral("sbs.example.com")));
    QVERIFY(server.cert.verify(ca, Certificate::Purpose::Any, now));
    QVERIFY(client.cert.verify(client.ca.certificate(), Certificate::Purpose::TlsClient, now));

    // Another CA, the wrong host, the wrong purpose, a time outside the validity.
    Status status = client.cert.verify(ca, Certificate::Purpose::TlsClient, now);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QLatin1String("issuer")), qPrintable(status.error()));
    status
        = server.cert.verify(ca, Certificate::Purpose::TlsServer, now, QStringLiteral("other.example.com"));
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QLatin1String("mismatch")), qPrintable(status.error()));
    status = server.cert.verify(ca, Certificate::Purpose::TlsClient, now);
    QVERIFY2(!status && status.error().contains(QLatin1String("purpose")), qPrintable(status.error()));
    status = server.cert.verify(ca, Certificate::Purpose::TlsServer, now.addDays(400));
    QVERIFY2(!status && status.error().contains(QLatin1String("expired")), qPrintable(status.error()));
    // Without a time, only the chain counts.
    QVERIFY(server.cert.verify(ca, Certificate::Purpose::TlsServer, QDateTime()));
    QVERIFY(!Certificate().verify(ca, Certificate::Purpose::Any, now));
}

void TestCertificate::keyMatch()
{
    const Issued a = issue(KeyType::Rsa2048, CertificateKind::Client, QString());
    const Issued b = issue(KeyType::EcP256, CertificateKind::Client, QString());
    QVERIFY(a.cert.matches(a.key));
    QVERIFY(b.cert.matches(b.key));
    QVERIFY(!a.cert.matches(b.key));
    QVERIFY(!b.cert.matches(a.key));
    QVERIFY(!a.cert.matches(PrivateKey()));
}

void TestCertificate::readsFirstCertificateOfBundle()
{
    // CLIENT_CRT_KEY: the certificate, then the key; a bundle: the certificate, then the CA.
    const Issued issued = issue(KeyType::EcP256, CertificateKind::Client, QString());
    const QByteArray bundle
        = issued.cert.toPem() + issued.key.toPem()->bytes() + issued.ca.certificate().toPem();
    const Result<Certificate> cert = Certificate::fromPem(bundle, QStringLiteral("bundle"));
    QVERIFY(cert);
    QCOMPARE(cert->sha256Fingerprint(), issued.cert.sha256Fingerprint());
    const Result<PrivateKey> key = PrivateKey::fromPem(bundle, QStringLiteral("bundle"));
    QVERIFY(key);
    QVERIFY(cert->matches(key.value()));
}

void TestCertificate::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "is empty";
    QTest::newRow("garbage") << test::readAll(test::fixturePath(QStringLiteral("pki/garbage.pem")))
                             << "is not a PEM file";
    QTest::newRow("DER") << test::readAll(test::fixturePath(QStringLiteral("pki/key.der")))
                         << "binary DER form";
    QTest::newRow("a key, no certificate")
        << test::readAll(test::fixturePath(QStringLiteral("pki/rsa-traditional.pem")))
        << "holds no readable certificate";
    QTest::newRow("broken base64") << QByteArray(
        "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n")
                                   << "holds no readable certificate";
}

void TestCertificate::refusesBadInput()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, expected);
    const Result<Certificate> cert = Certificate::fromPem(pem, QStringLiteral("cert.pem"));
    QVERIFY(!cert);
    QVERIFY2(cert.error().startsWith(QLatin1String("cert.pem")) && cert.error().contains(expected),
             qPrintable(cert.error()));
}

void TestCertificate::hostNames_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("san");
    QTest::addColumn<QStringList>("matching");
    QTest::addColumn<QStringList>("notMatching");
    QTest::newRow("DNS") << "sbs.example.com" << true << "DNS:sbs.example.com"
                         << QStringList { "DNS:SBS.example.com", "DNS:sbs.example.com." }
                         << QStringList { "DNS:other.example.com", "IP:10.0.0.1" };
    QTest::newRow("DNS upper case, spaces") << "  SBS.Example.COM " << true << "DNS:sbs.example.com"
                                            << QStringList { "DNS:sbs.example.com" } << QStringList {};
    QTest::newRow("single label") << "localhost" << true << "DNS:localhost" << QStringList { "DNS:localhost" }
                                  << QStringList { "IP:127.0.0.1" };
    QTest::newRow("IPv4") << "127.0.0.1" << true << "IP:127.0.0.1" << QStringList { "IP:127.0.0.1" }
                          << QStringList { "DNS:127.0.0.1", "IP:127.0.0.2" };
    QTest::newRow("IPv6") << "FD00:0::5" << true << "IP:fd00::5" << QStringList { "IP:fd00:0:0::5" }
                          << QStringList { "DNS:fd00::5" };
    QTest::newRow("empty") << "" << false << "" << QStringList {} << QStringList {};
    QTest::newRow("space inside") << "sbs example" << false << "" << QStringList {} << QStringList {};
    QTest::newRow("comma") << "a.com,DNS:b.com" << false << "" << QStringList {} << QStringList {};
    QTest::newRow("URL") << "https://sbs.example.com" << false << "" << QStringList {} << QStringList {};
}

void TestCertificate::hostNames()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(QString, san);
    QFETCH(QStringList, matching);
    QFETCH(QStringList, notMatching);
    const Result<HostName> host = HostName::parse(value, QStringLiteral("sbs-config.json"));
    QCOMPARE(bool(host), valid);
    if (!valid) {
        QVERIFY2(host.error().contains(QLatin1String("sbs-config.json"))
                     && host.error().contains(QLatin1String("HOSTNAME")),
                 qPrintable(host.error()));
        return;
    }
    QCOMPARE(host->sanEntry(), san);
    QVERIFY(host->isIn(QStringList { QStringLiteral("DNS:unrelated") } + QStringList { san }));
    for (const QString& entry : matching)
        QVERIFY2(host->isIn({ entry }), qPrintable(entry));
    for (const QString& entry : notMatching)
        QVERIFY2(!host->isIn({ entry }), qPrintable(entry));
    QVERIFY(host->createExtension());
}

QTEST_GUILESS_MAIN(TestCertificate)
#include "tst_certificate.moc"
