#include "ArchiveBuilder.h"
#include "ManifestTools.h"
#include "TestSupport.h"
#include "manifest/ManifestArchive.h"
#include "manifest/ManifestVerifier.h"
#include "manifest/ManifestWriter.h"
#include "pki/PrivateKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace sbs;
using namespace sbs::manifest;
using sbs::test::ArchiveBuilder;
using sbs::test::ManifestTools;
using Outcome = Verification::Outcome;

Q_DECLARE_METATYPE(Verification::Outcome)

class TestManifestVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void verifiesManifest();
    void loadsEveryKeyForm_data();
    void loadsEveryKeyForm();
    void refusesKeys_data();
    void refusesKeys();
    void decodesSignatures_data();
    void decodesSignatures();
    void verifiesDigestHashedTwice();
    void detectsTampering_data();
    void detectsTampering();
    void reportsMalformedManifests_data();
    void reportsMalformedManifests();
    void opensslAgrees_data();
    void opensslAgrees();
    void opensslCommandsAreQuoted();
    void tamperTestPasses();
    void tamperTestFails_data();
    void tamperTestFails();
    void cancels();

private:
    QString writeInput(const QString& name, const QByteArray& bytes);
    QByteArray openssl(const QStringList& args, int* rc);

    QTemporaryDir m_dir;
    pki::PrivateKey m_key;
    pki::PrivateKey m_otherKey;
    QByteArray m_pub;
    QByteArray m_otherPub;
    QString m_name;
    QString m_git;
    QString m_sigTbz;
    QByteArray m_sigTbzHash;
    QByteArray m_tbz;
    QByteArray m_sig;
    QString m_otherBuild; // another build, signed with the same key
    QString m_otherServer; // this build's tree, signed by another server's key
};

QString TestManifestVerifier::writeInput(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath("input/" + name);
    return test::writeFile(path, bytes) ? path : QString();
}

QByteArray TestManifestVerifier::openssl(const QStringList& args, int* rc)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.filePath("keys"));
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start("openssl", args);
    p.waitForFinished(60000);
    *rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAll();
}

void TestManifestVerifier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto key = pki::PrivateKey::generate(pki::KeyType::Rsa2048);
    auto other = pki::PrivateKey::generate(pki::KeyType::Rsa2048);
    QVERIFY(key && other);
    m_key = key.value();
    m_otherKey = other.value();
    m_pub = m_key.publicKeyPem();
    m_otherPub = m_otherKey.publicKeyPem();

    m_git = m_dir.filePath("src/git");
    QVERIFY(ManifestTools::makeGitTree(m_git));
    m_name
        = ManifestWriter::manifestName("127.0.0.1:5443.sbs.sample-app.v1-d14cdc8.2026-11-29_12-00-00.123456");
    for (const char* dir : { "out", "out-other-build", "out-other-server", "keys" })
        QVERIFY(QDir().mkpath(m_dir.filePath(dir)));
    auto written = ManifestWriter::write(m_dir.filePath("out"), m_name, "{\"status\": \"success\"}", "log\n",
                                         m_git, m_key);
    QVERIFY2(written, qPrintable(written.error()));
    m_sigTbz = written.value();
    m_sigTbzHash = ManifestTools::fileSha256(m_sigTbz);
    const QByteArray outer = test::readAll(m_sigTbz);
    m_tbz = ManifestTools::member(outer, m_name + ".tbz");
    m_sig = ManifestTools::member(outer, m_name + ".sig");
    QVERIFY(!m_tbz.isEmpty() && !m_sig.isEmpty());

    QVERIFY(test::writeFile(m_dir.filePath("src/git2/README"), "another build\n"));
    auto otherBuild
        = ManifestWriter::write(m_dir.filePath("out-other-build"),
                                ManifestWriter::manifestName("127.0.0.1:5443.sbs.other.v2-0000001"),
                                "{\"status\": \"success\"}", "", m_dir.filePath("src/git2"), m_key);
    QVERIFY2(otherBuild, qPrintable(otherBuild.error()));
    m_otherBuild = otherBuild.value();
    auto otherServer = ManifestWriter::write(m_dir.filePath("out-other-server"), m_name,
                                             "{\"status\": \"success\"}", "log\n", m_git, m_otherKey);
    QVERIFY2(otherServer, qPrintable(otherServer.error()));
    m_otherServer = otherServer.value();

    auto pem = m_key.toPem();
    QVERIFY(pem);
    QVERIFY(test::writeFile(m_dir.filePath("keys/private.pem"), pem.value().bytes()));
    QVERIFY(test::writeFile(m_dir.filePath("keys/public.pem"), m_pub));
}

