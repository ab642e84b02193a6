#include "PkiTestTools.h"
#include "TestSupport.h"
#include "config/ConfigDocument.h"
#include "config/ConfigStore.h"
#include "pki/CertificateAuthority.h"
#include "pki/CertificateManager.h"
#include "pki/CertificateSet.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sbs;
using namespace sbs::pki;

namespace {

CertificateLayout layoutFor(const QString& workDir, const QJsonObject& config)
{
    QJsonObject object = config;
    if (!object.contains(QLatin1String("UUID")))
        object.insert(QStringLiteral("UUID"), QStringLiteral("0b9a4b4e-1111-4c1e-9d3f-2a2b2c2d2e2f"));
    const QString path = QDir(workDir).filePath(QStringLiteral("sbs-config.json"));
    test::writeConfig(path, object);
    const Result<config::ConfigDocument> doc = config::ConfigDocument::load(path);
    return CertificateLayout::resolve(doc.value(), path, workDir).value();
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256);
}

// A CA made by openssl req -x509 for own-CA mode, with the extensions a CA needs.
QString makeOwnCa(const QString& dir)
{
    QDir().mkpath(dir);
    return test::makeOpensslCa(dir, QStringLiteral("own-ca"),
                               { QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                 QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") });
}

QJsonObject ownCaConfig()
{
    return { { "HOSTNAME", "sbs.example.com" },          { "CAPATH", "ca/own-ca.pem" },
             { "CAKEYPATH", "ca/own-ca-key.pem" },       { "CLIENT_CRT_KEY", "keys/client.pem" },
             { "CSRPATH", "./sbs-keys/server-csr.pem" }, { "CERTPATH", "./sbs-keys/server-cert.pem" } };
}

} // namespace

class TestCertificateManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsDefaultLayout_data();
    void createsDefaultLayout();
    void clientNeverOverwrites();
    void ownCaIssuesClient();
    void ownCaRefusesBadCa_data();
    void ownCaRefusesBadCa();
    void serverCertificate_data();
    void serverCertificate();
    void serverKeptWhenSanMatches();
    void serverSanMismatchAndForce();
    void serverNeverOverwritesStrayFiles();
    void serverRefusesBadInput_data();
    void serverRefusesBadInput();
    void ownCaServerGoesNextToCertPath();
    void deleteCertificates();
    void deleteLeavesOwnFiles();
    void asyncVariants();
};

void TestCertificateManager::createsDefaultLayout_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("rsa2048") << int(KeyType::Rsa2048);
    QTest::newRow("p384") << int(KeyType::EcP384);
}

void TestCertificateManager::createsDefaultLayout()
{
    QFETCH(int, type);
    QTemporaryDir work;
    const CertificateLayout layout = layoutFor(work.path(), { { "CONTAINER_NAME", "SBContainer" } });
    const Result<CertificateReport> report
        = CertificateManager(layout).createClientCertificates(KeyType(type));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->outcome, CertificateReport::Outcome::Created);
    QCOMPARE(report->written.size(), 7);

    const QString base = QStringLiteral(".SBContainer-0b9a4b4e-1111-4c1e-9d3f-2a2b2c2d2e2f");
    const QString d = base + QStringLiteral(".d");
    QCOMPARE(test::listTree(work.path()),
             QStringList({ base, d, d + "/client-ca-key.pem", d + "/client-ca.pem",
                           d + "/client-cert-bundle.pem", d + "/client-cert-key.pem", d + "/client-cert.pem",
                           d + "/client-csr.pem", "sbs-config.json" }));
    QCOMPARE(test::fileMode(work.filePath(d)), 0700);
    for (const QString& secret : { base, d + "/client-ca-key.pem", d + "/client-cert-key.pem" })
        QCOMPARE(test::fileMode(work.filePath(secret)), 0600);

    // CLIENT_CRT_KEY is the certificate followed by its key; the bundle the certificate and the CA.
    const QByteArray cert = test::readAll(layout.clientCertPath());
    const QByteArray key = test::readAll(layout.clientKeyPath());
    const QByteArray ca = test::readAll(layout.caCertPath());
    QCOMPARE(test::readAll(layout.clientCrtKeyPath()), cert + key);
    QCOMPARE(test::readAll(layout.clientBundlePath()), cert + ca);

    const Result<CertificateAuthority> authority
        = CertificateSet::loadAuthority(layout, QDateTime::currentDateTimeUtc());
    QVERIFY2(authority, qPrintable(authority.error()));
    QCOMPARE(authority->certificate().subject(), QStringLiteral("CN=SBContainer client CA"));
    const Result<CertificateSet::Pair> client = CertificateSet::loadClient(layout, authority->certificate());
    QVERIFY2(client, qPrintable(client.error()));
    QCOMPARE(client->certificate.subject(), QStringLiteral("CN=SBContainer client"));
    QCOMPARE(int(client->key.info().closestKeyType()), type);
    const Result<CertificateRequest> csr
        = CertificateRequest::fromPem(test::readAll(layout.clientCsrPath()), "csr");
    QVERIFY(csr && csr->hasValidSignature());
    QCOMPARE(csr->subject(), QStringLiteral("CN=SBContainer client"));
}

