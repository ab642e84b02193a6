#include "TestSupport.h"
#include "manifest/ManifestLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace sbs;
using namespace sbs::manifest;

namespace {

const QString Name = QStringLiteral("manifest.127.0.0.1:5443.sbs.sample-app.v1-d14cdc8.2026-11-29_12-00-00");
const QByteArray Archive = QByteArrayLiteral("BZh91AY&SY archive bytes");
const QByteArray Key = QByteArrayLiteral("-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n");

// Every name in dir, hidden ones included.
QStringList names(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

bool setTime(const QString& path, const QDateTime& when)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(when, QFileDevice::FileModificationTime);
}

} // namespace

class TestManifestLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderIsBesideTheConfiguration();
    void storesAndLists();
    void storingTheSameBytesAgainIsFine();
    void refusesToReplace();
    void refusesAKeyThatDiffers();
    void refusesNames_data();
    void refusesNames();
    void listsOnlyManifestsNewestFirst();
    void storesKeyOfStoredManifest();
    void importsACopyWithItsKey();
    void importRefusals();
};

void TestManifestLibrary::folderIsBesideTheConfiguration()
{
    QCOMPARE(ManifestLibrary::folderFor("/home/u/.config/sbs/prod/sbs-config.json"),
             QString("/home/u/.config/sbs/prod/manifests"));
}

void TestManifestLibrary::storesAndLists()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath("manifests");
    ManifestLibrary library(folder);
    QVERIFY(library.items().isEmpty()); // no folder yet

    const auto stored = library.store(Name, Archive, Key);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->path, folder + "/" + Name + ".sig.tbz");
    QCOMPARE(stored->manifestName, Name);
    QCOMPARE(stored->buildName, Name.mid(9));
    QCOMPARE(stored->size, qint64(Archive.size()));
    QCOMPARE(stored->keyPath, folder + "/" + Name + "-public.pem");
    QCOMPARE(test::readAll(stored->path), Archive);
    QCOMPARE(test::readAll(stored->keyPath), Key);
    QCOMPARE(stored->modified.timeSpec(), Qt::UTC);

    const QList<LibraryItem> items = library.items();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().path, stored->path);
    QCOMPARE(items.first().keyPath, stored->keyPath);

    // Without a key, the item says so.
    const auto keyless = library.store("manifest.other", Archive);
    QVERIFY2(keyless, qPrintable(keyless.error()));
    QVERIFY(keyless->keyPath.isEmpty());
    QCOMPARE(names(folder),
             QStringList({ Name + "-public.pem", Name + ".sig.tbz", "manifest.other.sig.tbz" }));
}

void TestManifestLibrary::storingTheSameBytesAgainIsFine()
{
    QTemporaryDir dir;
    ManifestLibrary library(dir.path());
    QVERIFY(library.store(Name, Archive, Key));
    const auto again = library.store(Name, Archive, Key);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(library.items().size(), 1);
    QCOMPARE(names(dir.path()).size(), 2);
}

void TestManifestLibrary::refusesToReplace()
{
    QTemporaryDir dir;
    ManifestLibrary library(dir.path());
    QVERIFY(library.store(Name, Archive));
    const auto other = library.store(Name, "other bytes");
    QVERIFY(!other);
    QVERIFY2(other.error().contains(Name + ".sig.tbz"), qPrintable(other.error()));
    QCOMPARE(test::readAll(dir.filePath(Name + ".sig.tbz")), Archive);
    QCOMPARE(names(dir.path()), QStringList({ Name + ".sig.tbz" }));
}

void TestManifestLibrary::refusesAKeyThatDiffers()
{
    QTemporaryDir dir;
    ManifestLibrary library(dir.path());
    QVERIFY(test::writeFile(dir.filePath(Name + "-public.pem"), "another key\n"));
    const auto stored = library.store(Name, Archive, Key);
    QVERIFY(!stored);
    QVERIFY2(stored.error().contains(Name + "-public.pem"), qPrintable(stored.error()));
    // Nothing half done: no manifest without the key it came with.
    QCOMPARE(names(dir.path()), QStringList({ Name + "-public.pem" }));
    QCOMPARE(test::readAll(dir.filePath(Name + "-public.pem")), QByteArray("another key\n"));
}

void TestManifestLibrary::refusesNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("parent") << "../manifest.x";
    QTest::newRow("folder") << "sub/manifest.x";
    QTest::newRow("absolute") << "/tmp/manifest.x";
    QTest::newRow("backslash") << "..\\manifest.x";
    QTest::newRow("hidden") << ".manifest.x";
    QTest::newRow("too long") << QString(300, 'a');
}

void TestManifestLibrary::refusesNames()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    ManifestLibrary library(dir.filePath("lib/manifests"));
    const auto stored = library.store(name, Archive, Key);
    QVERIFY(!stored);
    QVERIFY(!stored.error().isEmpty());
    QVERIFY(!library.storeKey(name, Key));
    QCOMPARE(names(dir.path()), QStringList());
}

