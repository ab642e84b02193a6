#include "PkiTestTools.h"
#include "TestSupport.h"
#include "config/ConfigDocument.h"
#include "config/ConfigStore.h"
#include "pki/CertificateManager.h"
#include "pki/CertificateRenewal.h"
#include "pki/CertificateSet.h"
#include "pki/FileBatch.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sbs;
using namespace sbs::pki;

namespace {

CertificateLayout layoutFor(const QString& workDir)
{
    const QString path = QDir(workDir).filePath(QStringLiteral("sbs-config.json"));
    test::writeConfig(
        path, { { "UUID", "5c1f0c44-2222-4d6e-8a1b-0c0d0e0f1011" }, { "HOSTNAME", "sbs.example.com" } });
    return CertificateLayout::resolve(config::ConfigDocument::load(path).value(), path, workDir).value();
}

// Writes the default layout as create-client-cert and create-server-cert would, but with the
// CA made caAge days ago, the client certificate clientAge days ago and the server certificate
// serverAge days ago (each valid for its usual time).
bool makeSet(const CertificateLayout& layout, int caAge, int clientAge, int serverAge,
             KeyType type = KeyType::EcP256)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<CertificateAuthority> ca = CertificateAuthority::create(
        CertificateManager::caCommonName(layout.containerName()), type, { now.addDays(-caAge), 0 });
    if (!ca)
        return false;
    const HostName host = HostName::parse(QStringLiteral("sbs.example.com"), QStringLiteral("test")).value();
    FileBatch batch;
    batch.add(layout.caCertPath(), ca->certificate().toPem());
    batch.addPrivate(layout.caKeyPath(), ca->key().toPem().take());
    for (const bool server : { false, true }) {
        const PrivateKey key = PrivateKey::generate(type).value();
        const std::optional<HostName> name = server ? std::optional<HostName>(host) : std::nullopt;
        const QString cn
            = server ? host.text() : CertificateManager::clientCommonName(layout.containerName());
        const CertificateRequest request = CertificateRequest::create(cn, key, name).value();
        const Result<Certificate> cert
            = ca->issue(request, server ? CertificateKind::Server : CertificateKind::Client, name,
                        { now.addDays(-(server ? serverAge : clientAge)), 0 });
        if (!cert)
            return false;
        const QByteArray keyPem = key.toPem()->bytes();
        if (server) {
            batch.add(layout.serverCsrPath(), request.toPem());
            batch.add(layout.serverCertPath(), cert->toPem());
            batch.addPrivate(layout.serverKeyPath(), SecretBytes(keyPem.constData(), keyPem.size()));
        } else {
            batch.add(layout.clientCsrPath(), request.toPem());
            batch.add(layout.clientCertPath(), cert->toPem());
            batch.addPrivate(layout.clientKeyPath(), SecretBytes(keyPem.constData(), keyPem.size()));
            const QByteArray combined = cert->toPem() + keyPem;
            batch.addPrivate(layout.clientCrtKeyPath(), SecretBytes(combined.constData(), combined.size()));
            batch.add(layout.clientBundlePath(), cert->toPem() + ca->certificate().toPem());
        }
    }
    return bool(batch.commit());
}

QString fingerprint(const QString& path)
{
    return Certificate::load(path, QStringLiteral("cert"))->sha256Fingerprint();
}

} // namespace

class TestCertificateRenewal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingToRenew();
    void renewsWhatIsDue_data();
    void renewsWhatIsDue();
    void keepsKeyTypeUnlessAsked();
    void refusesBadInput_data();
    void refusesBadInput();
    void warnsWhenTheCaEndsFirst();
    void asyncVariant();
};

void TestCertificateRenewal::nothingToRenew()
{
    QTemporaryDir work;
    const CertificateLayout layout = layoutFor(work.path());
    QVERIFY(makeSet(layout, 0, 0, 0));
    const QStringList before = test::listTree(work.path());
    CertificateRenewal::Options options;
    options.hostname = QStringLiteral("sbs.example.com");
    const Result<CertificateReport> report = CertificateRenewal::renew(layout, options);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->outcome, CertificateReport::Outcome::NothingToDo);
    const QString message = report->messages.join(' ');
    QVERIFY2(message.startsWith(QLatin1String("Nothing to renew"))
                 && message.contains(QLatin1String("364 more days"))
                 && message.contains(QLatin1String("30 days")),
             qPrintable(message));
    QCOMPARE(test::listTree(work.path()), before);
}

