#include "PkiTestTools.h"
#include "TestSupport.h"
#include "contract/HyperProtect.h"
#include "pki/PrivateKey.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sbs;
using sbs::contract::ContractSigner;
using sbs::contract::EncryptionCertificate;
using sbs::contract::HyperProtectCipher;

namespace {

test::ProcessResult openssl(const QStringList& arguments, const QString& workDir,
                            const QByteArray& input = QByteArray())
{
    return test::runProcess(QStringLiteral("openssl"), arguments, workDir, input);
}

// A YAML-looking text of about size bytes, different on every line.
QByteArray largeSection(int size)
{
    QByteArray text;
    QRandomGenerator generator(20240501);
    for (int line = 0; text.size() < size; ++line)
        text += "key" + QByteArray::number(line) + ": " + QByteArray::number(generator.generate64(), 36)
            + "\n";
    return text;
}

} // namespace

class TestHyperProtect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensslDecryptsSection_data();
    void opensslDecryptsSection();
    void freshPasswordAndSaltEachTime();
    void acceptsPlatformCertificate();
    void refusesCertificate_data();
    void refusesCertificate();
    void refusesCertificateOutsideValidity_data();
    void refusesCertificateOutsideValidity();
    void encryptNeedsCertificate();
    void opensslVerifiesSignature();
    void signerRefusesNonRsaKey();
    void checkEncrypted_data();
    void checkEncrypted();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString encrypt(const QByteArray& section);

    QTemporaryDir m_dir;
    EncryptionCertificate m_certificate;
};

void TestHyperProtect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The platform's certificate and key, made by the openssl command line alone.
    test::ProcessResult made = openssl({ "req", "-x509", "-newkey", "rsa:4096", "-nodes", "-keyout", "k.pem",
                                         "-out", "c.pem", "-days", "2", "-subj", "/CN=test" },
                                       m_dir.path());
    QVERIFY2(made.ok(), made.text().constData());
    made = openssl({ "pkey", "-in", "k.pem", "-pubout", "-out", "pub.pem" }, m_dir.path());
    QVERIFY2(made.ok(), made.text().constData());
    const Result<EncryptionCertificate> loaded = EncryptionCertificate::load(path("c.pem"));
    QVERIFY2(loaded.isOk(), qPrintable(loaded.error()));
    m_certificate = loaded.value();
}

QString TestHyperProtect::encrypt(const QByteArray& section)
{
    const Result<QString> token = HyperProtectCipher::encrypt(section, m_certificate);
    if (!token) {
        qWarning("%s", qPrintable(token.error()));
        return {};
    }
    return token.value();
}

void TestHyperProtect::opensslDecryptsSection_data()
{
    QTest::addColumn<QByteArray>("section");
    QTest::newRow("plain yaml") << QByteArray(
        "type: env\nvolumes:\n  hpsb:\n    seed: \"a: b\"\nenv:\n  A: x\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one newline") << QByteArray("\n");
    QTest::newRow("one block exactly") << QByteArray("0123456789abcdef");
    QTest::newRow("unicode") << QString::fromUtf8("seed: Grüße, 日本語, 🙂\n").toUtf8();
    QTest::newRow("binary bytes") << QByteArray("\x00\x0a\xff\x80 Salted__\r\n", 16);
    QTest::newRow("about 1 MB") << largeSection(1024 * 1024);
}