void TestManifestVerifier::cleanupTestCase()
{
    QCOMPARE(ManifestTools::fileSha256(m_sigTbz), m_sigTbzHash);
}

void TestManifestVerifier::verifiesManifest()
{
    QList<qint64> progress;
    ReadControl control;
    control.progress = [&](qint64 done, qint64) {
        progress << done;
    };
    const Verification v = ManifestVerifier::verifyFile(m_sigTbz, m_pub, control);
    QVERIFY2(v.isVerified(), qPrintable(v.message));
    QCOMPARE(v.outcome, Outcome::Verified);
    QCOMPARE(v.manifestName, m_name);
    QCOMPARE(v.tbzSha256, ManifestTools::sha256(m_tbz));
    QCOMPARE(v.tbzSize, qint64(m_tbz.size()));
    QVERIFY2(QRegularExpression("^([0-9A-F]{2}:){31}[0-9A-F]{2}$").match(v.keyFingerprint).hasMatch(),
             qPrintable(v.keyFingerprint));
    QCOMPARE(v.keyDescription, QString("RSA, 2048 bits"));
    QVERIFY2(v.message.contains(QFileInfo(m_sigTbz).fileName()), qPrintable(v.message));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), QFileInfo(m_sigTbz).size());
    QCOMPARE(ManifestTools::fileSha256(m_sigTbz), m_sigTbzHash);

    // The fingerprint is SHA-256 of the DER SubjectPublicKeyInfo, as openssl computes it.
    int rc = 0;
    const QByteArray der = openssl({ "pkey", "-pubin", "-in", "public.pem", "-outform", "DER" }, &rc);
    QCOMPARE(rc, 0);
    QCOMPARE(v.keyFingerprint, QString::fromLatin1(ManifestTools::sha256(der).toHex(':').toUpper()));
}

void TestManifestVerifier::loadsEveryKeyForm_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("output");
    QTest::newRow("PUBLIC KEY") << QStringList() << "public.pem";
    QTest::newRow("RSA PUBLIC KEY") << QStringList(
        { "rsa", "-in", "private.pem", "-RSAPublicKey_out", "-out", "rsa.pem" })
                                    << "rsa.pem";
    QTest::newRow("certificate") << QStringList({ "req", "-x509", "-new", "-key", "private.pem", "-subj",
                                                  "/CN=sbs-test", "-days", "2", "-out", "cert.pem" })
                                 << "cert.pem";
}

void TestManifestVerifier::loadsEveryKeyForm()
{
    QFETCH(QStringList, command);
    QFETCH(QString, output);
    if (!command.isEmpty()) {
        int rc = 0;
        const QByteArray out = openssl(command, &rc);
        QVERIFY2(rc == 0, out.constData());
    }
    const QByteArray pem = test::readAll(m_dir.filePath("keys/" + output));
    QVERIFY(!pem.isEmpty());
    QVERIFY(pem.startsWith("-----BEGIN "
                           + QByteArray(QTest::currentDataTag()).replace("certificate", "CERTIFICATE")));
    const auto key = ManifestVerifier::loadKey(pem);
    QVERIFY2(key, qPrintable(key.error()));
    const auto reference = ManifestVerifier::loadKey(m_pub);
    QVERIFY(reference);
    QCOMPARE(key->fingerprint, reference->fingerprint);
    QCOMPARE(key->description, QString("RSA, 2048 bits"));
    QVERIFY(key->pem.contains("BEGIN PUBLIC KEY"));
    const Verification v = ManifestVerifier::verifyFile(m_sigTbz, pem);
    QVERIFY2(v.isVerified(), qPrintable(v.message));
}

