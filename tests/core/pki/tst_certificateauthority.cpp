#include "PkiTestTools.h"
#include "TestSupport.h"
#include "pki/CertificateAuthority.h"
#include "pki/OpenSslHandles.h"

#include <QTemporaryDir>
#include <QTest>
#include <openssl/bn.h>
#include <openssl/x509v3.h>

using namespace sbs;
using namespace sbs::pki;

namespace {

// The certificate's extensions and fields, read with OpenSSL directly so that the test does
// not trust the code under test to describe itself.
struct Raw
{
    int version = -1;
    int signatureNid = NID_undef;
    int serialBits = 0;
    bool serialNegative = false;
    int validityDays = -1;
    int validitySeconds = -1;
    bool hasBasicConstraints = false;
    bool basicConstraintsCritical = false;
    bool ca = false;
    bool keyUsageCritical = false;
    QStringList keyUsage;
    QStringList extendedKeyUsage;
    QStringList subjectAltNames;
    QByteArray subjectKeyId;
    QByteArray authorityKeyId;
    QString subject;
    QString issuer;
};

QByteArray octets(const ASN1_OCTET_STRING* s)
{
    return s ? QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s))
             : QByteArray();
}

QString oneLine(const X509_NAME* name)
{
    char buffer[256] = {};
    X509_NAME_oneline(name, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

Raw readRaw(X509* cert)
{
    Raw raw;
    raw.version = int(X509_get_version(cert));
    raw.signatureNid = X509_get_signature_nid(cert);
    BignumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr));
    raw.serialBits = BN_num_bits(serial.get());
    raw.serialNegative = BN_is_negative(serial.get());
    ASN1_TIME_diff(&raw.validityDays, &raw.validitySeconds, X509_get0_notBefore(cert),
                   X509_get0_notAfter(cert));

    int critical = -1;
    auto* bc
        = static_cast<BASIC_CONSTRAINTS*>(X509_get_ext_d2i(cert, NID_basic_constraints, &critical, nullptr));
    raw.hasBasicConstraints = bc != nullptr;
    raw.basicConstraintsCritical = critical == 1;
    raw.ca = bc && bc->ca;
    BASIC_CONSTRAINTS_free(bc);

    auto* ku = static_cast<ASN1_BIT_STRING*>(X509_get_ext_d2i(cert, NID_key_usage, &critical, nullptr));
    raw.keyUsageCritical = critical == 1;
    const char* kuNames[] = { "digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment",
                              "keyAgreement",     "keyCertSign",    "cRLSign" };
    for (int bit = 0; ku && bit < 7; ++bit) {
        if (ASN1_BIT_STRING_get_bit(ku, bit))
            raw.keyUsage << QString::fromLatin1(kuNames[bit]);
    }
    ASN1_BIT_STRING_free(ku);

    auto* eku = static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr));
    for (int i = 0; eku && i < sk_ASN1_OBJECT_num(eku); ++i)
        raw.extendedKeyUsage << QString::fromLatin1(OBJ_nid2sn(OBJ_obj2nid(sk_ASN1_OBJECT_value(eku, i))));
    EXTENDED_KEY_USAGE_free(eku);

    auto* san = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    for (int i = 0; san && i < sk_GENERAL_NAME_num(san); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(san, i);
        if (name->type == GEN_DNS)
            raw.subjectAltNames << QStringLiteral("DNS:") + QString::fromLatin1(octets(name->d.dNSName));
        else if (name->type == GEN_IPADD)
            raw.subjectAltNames << QStringLiteral("IP-octets:")
                    + QString::fromLatin1(octets(name->d.iPAddress).toHex());
    }
    GENERAL_NAMES_free(san);

    raw.subjectKeyId = octets(X509_get0_subject_key_id(cert));
    raw.authorityKeyId = octets(X509_get0_authority_key_id(cert));
    raw.subject = oneLine(X509_get_subject_name(cert));
    raw.issuer = oneLine(X509_get_issuer_name(cert));
    return raw;
}

int expectedSignatureNid(KeyType type)
{
    return (type == KeyType::EcP256 || type == KeyType::EcP384) ? NID_ecdsa_with_SHA256
                                                                : NID_sha256WithRSAEncryption;
}

} // namespace