void TestCertificateManager::clientNeverOverwrites()
{
    QTemporaryDir work;
    const CertificateLayout layout = layoutFor(work.path(), {});
    QVERIFY(test::writeFile(layout.clientCsrPath(), "someone else's file"));
    QVERIFY(test::writeFile(layout.clientCrtKeyPath(), "another"));
    const QStringList before = test::listTree(work.path());
    const Result<CertificateReport> report
        = CertificateManager(layout).createClientCertificates(KeyType::EcP256);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(layout.clientCsrPath())
                 && report.error().contains(layout.clientCrtKeyPath()),
             qPrintable(report.error()));
    QVERIFY(!report.error().contains(layout.caCertPath()));
    QCOMPARE(test::listTree(work.path()), before);
    QCOMPARE(test::readAll(layout.clientCsrPath()), QByteArray("someone else's file"));

    // A second run over a complete set refuses as well, naming every file.
    QTemporaryDir again;
    const CertificateLayout second = layoutFor(again.path(), {});
    QVERIFY(CertificateManager(second).createClientCertificates(KeyType::EcP256));
    const Result<CertificateReport> repeat
        = CertificateManager(second).createClientCertificates(KeyType::EcP256);
    QVERIFY(!repeat);
    for (const QString& path : second.clientPaths())
        QVERIFY2(repeat.error().contains(path), qPrintable(repeat.error()));
}

void TestCertificateManager::ownCaIssuesClient()
{
    QTemporaryDir work;
    const QString error = makeOwnCa(work.filePath(QStringLiteral("ca")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CertificateLayout layout = layoutFor(work.path(), ownCaConfig());
    QCOMPARE(layout.mode(), CertificateLayout::Mode::OwnCa);
    const QByteArray caHash = sha256(layout.caCertPath());
    const QByteArray caKeyHash = sha256(layout.caKeyPath());

    const Result<CertificateReport> report
        = CertificateManager(layout).createClientCertificates(KeyType::Rsa2048);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->outcome, CertificateReport::Outcome::Created);
    QVERIFY(!report->written.contains(layout.caCertPath()));
    QCOMPARE(test::fileMode(work.filePath(QStringLiteral("keys/client.pem"))), 0600);
    QVERIFY(QFileInfo::exists(work.filePath(QStringLiteral("keys/client.pem.d/client-cert-bundle.pem"))));
    const Result<Certificate> ca = CertificateSet::loadCaCertificate(layout);
    QVERIFY(ca);
    QVERIFY(CertificateSet::loadClient(layout, ca.value()));
    QCOMPARE(sha256(layout.caCertPath()), caHash);
    QCOMPARE(sha256(layout.caKeyPath()), caKeyHash);

    // With CLIENT_CRT_KEY in place, a second run uses it and writes nothing.
    const QStringList before = test::listTree(work.path());
    const Result<CertificateReport> kept
        = CertificateManager(layout).createClientCertificates(KeyType::Rsa2048);
    QVERIFY2(kept, qPrintable(kept.error()));
    QCOMPARE(kept->outcome, CertificateReport::Outcome::Kept);
    QVERIFY(kept->messages.join(' ').contains(QLatin1String("Using your files")));
    QCOMPARE(test::listTree(work.path()), before);
}

void TestCertificateManager::ownCaRefusesBadCa_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing CA") << "missing-ca"
                                << "does not exist";
    QTest::newRow("missing CA key") << "missing-key"
                                    << "does not exist";
    QTest::newRow("key does not match") << "other-key"
                                        << "is not the key of the CA certificate";
    QTest::newRow("CA without CA:TRUE") << "not-ca"
                                        << "is not a CA certificate";
    QTest::newRow("expired CA") << "expired"
                                << "expired on";
    QTest::newRow("garbage CA") << "garbage"
                                << "is not a PEM file";
    QTest::newRow("DER CA key") << "der"
                                << "binary DER form";
    QTest::newRow("encrypted CA key") << "encrypted"
                                      << "encrypted private key";
    QTest::newRow("client file of another CA") << "foreign-client"
                                               << "was not issued by the CA";
    QTest::newRow("client file with a foreign key") << "mismatched-client"
                                                    << "do not belong together";
}