void TestManifestVerifier::refusesKeys_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("expected");
    auto ec = pki::PrivateKey::generate(pki::KeyType::EcP256);
    QVERIFY(ec);
    QByteArray truncated = m_pub;
    truncated.remove(60, 100);
    QTest::newRow("empty") << QByteArray() << "is empty";
    QTest::newRow("not PEM") << QByteArray("this is not a key\n") << "is not a PEM public key";
    QTest::newRow("DER bytes") << QByteArray::fromBase64(m_pub.mid(27, 300)) << "is not a PEM public key";
    QTest::newRow("damaged PEM") << truncated << "cannot be decoded";
    QTest::newRow("EC key") << ec.value().publicKeyPem() << "is an EC key; manifest signatures use RSA";
    QTest::newRow("private key") << QByteArray(m_key.toPem().value().bytes()) << "is a private key";
    QTest::newRow("another PEM block")
        << QByteArray("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE "
                      "REQUEST-----\n")
        << "is a PEM \"CERTIFICATE REQUEST\"";
}

void TestManifestVerifier::refusesKeys()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, expected);
    const auto key = ManifestVerifier::loadKey(pem);
    QVERIFY(!key);
    QVERIFY2(key.error().contains(expected), qPrintable(key.error()));
    const Verification v = ManifestVerifier::verifyFile(m_sigTbz, pem);
    QCOMPARE(v.outcome, Outcome::KeyUnusable);
    QCOMPARE(v.message, key.error());
    QVERIFY(!ManifestVerifier::tamperTest(m_sigTbz, pem));
    QCOMPARE(ManifestTools::fileSha256(m_sigTbz), m_sigTbzHash);
}

void TestManifestVerifier::decodesSignatures_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("lower case") << QByteArray("00ff10") << QByteArray::fromHex("00ff10") << "";
    QTest::newRow("upper case, newline around")
        << QByteArray("\n 00FF10\r\n") << QByteArray::fromHex("00ff10") << "";
    QTest::newRow("wrapped like xxd -p") << QByteArray("00ff\n10\n") << QByteArray::fromHex("00ff10") << "";
    QTest::newRow("not hex") << QByteArray("00fg10") << QByteArray()
                             << "is not hex: it has 'g' at position 4";
    QTest::newRow("binary") << QByteArray("00\x01") << QByteArray() << "is not hex: it has byte 0x01";
    QTest::newRow("odd length") << QByteArray("00ff1") << QByteArray() << "odd number of hex digits (5)";
    QTest::newRow("empty") << QByteArray(" \n") << QByteArray() << "is empty";
}

void TestManifestVerifier::decodesSignatures()
{
    QFETCH(QByteArray, hex);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const auto decoded = ManifestVerifier::decodeSignature(hex);
    if (error.isEmpty()) {
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(decoded.value(), bytes);
    } else {
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().contains(error), qPrintable(decoded.error()));
    }
}

