#include "TestSupport.h"
#include "manifest/ManifestWriter.h"
#include "pki/PrivateKey.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sbs;

// The manifest format of PROTOCOL.md §5, checked with the tools the reference uses: tar for
// the archives and the openssl command for the double-hashed signature.
class TestManifestWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesSignedManifest();
    void signatureFailsForWrongKey();
    void failedWriteLeavesNothing();

private:
    static QStringList run(const QString& program, const QStringList& args, const QString& dir, int* rc);
    QTemporaryDir m_dir;
    pki::PrivateKey m_key;
};

QStringList TestManifestWriter::run(const QString& program, const QStringList& args, const QString& dir,
                                    int* rc)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(60000);
    *rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll()).split('\n', Qt::SkipEmptyParts);
}

void TestManifestWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto key = pki::PrivateKey::generate(pki::KeyType::Rsa2048);
    QVERIFY2(key, qPrintable(key.error()));
    m_key = key.value();
}

void TestManifestWriter::writesSignedManifest()
{
    const QString git = m_dir.filePath("src");
    QVERIFY(test::writeFile(git + "/Dockerfile", "FROM scratch\n"));
    QVERIFY(test::writeFile(git + "/bin/run.sh", "#!/bin/sh\n"));
    QFile::setPermissions(git + "/bin/run.sh",
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(QFile::link("Dockerfile", git + "/link"));
    QVERIFY(QDir().mkpath(m_dir.filePath("out")));

    const QString name
        = manifest::ManifestWriter::manifestName("docker.io.a.b.v1-1234567.2021-01-01_00-00-00.000001");
    auto written = manifest::ManifestWriter::write(m_dir.filePath("out"), name, "{\"status\": \"success\"}",
                                                   "line one\n", git, m_key);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written.value(), m_dir.filePath("out/" + name + ".sig.tbz"));
    QCOMPARE(QDir(m_dir.filePath("out")).entryList(QDir::Files), QStringList { name + ".sig.tbz" });

    const QString work = m_dir.filePath("check");
    QVERIFY(QDir().mkpath(work));
    int rc = 0;
    QStringList listing = run("tar", { "-tjf", written.value() }, work, &rc);
    QCOMPARE(rc, 0);
    listing.sort();
    QCOMPARE(listing, QStringList({ name + ".sig", name + ".tbz" }));
    run("tar", { "-xjf", written.value() }, work, &rc);
    QCOMPARE(rc, 0);
    listing = run("tar", { "-tvjf", name + ".tbz" }, work, &rc);
    QCOMPARE(rc, 0);
    const QString all = listing.join('\n');
    for (const char* member : { "data/build.json", "data/build.log", "git/Dockerfile", "git/bin/run.sh" })
        QVERIFY2(all.contains(member), qPrintable(all));
    QVERIFY2(all.contains("git/link -> Dockerfile"), qPrintable(all));
    QVERIFY2(all.contains("-rwxr-xr-x"), qPrintable(all));

    // openssl dgst -sha256 -binary x.tbz > x.sha256;
    // openssl dgst -sha256 -verify public.pem -signature <(xxd -r -p x.sig) x.sha256
    QVERIFY(test::writeFile(work + "/public.pem", m_key.publicKeyPem()));
    QVERIFY(
        test::writeFile(work + "/sig.bin", QByteArray::fromHex(test::readAll(work + "/" + name + ".sig"))));
    run("openssl", { "dgst", "-sha256", "-binary", "-out", "x.sha256", name + ".tbz" }, work, &rc);
    QCOMPARE(rc, 0);
    const QStringList verified
        = run("openssl", { "dgst", "-sha256", "-verify", "public.pem", "-signature", "sig.bin", "x.sha256" },
              work, &rc);
    QVERIFY2(rc == 0 && verified.join(' ').contains("Verified OK"), qPrintable(verified.join('\n')));
}

void TestManifestWriter::signatureFailsForWrongKey()
{
    auto other = pki::PrivateKey::generate(pki::KeyType::Rsa2048);
    QVERIFY(other);
    const QByteArray data = "archive bytes";
    auto a = manifest::ManifestWriter::signature(data, m_key);
    auto b = manifest::ManifestWriter::signature(data, other.value());
    QVERIFY(a && b);
    QVERIFY(a.value() != b.value());
    QCOMPARE(a.value().size(), 512); // RSA-2048: 256 bytes as hex
    QVERIFY(QByteArray::fromHex(a.value()).toHex() == a.value());
}

void TestManifestWriter::failedWriteLeavesNothing()
{
    QVERIFY(QDir().mkpath(m_dir.filePath("out2")));
    auto file
        = manifest::ManifestWriter::writeTbz(m_dir.filePath("nodir/x.tbz"), { { "a", "b", QString() } });
    QVERIFY(!file);
    QVERIFY2(file.error().contains("x.tbz"), qPrintable(file.error()));
    auto missing = manifest::ManifestWriter::writeTbz(m_dir.filePath("out2/y.tbz"),
                                                      { { "data/x", "", m_dir.filePath("does-not-exist") } });
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains("does-not-exist"), qPrintable(missing.error()));
    QVERIFY(!QFile::exists(m_dir.filePath("out2/y.tbz")));
}

QTEST_GUILESS_MAIN(TestManifestWriter)
#include "tst_manifestwriter.moc"