void TestCertificateManager::ownCaRefusesBadCa()
{
    QFETCH(QString, setup);
    QFETCH(QString, expected);
    QTemporaryDir work;
    const QString caDir = work.filePath(QStringLiteral("ca"));
    const QString caPath = caDir + QStringLiteral("/own-ca.pem");
    const QString keyPath = caDir + QStringLiteral("/own-ca-key.pem");
    if (setup == QLatin1String("not-ca")) {
        QDir().mkpath(caDir);
        const QString error = test::makeOpensslCa(caDir, QStringLiteral("own-ca"),
                                                  { QStringLiteral("basicConstraints=critical,CA:FALSE") });
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else if (setup == QLatin1String("expired")) {
        const auto old = CertificateAuthority::create(QStringLiteral("old"), KeyType::EcP256,
                                                      { QDateTime::currentDateTimeUtc().addDays(-900), 0 });
        QVERIFY(test::writeFile(caPath, old->certificate().toPem()));
        QVERIFY(test::writeFile(keyPath, old->key().toPem()->bytes()));
    } else {
        const QString error = makeOwnCa(caDir);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    if (setup == QLatin1String("missing-ca"))
        QFile::remove(caPath);
    else if (setup == QLatin1String("missing-key"))
        QFile::remove(keyPath);
    else if (setup == QLatin1String("other-key"))
        QVERIFY(test::writeFile(keyPath, PrivateKey::generate(KeyType::Rsa2048)->toPem()->bytes()));
    else if (setup == QLatin1String("garbage"))
        QVERIFY(test::writeFile(caPath, test::readAll(test::fixturePath(QStringLiteral("pki/garbage.pem")))));
    else if (setup == QLatin1String("der"))
        QVERIFY(test::writeFile(keyPath, test::readAll(test::fixturePath(QStringLiteral("pki/key.der")))));
    else if (setup == QLatin1String("encrypted"))
        QVERIFY(test::writeFile(keyPath,
                                test::readAll(test::fixturePath(QStringLiteral("pki/encrypted-pkcs8.pem")))));

    const CertificateLayout layout = layoutFor(work.path(), ownCaConfig());
    if (setup == QLatin1String("foreign-client") || setup == QLatin1String("mismatched-client")) {
        // CLIENT_CRT_KEY exists but does not belong to the CA (or to its own key).
        QTemporaryDir other;
        const CertificateLayout elsewhere = layoutFor(other.path(), {});
        QVERIFY(CertificateManager(elsewhere).createClientCertificates(KeyType::EcP256));
        QByteArray bytes = test::readAll(elsewhere.clientCrtKeyPath());
        if (setup == QLatin1String("mismatched-client")) {
            const Result<CertificateAuthority> ca = CertificateAuthority::load(caPath, keyPath);
            const PrivateKey key = PrivateKey::generate(KeyType::EcP256).value();
            const auto request = CertificateRequest::create(QStringLiteral("c"), key);
            bytes = ca->issue(request.value(), CertificateKind::Client)->toPem()
                + PrivateKey::generate(KeyType::EcP256)->toPem()->bytes();
        }
        QVERIFY(test::writeFile(layout.clientCrtKeyPath(), bytes));
    }
    const QStringList before = test::listTree(work.path());
    const Result<CertificateReport> report
        = CertificateManager(layout).createClientCertificates(KeyType::EcP256);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(expected), qPrintable(report.error()));
    QCOMPARE(test::listTree(work.path()), before);
}

void TestCertificateManager::serverCertificate_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("san");
    QTest::addColumn<int>("type");
    QTest::newRow("DNS name") << "sbs.example.com"
                              << "DNS:sbs.example.com" << int(KeyType::Rsa2048);
    QTest::newRow("IPv4 address") << "10.20.30.40"
                                  << "IP:10.20.30.40" << int(KeyType::EcP256);
    QTest::newRow("IPv6 address") << "fd12::7"
                                  << "IP:fd12::7" << int(KeyType::EcP384);
}