void TestHyperProtect::opensslDecryptsSection()
{
    QFETCH(QByteArray, section);
    const QString token = encrypt(section);
    QVERIFY(token.startsWith(QLatin1String("hyper-protect-basic.")));
    const QStringList parts = token.split(QLatin1Char('.'));
    QCOMPARE(parts.size(), 3);

    QTemporaryDir work;
    QVERIFY(test::writeFile(work.filePath("a.bin"), QByteArray::fromBase64(parts.at(1).toLatin1())));
    QVERIFY(test::writeFile(work.filePath("b.bin"), QByteArray::fromBase64(parts.at(2).toLatin1())));
    const QString key = path("k.pem");

    test::ProcessResult run
        = openssl({ "pkeyutl", "-decrypt", "-inkey", key, "-in", "a.bin", "-out", "pw.txt" }, work.path());
    QVERIFY2(run.ok(), run.text().constData());
    const QByteArray password = test::readAll(work.filePath("pw.txt"));
    QCOMPARE(password.size(), 32);
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9+/]{32}$"))
                 .match(QString::fromLatin1(password))
                 .hasMatch(),
             password.constData());

    run = openssl({ "enc", "-d", "-aes-256-cbc", "-pbkdf2", "-in", "b.bin", "-out", "out.yaml", "-pass",
                    "file:pw.txt" },
                  work.path());
    QVERIFY2(run.ok(), run.text().constData());
    QCOMPARE(test::readAll(work.filePath("out.yaml")), section);

    // The same password fed on stdin, as PROTOCOL.md §7 describes it.
    run = openssl({ "enc", "-d", "-aes-256-cbc", "-pbkdf2", "-in", "b.bin", "-pass", "stdin" }, work.path(),
                  password + "\n");
    QVERIFY2(run.ok(), run.err.constData());
    QCOMPARE(run.out, section);

    QVERIFY2(HyperProtectCipher::checkEncrypted(token, QStringLiteral("The env section")).isOk(),
             "a freshly encrypted section passes the check");
}

void TestHyperProtect::freshPasswordAndSaltEachTime()
{
    const QByteArray section("type: env\n");
    const QStringList first = encrypt(section).split(QLatin1Char('.'));
    const QStringList second = encrypt(section).split(QLatin1Char('.'));
    QCOMPARE(first.size(), 3);
    QCOMPARE(second.size(), 3);
    QVERIFY(first.at(1) != second.at(1));
    // Bytes 8..15 of B are the salt.
    QVERIFY(QByteArray::fromBase64(first.at(2).toLatin1()).mid(8, 8)
            != QByteArray::fromBase64(second.at(2).toLatin1()).mid(8, 8));
}

void TestHyperProtect::acceptsPlatformCertificate()
{
    QCOMPARE(m_certificate.keyBits(), 4096);
    QVERIFY2(m_certificate.subject().contains(QLatin1String("CN=test")), qPrintable(m_certificate.subject()));

    const test::ProcessResult fingerprint
        = openssl({ "x509", "-in", "c.pem", "-noout", "-fingerprint", "-sha256" }, m_dir.path());
    QVERIFY2(fingerprint.ok(), fingerprint.text().constData());
    const QString expected = QString::fromLatin1(fingerprint.out).section(QLatin1Char('='), 1).trimmed();
    QCOMPARE(m_certificate.sha256Fingerprint(), expected);

    const test::ProcessResult end
        = openssl({ "x509", "-in", "c.pem", "-noout", "-enddate", "-dateopt", "iso_8601" }, m_dir.path());
    QVERIFY2(end.ok(), end.text().constData());
    const QString endDate = QString::fromLatin1(end.out).section(QLatin1Char('='), 1).left(10);
    QCOMPARE(m_certificate.notAfter().toUTC().date().toString(Qt::ISODate), endDate);

    const QString summary = m_certificate.summary();
    QVERIFY2(summary.contains(QLatin1String("CN=test")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("RSA 4096")), qPrintable(summary));
    QVERIFY2(summary.contains(endDate), qPrintable(summary));
    QVERIFY2(summary.contains(expected), qPrintable(summary));
}

