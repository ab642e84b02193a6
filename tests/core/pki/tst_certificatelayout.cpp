#include "config/ConfigDocument.h"
#include "pki/CertificateLayout.h"

#include <QDir>
#include <QTest>

using namespace sbs;
using namespace sbs::pki;

namespace {

config::ConfigDocument parse(const QByteArray& json)
{
    Result<config::ConfigDocument> doc
        = config::ConfigDocument::parse(json, QStringLiteral("sbs-config.json"));
    return doc ? doc.take() : config::ConfigDocument();
}

} // namespace

class TestCertificateLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultLayout();
    void containerName_data();
    void containerName();
    void ownCaMode();
    void overridesWin();
    void clientFileOfYourOwn();
    void homeAndAbsolutePaths();
    void errors_data();
    void errors();
};

void TestCertificateLayout::defaultLayout()
{
    const config::ConfigDocument doc = parse(R"({"UUID": "1234-abcd", "HOSTNAME": "h"})");
    const Result<CertificateLayout> layout
        = CertificateLayout::resolve(doc, QStringLiteral("sbs-config.json"), QStringLiteral("/home/alice/profile"));
    QVERIFY2(layout, qPrintable(layout.error()));
    QCOMPARE(layout->mode(), CertificateLayout::Mode::Default);
    QVERIFY(layout->isDefaultClientFile());
    QCOMPARE(layout->containerName(), QStringLiteral("container"));
    QCOMPARE(layout->clientCrtKeyPath(), QStringLiteral("/home/alice/profile/.container-1234-abcd"));
    const QString d = QStringLiteral("/home/alice/profile/.container-1234-abcd.d/");
    QCOMPARE(layout->certDir(), QStringLiteral("/home/alice/profile/.container-1234-abcd.d"));
    QCOMPARE(layout->caCertPath(), d + "client-ca.pem");
    QCOMPARE(layout->caKeyPath(), d + "client-ca-key.pem");
    QCOMPARE(layout->clientCsrPath(), d + "client-csr.pem");
    QCOMPARE(layout->clientCertPath(), d + "client-cert.pem");
    QCOMPARE(layout->clientKeyPath(), d + "client-cert-key.pem");
    QCOMPARE(layout->clientBundlePath(), d + "client-cert-bundle.pem");
    QCOMPARE(layout->serverCsrPath(), d + "server-csr.pem");
    QCOMPARE(layout->serverCertPath(), d + "server-cert.pem");
    QCOMPARE(layout->serverKeyPath(), d + "server-cert-key.pem");
    QCOMPARE(layout->clientPaths().size(), 7);
    QVERIFY(layout->clientPaths().contains(layout->clientCrtKeyPath()));
    QVERIFY(layout->clientPaths().contains(layout->caKeyPath()));
    QCOMPARE(layout->serverPaths(),
             QStringList({ d + "server-csr.pem", d + "server-cert.pem", d + "server-cert-key.pem" }));
}

void TestCertificateLayout::containerName_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("file");
    QTest::newRow("default") << QByteArray(R"({"UUID": "u"})") << ""
                             << ".container-u";
    QTest::newRow("empty means default") << QByteArray(R"({"UUID": "u", "CONTAINER_NAME": ""})") << ""
                                         << ".container-u";
    QTest::newRow("from the config") << QByteArray(R"({"UUID": "u", "CONTAINER_NAME": "SBContainer"})") << ""
                                     << ".SBContainer-u";
    QTest::newRow("key in lower case") << QByteArray(R"({"uuid": "u", "container_name": "box"})") << ""
                                       << ".box-u";
    QTest::newRow("--container-name wins")
        << QByteArray(R"({"UUID": "u", "CONTAINER_NAME": "SBContainer"})") << "cli"
        << ".cli-u";
}

void TestCertificateLayout::containerName()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, override);
    QFETCH(QString, file);
    LayoutOverrides overrides;
    overrides.containerName = override;
    const Result<CertificateLayout> layout
        = CertificateLayout::resolve(parse(json), QStringLiteral("c.json"), QStringLiteral("/w"), overrides);
    QVERIFY2(layout, qPrintable(layout.error()));
    QCOMPARE(layout->clientCrtKeyPath(), QStringLiteral("/w/") + file);
    QCOMPARE(layout->certDir(), QStringLiteral("/w/") + file + QStringLiteral(".d"));
}

