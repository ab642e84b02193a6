#include "ArchiveBuilder.h"
#include "TestSupport.h"
#include "manifest/ManifestArchive.h"
#include "models/ManifestTreeModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace sbs;
using manifest::ArchiveEntry;
using models::ManifestTreeModel;
using sbs::test::ArchiveBuilder;

namespace {

const QDateTime Mtime = QDateTime::fromSecsSinceEpoch(ArchiveBuilder::Mtime, Qt::UTC);

ArchiveEntry fileEntry(const QString& path, qint64 size = 10, int flags = 0)
{
    ArchiveEntry entry;
    entry.path = path;
    entry.type = ArchiveEntry::Type::File;
    entry.size = size;
    entry.mode = 0644;
    entry.mtime = Mtime;
    entry.flags = flags;
    return entry;
}

ArchiveEntry dirEntry(const QString& path)
{
    ArchiveEntry entry;
    entry.path = path;
    entry.type = ArchiveEntry::Type::Directory;
    entry.mode = 0755;
    entry.mtime = Mtime;
    return entry;
}

ArchiveEntry linkEntry(const QString& path, const QString& target, int flags = 0)
{
    ArchiveEntry entry;
    entry.path = path;
    entry.type = ArchiveEntry::Type::Symlink;
    entry.mode = 0777;
    entry.mtime = Mtime;
    entry.linkTarget = target;
    entry.flags = flags;
    return entry;
}

QStringList names(const QAbstractItemModel& model, const QModelIndex& parent = QModelIndex())
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row)
        result << model.index(row, 0, parent).data().toString();
    return result;
}

} // namespace

class TestManifestTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsInBatches();
    void sortsFoldersFirstThroughProxy();
    void makesUpFolders();
    void appendsManyEntries();
    void keepsDuplicates();
    void showsUnsafeEntries();
    void showsEntriesOfRealArchive();
    void findsPaths_data();
    void findsPaths();
    void sumsFolderSizes();
    void showsColumns();
    void clears();
};

void TestManifestTreeModel::growsInBatches()
{
    ManifestTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.appendEntries({ dirEntry("data"), fileEntry("data/build.json"), dirEntry("git") });
    QCOMPARE(names(model), QStringList({ "data", "git" }));
    QCOMPARE(inserted.count(), 1); // everything new hangs under the root: one insert

    // New rows for two known folders (git gets a new folder with its own children): one
    // insert per folder.
    inserted.clear();
    model.appendEntries({ fileEntry("git/src/main.c"), fileEntry("data/build.log"),
                          fileEntry("git/src/util/x.c"), fileEntry("git/README.md") });
    QCOMPARE(inserted.count(), 2);
    const QModelIndex git = model.indexOf("git");
    const QModelIndex data = model.indexOf("data");
    QCOMPARE(names(model, git), QStringList({ "src", "README.md" })); // arrival order
    QCOMPARE(names(model, data), QStringList({ "build.json", "build.log" }));
    QCOMPARE(names(model, model.indexOf("git/src")), QStringList({ "main.c", "util" }));
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), git);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);

    inserted.clear();
    model.appendEntries({ fileEntry("git/src/util/y.c"), fileEntry("git/src/util/z.c"), fileEntry("git/b") });
    QCOMPARE(inserted.count(), 2); // util (two rows at once) and git
    QCOMPARE(names(model, model.indexOf("git/src/util")), QStringList({ "x.c", "y.c", "z.c" }));
    QCOMPARE(model.entryCount(), 10);
    QCOMPARE(model.problemCount(), 0);
}

void TestManifestTreeModel::sortsFoldersFirstThroughProxy()
{
    ManifestTreeModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ManifestTreeModel::SortRole);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(ManifestTreeModel::NameColumn);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.appendEntries({ fileEntry("git/b.txt"), fileEntry("git/A.txt") });
    model.appendEntries({ fileEntry("git/zeta/x"), fileEntry("git/alpha/y"), fileEntry("git/C.txt") });
    const QModelIndex git = proxy.mapFromSource(model.indexOf("git"));
    QCOMPARE(names(proxy, git), QStringList({ "alpha", "zeta", "A.txt", "b.txt", "C.txt" }));

    proxy.sort(ManifestTreeModel::SizeColumn);
    model.appendEntries({ fileEntry("git/big", 5000), fileEntry("git/small", 1) });
    QCOMPARE(names(proxy, git).first(), "small");
    QCOMPARE(names(proxy, git).last(), "big");
}