void TestManifestVerifier::verifiesDigestHashedTwice()
{
    const QByteArray archive = "archive bytes";
    const QByteArray d = ManifestTools::sha256(archive);
    auto hex = ManifestWriter::signature(archive, m_key);
    QVERIFY(hex);
    const QByteArray sig = ManifestVerifier::decodeSignature(hex.value()).value();
    const auto key = ManifestVerifier::loadKey(m_pub);
    QVERIFY(key);
    const Status ok = ManifestVerifier::verifyDigest(d, sig, key.value());
    QVERIFY2(ok, qPrintable(ok.error()));

    const Status other
        = ManifestVerifier::verifyDigest(ManifestTools::sha256("other bytes"), sig, key.value());
    QVERIFY(!other);
    QVERIFY2(other.error().contains("does not match"), qPrintable(other.error()));
    const Status shortDigest = ManifestVerifier::verifyDigest(d.left(31), sig, key.value());
    QVERIFY(!shortDigest);
    QVERIFY2(shortDigest.error().contains("32"), qPrintable(shortDigest.error()));

    // A signature over d itself (the archive hashed once) is not the protocol's signature.
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, m_key.handle(), nullptr);
    QVERIFY(ctx);
    QByteArray once(256, '\0');
    size_t length = size_t(once.size());
    QCOMPARE(EVP_PKEY_sign_init(ctx), 1);
    QCOMPARE(EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING), 1);
    QCOMPARE(EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha256()), 1);
    QCOMPARE(EVP_PKEY_sign(ctx, reinterpret_cast<unsigned char*>(once.data()), &length,
                           reinterpret_cast<const unsigned char*>(d.constData()), size_t(d.size())),
             1);
    EVP_PKEY_CTX_free(ctx);
    QVERIFY(!ManifestVerifier::verifyDigest(d, once, key.value()));
}

void TestManifestVerifier::detectsTampering_data()
{
    QTest::addColumn<QByteArray>("bytes"); // empty: use path
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("expected");

    QByteArray changed = m_tbz;
    changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x01);
    QTest::newRow("one byte of the inner .tbz changed")
        << ManifestTools::sigTbz(m_name, changed, m_sig) << QString() << m_pub << "does not match";

    // The inner archive copied entry by entry, with one more file in git/.
    const QByteArray added
        = ManifestTools::withExtraFile(m_tbz, "git/added.txt", "not in the signed build\n");
    QVERIFY(!added.isEmpty());
    QCOMPARE(ManifestTools::members(added).size(), ManifestTools::members(m_tbz).size() + 1);
    QTest::newRow("a file added to git/")
        << ManifestTools::sigTbz(m_name, added, m_sig) << QString() << m_pub << "does not match";

    const QByteArray otherSig
        = ManifestTools::member(test::readAll(m_otherBuild),
                                ManifestWriter::manifestName("127.0.0.1:5443.sbs.other.v2-0000001") + ".sig");
    QVERIFY(!otherSig.isEmpty());
    QTest::newRow("signature of another build")
        << ManifestTools::sigTbz(m_name, m_tbz, otherSig) << QString() << m_pub << "does not match";
    QTest::newRow("key of another server") << QByteArray() << m_sigTbz << m_otherPub << "does not match";
    QTest::newRow("signed by another server") << QByteArray() << m_otherServer << m_pub << "does not match";
    QTest::newRow("signature cut short") << ManifestTools::sigTbz(m_name, m_tbz, m_sig.left(256)) << QString()
                                         << m_pub << "the signature is 128 bytes";
}

void TestManifestVerifier::detectsTampering()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    QFETCH(QByteArray, pem);
    QFETCH(QString, expected);
    if (path.isEmpty()) {
        QVERIFY(!bytes.isEmpty());
        path = writeInput(
            QString("tampered-%1.sig.tbz").arg(QTest::currentDataTag()).replace(' ', '-').remove('/'), bytes);
    }
    const QByteArray before = ManifestTools::fileSha256(path);
    const Verification v = ManifestVerifier::verifyFile(path, pem);
    QCOMPARE(v.outcome, Outcome::SignatureInvalid);
    QVERIFY(!v.isVerified());
    QVERIFY2(v.message.contains(expected), qPrintable(v.message));
    QVERIFY2(v.message.contains(QFileInfo(path).fileName()), qPrintable(v.message));
    QVERIFY2(v.message.contains("does not verify"), qPrintable(v.message));
    QCOMPARE(v.tbzSha256.size(), 32);
    QCOMPARE(ManifestTools::fileSha256(path), before);
}