void TestCertificateManager::serverCertificate()
{
    QFETCH(QString, host);
    QFETCH(QString, san);
    QFETCH(int, type);
    QTemporaryDir work;
    const CertificateLayout layout = layoutFor(work.path(), { { "HOSTNAME", host } });
    const CertificateManager manager(layout);
    QVERIFY(manager.createClientCertificates(KeyType::Rsa2048));
    const Result<CertificateReport> report = manager.createServerCertificate(host, KeyType(type), false);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->outcome, CertificateReport::Outcome::Created);
    QCOMPARE(report->written, layout.serverPaths());
    QCOMPARE(test::fileMode(layout.serverKeyPath()), 0600);

    const Result<Certificate> ca = CertificateSet::loadCaCertificate(layout);
    const Result<CertificateSet::Pair> server = CertificateSet::loadServer(layout, ca.value());
    QVERIFY2(server, qPrintable(server.error()));
    QCOMPARE(server->certificate.subjectAltNames(), QStringList { san });
    QCOMPARE(server->certificate.extendedKeyUsage(), QStringList { "serverAuth" });
    QCOMPARE(int(server->key.info().closestKeyType()), type);
    QVERIFY(server->certificate.verify(ca.value(), Certificate::Purpose::TlsServer,
                                       QDateTime::currentDateTimeUtc(), host));
    const Result<CertificateRequest> csr
        = CertificateRequest::fromPem(test::readAll(layout.serverCsrPath()), "csr");
    QVERIFY(csr && csr->hasValidSignature());
}

void TestCertificateManager::serverKeptWhenSanMatches()
{
    QTemporaryDir work;
    const CertificateLayout layout = layoutFor(work.path(), {});
    const CertificateManager manager(layout);
    QVERIFY(manager.createClientCertificates(KeyType::EcP256));
    QVERIFY(manager.createServerCertificate(QStringLiteral("sbs.example.com"), KeyType::EcP256, false));
    const QStringList before = test::listTree(work.path());
    const QByteArray certHash = sha256(layout.serverCertPath());
    const QByteArray keyHash = sha256(layout.serverKeyPath());

    // The same host in another spelling still matches.
    const Result<CertificateReport> report
        = manager.createServerCertificate(QStringLiteral("SBS.Example.com"), KeyType::Rsa4096, false);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->outcome, CertificateReport::Outcome::Kept);
    QVERIFY2(report->messages.join(' ').contains(QLatin1String("was kept")),
             qPrintable(report->messages.join(' ')));
    QCOMPARE(test::listTree(work.path()), before);
    QCOMPARE(sha256(layout.serverCertPath()), certHash);
    QCOMPARE(sha256(layout.serverKeyPath()), keyHash);
}

void TestCertificateManager::serverSanMismatchAndForce()
{
    QTemporaryDir work;
    const CertificateLayout layout = layoutFor(work.path(), {});
    CertificateManager manager(layout);
    QVERIFY(manager.createClientCertificates(KeyType::EcP256));
    QVERIFY(manager.createServerCertificate(QStringLiteral("old.example.com"), KeyType::EcP256, false));
    const QByteArray oldCert = test::readAll(layout.serverCertPath());
    const QByteArray oldKey = test::readAll(layout.serverKeyPath());
    const QByteArray oldCsr = test::readAll(layout.serverCsrPath());
    const QStringList before = test::listTree(work.path());

    const Result<CertificateReport> mismatch
        = manager.createServerCertificate(QStringLiteral("new.example.com"), KeyType::EcP256, false);
    QVERIFY(!mismatch);
    QVERIFY2(mismatch.error().contains(QLatin1String("DNS:old.example.com"))
                 && mismatch.error().contains(QLatin1String("new.example.com"))
                 && mismatch.error().contains(QLatin1String("--force")),
             qPrintable(mismatch.error()));
    QCOMPARE(test::listTree(work.path()), before);

    // --force backs the old files up with one time stamp, then writes new ones.
    const QDateTime time = QDateTime::currentDateTimeUtc().addSecs(5);
    manager.setCurrentTime(time);
    const Result<CertificateReport> forced
        = manager.createServerCertificate(QStringLiteral("new.example.com"), KeyType::EcP256, true);
    QVERIFY2(forced, qPrintable(forced.error()));
    QCOMPARE(forced->outcome, CertificateReport::Outcome::Replaced);
    QCOMPARE(forced->backups.size(), 3);
    QCOMPARE(test::readAll(config::ConfigStore::backupName(layout.serverCertPath(), time)), oldCert);
    QCOMPARE(test::readAll(config::ConfigStore::backupName(layout.serverKeyPath(), time)), oldKey);
    QCOMPARE(test::readAll(config::ConfigStore::backupName(layout.serverCsrPath(), time)), oldCsr);
    const Result<Certificate> fresh = Certificate::load(layout.serverCertPath(), QStringLiteral("server"));
    QCOMPARE(fresh->subjectAltNames(), QStringList { "DNS:new.example.com" });
    QVERIFY(test::readAll(layout.serverKeyPath()) != oldKey);
}