void TestManifestTreeModel::makesUpFolders()
{
    ManifestTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEntries({ fileEntry("a/b/c/d.txt") });
    QCOMPARE(model.entryCount(), 1);
    const QModelIndex b = model.indexOf("a/b");
    QVERIFY(b.isValid());
    QCOMPARE(b.data().toString(), "b");
    QVERIFY(b.data(ManifestTreeModel::IsFolderRole).toBool());
    QVERIFY(!model.entry(b));
    QCOMPARE(model.index(b.row(), ManifestTreeModel::ModeColumn, b.parent()).data().toString(), QString());
    QCOMPARE(model.rowCount(model.indexOf("a/b/c")), 1);

    // The folder's own entry arrives later: it becomes the entry of the same row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.appendEntries({ dirEntry("a/b/") });
    QCOMPARE(model.rowCount(model.indexOf("a")), 1);
    QVERIFY(model.entry(model.indexOf("a/b")));
    QCOMPARE(model.index(b.row(), ManifestTreeModel::ModeColumn, b.parent()).data().toString(), "drwxr-xr-x");
    QCOMPARE(model.entryCount(), 2);
    QVERIFY(!changed.isEmpty());
}

void TestManifestTreeModel::appendsManyEntries()
{
    ManifestTreeModel model;
    QList<ArchiveEntry> entries;
    entries.reserve(100'001);
    entries << dirEntry("git");
    for (int i = 0; i < 100'000; ++i)
        entries << fileEntry(QStringLiteral("git/module_%1/file_%2.c").arg(i / 1000).arg(i), 3);
    // A reader hands them over in batches; the first one alone is most of them.
    model.appendEntries(entries.mid(0, 60'000));
    model.appendEntries(entries.mid(60'000));
    QCOMPARE(model.entryCount(), 100'001);
    const QModelIndex git = model.indexOf("git");
    QCOMPARE(model.rowCount(git), 100);
    QCOMPARE(model.rowCount(model.indexOf("git/module_59")), 1000);
    QCOMPARE(model.rowCount(model.indexOf("git/module_60")), 1000);
    QCOMPARE(git.data(ManifestTreeModel::SizeRole).toLongLong(), 300'000);
    const QModelIndex last = model.indexOf("git/module_99/file_99999.c");
    QVERIFY(last.isValid());
    QCOMPARE(last.row(), 999);
    QCOMPARE(last.data(ManifestTreeModel::PathRole).toString(), "git/module_99/file_99999.c");
}

void TestManifestTreeModel::keepsDuplicates()
{
    ManifestTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEntries({ fileEntry("git/ok.txt", 5) });
    model.appendEntries({ fileEntry("git/ok.txt", 6, ArchiveEntry::Duplicate), fileEntry("git/other") });
    const QModelIndex git = model.indexOf("git");
    QCOMPARE(names(model, git), QStringList({ "ok.txt", "ok.txt", "other" }));
    const QModelIndex first = model.indexOf("git/ok.txt");
    QCOMPARE(first.row(), 0);
    QCOMPARE(first.data(ManifestTreeModel::SizeRole).toLongLong(), 5);
    QCOMPARE(first.data(ManifestTreeModel::ProblemRole).toString(), QString());
    const QModelIndex second = model.index(1, 0, git);
    QCOMPARE(second.data(ManifestTreeModel::SizeRole).toLongLong(), 6);
    QCOMPARE(second.data(ManifestTreeModel::ProblemRole).toString(), "second entry with this path");
    QCOMPARE(second.data(Qt::ToolTipRole).toString(), "second entry with this path");
    QCOMPARE(model.entry(second)->flags, int(ArchiveEntry::Duplicate));
    QCOMPARE(model.problemCount(), 1);
    QCOMPARE(git.data(ManifestTreeModel::SizeRole).toLongLong(), 11 + 10);
}

void TestManifestTreeModel::showsUnsafeEntries()
{
    ManifestTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEntries({ fileEntry("data/build.json"), fileEntry("/abs-evil", 1, ArchiveEntry::Absolute),
                          fileEntry("../evil", 1, ArchiveEntry::ParentReference) });
    model.appendEntries({ fileEntry("git/../../evil", 1, ArchiveEntry::ParentReference),
                          linkEntry("git/out", "../../etc", ArchiveEntry::LinkOutside),
                          fileEntry("/etc/passwd", 1, ArchiveEntry::Absolute) });
    QCOMPARE(names(model), QStringList({ "data", "/", "..", "git" }));
    QCOMPARE(names(model, model.index(1, 0)), QStringList({ "abs-evil", "etc" }));
    QCOMPARE(names(model, model.index(2, 0)), QStringList({ "evil" }));

    const QModelIndex absolute = model.indexOf("/abs-evil");
    QCOMPARE(absolute.parent(), model.index(1, 0));
    QCOMPARE(absolute.data(ManifestTreeModel::ProblemRole).toString(), "absolute path");
    QCOMPARE(absolute.data(ManifestTreeModel::PathRole).toString(), "/abs-evil");
    QVERIFY(model.indexOf("/etc/passwd").isValid());
    const QModelIndex climbing = model.indexOf("git/../../evil");
    QVERIFY(climbing.isValid());
    QCOMPARE(climbing.parent().data().toString(), "..");
    QCOMPARE(climbing.parent().parent().data().toString(), "..");
    QCOMPARE(climbing.parent().parent().parent(), model.indexOf("git"));
    QCOMPARE(climbing.data(ManifestTreeModel::ProblemRole).toString(), "the path climbs out with \"..\"");
    const QModelIndex out = model.indexOf("git/out");
    QCOMPARE(out.data().toString(), QStringLiteral("out \u2192 ../../etc"));
    QCOMPARE(out.data(Qt::ToolTipRole).toString(), "link to ../../etc, outside the archive");
    QCOMPARE(model.problemCount(), 5);
    // The folders made up to hold them are not problems themselves.
    QCOMPARE(model.index(1, 0).data(ManifestTreeModel::ProblemRole).toString(), QString());
    QCOMPARE(model.indexOf("data/build.json").data(Qt::ToolTipRole), QVariant());
}

void TestManifestTreeModel::showsEntriesOfRealArchive()
{
    // The entries as the streaming reader flags them, in two batches: every one has a row.
    QTemporaryDir dir;
    const QString path = dir.filePath("unsafe.tbz");
    ArchiveBuilder b;
    b.file("data/build.json", "{}")
        .file("/abs-evil", "x")
        .file("../evil", "x")
        .symlink("git/out", "../../etc")
        .file("git/ok.txt", "first")
        .file("git/ok.txt", "second")
        .dir("git/sub")
        .file("./git/sub/x", "xyz");
    QVERIFY(test::writeFile(path, b.finish()));
    const auto entries = manifest::ManifestArchive::list(path);
    QVERIFY2(entries, qPrintable(entries.error()));
    QCOMPARE(entries->size(), 8);

    ManifestTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEntries(entries->mid(0, 5));
    model.appendEntries(entries->mid(5));
    QCOMPARE(model.entryCount(), 8);
    QCOMPARE(model.problemCount(), 4);
    for (const ArchiveEntry& entry : entries.value()) {
        const QModelIndex index = model.indexOf(entry.path);
        QVERIFY2(index.isValid(), qPrintable(entry.path));
        if (!(entry.flags & ArchiveEntry::Duplicate))
            QCOMPARE(index.data(ManifestTreeModel::ProblemRole).toString(), entry.problem());
    }
    QCOMPARE(names(model, model.indexOf("git")),
             QStringList({ QStringLiteral("out \u2192 ../../etc"), "ok.txt", "ok.txt", "sub" }));
    QCOMPARE(model.indexOf("git/sub/x").data(ManifestTreeModel::SizeRole).toLongLong(), 3);
    QCOMPARE(model.indexOf("git").data(ManifestTreeModel::SizeRole).toLongLong(), 5 + 6 + 3);
}

void TestManifestTreeModel::findsPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("found");
    QTest::newRow("file") << "git/src/main.c"
                          << "git/src/main.c";
    QTest::newRow("leading ./") << "./git/src/main.c"
                                << "git/src/main.c";
    QTest::newRow("double slash") << "git//src/main.c"
                                  << "git/src/main.c";
    QTest::newRow("folder with slash") << "git/src/"
                                       << "git/src";
    QTest::newRow("made-up folder") << "git"
                                    << "git";
    QTest::newRow("link") << "git/link"
                          << "git/link";
    QTest::newRow("missing") << "git/src/nope.c" << QString();
    QTest::newRow("prefix of a name") << "git/sr" << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestManifestTreeModel::findsPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, found);
    ManifestTreeModel model;
    model.appendEntries({ dirEntry("git/src"), fileEntry("git/src/main.c"), linkEntry("git/link", "src") });
    const QModelIndex index = model.indexOf(path);
    QCOMPARE(index.isValid(), !found.isEmpty());
    if (index.isValid()) {
        QCOMPARE(index.column(), 0);
        QCOMPARE(index.data(ManifestTreeModel::PathRole).toString(), found);
    }
}

void TestManifestTreeModel::sumsFolderSizes()
{
    ManifestTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEntries({ fileEntry("git/src/a.c", 100), fileEntry("git/src/b.c", 200),
                          fileEntry("git/README", 50), linkEntry("git/link", "README") });
    const QModelIndex git = model.indexOf("git");
    const QModelIndex src = model.indexOf("git/src");
    QCOMPARE(git.data(ManifestTreeModel::SizeRole).toLongLong(), 350);
    QCOMPARE(src.data(ManifestTreeModel::SizeRole).toLongLong(), 300);
    QCOMPARE(model.index(src.row(), ManifestTreeModel::SizeColumn, git).data().toString(), QString());

    // A file deep down changes each folder above it once per batch.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.appendEntries(
        { fileEntry("git/src/deep/x", 1000), fileEntry("git/src/deep/y", 24), fileEntry("git/src/c.c", 1) });
    QCOMPARE(git.data(ManifestTreeModel::SizeRole).toLongLong(), 1375);
    QCOMPARE(src.data(ManifestTreeModel::SizeRole).toLongLong(), 1325);
    QCOMPARE(model.indexOf("git/src/deep").data(ManifestTreeModel::SizeRole).toLongLong(), 1024);
    QList<QModelIndex> changedRows;
    for (const QList<QVariant>& signal : std::as_const(changed))
        changedRows << signal.at(0).value<QModelIndex>();
    QCOMPARE(changedRows.size(), 2);
    QVERIFY(changedRows.contains(git));
    QVERIFY(changedRows.contains(src));
}

void TestManifestTreeModel::showsColumns()
{
    ManifestTreeModel model;
    ArchiveEntry script = fileEntry("git/run.sh", 2048);
    script.mode = 0755;
    model.appendEntries({ script, linkEntry("git/link", "run.sh") });
    QCOMPARE(model.headerData(ManifestTreeModel::NameColumn, Qt::Horizontal).toString(), "Name");
    QCOMPARE(model.headerData(ManifestTreeModel::ModifiedColumn, Qt::Horizontal).toString(), "Modified");
    const QModelIndex run = model.indexOf("git/run.sh");
    const auto cell = [&](const QModelIndex& index, int column) {
        return model.index(index.row(), column, index.parent()).data().toString();
    };
    QCOMPARE(cell(run, ManifestTreeModel::NameColumn), "run.sh");
    QCOMPARE(cell(run, ManifestTreeModel::SizeColumn), QLocale().formattedDataSize(2048));
    QCOMPARE(cell(run, ManifestTreeModel::ModeColumn), "-rwxr-xr-x");
    QCOMPARE(cell(run, ManifestTreeModel::ModifiedColumn),
             QLocale().toString(Mtime.toLocalTime(), QLocale::ShortFormat));
    const QModelIndex link = model.indexOf("git/link");
    QCOMPARE(cell(link, ManifestTreeModel::NameColumn), QStringLiteral("link \u2192 run.sh"));
    QCOMPARE(cell(link, ManifestTreeModel::ModeColumn), "lrwxrwxrwx");
    QCOMPARE(cell(link, ManifestTreeModel::SizeColumn), QString());
    QCOMPARE(link.data(ManifestTreeModel::EntryTypeRole).toInt(), int(ArchiveEntry::Type::Symlink));
    QVERIFY(!link.data(ManifestTreeModel::IsFolderRole).toBool());
    QCOMPARE(model.indexOf("git").data(ManifestTreeModel::EntryTypeRole).toInt(),
             int(ArchiveEntry::Type::Directory));
}

void TestManifestTreeModel::clears()
{
    ManifestTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEntries({ fileEntry("git/a"), fileEntry("/abs", 1, ArchiveEntry::Absolute) });
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.entryCount(), 0);
    QCOMPARE(model.problemCount(), 0);
    QVERIFY(!model.indexOf("git/a").isValid());
    model.appendEntries({ fileEntry("git/a") });
    QCOMPARE(names(model), QStringList({ "git" }));
}

QTEST_GUILESS_MAIN(TestManifestTreeModel)
#include "tst_manifesttreemodel.moc"
