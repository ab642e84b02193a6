#include "ArchiveBuilder.h"
#include "CompareView.h"
#include "FileViewer.h"
#include "ManifestBrowser.h"
#include "ManifestTools.h"
#include "MessageWidget.h"
#include "TestSupport.h"
#include "models/ManifestTreeModel.h"

#include <QDir>
#include <QFileInfo>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>
#include <QTreeWidget>
#include <memory>

using namespace sbs;
using gui::CompareView;
using gui::FileViewer;
using gui::ManifestBrowser;
using manifest::ManifestDifference;
using manifest::TextDiffLine;
using models::ManifestTreeModel;
using test::ArchiveBuilder;
using test::ManifestTools;

namespace {

constexpr int LoadTimeoutMs = 20000;

const QByteArray BuildJson = R"({"name":"demo-1","status":"success","steps":[1,2],"nested":{"a":1}})";
const QByteArray BuildLog = "$ make\nbuilding\nerror: oops\n";
const QByteArray Dockerfile = "FROM scratch\nCOPY app /app\n";
const QByteArray MainC = "int main(void) { return 0; }\n";
const QByteArray Readme = "# Demo\n\nGr\xc3\xbc\xc3\x9f"
                          "e aus K\xc3\xb6ln\n";

QByteArray binaryData()
{
    return ManifestTools::randomBytes(5000, 7);
}

// A red colour of either palette: red clearly above green and blue.
bool isReddish(const QColor& color)
{
    return color.isValid() && color.red() > color.green() + 60 && color.red() > color.blue() + 60;
}

// The files (not folders) a tree model shows, depth first, as paths.
QStringList shownFiles(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    QStringList paths;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (!index.data(ManifestTreeModel::IsFolderRole).toBool())
            paths << index.data(ManifestTreeModel::PathRole).toString();
        paths += shownFiles(model, index);
    }
    return paths;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestManifestBrowser : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString root() const { return m_dir->path(); }