void TestCertificateManager::serverNeverOverwritesStrayFiles()
{
    QTemporaryDir work;
    const CertificateLayout layout = layoutFor(work.path(), {});
    CertificateManager manager(layout);
    QVERIFY(manager.createClientCertificates(KeyType::EcP256));
    QVERIFY(test::writeFile(layout.serverKeyPath(), "a key from elsewhere"));
    const QStringList before = test::listTree(work.path());
    const Result<CertificateReport> report
        = manager.createServerCertificate(QStringLiteral("sbs.example.com"), KeyType::EcP256, false);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(layout.serverKeyPath()), qPrintable(report.error()));
    QCOMPARE(test::listTree(work.path()), before);

    const QDateTime time = QDateTime::currentDateTimeUtc();
    manager.setCurrentTime(time);
    const Result<CertificateReport> forced
        = manager.createServerCertificate(QStringLiteral("sbs.example.com"), KeyType::EcP256, true);
    QVERIFY2(forced, qPrintable(forced.error()));
    QCOMPARE(forced->backups, QStringList { config::ConfigStore::backupName(layout.serverKeyPath(), time) });
    QCOMPARE(test::readAll(forced->backups.first()), QByteArray("a key from elsewhere"));
}

void TestCertificateManager::serverRefusesBadInput_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    QTest::newRow("HOSTNAME missing") << ""
                                      << ""
                                      << "has no HOSTNAME";
    QTest::newRow("HOSTNAME not a host") << ""
                                         << "not a host!"
                                         << "neither a DNS name nor an IP address";
    QTest::newRow("no client CA yet") << "no-ca"
                                      << "sbs.example.com"
                                      << "run create-client-cert first";
    QTest::newRow("expired CA") << "expired-ca"
                                << "sbs.example.com"
                                << "expired on";
    QTest::newRow("CA key replaced") << "other-ca-key"
                                     << "sbs.example.com"
                                     << "is not the key of the CA";
    QTest::newRow("CERTPATH under a regular file") << "unwritable"
                                                   << "sbs.example.com"
                                                   << "is a file, not a folder";
    QTest::newRow("unreadable existing certificate") << "garbage-cert"
                                                     << "sbs.example.com"
                                                     << "--force";
}

void TestCertificateManager::serverRefusesBadInput()
{
    QFETCH(QString, setup);
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QTemporaryDir work;
    QJsonObject config;
    if (setup == QLatin1String("unwritable")) {
        // We run as root, so permission bits would not stop the write: a path through a regular
        // file cannot be created by anyone.
        QVERIFY(test::writeFile(work.filePath(QStringLiteral("plain-file")), "x"));
        config.insert(QStringLiteral("CERTPATH"), QStringLiteral("plain-file/keys/server-cert.pem"));
    }
    const CertificateLayout layout = layoutFor(work.path(), config);
    CertificateManager manager(layout);
    if (setup == QLatin1String("expired-ca"))
        manager.setCurrentTime(QDateTime::currentDateTimeUtc().addDays(-800));
    if (setup != QLatin1String("no-ca"))
        QVERIFY(manager.createClientCertificates(KeyType::EcP256));
    manager.setCurrentTime(QDateTime());
    if (setup == QLatin1String("other-ca-key")) {
        QFile::remove(layout.caKeyPath());
        QVERIFY(test::writeFile(layout.caKeyPath(), PrivateKey::generate(KeyType::EcP256)->toPem()->bytes()));
    }
    if (setup == QLatin1String("garbage-cert"))
        QVERIFY(test::writeFile(layout.serverCertPath(), "not a certificate"));
    const QStringList before = test::listTree(work.path());
    const Result<CertificateReport> report = manager.createServerCertificate(host, KeyType::EcP256, false);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(expected), qPrintable(report.error()));
    QCOMPARE(test::listTree(work.path()), before);
}