void TestManifestVerifier::reportsMalformedManifests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("create");
    QTest::addColumn<QString>("expected");
    const QByteArray good = test::readAll(m_sigTbz);
    ArchiveBuilder noSig;
    noSig.file(m_name + ".tbz", m_tbz);
    QTest::newRow("no .sig member") << noSig.finish() << true << "has no .sig member";
    ArchiveBuilder noTbz;
    noTbz.file(m_name + ".sig", m_sig);
    QTest::newRow("no .tbz member") << noTbz.finish() << true << "has no .tbz member";
    QTest::newRow("signature not hex")
        << ManifestTools::sigTbz(m_name, m_tbz, "not a signature") << true << "is not hex";
    QTest::newRow("odd-length hex") << ManifestTools::sigTbz(m_name, m_tbz, m_sig.left(511)) << true
                                    << "odd number of hex digits";
    QTest::newRow("empty signature") << ManifestTools::sigTbz(m_name, m_tbz, "\n") << true << "is empty";
    QTest::newRow("truncated") << good.left(good.size() / 2) << true << "truncated or corrupt";
    QTest::newRow("empty file") << QByteArray() << true << "is empty";
    QTest::newRow("missing file") << QByteArray() << false << "does not exist";
    QTest::newRow("bare .tbz") << m_tbz << true << "bare .tbz";
}

void TestManifestVerifier::reportsMalformedManifests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, create);
    QFETCH(QString, expected);
    const QString name = QString("malformed-%1.sig.tbz").arg(QTest::currentDataTag()).replace(' ', '-');
    const QString path = create ? writeInput(name, bytes) : m_dir.filePath("input/" + name);
    const Verification v = ManifestVerifier::verifyFile(path, m_pub);
    QCOMPARE(v.outcome, Outcome::Malformed);
    QVERIFY2(v.message.contains(expected), qPrintable(v.message));
    QVERIFY2(v.message.contains(name), qPrintable(v.message));
    QCOMPARE(QFileInfo::exists(path), create);
    if (create)
        QCOMPARE(test::readAll(path), bytes);
}

void TestManifestVerifier::opensslAgrees_data()
{
    QTest::addColumn<QByteArray>("tbz");
    QTest::addColumn<bool>("verified");
    QByteArray changed = m_tbz;
    changed[100] = char(changed[100] ^ 0x10);
    QTest::newRow("unchanged") << m_tbz << true;
    QTest::newRow("one byte changed") << changed << false;
}

void TestManifestVerifier::opensslAgrees()
{
    QFETCH(QByteArray, tbz);
    QFETCH(bool, verified);
    const QString work = m_dir.filePath(QString("openssl-%1").arg(verified));
    QVERIFY(QDir().mkpath(work));
    const QString path = work + "/" + m_name + ".sig.tbz";
    QVERIFY(test::writeFile(path, ManifestTools::sigTbz(m_name, tbz, m_sig)));
    QVERIFY(test::writeFile(work + "/server key.pem", m_pub));
    QCOMPARE(ManifestVerifier::verifyFile(path, m_pub).isVerified(), verified);

    // The commands shown to the user, run as they are by a shell.
    const QString commands = ManifestVerifier::opensslCommands(m_name, "server key.pem");
    QProcess shell;
    shell.setWorkingDirectory(work);
    shell.setProcessChannelMode(QProcess::MergedChannels);
    shell.start("sh", { "-c", commands });
    QVERIFY(shell.waitForFinished(60000));
    const QString output = QString::fromUtf8(shell.readAll());
    QCOMPARE(shell.exitCode() == 0, verified);
    QVERIFY2(output.contains(verified ? "Verified OK" : "Verification failure"),
             qPrintable(commands + "\n" + output));
}