void TestManifestLibrary::listsOnlyManifestsNewestFirst()
{
    QTemporaryDir dir;
    ManifestLibrary library(dir.path());
    const QDateTime base = QDateTime::fromSecsSinceEpoch(1764417600, Qt::UTC);
    const QStringList manifests = { "manifest.old", "manifest.new", "manifest.middle[1]" };
    const QList<int> ages = { 300, 0, 100 };
    for (int i = 0; i < manifests.size(); ++i) {
        const QString path = dir.filePath(manifests.at(i) + ".sig.tbz");
        QVERIFY(test::writeFile(path, Archive));
        QVERIFY(setTime(path, base.addSecs(-ages.at(i))));
    }
    for (const char* other : { "notes.txt", "manifest.a.tbz", "manifest.a.sig", "manifest.a-public.pem",
                               ".manifest.b.sig.tbz.abc123.part", "manifest.c.sig.tbz.bak", ".sig.tbz" })
        QVERIFY(test::writeFile(dir.filePath(other), "x"));
    QVERIFY(QDir(dir.path()).mkdir("folder.sig.tbz"));

    const QList<LibraryItem> items = library.items();
    QStringList listed;
    for (const LibraryItem& item : items)
        listed << item.manifestName;
    QCOMPARE(listed, QStringList({ "manifest.new", "manifest.middle[1]", "manifest.old" }));
    QCOMPARE(items.first().modified, base);
    QCOMPARE(items.at(1).buildName, QString("middle[1]"));
}

void TestManifestLibrary::storesKeyOfStoredManifest()
{
    QTemporaryDir dir;
    ManifestLibrary library(dir.path());
    const Status missing = library.storeKey(Name, Key);
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(Name + ".sig.tbz"), qPrintable(missing.error()));
    QCOMPARE(names(dir.path()), QStringList());

    QVERIFY(library.store(Name, Archive));
    QVERIFY(library.items().first().keyPath.isEmpty());
    const Status stored = library.storeKey(Name, Key);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(library.items().first().keyPath, dir.filePath(Name + "-public.pem"));
    QVERIFY(library.storeKey(Name, Key)); // the same key again
    const Status other = library.storeKey(Name, "another key\n");
    QVERIFY(!other);
    QVERIFY2(other.error().contains(Name + "-public.pem"), qPrintable(other.error()));
    QCOMPARE(test::readAll(dir.filePath(Name + "-public.pem")), Key);
}

void TestManifestLibrary::importsACopyWithItsKey()
{
    QTemporaryDir dir;
    const QString source = dir.filePath("downloads/" + Name + ".sig.tbz");
    QVERIFY(test::writeFile(source, Archive));
    QVERIFY(test::writeFile(dir.filePath("downloads/" + Name + "-public.pem"), Key));
    ManifestLibrary library(dir.filePath("manifests"));

    const auto imported = library.import(source);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->path, dir.filePath("manifests/" + Name + ".sig.tbz"));
    QCOMPARE(test::readAll(imported->path), Archive);
    QCOMPARE(test::readAll(imported->keyPath), Key);
    // A copy: the original stays where it was.
    QCOMPARE(test::readAll(source), Archive);
    QCOMPARE(names(dir.filePath("downloads")).size(), 2);

    // The same file again, and a file of the library itself, are fine.
    QVERIFY(library.import(source));
    const auto itself = library.import(imported->path);
    QVERIFY2(itself, qPrintable(itself.error()));
    QCOMPARE(library.items().size(), 1);

    // A manifest without a key beside it is imported without one.
    const QString keyless = dir.filePath("elsewhere/manifest.keyless.sig.tbz");
    QVERIFY(test::writeFile(keyless, Archive));
    const auto second = library.import(keyless);
    QVERIFY2(second, qPrintable(second.error()));
    QVERIFY(second->keyPath.isEmpty());
}

void TestManifestLibrary::importRefusals()
{
    QTemporaryDir dir;
    ManifestLibrary library(dir.filePath("manifests"));
    QVERIFY(library.store(Name, Archive, Key));

    // Not named like a manifest.
    const QString tbz = dir.filePath("in/manifest.x.tbz");
    QVERIFY(test::writeFile(tbz, Archive));
    const auto wrongName = library.import(tbz);
    QVERIFY(!wrongName);
    QVERIFY2(wrongName.error().contains(".sig.tbz"), qPrintable(wrongName.error()));

    // Not there.
    QVERIFY(!library.import(dir.filePath("in/manifest.none.sig.tbz")));

    // Another file of the same name: refused, naming it; the library keeps its own.
    const QString other = dir.filePath("in/" + Name + ".sig.tbz");
    QVERIFY(test::writeFile(other, "a different manifest"));
    const auto conflict = library.import(other);
    QVERIFY(!conflict);
    QVERIFY2(conflict.error().contains(Name + ".sig.tbz"), qPrintable(conflict.error()));
    QCOMPARE(test::readAll(dir.filePath("manifests/" + Name + ".sig.tbz")), Archive);

    // Its key beside it differs from the library's: refused before anything is copied.
    const QString newName = "manifest.new-build";
    QVERIFY(test::writeFile(dir.filePath("in2/" + newName + ".sig.tbz"), Archive));
    QVERIFY(test::writeFile(dir.filePath("in2/" + newName + "-public.pem"), "key A\n"));
    QVERIFY(test::writeFile(dir.filePath("manifests/" + newName + "-public.pem"), "key B\n"));
    const auto keyConflict = library.import(dir.filePath("in2/" + newName + ".sig.tbz"));
    QVERIFY(!keyConflict);
    QVERIFY2(keyConflict.error().contains(newName + "-public.pem"), qPrintable(keyConflict.error()));
    QVERIFY(!QFileInfo::exists(dir.filePath("manifests/" + newName + ".sig.tbz")));
    QCOMPARE(names(dir.filePath("manifests")),
             QStringList({ Name + "-public.pem", Name + ".sig.tbz", newName + "-public.pem" }));
}

QTEST_GUILESS_MAIN(TestManifestLibrary)
#include "tst_manifestlibrary.moc"