void TestCertificateManager::ownCaServerGoesNextToCertPath()
{
    QTemporaryDir work;
    QVERIFY(makeOwnCa(work.filePath(QStringLiteral("ca"))).isEmpty());
    const CertificateLayout layout = layoutFor(work.path(), ownCaConfig());
    const Result<CertificateReport> report = CertificateManager(layout).createServerCertificate(
        QStringLiteral("sbs.example.com"), KeyType::Rsa2048, false);
    QVERIFY2(report, qPrintable(report.error()));
    const QString keys = work.filePath(QStringLiteral("sbs-keys"));
    QCOMPARE(test::listTree(keys),
             QStringList({ "server-cert-key.pem", "server-cert.pem", "server-csr.pem" }));
    QCOMPARE(test::fileMode(keys), 0700);
    const Result<Certificate> ca = CertificateSet::loadCaCertificate(layout);
    QVERIFY(CertificateSet::loadServer(layout, ca.value()));
}

void TestCertificateManager::deleteCertificates()
{
    QTemporaryDir work;
    const CertificateLayout layout = layoutFor(work.path(), {});
    const CertificateManager manager(layout);
    Result<CertificateReport> report = manager.deleteCertificates();
    QVERIFY(report);
    QCOMPARE(report->outcome, CertificateReport::Outcome::NothingToDo);
    QVERIFY(manager.createClientCertificates(KeyType::EcP256));
    QVERIFY(manager.createServerCertificate(QStringLiteral("h.example"), KeyType::EcP256, false));
    QVERIFY(test::writeFile(work.filePath(QStringLiteral("unrelated.pem")), "stays"));
    report = manager.deleteCertificates();
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->outcome, CertificateReport::Outcome::Deleted);
    QCOMPARE(report->removed, QStringList({ layout.clientCrtKeyPath(), layout.certDir() }));
    QCOMPARE(test::listTree(work.path()), QStringList({ "sbs-config.json", "unrelated.pem" }));
}

void TestCertificateManager::deleteLeavesOwnFiles()
{
    QTemporaryDir work;
    QVERIFY(makeOwnCa(work.filePath(QStringLiteral("ca"))).isEmpty());
    const CertificateLayout layout = layoutFor(work.path(), ownCaConfig());
    QVERIFY(CertificateManager(layout).createClientCertificates(KeyType::EcP256));
    const QStringList before = test::listTree(work.path());
    const Result<CertificateReport> report = CertificateManager(layout).deleteCertificates();
    QVERIFY(report);
    QCOMPARE(report->outcome, CertificateReport::Outcome::NothingToDo);
    QVERIFY(report->messages.join(' ').contains(QLatin1String("Nothing was deleted")));
    QCOMPARE(test::listTree(work.path()), before);
}

void TestCertificateManager::asyncVariants()
{
    QTemporaryDir work;
    const CertificateLayout layout = layoutFor(work.path(), {});
    const CertificateManager manager(layout);
    QFutureWatcher<Result<CertificateReport>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<Result<CertificateReport>>::finished);
    watcher.setFuture(manager.createClientCertificatesAsync(KeyType::Rsa3072));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(watcher.result(), qPrintable(watcher.result().error()));

    QFutureWatcher<Result<CertificateReport>> server;
    QSignalSpy serverFinished(&server, &QFutureWatcher<Result<CertificateReport>>::finished);
    server.setFuture(
        manager.createServerCertificateAsync(QStringLiteral("sbs.example.com"), KeyType::EcP256, false));
    QTRY_COMPARE_WITH_TIMEOUT(serverFinished.count(), 1, 60000);
    QVERIFY2(server.result(), qPrintable(server.result().error()));
    QVERIFY(QFileInfo::exists(layout.serverCertPath()));
}

QTEST_GUILESS_MAIN(TestCertificateManager)
#include "tst_certificatemanager.moc"