void TestManifestVerifier::opensslCommandsAreQuoted()
{
    const QString plain = ManifestVerifier::opensslCommands("manifest.a.v1", "public.pem");
    QCOMPARE(plain.split('\n'),
             QStringList({ "tar -xjf ./manifest.a.v1.sig.tbz",
                           "openssl dgst -sha256 -binary manifest.a.v1.tbz > manifest.a.v1.sha256",
                           "xxd -r -p manifest.a.v1.sig > manifest.a.v1.sig.bin",
                           "openssl dgst -sha256 -verify public.pem -signature manifest.a.v1.sig.bin "
                           "manifest.a.v1.sha256" }));
    const QString odd = ManifestVerifier::opensslCommands("manifest.it's $HOME", "my key.pem");
    QVERIFY2(odd.contains("tar -xjf './manifest.it'\\''s $HOME.sig.tbz'"), qPrintable(odd));
    QVERIFY2(odd.contains("-verify 'my key.pem'"), qPrintable(odd));
}

void TestManifestVerifier::tamperTestPasses()
{
    const QStringList filesBefore = ManifestTools::tree(m_dir.path());
    const Status tamper = ManifestVerifier::tamperTest(m_sigTbz, m_pub);
    QVERIFY2(tamper, qPrintable(tamper.error()));
    QCOMPARE(ManifestTools::tree(m_dir.path()), filesBefore); // nothing written to disk
    QCOMPARE(ManifestTools::fileSha256(m_sigTbz), m_sigTbzHash);
    const Verification after = ManifestVerifier::verifyFile(m_sigTbz, m_pub);
    QVERIFY2(after.isVerified(), qPrintable(after.message));
}

void TestManifestVerifier::tamperTestFails_data()
{
    QTest::addColumn<QByteArray>("bytes"); // empty: the good manifest
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("expected");
    const QByteArray good = test::readAll(m_sigTbz);
    QTest::newRow("truncated manifest") << good.left(good.size() - 100) << m_pub << "truncated or corrupt";
    QTest::newRow("wrong key") << QByteArray() << m_otherPub << "does not verify unchanged";
    QTest::newRow("signature not hex") << ManifestTools::sigTbz(m_name, m_tbz, "zz") << m_pub << "is not hex";
    ArchiveBuilder broken;
    broken.file("data/build.json", "{}");
    QByteArray inner = broken.finish();
    inner.chop(30);
    QTest::newRow("inner archive corrupt")
        << ManifestTools::sigTbz(m_name, inner, m_sig) << m_pub << "does not verify unchanged";
}

void TestManifestVerifier::tamperTestFails()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, pem);
    QFETCH(QString, expected);
    const QString path = bytes.isEmpty()
        ? m_sigTbz
        : writeInput(QString("tamper-%1.sig.tbz").arg(QTest::currentDataTag()).replace(' ', '-'), bytes);
    const QByteArray before = ManifestTools::fileSha256(path);
    const Status tamper = ManifestVerifier::tamperTest(path, pem);
    QVERIFY(!tamper);
    QVERIFY2(tamper.error().contains("the tamper test cannot run"), qPrintable(tamper.error()));
    QVERIFY2(tamper.error().contains(expected), qPrintable(tamper.error()));
    QVERIFY2(tamper.error().contains(QFileInfo(path).fileName()), qPrintable(tamper.error()));
    QCOMPARE(ManifestTools::fileSha256(path), before);
}

void TestManifestVerifier::cancels()
{
    ReadControl control;
    control.cancelled = [] {
        return true;
    };
    const Verification v = ManifestVerifier::verifyFile(m_sigTbz, m_pub, control);
    QCOMPARE(v.outcome, Outcome::Cancelled);
    QVERIFY2(v.message.contains("cancelled"), qPrintable(v.message));
    const Status tamper = ManifestVerifier::tamperTest(m_sigTbz, m_pub, control);
    QVERIFY(!tamper);
    QVERIFY2(tamper.error().contains("cancelled"), qPrintable(tamper.error()));
}

QTEST_GUILESS_MAIN(TestManifestVerifier)
#include "tst_manifestverifier.moc"