void TestCertificateRenewal::renewsWhatIsDue_data()
{
    QTest::addColumn<int>("clientAge");
    QTest::addColumn<int>("serverAge");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("force");
    QTest::addColumn<bool>("clientDue");
    QTest::addColumn<bool>("serverDue");
    QTest::newRow("client expires in 15 days") << 350 << 0 << 30 << false << true << false;
    QTest::newRow("server expired") << 0 << 400 << 30 << false << false << true;
    QTest::newRow("both within --days 100") << 300 << 290 << 100 << false << true << true;
    QTest::newRow("--days 0: expired only") << 366 << 360 << 0 << false << true << false;
    QTest::newRow("--force") << 0 << 0 << 30 << true << true << true;
}

void TestCertificateRenewal::renewsWhatIsDue()
{
    QFETCH(int, clientAge);
    QFETCH(int, serverAge);
    QFETCH(int, days);
    QFETCH(bool, force);
    QFETCH(bool, clientDue);
    QFETCH(bool, serverDue);
    QTemporaryDir work;
    const CertificateLayout layout = layoutFor(work.path());
    QVERIFY(makeSet(layout, 500, clientAge, serverAge));
    const QString caPrint = fingerprint(layout.caCertPath());
    const QByteArray caKey = test::readAll(layout.caKeyPath());
    const QString clientPrint = fingerprint(layout.clientCrtKeyPath());
    const QString serverPrint = fingerprint(layout.serverCertPath());
    const QByteArray oldClientFile = test::readAll(layout.clientCrtKeyPath());
    const QByteArray oldServerKey = test::readAll(layout.serverKeyPath());

    CertificateRenewal::Options options;
    options.hostname = QStringLiteral("sbs.example.com");
    options.days = days;
    options.force = force;
    // Whole seconds, as certificates record them, so that the renewed one has exactly 365 days.
    options.now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 2, Qt::UTC);
    const Result<CertificateReport> report = CertificateRenewal::renew(layout, options);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->outcome, CertificateReport::Outcome::Replaced);

    // The CA is the same; what was due is new and issued by it, with a new key; the rest is as it was.
    QCOMPARE(fingerprint(layout.caCertPath()), caPrint);
    QCOMPARE(test::readAll(layout.caKeyPath()), caKey);
    QCOMPARE(fingerprint(layout.clientCrtKeyPath()) != clientPrint, clientDue);
    QCOMPARE(fingerprint(layout.clientCertPath()) != clientPrint, clientDue);
    QCOMPARE(fingerprint(layout.serverCertPath()) != serverPrint, serverDue);
    QCOMPARE(test::readAll(layout.serverKeyPath()) != oldServerKey, serverDue);
    const Result<Certificate> ca = CertificateSet::loadCaCertificate(layout);
    const Result<CertificateSet::Pair> client = CertificateSet::loadClient(layout, ca.value());
    QVERIFY2(client, qPrintable(client.error()));
    const Result<CertificateSet::Pair> server = CertificateSet::loadServer(layout, ca.value());
    QVERIFY2(server, qPrintable(server.error()));
    QCOMPARE(test::readAll(layout.clientBundlePath()), client->certificate.toPem() + ca->toPem());
    if (clientDue) {
        QCOMPARE(client->certificate.info().daysLeft(options.now), 365);
        QCOMPARE(client->certificate.subject(), QStringLiteral("CN=container client"));
    }
    if (serverDue)
        QCOMPARE(server->certificate.subjectAltNames(), QStringList { "DNS:sbs.example.com" });

    // Each replaced file has its backup, under one time stamp.
    const int expectedBackups = (clientDue ? 5 : 0) + (serverDue ? 3 : 0);
    QCOMPARE(report->backups.size(), expectedBackups);
    if (clientDue)
        QCOMPARE(test::readAll(config::ConfigStore::backupName(layout.clientCrtKeyPath(), options.now)),
                 oldClientFile);
    if (serverDue)
        QCOMPARE(test::readAll(config::ConfigStore::backupName(layout.serverKeyPath(), options.now)),
                 oldServerKey);
}