class TestCertificateAuthority : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caExtensions_data();
    void caExtensions();
    void issuedExtensions_data();
    void issuedExtensions();
    void serialsDiffer();
    void validityCanBeChosen();
    void issueRefusesWithoutHost();
    void loadChecksTheCa_data();
    void loadChecksTheCa();
    void loadAcceptsOpensslCa();
};

void TestCertificateAuthority::caExtensions_data()
{
    QTest::addColumn<int>("type");
    for (KeyType type : allKeyTypes())
        QTest::newRow(qPrintable(keyTypeName(type))) << int(type);
}

void TestCertificateAuthority::caExtensions()
{
    QFETCH(int, type);
    const Result<CertificateAuthority> ca
        = CertificateAuthority::create(QStringLiteral("box client CA"), KeyType(type));
    QVERIFY2(ca, qPrintable(ca.error()));
    const Raw raw = readRaw(ca->certificate().handle());
    QCOMPARE(raw.version, int(X509_VERSION_3));
    QCOMPARE(raw.signatureNid, expectedSignatureNid(KeyType(type)));
    QVERIFY(raw.serialBits >= 64);
    QVERIFY(!raw.serialNegative);
    QCOMPARE(raw.validityDays, 730);
    QCOMPARE(raw.validitySeconds, 0);
    QVERIFY(raw.hasBasicConstraints);
    QVERIFY(raw.basicConstraintsCritical);
    QVERIFY(raw.ca);
    QVERIFY(raw.keyUsageCritical);
    QCOMPARE(raw.keyUsage, QStringList({ "keyCertSign", "cRLSign" }));
    QCOMPARE(raw.extendedKeyUsage, QStringList({ "clientAuth", "serverAuth" }));
    QVERIFY(raw.subjectAltNames.isEmpty());
    QCOMPARE(raw.subjectKeyId.size(), 20);
    QCOMPARE(raw.authorityKeyId, raw.subjectKeyId);
    QCOMPARE(raw.subject, QStringLiteral("/CN=box client CA"));
    QCOMPARE(raw.issuer, raw.subject);
    QCOMPARE(X509_check_issued(ca->certificate().handle(), ca->certificate().handle()), X509_V_OK);
    QVERIFY(ca->certificate().matches(ca->key()));
}

void TestCertificateAuthority::issuedExtensions_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("server");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("san");
    for (KeyType type : allKeyTypes()) {
        const QByteArray name = keyTypeName(type).toLatin1();
        QTest::newRow(name + " client") << int(type) << false << ""
                                        << "";
        QTest::newRow(name + " server DNS") << int(type) << true << "sbs.example.com"
                                            << "DNS:sbs.example.com";
    }
    QTest::newRow("server IPv4") << int(KeyType::Rsa2048) << true << "10.1.2.3"
                                 << "IP-octets:0a010203";
    QTest::newRow("server IPv6") << int(KeyType::EcP256) << true << "::1"
                                 << "IP-octets:00000000000000000000000000000001";
}