    // A .sig.tbz in the temporary folder holding inner as manifest.<buildName>.tbz.
    QString writeManifest(const QString& buildName, const QByteArray& inner)
    {
        const QString name = QStringLiteral("manifest.") + buildName;
        const QString path = root() + QLatin1Char('/') + name + QStringLiteral(".sig.tbz");
        const QByteArray outer = ManifestTools::sigTbz(name, inner, "00");
        if (inner.isEmpty() || outer.isEmpty() || !test::writeFile(path, outer))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString goodManifest()
    {
        ArchiveBuilder inner;
        inner.dir("data")
            .file("data/build.json", BuildJson)
            .file("data/build.log", BuildLog)
            .dir("git")
            .file("git/Dockerfile", Dockerfile)
            .file("git/README.md", Readme)
            .file("git/src/main.c", MainC)
            .file("git/src/data.bin", binaryData());
        return writeManifest(QStringLiteral("demo-1"), inner.finish());
    }

    static QStringList goodFiles()
    {
        return { "data/build.json", "data/build.log",   "git/Dockerfile",
                 "git/README.md",   "git/src/data.bin", "git/src/main.c" };
    }

    template<typename T> static T* find(QWidget* parent, const QString& name)
    {
        T* child = parent->findChild<T*>(name);
        if (!child)
            qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return child;
    }

    // A browser shown on screen with path loaded; null (and a failed check) when it did not load.
    std::unique_ptr<ManifestBrowser> openBrowser(const QString& path)
    {
        auto browser = std::make_unique<ManifestBrowser>();
        browser->resize(1000, 700);
        browser->show();
        if (!QTest::qWaitForWindowExposed(browser.get()))
            return nullptr;
        QSignalSpy loaded(browser.get(), &ManifestBrowser::loaded);
        browser->setManifest(path);
        if (!loaded.wait(LoadTimeoutMs))
            return nullptr;
        return browser;
    }

    // Shows path and waits until the viewer has its data.
    static bool show(ManifestBrowser* browser, const QString& path)
    {
        QSignalSpy shown(browser, &ManifestBrowser::entryShown);
        if (!browser->showPath(path))
            return false;
        return (shown.count() > 0 || shown.wait(LoadTimeoutMs)) && shown.last().at(0).toString() == path;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void hexDumpLooksLikeHexdumpC()
    {
        QCOMPARE(
            FileViewer::hexDump("Hello, world!\n"),
            QStringLiteral("00000000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a        |Hello, world!.|"));
        QByteArray bytes;
        for (int i = 0; i < 20; ++i)
            bytes.append(char(i * 13));
        QCOMPARE(
            FileViewer::hexDump(bytes),
            QStringLiteral("00000000  00 0d 1a 27 34 41 4e 5b  68 75 82 8f 9c a9 b6 c3  |...'4AN[hu......|\n"
                           "00000010  d0 dd ea f7                                       |....|"));
    }

    void viewerPicksTheMode_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<FileViewer::Mode>("mode");
        QTest::newRow("ascii") << "a.txt" << QByteArray("plain\ntext\n") << FileViewer::Mode::Text;
        QTest::newRow("utf-8") << "a.txt" << Readme << FileViewer::Mode::Text;
        QTest::newRow("nul") << "a.txt" << QByteArray("ab\0cd", 5) << FileViewer::Mode::Hex;
        QTest::newRow("latin-1") << "a.txt" << QByteArray("caf\xe9\n") << FileViewer::Mode::Hex;
        QTest::newRow("cut utf-8") << "a.txt" << QByteArray("K\xc3") << FileViewer::Mode::Hex;
        QTest::newRow("build.json") << "data/build.json" << BuildJson << FileViewer::Mode::Properties;
        QTest::newRow("build.json not an object")
            << "data/build.json" << QByteArray("[1,2]") << FileViewer::Mode::Text;
        QTest::newRow("build.log") << "data/build.log" << BuildLog << FileViewer::Mode::Log;
    }

    void viewerPicksTheMode()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(FileViewer::Mode, mode);
        FileViewer viewer;
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.showFile(name, data);
        QCOMPARE(viewer.mode(), mode);
        if (mode == FileViewer::Mode::Text) {
            QCOMPARE(viewer.shownText(), QString::fromUtf8(data));
            QVERIFY(find<QPlainTextEdit>(&viewer, "fileTextEdit")->isVisible());
        } else if (mode == FileViewer::Mode::Hex) {
            QCOMPARE(viewer.shownText(), FileViewer::hexDump(data));
            QVERIFY(find<QPlainTextEdit>(&viewer, "hexTextEdit")->isVisible());
        }
        QVERIFY(!find<QLabel>(&viewer, "viewerNoteLabel")->isVisible());
    }

    void viewerCutsLargeText()
    {
        FileViewer viewer;
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        // A two-byte character straddles the 8 MiB cut: the text ends before it, not with U+FFFD.
        QByteArray big;
        big.reserve(8 << 20);
        while (big.size() < (8 << 20) - 64)
            big += QByteArray(63, 'a') + '\n';
        big += QByteArray((8 << 20) - 1 - big.size(), 'b');
        const QString expected = QString::fromLatin1(big);
        big += "\xc3\xa9 and more";
        viewer.showFile("big.txt", big);
        QCOMPARE(viewer.mode(), FileViewer::Mode::Text);
        QCOMPARE(viewer.shownText(), expected);
        auto* note = find<QLabel>(&viewer, "viewerNoteLabel");
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains("8"));