void TestCertificateRenewal::keepsKeyTypeUnlessAsked()
{
    QTemporaryDir work;
    const CertificateLayout layout = layoutFor(work.path());
    QVERIFY(makeSet(layout, 0, 0, 0, KeyType::EcP384));
    CertificateRenewal::Options options;
    options.hostname = QStringLiteral("sbs.example.com");
    options.force = true;
    options.now = QDateTime::currentDateTimeUtc().addSecs(1);
    QVERIFY(CertificateRenewal::renew(layout, options));
    const Result<Certificate> ca = CertificateSet::loadCaCertificate(layout);
    QCOMPARE(CertificateSet::loadServer(layout, ca.value())->key.info().text(), QStringLiteral("EC P-384"));

    options.keyType = KeyType::Rsa2048;
    options.now = options.now.addSecs(1);
    QVERIFY(CertificateRenewal::renew(layout, options));
    QCOMPARE(CertificateSet::loadServer(layout, ca.value())->key.info().text(), QStringLiteral("RSA 2048"));
    QCOMPARE(CertificateSet::loadClient(layout, ca.value())->key.info().text(), QStringLiteral("RSA 2048"));
}

void TestCertificateRenewal::refusesBadInput_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no certificates") << "none"
                                     << "run create-client-cert first";
    QTest::newRow("no server certificate") << "no-server"
                                           << "run create-server-cert first";
    QTest::newRow("expired CA") << "expired-ca"
                                << "expired on";
    QTest::newRow("HOSTNAME missing while the server is due") << "no-host"
                                                              << "has no HOSTNAME";
    QTest::newRow("server key does not match") << "server-key"
                                               << "is not the key of the server certificate";
    QTest::newRow("negative --days") << "negative"
                                     << "zero or more days";
}

void TestCertificateRenewal::refusesBadInput()
{
    QFETCH(QString, setup);
    QFETCH(QString, expected);
    QTemporaryDir work;
    const CertificateLayout layout = layoutFor(work.path());
    CertificateRenewal::Options options;
    options.hostname = QStringLiteral("sbs.example.com");
    options.force = true;
    CertificateManager manager(layout);
    if (setup == QLatin1String("expired-ca")) {
        manager.setCurrentTime(QDateTime::currentDateTimeUtc().addDays(-731));
    }
    if (setup != QLatin1String("none")) {
        QVERIFY(manager.createClientCertificates(KeyType::EcP256));
        if (setup != QLatin1String("no-server"))
            QVERIFY(
                manager.createServerCertificate(QStringLiteral("sbs.example.com"), KeyType::EcP256, false));
    }
    if (setup == QLatin1String("no-host"))
        options.hostname.clear();
    if (setup == QLatin1String("server-key"))
        QVERIFY(
            test::writeFile(layout.serverKeyPath(), PrivateKey::generate(KeyType::EcP256)->toPem()->bytes()));
    if (setup == QLatin1String("negative"))
        options.days = -1;
    const QStringList before = test::listTree(work.path());
    const Result<CertificateReport> report = CertificateRenewal::renew(layout, options);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(expected), qPrintable(report.error()));
    QCOMPARE(test::listTree(work.path()), before);
}

void TestCertificateRenewal::warnsWhenTheCaEndsFirst()
{
    QTemporaryDir work;
    const CertificateLayout layout = layoutFor(work.path());
    QVERIFY(makeSet(layout, 500, 0, 0));
    CertificateRenewal::Options options;
    options.hostname = QStringLiteral("sbs.example.com");
    options.force = true;
    options.now = QDateTime::currentDateTimeUtc().addSecs(1);
    const Result<CertificateReport> report = CertificateRenewal::renew(layout, options);
    QVERIFY(report);
    QVERIFY2(report->messages.join(' ').contains(QLatin1String("before the renewed certificates")),
             qPrintable(report->messages.join(' ')));
}

void TestCertificateRenewal::asyncVariant()
{
    QTemporaryDir work;
    const CertificateLayout layout = layoutFor(work.path());
    QVERIFY(makeSet(layout, 0, 0, 0));
    CertificateRenewal::Options options;
    options.hostname = QStringLiteral("sbs.example.com");
    options.force = true;
    options.now = QDateTime::currentDateTimeUtc().addSecs(1);
    QFutureWatcher<Result<CertificateReport>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<Result<CertificateReport>>::finished);
    watcher.setFuture(CertificateRenewal::renewAsync(layout, options));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(watcher.result(), qPrintable(watcher.result().error()));
    QCOMPARE(watcher.result()->outcome, CertificateReport::Outcome::Replaced);
}

QTEST_GUILESS_MAIN(TestCertificateRenewal)
#include "tst_certificaterenewal.moc"