void TestCertificateAuthority::issuedExtensions()
{
    QFETCH(int, type);
    QFETCH(bool, server);
    QFETCH(QString, host);
    QFETCH(QString, san);

    const Result<CertificateAuthority> ca
        = CertificateAuthority::create(QStringLiteral("box client CA"), KeyType(type));
    QVERIFY2(ca, qPrintable(ca.error()));
    const Result<PrivateKey> key = PrivateKey::generate(KeyType(type));
    QVERIFY(key);
    std::optional<HostName> hostName;
    if (server) {
        const Result<HostName> parsed = HostName::parse(host, QStringLiteral("test"));
        QVERIFY2(parsed, qPrintable(parsed.error()));
        hostName = parsed.value();
    }
    const Result<CertificateRequest> request
        = CertificateRequest::create(server ? host : QStringLiteral("box client"), key.value(), hostName);
    QVERIFY2(request, qPrintable(request.error()));
    QVERIFY(request->hasValidSignature());
    const Result<Certificate> cert
        = ca->issue(request.value(), server ? CertificateKind::Server : CertificateKind::Client, hostName);
    QVERIFY2(cert, qPrintable(cert.error()));

    const Raw raw = readRaw(cert->handle());
    const Raw caRaw = readRaw(ca->certificate().handle());
    QCOMPARE(raw.version, int(X509_VERSION_3));
    QCOMPARE(raw.signatureNid, expectedSignatureNid(KeyType(type)));
    QVERIFY(raw.serialBits >= 64);
    QVERIFY(!raw.serialNegative);
    QCOMPARE(raw.validityDays, 365);
    QCOMPARE(raw.validitySeconds, 0);
    QVERIFY(raw.hasBasicConstraints);
    QVERIFY(raw.basicConstraintsCritical);
    QVERIFY(!raw.ca);
    QVERIFY(raw.keyUsageCritical);
    QCOMPARE(raw.keyUsage, QStringList({ "digitalSignature" }));
    QCOMPARE(raw.extendedKeyUsage,
             server ? QStringList({ "serverAuth" }) : QStringList({ "clientAuth", "serverAuth" }));
    QCOMPARE(raw.subjectAltNames, san.isEmpty() ? QStringList() : QStringList({ san }));
    QCOMPARE(raw.subjectKeyId.size(), 20);
    QVERIFY(raw.subjectKeyId != caRaw.subjectKeyId);
    QCOMPARE(raw.authorityKeyId, caRaw.subjectKeyId);
    QCOMPARE(raw.issuer, QStringLiteral("/CN=box client CA"));
    QCOMPARE(raw.subject, server ? QStringLiteral("/CN=%1").arg(host) : QStringLiteral("/CN=box client"));
    QCOMPARE(X509_check_issued(ca->certificate().handle(), cert->handle()), X509_V_OK);
    QVERIFY(cert->matches(key.value()));
    QVERIFY(!cert->matches(ca->key()));
}

void TestCertificateAuthority::serialsDiffer()
{
    const Result<CertificateAuthority> ca
        = CertificateAuthority::create(QStringLiteral("CA"), KeyType::EcP256);
    QVERIFY(ca);
    const Result<PrivateKey> key = PrivateKey::generate(KeyType::EcP256);
    const Result<CertificateRequest> request = CertificateRequest::create(QStringLiteral("c"), key.value());
    QStringList serials;
    for (int i = 0; i < 8; ++i) {
        const Result<Certificate> cert = ca->issue(request.value(), CertificateKind::Client);
        QVERIFY(cert);
        QVERIFY(!serials.contains(cert->serialHex()));
        serials << cert->serialHex();
    }
}

void TestCertificateAuthority::validityCanBeChosen()
{
    const QDateTime start = QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const Result<CertificateAuthority> ca
        = CertificateAuthority::create(QStringLiteral("CA"), KeyType::EcP256, { start, 10 });
    QVERIFY(ca);
    QCOMPARE(ca->certificate().notBefore(), start);
    QCOMPARE(ca->certificate().notAfter(), start.addDays(10));
}

void TestCertificateAuthority::issueRefusesWithoutHost()
{
    const Result<CertificateAuthority> ca
        = CertificateAuthority::create(QStringLiteral("CA"), KeyType::EcP256);
    const Result<PrivateKey> key = PrivateKey::generate(KeyType::EcP256);
    const Result<CertificateRequest> request = CertificateRequest::create(QStringLiteral("s"), key.value());
    const Result<Certificate> cert = ca->issue(request.value(), CertificateKind::Server);
    QVERIFY(!cert);
    QVERIFY2(cert.error().contains(QLatin1String("HOSTNAME")), qPrintable(cert.error()));
    QVERIFY(!ca->issue(request.value(), CertificateKind::Ca));
    QVERIFY(!ca->issue(CertificateRequest(), CertificateKind::Client));
}

void TestCertificateAuthority::loadChecksTheCa_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing certificate") << "missing-cert"
                                         << "does not exist";
    QTest::newRow("missing key") << "missing-key"
                                 << "does not exist";
    QTest::newRow("key of another CA") << "other-key"
                                       << "is not the key of the CA certificate";
    QTest::newRow("CA:FALSE") << "not-ca"
                              << "is not a CA certificate";
    QTest::newRow("no keyCertSign") << "no-certsign"
                                    << "lacks keyCertSign";
    QTest::newRow("expired") << "expired"
                             << "expired on";
    QTest::newRow("not yet valid") << "future"
                                   << "is not valid before";
    QTest::newRow("garbage certificate") << "garbage-cert"
                                         << "is not a PEM file";
    QTest::newRow("DER key") << "der-key"
                             << "binary DER form";
    QTest::newRow("encrypted key") << "encrypted-key"
                                   << "encrypted private key";
    QTest::newRow("certificate as key") << "cert-as-key"
                                        << "holds no readable private key";
}