void TestCertificateLayout::ownCaMode()
{
    const config::ConfigDocument doc = parse(R"({
        "UUID": "u",
        "CAPATH": "my-ca/ca.pem",
        "CAKEYPATH": "./my-ca/ca-key.pem",
        "CLIENT_CRT_KEY": "my-client.pem",
        "CSRPATH": "./sbs-keys/server-csr.pem",
        "CERTPATH": "./sbs-keys/server-cert.pem"
    })");
    const Result<CertificateLayout> layout
        = CertificateLayout::resolve(doc, QStringLiteral("c.json"), QStringLiteral("/w"));
    QVERIFY2(layout, qPrintable(layout.error()));
    QCOMPARE(layout->mode(), CertificateLayout::Mode::OwnCa);
    QVERIFY(!layout->isDefaultClientFile());
    QCOMPARE(layout->caCertPath(), QStringLiteral("/w/my-ca/ca.pem"));
    QCOMPARE(layout->caKeyPath(), QStringLiteral("/w/my-ca/ca-key.pem"));
    QCOMPARE(layout->clientCrtKeyPath(), QStringLiteral("/w/my-client.pem"));
    QCOMPARE(layout->serverCsrPath(), QStringLiteral("/w/sbs-keys/server-csr.pem"));
    QCOMPARE(layout->serverCertPath(), QStringLiteral("/w/sbs-keys/server-cert.pem"));
    // The server key goes to the folder of CERTPATH.
    QCOMPARE(layout->serverKeyPath(), QStringLiteral("/w/sbs-keys/server-cert-key.pem"));
    // The user's CA files are never among the files create-client-cert writes.
    QVERIFY(!layout->clientPaths().contains(layout->caCertPath()));
    QVERIFY(!layout->clientPaths().contains(layout->caKeyPath()));
    QVERIFY(layout->clientPaths().contains(QStringLiteral("/w/my-client.pem")));
}

void TestCertificateLayout::overridesWin()
{
    const config::ConfigDocument doc = parse(R"({"UUID": "u", "CAPATH": "a.pem", "CERTPATH": "s/cert.pem"})");
    LayoutOverrides overrides;
    overrides.caPath = QStringLiteral("cli/ca.pem");
    overrides.caKeyPath = QStringLiteral("cli/ca-key.pem");
    overrides.csrPath = QStringLiteral("cli/csr.pem");
    overrides.certPath = QStringLiteral("cli/out/cert.pem");
    overrides.clientCrtKey = QStringLiteral("cli/client.pem");
    const Result<CertificateLayout> layout
        = CertificateLayout::resolve(doc, QStringLiteral("c.json"), QStringLiteral("/w"), overrides);
    QVERIFY(layout);
    QCOMPARE(layout->caCertPath(), QStringLiteral("/w/cli/ca.pem"));
    QCOMPARE(layout->caKeyPath(), QStringLiteral("/w/cli/ca-key.pem"));
    QCOMPARE(layout->serverCsrPath(), QStringLiteral("/w/cli/csr.pem"));
    QCOMPARE(layout->serverCertPath(), QStringLiteral("/w/cli/out/cert.pem"));
    QCOMPARE(layout->serverKeyPath(), QStringLiteral("/w/cli/out/server-cert-key.pem"));
    QCOMPARE(layout->clientCrtKeyPath(), QStringLiteral("/w/cli/client.pem"));
}

void TestCertificateLayout::clientFileOfYourOwn()
{
    // CLIENT_CRT_KEY alone: no UUID needed, the default-layout files go to <file>.d.
    const Result<CertificateLayout> layout = CertificateLayout::resolve(
        parse(R"({"CLIENT_CRT_KEY": "keys/me.pem"})"), QStringLiteral("c.json"), QStringLiteral("/w"));
    QVERIFY2(layout, qPrintable(layout.error()));
    QCOMPARE(layout->mode(), CertificateLayout::Mode::Default);
    QVERIFY(!layout->isDefaultClientFile());
    QCOMPARE(layout->certDir(), QStringLiteral("/w/keys/me.pem.d"));
    QCOMPARE(layout->caCertPath(), QStringLiteral("/w/keys/me.pem.d/client-ca.pem"));
}

void TestCertificateLayout::homeAndAbsolutePaths()
{
    const Result<CertificateLayout> layout = CertificateLayout::resolve(
        parse(R"({"UUID": "u", "CAPATH": "~/ca.pem", "CAKEYPATH": "/etc/sbs/ca-key.pem"})"),
        QStringLiteral("c.json"), QStringLiteral("/w"));
    QVERIFY(layout);
    QCOMPARE(layout->caCertPath(), QDir::homePath() + QStringLiteral("/ca.pem"));
    QCOMPARE(layout->caKeyPath(), QStringLiteral("/etc/sbs/ca-key.pem"));
}

void TestCertificateLayout::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no UUID") << QByteArray(R"({"HOSTNAME": "h"})") << "has no UUID";
    QTest::newRow("slash in CONTAINER_NAME")
        << QByteArray(R"({"UUID": "u", "CONTAINER_NAME": "a/b"})") << "must not contain '/'";
    QTest::newRow("slash in UUID") << QByteArray(R"({"UUID": "../x"})") << "must not contain '/'";
}

void TestCertificateLayout::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const Result<CertificateLayout> layout
        = CertificateLayout::resolve(parse(json), QStringLiteral("/p/sbs-config.json"), QStringLiteral("/w"));
    QVERIFY(!layout);
    QVERIFY2(layout.error().contains(expected)
                 && layout.error().contains(QLatin1String("/p/sbs-config.json")),
             qPrintable(layout.error()));
}

QTEST_GUILESS_MAIN(TestCertificateLayout)
#include "tst_certificatelayout.moc"