void TestHyperProtect::refusesCertificate_data()
{
    QTest::addColumn<QStringList>("command"); // openssl arguments that write the file, or empty
    QTest::addColumn<QByteArray>("content"); // the file's content when no command makes it
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");

    QTest::newRow("EC certificate") << QStringList { "req",    "-x509",    "-newkey",
                                                     "ec",     "-pkeyopt", "ec_paramgen_curve:P-256",
                                                     "-nodes", "-keyout",  "eck.pem",
                                                     "-out",   "ec.pem",   "-days",
                                                     "2",      "-subj",    "/CN=ec" }
                                    << QByteArray() << "ec.pem"
                                    << "has an EC key";
    QTest::newRow("RSA-1024 certificate")
        << QStringList { "req",  "-x509",     "-newkey", "rsa:1024", "-nodes", "-keyout",  "k1024.pem",
                         "-out", "c1024.pem", "-days",   "2",        "-subj",  "/CN=small" }
        << QByteArray() << "c1024.pem"
        << "only 1024 bits";
    QTest::newRow("DER certificate") << QStringList { "x509", "-in",  "c.pem", "-outform",
                                                      "DER",  "-out", "c.der" }
                                     << QByteArray() << "c.der"
                                     << "DER";
    QTest::newRow("private key") << QStringList() << QByteArray() << "k.pem"
                                 << "holds a private key";
    QTest::newRow("public key") << QStringList() << QByteArray() << "pub.pem"
                                << "bare public key";
    QTest::newRow("OpenPGP key") << QStringList()
                                 << QByteArray("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGA=\n"
                                               "-----END PGP PUBLIC KEY BLOCK-----\n")
                                 << "platform.asc"
                                 << "OpenPGP key";
    QTest::newRow("random text") << QStringList() << QByteArray("this is not a certificate\n") << "notes.txt"
                                 << "not a PEM file";
    QTest::newRow("damaged PEM") << QStringList()
                                 << QByteArray(
                                        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
                                 << "damaged.pem"
                                 << "no readable certificate";
    QTest::newRow("empty file") << QStringList() << QByteArray("\n") << "empty.pem"
                                << "is empty";
    QTest::newRow("missing file") << QStringList() << QByteArray() << "missing.pem"
                                  << "does not exist";
}

void TestHyperProtect::refusesCertificate()
{
    QFETCH(QStringList, command);
    QFETCH(QByteArray, content);
    QFETCH(QString, file);
    QFETCH(QString, expected);

    if (!command.isEmpty()) {
        const test::ProcessResult made = openssl(command, m_dir.path());
        QVERIFY2(made.ok(), made.text().constData());
    } else if (!content.isEmpty()) {
        QVERIFY(test::writeFile(path(file), content));
    }
    const Result<EncryptionCertificate> loaded = EncryptionCertificate::load(path(file));
    QVERIFY(!loaded.isOk());
    QVERIFY2(loaded.error().contains(expected), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(file), qPrintable(loaded.error()));
}

void TestHyperProtect::refusesCertificateOutsideValidity_data()
{
    QTest::addColumn<int>("days"); // from now
    QTest::addColumn<QString>("expected");
    QTest::newRow("expired") << 30 << "expired on";
    QTest::newRow("not yet valid") << -30 << "not valid before";
}

void TestHyperProtect::refusesCertificateOutsideValidity()
{
    QFETCH(int, days);
    QFETCH(QString, expected);
    const QDateTime at = QDateTime::currentDateTimeUtc().addDays(days);
    const Result<EncryptionCertificate> loaded
        = EncryptionCertificate::fromPem(test::readAll(path("c.pem")), QStringLiteral("platform.crt"), at);
    QVERIFY(!loaded.isOk());
    QVERIFY2(loaded.error().contains(expected), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(QLatin1String("platform.crt")), qPrintable(loaded.error()));
    if (days > 0) // says since when
        QVERIFY2(loaded.error().contains(m_certificate.notAfter().toUTC().toString(Qt::ISODate)),
                 qPrintable(loaded.error()));
}

void TestHyperProtect::encryptNeedsCertificate()
{
    const Result<QString> token = HyperProtectCipher::encrypt("type: env\n", EncryptionCertificate());
    QVERIFY(!token.isOk());
    QVERIFY2(token.error().contains(QLatin1String("certificate")), qPrintable(token.error()));
}

void TestHyperProtect::opensslVerifiesSignature()
{
    const Result<pki::PrivateKey> key = pki::PrivateKey::load(path("k.pem"), QStringLiteral("signing key"));
    QVERIFY2(key.isOk(), qPrintable(key.error()));
    const QString workload = encrypt("type: workload\n");
    const QString env = encrypt("type: env\n");
    const Result<QString> signature = ContractSigner::sign(workload, env, key.value());
    QVERIFY2(signature.isOk(), qPrintable(signature.error()));

    QTemporaryDir work;
    QVERIFY(test::writeFile(work.filePath("sig.bin"), QByteArray::fromBase64(signature->toLatin1())));
    const QByteArray data = workload.toUtf8() + env.toUtf8();
    const QStringList verify
        = { "dgst", "-sha256", "-verify", path("pub.pem"), "-signature", "sig.bin", "data.bin" };

    QVERIFY(test::writeFile(work.filePath("data.bin"), data));
    test::ProcessResult run = openssl(verify, work.path());
    QVERIFY2(run.ok(), run.text().constData());

    QByteArray changed = data;
    changed[changed.size() / 2] = changed.at(changed.size() / 2) == 'A' ? 'B' : 'A';
    QVERIFY(test::writeFile(work.filePath("data.bin"), changed));
    run = openssl(verify, work.path());
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode != 0, run.text().constData());

    // The order matters: the workload string first, then the env string.
    QVERIFY(test::writeFile(work.filePath("data.bin"), env.toUtf8() + workload.toUtf8()));
    run = openssl(verify, work.path());
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode != 0, run.text().constData());
}