        // One very long line would take seconds to lay out: less of it is shown.
        viewer.showFile("min.js", QByteArray(1 << 20, 'x'));
        QCOMPARE(viewer.mode(), FileViewer::Mode::Text);
        QCOMPARE(viewer.shownText(), QString(256 << 10, QLatin1Char('x')));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains("long"));

        viewer.showFile("blob.bin", QByteArray((1 << 20) + 100, '\0'));
        QCOMPARE(viewer.mode(), FileViewer::Mode::Hex);
        QCOMPARE(viewer.shownText().count(QLatin1Char('\n')) + 1, (1 << 20) / 16);
        QVERIFY(note->isVisible());
    }

    void treeListsEveryEntry()
    {
        const auto browser = openBrowser(goodManifest());
        QVERIFY(browser);
        QCOMPARE(browser->treeModel()->entryCount(), 8); // two folders and six files
        QCOMPARE(browser->treeModel()->problemCount(), 0);
        QCOMPARE(sorted(shownFiles(browser->treeView()->model())), goodFiles());
        QVERIFY(!browser->isLoading());
        QCOMPARE(find<QLabel>(browser.get(), "treeSummaryLabel")->text(), QStringLiteral("8 entries"));

        // Folders first, then files by name.
        const QAbstractItemModel* shown = browser->treeView()->model();
        const QModelIndex git = shown->index(1, 0);
        QCOMPARE(git.data(ManifestTreeModel::PathRole).toString(), QStringLiteral("git"));
        QCOMPARE(shown->index(0, 0, git).data(ManifestTreeModel::PathRole).toString(),
                 QStringLiteral("git/src"));
        QCOMPARE(shown->index(1, 0, git).data(ManifestTreeModel::PathRole).toString(),
                 QStringLiteral("git/Dockerfile"));
    }

    void searchFiltersByPath()
    {
        const auto browser = openBrowser(goodManifest());
        QVERIFY(browser);
        auto* search = find<QLineEdit>(browser.get(), "treeSearchEdit");
        QTest::keyClicks(search, "MAIN");
        QTRY_COMPARE(shownFiles(browser->treeView()->model()), QStringList { "git/src/main.c" });
        // The match is shown, not folded away in its folder.
        const QModelIndex match = browser->treeView()->model()->index(
            0, 0, browser->treeView()->model()->index(0, 0, browser->treeView()->model()->index(0, 0)));
        QCOMPARE(match.data(ManifestTreeModel::PathRole).toString(), QStringLiteral("git/src/main.c"));
        QTRY_VERIFY(browser->treeView()->visualRect(match).isValid());

        search->clear();
        QTRY_COMPARE(sorted(shownFiles(browser->treeView()->model())), goodFiles());
        QTest::keyClicks(search, "data/");
        QTRY_COMPARE(sorted(shownFiles(browser->treeView()->model())),
                     (QStringList { "data/build.json", "data/build.log" }));
    }

    void showPathShowsTheFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("Dockerfile") << "git/Dockerfile" << Dockerfile;
        QTest::newRow("utf-8") << "git/README.md" << Readme;
        QTest::newRow("nested") << "git/src/main.c" << MainC;
    }

    void showPathShowsTheFile()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, data);
        ManifestBrowser browser;
        browser.resize(1000, 700);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QSignalSpy shown(&browser, &ManifestBrowser::entryShown);
        browser.setManifest(goodManifest());
        // Asked for while the tree is still being read: shown once it is there.
        QVERIFY(browser.showPath(path));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, LoadTimeoutMs);
        QCOMPARE(shown.at(0).at(0).toString(), path);
        QCOMPARE(browser.fileViewer()->mode(), FileViewer::Mode::Text);
        QCOMPARE(browser.fileViewer()->shownText(), QString::fromUtf8(data));
        auto* edit = find<QPlainTextEdit>(&browser, "fileTextEdit");
        QVERIFY(edit->isVisible());
        QVERIFY(edit->isReadOnly());
        QCOMPARE(edit->toPlainText(), QString::fromUtf8(data));
        // The tree selects the entry with its folders open.
        const QModelIndex current = browser.treeView()->currentIndex();
        QCOMPARE(current.data(ManifestTreeModel::PathRole).toString(), path);
        QVERIFY(browser.treeView()->visualRect(current).isValid());
    }

    void showPathPicksTheViewer()
    {
        const auto browser = openBrowser(goodManifest());
        QVERIFY(browser);
        FileViewer* viewer = browser->fileViewer();

        QVERIFY(show(browser.get(), "git/src/data.bin"));
        QCOMPARE(viewer->mode(), FileViewer::Mode::Hex);
        QCOMPARE(viewer->shownText(), FileViewer::hexDump(binaryData()));
        QVERIFY(find<QPlainTextEdit>(browser.get(), "hexTextEdit")->isVisible());

        QVERIFY(show(browser.get(), "data/build.json"));
        QCOMPARE(viewer->mode(), FileViewer::Mode::Properties);
        auto* table = find<QTableWidget>(browser.get(), "propertyTable");
        QVERIFY(table->isVisible());
        // In the order of the file, nested values as compact JSON.
        QCOMPARE(viewer->shownText(),
                 QStringLiteral("name\tdemo-1\nstatus\tsuccess\nsteps\t[1,2]\nnested\t{\"a\":1}"));
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(3, 0)->text(), QStringLiteral("nested"));
        QCOMPARE(table->item(3, 1)->text(), QStringLiteral("{\"a\":1}"));

        QVERIFY(show(browser.get(), "data/build.log"));
        QCOMPARE(viewer->mode(), FileViewer::Mode::Log);
        QVERIFY(find<QWidget>(browser.get(), "logView")->isVisible());
        QCOMPARE(viewer->shownText(), QStringLiteral("$ make\nbuilding\nerror: oops"));

        QVERIFY(show(browser.get(), "git/src"));
        QCOMPARE(viewer->mode(), FileViewer::Mode::Empty);
        QVERIFY(viewer->shownText().contains("git/src"));

        QVERIFY(!browser->showPath("git/missing.txt"));
    }

    void unsafeEntriesAreRedAndNeverRead()
    {
        const auto browser = openBrowser(writeManifest("unsafe", ManifestTools::unsafeArchive()));
        QVERIFY(browser);
        const int problems = browser->treeModel()->problemCount();
        QVERIFY(problems >= 5);
        QVERIFY(find<QLabel>(browser.get(), "treeSummaryLabel")
                    ->text()
                    .endsWith(QStringLiteral(", %1 unsafe").arg(problems)));

        const QAbstractItemModel* shown = browser->treeView()->model();
        for (const QString path : { "../evil", "git/out", "evil-link" }) {
            QVERIFY2(show(browser.get(), path), qPrintable(path));
            const QModelIndex index = browser->treeView()->currentIndex();
            QCOMPARE(index.model(), shown);
            const QString problem = index.data(ManifestTreeModel::ProblemRole).toString();
            QVERIFY2(!problem.isEmpty(), qPrintable(path));
            QVERIFY2(isReddish(index.data(Qt::ForegroundRole).value<QColor>()), qPrintable(path));
            // The reason instead of the data, in red.
            FileViewer* viewer = browser->fileViewer();
            QCOMPARE(viewer->mode(), FileViewer::Mode::Empty);
            QVERIFY(viewer->shownText().contains(problem));
            auto* label = find<QLabel>(browser.get(), "viewerMessageLabel");
            QVERIFY(label->isVisible());
            QVERIFY(isReddish(label->palette().color(QPalette::WindowText)));
        }
        // A safe entry next to them reads as usual and is not red.
        QVERIFY(show(browser.get(), "git/sub/x"));
        QCOMPARE(browser->fileViewer()->shownText(), QStringLiteral("x"));
        QVERIFY(!browser->treeView()->currentIndex().data(Qt::ForegroundRole).value<QColor>().isValid());
    }

    void extractWritesOnlySafeEntries()
    {
        const auto browser = openBrowser(writeManifest("unsafe", ManifestTools::unsafeArchive()));
        QVERIFY(browser);
        const QString target = root() + QStringLiteral("/extracted/here");
        QSignalSpy extracted(browser.get(), &ManifestBrowser::extracted);
        browser->extractTo(target);
        QVERIFY(extracted.wait(LoadTimeoutMs));
        QVERIFY(extracted.at(0).at(0).toInt() > 0);
        QCOMPARE(extracted.at(0).at(1).toInt(), browser->treeModel()->problemCount());
        QCOMPARE(extracted.at(0).at(2).toString(), target);

        const QStringList written = ManifestTools::tree(target);
        for (const QString path : { "data/build.json", "git/ok.txt", "git/inside", "git/sub/x" })
            QVERIFY2(written.contains(path), qPrintable(path));
        QCOMPARE(test::readAll(target + "/git/ok.txt"), QByteArray("first"));
        // Nothing unsafe anywhere in the temporary folder, nor at the root of the file system.
        const QStringList unsafeNames { "evil", "abs-evil", "evil-link", "out", "abs", "hard" };
        for (const QString& path : ManifestTools::tree(root()))
            QVERIFY2(!unsafeNames.contains(QFileInfo(path).fileName()), qPrintable(path));
        QVERIFY(!QFileInfo::exists("/abs-evil"));
        // The message names what was skipped.
        auto* message = find<gui::MessageWidget>(browser.get(), "browserMessageWidget");
        QVERIFY(message->isVisible());
        for (const QString path : { "../evil", "/abs-evil", "git/out", "evil-link" })
            QVERIFY2(message->text().contains(path), qPrintable(message->text()));

        // A folder with files in it is refused, and nothing is added to it.
        QSignalSpy failed(browser.get(), &ManifestBrowser::extractFailed);
        browser->extractTo(target);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains("not empty"));
        QCOMPARE(ManifestTools::tree(target), written);
    }

    void corruptManifestFails_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not an archive") << QByteArray("this is not a manifest\n");
        QTest::newRow("random") << ManifestTools::randomBytes(4096, 3);
    }

    void corruptManifestFails()
    {
        QFETCH(QByteArray, bytes);
        const QString path = root() + "/manifest.bad.sig.tbz";
        QVERIFY(test::writeFile(path, bytes));
        ManifestBrowser browser;
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QSignalSpy loaded(&browser, &ManifestBrowser::loaded);
        QSignalSpy failed(&browser, &ManifestBrowser::loadFailed);
        browser.setManifest(path);
        QVERIFY(failed.wait(LoadTimeoutMs));
        QCOMPARE(loaded.count(), 0);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.size() > 30 && message.contains(' '), qPrintable(message));
        QVERIFY(!browser.isLoading());
        QVERIFY(browser.findChild<QWidget*>("browserMessageWidget")->isVisible());
    }

    void largeManifestLoadsInBatchesAndCancels()
    {
        constexpr int Files = 5000;
        ArchiveBuilder inner;
        for (int i = 0; i < Files; ++i)
            inner.file(QStringLiteral("git/f%1/file%2.txt").arg(i % 50).arg(i), QByteArray::number(i) + '\n');
        const QString path = writeManifest("large", inner.finish());

        ManifestBrowser browser;
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QSignalSpy loaded(&browser, &ManifestBrowser::loaded);
        QSignalSpy failed(&browser, &ManifestBrowser::loadFailed);
        browser.setManifest(path);
        QVERIFY(browser.isLoading());
        auto* cancelButton = find<QPushButton>(&browser, "treeCancelButton");
        QVERIFY(cancelButton->isVisible());
        QVERIFY(find<QProgressBar>(&browser, "treeProgressBar")->isVisible());
        QVERIFY(!find<QPushButton>(&browser, "extractButton")->isEnabled());
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!browser.isLoading(), LoadTimeoutMs);
        QTest::qWait(50);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(failed.count(), 0); // the user asked for it: not an error
        QVERIFY(browser.treeModel()->entryCount() < Files);
        QVERIFY(!cancelButton->isVisible());
        QVERIFY(browser.findChild<QWidget*>("browserMessageWidget")->isVisible());

        browser.setManifest(path);
        QVERIFY(loaded.wait(LoadTimeoutMs));
        QCOMPARE(loaded.at(0).at(0).toInt(), Files);
        QCOMPARE(shownFiles(browser.treeView()->model()).size(), Files);
        QCOMPARE(find<QLabel>(&browser, "treeSummaryLabel")->text(),
                 QStringLiteral("%1 entries").arg(QLocale().toString(Files)));
        QVERIFY(find<QPushButton>(&browser, "extractButton")->isEnabled());
        QVERIFY(!find<QProgressBar>(&browser, "treeProgressBar")->isVisible());
    }

    void newManifestReplacesTheLoadingOne()
    {
        // A second setManifest while the first is read, then the browser goes away mid-read.
        ManifestBrowser browser;
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QSignalSpy loaded(&browser, &ManifestBrowser::loaded);
        browser.setManifest(writeManifest("unsafe", ManifestTools::unsafeArchive()));
        const QString good = goodManifest();
        browser.setManifest(good);
        QVERIFY(loaded.wait(LoadTimeoutMs));
        QTest::qWait(100);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(sorted(shownFiles(browser.treeView()->model())), goodFiles());
        {
            ManifestBrowser closing;
            closing.setManifest(good);
        }
        browser.setManifest(QString());
        QCOMPARE(browser.treeModel()->entryCount(), 0);
    }

    void compareShowsTheChangedFile()
    {
        const QByteArray json = R"({"name":"demo","duration":10})";
        ArchiveBuilder before;
        before.file("data/build.json", json)
            .file("git/app.sh", "one\ntwo\nthree\n")
            .file("git/same.txt", "same\n");
        ArchiveBuilder after;
        after.file("data/build.json", json)
            .file("git/app.sh", "one\ntwo changed\nthree\n")
            .file("git/same.txt", "same\n");
        const QString beforePath = writeManifest("b1", before.finish());
        const QString afterPath = writeManifest("b2", after.finish());

        CompareView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy compared(&view, &CompareView::compared);
        view.compare(beforePath, afterPath);
        QVERIFY(compared.wait(LoadTimeoutMs));
        QVERIFY(!view.isComparing());

        const ManifestDifference& difference = view.difference();
        QCOMPARE(difference.entries.size(), 1);
        QCOMPARE(difference.entries.at(0).path, QStringLiteral("git/app.sh"));
        QCOMPARE(difference.entries.at(0).kind, ManifestDifference::Kind::Changed);
        QCOMPARE(find<QLabel>(&view, "compareSummaryLabel")->text(),
                 QStringLiteral("0 added, 0 removed, 1 changed, 2 unchanged"));
        auto* list = find<QTreeWidget>(&view, "differenceList");
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("git/app.sh"));
        QCOMPARE(find<QTableWidget>(&view, "buildRecordTable")->rowCount(), 0);

        QSignalSpy shown(&view, &CompareView::diffShown);
        QVERIFY(view.showDiff("git/app.sh"));
        QVERIFY(shown.wait(LoadTimeoutMs));
        const QList<TextDiffLine> lines = view.shownDiff();
        QCOMPARE(lines.size(), 4);
        const QList<TextDiffLine::Kind> kinds { TextDiffLine::Kind::Same, TextDiffLine::Kind::Removed,
                                                TextDiffLine::Kind::Added, TextDiffLine::Kind::Same };
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(lines.at(i).kind, kinds.at(i));
        QCOMPARE(lines.at(1).text, QStringLiteral("two"));
        QCOMPARE(lines.at(1).lineBefore, 2);
        QCOMPARE(lines.at(2).text, QStringLiteral("two changed"));
        QCOMPARE(lines.at(2).lineAfter, 2);
        auto* diff = find<QPlainTextEdit>(&view, "diffTextEdit");
        QCOMPARE(diff->toPlainText(), QStringLiteral("  one\n- two\n+ two changed\n  three"));
        QVERIFY(diff->isReadOnly());
        // Removed and added lines on their own backgrounds.
        const QColor removed = diff->document()->findBlockByNumber(1).blockFormat().background().color();
        const QColor added = diff->document()->findBlockByNumber(2).blockFormat().background().color();
        QVERIFY(removed.isValid() && added.isValid());
        QVERIFY(removed.red() > removed.green());
        QVERIFY(added.green() > added.red());

        QVERIFY(!view.showDiff("git/same.txt"));
    }

    // The clone's .git changes with every commit: its differences are counted in the summary
    // but listed only when asked for.
    void compareHidesGitMetadataUntilAsked()
    {
        ArchiveBuilder before;
        before.file("git/.git/HEAD", "ref: refs/heads/main\n").file("git/app.sh", "one\n");
        ArchiveBuilder after;
        after.file("git/.git/HEAD", "ref: refs/heads/page\n").file("git/app.sh", "two\n");
        const QString beforePath = writeManifest("g1", before.finish());
        const QString afterPath = writeManifest("g2", after.finish());

        CompareView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy compared(&view, &CompareView::compared);
        view.compare(beforePath, afterPath);
        QVERIFY(compared.wait(LoadTimeoutMs));
        QCOMPARE(view.difference().entries.size(), 2);
        auto* list = find<QTreeWidget>(&view, "differenceList");
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("git/app.sh"));
        const QString summary = find<QLabel>(&view, "compareSummaryLabel")->text();
        QVERIFY2(summary.startsWith(QStringLiteral("0 added, 0 removed, 1 changed, 0 unchanged (1 "))
                     && summary.endsWith(QStringLiteral(" inside .git not listed)")),
                 qPrintable(summary));
        find<QCheckBox>(&view, "showGitMetadataCheckBox")->setChecked(true);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(find<QLabel>(&view, "compareSummaryLabel")->text(),
                 QStringLiteral("0 added, 0 removed, 2 changed, 0 unchanged"));
    }

    void compareListsKindsAndBuildKeys()
    {
        ArchiveBuilder before;
        before.file("data/build.json", R"({"name":"demo-1","duration":10,"status":"success"})")
            .file("git/gone.txt", "old\n")
            .file("git/blob.bin", QByteArray("\0\1\2", 3));
        ArchiveBuilder after;
        after.file("data/build.json", R"({"name":"demo-2","duration":10,"status":"success","extra":[1]})")
            .file("git/new.txt", "new\n")
            .file("git/blob.bin", QByteArray("\0\1\3", 3));
        const QString beforePath = writeManifest("b1", before.finish());
        const QString afterPath = writeManifest("b2", after.finish());

        CompareView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy compared(&view, &CompareView::compared);
        view.compare(beforePath, afterPath);
        QVERIFY(compared.wait(LoadTimeoutMs));
        QCOMPARE(find<QLabel>(&view, "compareSummaryLabel")->text(),
                 QStringLiteral("1 added, 1 removed, 2 changed, 0 unchanged"));

        auto* list = find<QTreeWidget>(&view, "differenceList");
        QHash<QString, QTreeWidgetItem*> rows;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            rows.insert(list->topLevelItem(row)->text(1), list->topLevelItem(row));
        QCOMPARE(sorted(rows.keys()),
                 (QStringList { "data/build.json", "git/blob.bin", "git/gone.txt", "git/new.txt" }));
        QCOMPARE(rows["git/new.txt"]->text(0), QStringLiteral("Added"));
        QCOMPARE(rows["git/gone.txt"]->text(0), QStringLiteral("Removed"));
        QCOMPARE(rows["git/blob.bin"]->text(0), QStringLiteral("Changed"));
        const QColor green = rows["git/new.txt"]->foreground(0).color();
        const QColor red = rows["git/gone.txt"]->foreground(0).color();
        QVERIFY(green.green() > green.red() + 40);
        QVERIFY(isReddish(red));

        auto* table = find<QTableWidget>(&view, "buildRecordTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("extra"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("(not set)"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("[1]"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("name"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("demo-1"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("demo-2"));

        QSignalSpy shown(&view, &CompareView::diffShown);
        QVERIFY(view.showDiff("git/blob.bin"));
        QVERIFY(shown.wait(LoadTimeoutMs));
        QVERIFY(view.shownDiff().isEmpty());
        QCOMPARE(find<QPlainTextEdit>(&view, "diffTextEdit")->toPlainText(),
                 QStringLiteral("Binary files differ."));

        // An added file shows whole, every line added.
        QVERIFY(view.showDiff("git/new.txt"));
        QVERIFY(shown.wait(LoadTimeoutMs));
        QCOMPARE(view.shownDiff().size(), 1);
        QCOMPARE(view.shownDiff().at(0).kind, TextDiffLine::Kind::Added);
        QCOMPARE(find<QPlainTextEdit>(&view, "diffTextEdit")->toPlainText(), QStringLiteral("+ new"));
    }

    void compareFailsForACorruptManifest()
    {
        const QString bad = root() + "/manifest.bad.sig.tbz";
        QVERIFY(test::writeFile(bad, "garbage"));
        CompareView view;
        QSignalSpy failed(&view, &CompareView::compareFailed);
        view.compare(bad, goodManifest());
        QVERIFY(failed.wait(LoadTimeoutMs));
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QVERIFY(view.difference().entries.isEmpty());
    }
};

QTEST_MAIN(TestManifestBrowser)
#include "tst_manifestbrowser.moc"