void TestCertificateAuthority::loadChecksTheCa()
{
    QFETCH(QString, setup);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString certPath = dir.filePath(QStringLiteral("ca.pem"));
    QString keyPath = dir.filePath(QStringLiteral("ca-key.pem"));

    auto save = [&](const CertificateAuthority& ca) {
        test::writeFile(certPath, ca.certificate().toPem());
        test::writeFile(keyPath, ca.key().toPem()->bytes());
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (setup == QLatin1String("expired")) {
        save(CertificateAuthority::create(QStringLiteral("old"), KeyType::EcP256, { now.addDays(-800), 0 })
                 .value());
    } else if (setup == QLatin1String("future")) {
        save(CertificateAuthority::create(QStringLiteral("new"), KeyType::EcP256, { now.addDays(3), 0 })
                 .value());
    } else if (setup == QLatin1String("not-ca") || setup == QLatin1String("no-certsign")) {
        const QStringList extensions = setup == QLatin1String("not-ca")
            ? QStringList { QStringLiteral("basicConstraints=critical,CA:FALSE") }
            : QStringList { QStringLiteral("basicConstraints=critical,CA:TRUE"),
                            QStringLiteral("keyUsage=critical,digitalSignature") };
        const QString error = test::makeOpensslCa(dir.path(), QStringLiteral("ca"), extensions);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        save(CertificateAuthority::create(QStringLiteral("CA"), KeyType::EcP256).value());
        if (setup == QLatin1String("missing-cert")) {
            QFile::remove(certPath);
        } else if (setup == QLatin1String("missing-key")) {
            QFile::remove(keyPath);
        } else if (setup == QLatin1String("other-key")) {
            test::writeFile(keyPath, PrivateKey::generate(KeyType::EcP256)->toPem()->bytes());
        } else if (setup == QLatin1String("garbage-cert")) {
            test::writeFile(certPath, test::readAll(test::fixturePath(QStringLiteral("pki/garbage.pem"))));
        } else if (setup == QLatin1String("der-key")) {
            keyPath = test::fixturePath(QStringLiteral("pki/key.der"));
        } else if (setup == QLatin1String("encrypted-key")) {
            keyPath = test::fixturePath(QStringLiteral("pki/encrypted-pkcs8.pem"));
        } else if (setup == QLatin1String("cert-as-key")) {
            keyPath = certPath;
        }
    }
    const Result<CertificateAuthority> ca = CertificateAuthority::load(certPath, keyPath);
    QVERIFY(!ca);
    QVERIFY2(ca.error().contains(expected), qPrintable(ca.error()));
    QVERIFY2(ca.error().contains(certPath) || ca.error().contains(keyPath), qPrintable(ca.error()));
}

void TestCertificateAuthority::loadAcceptsOpensslCa()
{
    QTemporaryDir dir;
    const QString error = test::makeOpensslCa(dir.path(), QStringLiteral("own"),
                                              { QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                                QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Result<CertificateAuthority> ca = CertificateAuthority::load(
        dir.filePath(QStringLiteral("own.pem")), dir.filePath(QStringLiteral("own-key.pem")));
    QVERIFY2(ca, qPrintable(ca.error()));
    const Result<PrivateKey> key = PrivateKey::generate(KeyType::Rsa2048);
    const Result<CertificateRequest> request = CertificateRequest::create(QStringLiteral("c"), key.value());
    const Result<Certificate> cert = ca->issue(request.value(), CertificateKind::Client);
    QVERIFY2(cert, qPrintable(cert.error()));
    QVERIFY(
        cert->verify(ca->certificate(), Certificate::Purpose::TlsClient, QDateTime::currentDateTimeUtc()));
}

QTEST_GUILESS_MAIN(TestCertificateAuthority)
#include "tst_certificateauthority.moc"