void TestHyperProtect::signerRefusesNonRsaKey()
{
    const test::ProcessResult made = openssl(
        { "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "ec-sign.pem" },
        m_dir.path());
    QVERIFY2(made.ok(), made.text().constData());
    const Result<pki::PrivateKey> key
        = pki::PrivateKey::load(path("ec-sign.pem"), QStringLiteral("signing key"));
    QVERIFY2(key.isOk(), qPrintable(key.error()));
    const Result<QString> signature = ContractSigner::sign("a", "b", key.value());
    QVERIFY(!signature.isOk());
    QVERIFY2(signature.error().contains(QLatin1String("RSA")), qPrintable(signature.error()));
    QVERIFY(!ContractSigner::sign("a", "b", pki::PrivateKey()).isOk());
}

void TestHyperProtect::checkEncrypted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: accepted

    const QString good = encrypt("type: workload\n");
    const QStringList parts = good.split(QLatin1Char('.'));
    const QString a = parts.at(1);
    const QString b = parts.at(2);
    const QByteArray body = QByteArray::fromBase64(b.toLatin1());
    const auto base64 = [](const QByteArray& bytes) {
        return QString::fromLatin1(bytes.toBase64());
    };

    QTest::newRow("good") << good << QString();
    QTest::newRow("good with white space around") << QStringLiteral("\n  %1  \n").arg(good) << QString();
    QTest::newRow("empty") << QString() << "is empty";
    QTest::newRow("other scheme") << QStringLiteral("hyper-protect-advanced.%1.%2").arg(a, b)
                                  << "scheme \"hyper-protect-advanced\"";
    QTest::newRow("no prefix") << QStringLiteral("%1.%2").arg(a, b)
                               << "does not start with hyper-protect-basic";
    QTest::newRow("missing part") << QStringLiteral("hyper-protect-basic.%1").arg(a) << "two parts";
    QTest::newRow("empty part") << QStringLiteral("hyper-protect-basic.%1.").arg(a) << "two parts";
    QTest::newRow("three parts") << QStringLiteral("%1.%2").arg(good, b) << "two parts";
    QTest::newRow("bad base64 password") << QStringLiteral("hyper-protect-basic.%1*.%2").arg(a.mid(1), b)
                                         << "password part is not valid base64";
    QTest::newRow("bad base64 section")
        << QStringLiteral("hyper-protect-basic.%1.%2").arg(a, b.left(b.size() - 1))
        << "section part is not valid base64";
    QTest::newRow("short password")
        << QStringLiteral("hyper-protect-basic.%1.%2").arg(base64("0123456789"), b)
        << "password part has 10 bytes";
    QTest::newRow("no Salted__ header")
        << QStringLiteral("hyper-protect-basic.%1.%2").arg(a, base64(body.mid(8))) << "Salted__ header";
    QTest::newRow("truncated block")
        << QStringLiteral("hyper-protect-basic.%1.%2").arg(a, base64(body.left(body.size() - 5)))
        << "whole number of AES blocks";
    QTest::newRow("header only") << QStringLiteral("hyper-protect-basic.%1.%2").arg(a, base64(body.left(16)))
                                 << "whole number of AES blocks";
}

void TestHyperProtect::checkEncrypted()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Status status = HyperProtectCipher::checkEncrypted(text, QStringLiteral("The workload section"));
    if (expected.isEmpty()) {
        QVERIFY2(status.isOk(), qPrintable(status.error()));
        return;
    }
    QVERIFY(!status.isOk());
    QVERIFY2(status.error().startsWith(QLatin1String("The workload section")), qPrintable(status.error()));
    QVERIFY2(status.error().contains(expected), qPrintable(status.error()));
}

QTEST_GUILESS_MAIN(TestHyperProtect)
#include "tst_hyperprotect.moc"
