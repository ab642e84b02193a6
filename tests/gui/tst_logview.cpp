#include "LogLineDelegate.h"
#include "LogView.h"
#include "Prompts.h"
#include "TestSupport.h"
#include "models/LogModel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace sbs;
using gui::LogView;
using gui::Prompts;
using models::LogModel;

namespace {

// count lines "build step N", with `extra` put at the end of the rows listed.
QByteArray numberedLines(int first, int count, const QHash<int, QByteArray>& extra = {})
{
    QByteArray text;
    for (int i = first; i < first + count; ++i)
        text += "build step " + QByteArray::number(i) + extra.value(i) + '\n';
    return text;
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LogModel> m_model;
    std::unique_ptr<LogView> m_view;

    template<typename T> T* find(const QString& name) const
    {
        T* child = m_view->findChild<T*>(name);
        if (!child)
            qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return child;
    }

    QListView* list() const { return find<QListView>(QStringLiteral("logListView")); }
    QScrollBar* scrollBar() const { return list()->verticalScrollBar(); }
    QString matchText() const { return find<QLabel>(QStringLiteral("matchLabel"))->text(); }

    bool rowVisible(int row) const
    {
        const QRect rect = list()->visualRect(list()->model()->index(row, 0));
        return rect.isValid() && list()->viewport()->rect().contains(rect.center());
    }

    // The source rows of the selected lines, ascending.
    QList<int> selectedRows() const
    {
        QList<int> rows;
        for (const QModelIndex& index : list()->selectionModel()->selectedIndexes())
            rows << index.data(LogModel::LineNumberRole).toInt() - 1;
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    void search(const QString& text)
    {
        auto* edit = find<QLineEdit>(QStringLiteral("searchEdit"));
        edit->clear();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void init()
    {
        Prompts::setTestMode(true);
        Prompts::clear();
        m_model = std::make_unique<LogModel>();
        m_view = std::make_unique<LogView>();
        m_view->setModel(m_model.get());
        m_view->resize(900, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
    }

    void followKeepsTheEndInView()
    {
        QVERIFY(m_view->isFollowing());
        m_model->append(numberedLines(1, 500));
        QTRY_VERIFY(scrollBar()->maximum() > 0);
        QTRY_COMPARE(scrollBar()->value(), scrollBar()->maximum());
        QTRY_VERIFY(rowVisible(499));
        // A partial line, then more lines in pieces.
        m_model->append("build st");
        m_model->append("ep 501\n" + numberedLines(502, 300));
        QTRY_VERIFY(rowVisible(800));
        QCOMPARE(m_model->rowCount(), 801);
        QCOMPARE(scrollBar()->value(), scrollBar()->maximum());
        QVERIFY(m_view->isFollowing());
        QVERIFY(find<QCheckBox>(QStringLiteral("followCheckBox"))->isChecked());
    }

    void scrollingUpStopsFollowing()
    {
        QSignalSpy following(m_view.get(), &LogView::followingChanged);
        m_model->append(numberedLines(1, 500));
        QTRY_COMPARE(scrollBar()->value(), scrollBar()->maximum());
        QTRY_VERIFY(rowVisible(499));

        scrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
        QVERIFY(!m_view->isFollowing());
        QVERIFY(!find<QCheckBox>(QStringLiteral("followCheckBox"))->isChecked());
        QCOMPARE(following.count(), 1);
        const int value = scrollBar()->value();
        const QModelIndex top = list()->indexAt(QPoint(5, 5));
        QVERIFY(top.isValid());

        // New lines do not move what the user looks at.
        m_model->append(numberedLines(501, 500));
        QTRY_VERIFY(scrollBar()->maximum() > value + 400);
        QTest::qWait(50);
        QCOMPARE(scrollBar()->value(), value);
        QCOMPARE(list()->indexAt(QPoint(5, 5)), top);
        QVERIFY(!rowVisible(999));

        // Back at the very end, following resumes and new lines are followed again.
        scrollBar()->setValue(scrollBar()->maximum());
        QVERIFY(m_view->isFollowing());
        m_model->append(numberedLines(1001, 200));
        QTRY_VERIFY(rowVisible(1199));

        // Scrolling by setting the value, as dragging the handle does, stops it too.
        scrollBar()->setValue(0);
        QVERIFY(!m_view->isFollowing());
        QVERIFY(rowVisible(0));
    }

    void searchAndStep()
    {
        m_model->append(numberedLines(1, 400, { { 11, " needle" }, { 201, " NEEDLE" }, { 351, " a needle" } }));
        search(QStringLiteral("needle"));
        QTRY_COMPARE(m_view->currentRow(), 10);
        QTRY_COMPARE(matchText(), QStringLiteral("1 of 3"));
        QCOMPARE(selectedRows(), QList<int> { 10 });
        QVERIFY(rowVisible(10));
        QVERIFY(!m_view->isFollowing());

        auto* next = find<QToolButton>(QStringLiteral("findNextButton"));
        auto* previous = find<QToolButton>(QStringLiteral("findPreviousButton"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(m_view->currentRow(), 200);
        QCOMPARE(matchText(), QStringLiteral("2 of 3"));
        QVERIFY(rowVisible(200));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(m_view->currentRow(), 350);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(m_view->currentRow(), 10); // wrapped
        QCOMPARE(matchText(), QStringLiteral("1 of 3"));
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(m_view->currentRow(), 350); // wrapped back
        QCOMPARE(matchText(), QStringLiteral("3 of 3"));
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(m_view->currentRow(), 200);

        // Away from a match the label counts them.
        m_view->showRow(0);
        QCOMPARE(matchText(), QStringLiteral("3 matches"));

        search(QStringLiteral("no such text"));
        QTRY_COMPARE(matchText(), QStringLiteral("No matches"));
        QCOMPARE(m_view->currentRow(), 0);
        find<QLineEdit>(QStringLiteral("searchEdit"))->clear();
        QCOMPARE(matchText(), QString());
    }

    void problemsFilter()
    {
        m_model->append(numberedLines(1, 100, { { 5, " warning: slow" }, { 40, " error: broken" },
                                                { 77, " FATAL: gone" } }));
        auto* filter = find<QCheckBox>(QStringLiteral("problemsOnlyCheckBox"));
        QTest::mouseClick(filter, Qt::LeftButton);
        QVERIFY(m_view->problemsOnly());
        QTRY_COMPARE(list()->model()->rowCount(), 3);
        QList<int> numbers;
        for (int row = 0; row < 3; ++row)
            numbers << list()->model()->index(row, 0).data(LogModel::LineNumberRole).toInt();
        QCOMPARE(numbers, (QList<int> { 5, 40, 77 }));
        QCOMPARE(list()->model()->index(1, 0).data().toString(), QStringLiteral("build step 40 error: broken"));

        // New problems show as they come.
        m_model->append("panic: at the end\n");
        QTRY_COMPARE(list()->model()->rowCount(), 4);

        // A problem row keeps the filter; another row turns it off.
        m_view->showRow(39);
        QVERIFY(m_view->problemsOnly());
        QCOMPARE(m_view->currentRow(), 39);
        QCOMPARE(selectedRows(), QList<int> { 39 });
        m_view->showRow(60);
        QVERIFY(!m_view->problemsOnly());
        QVERIFY(!filter->isChecked());
        QCOMPARE(list()->model()->rowCount(), 101);
        QCOMPARE(m_view->currentRow(), 60);
        QCOMPARE(selectedRows(), QList<int> { 60 });
        QVERIFY(rowVisible(60));
        QVERIFY(!m_view->isFollowing());

        // Turning the filter on keeps the place: the nearest problem after the current line.
        m_view->setProblemsOnly(true);
        QCOMPARE(m_view->currentRow(), 76);
    }

    void copySelectedLines()
    {
        m_model->append(numberedLines(1, 10) + "tab\there\r\n");
        m_view->setFollowing(false);
        m_view->showRow(2);
        const QRect last = list()->visualRect(m_model->index(4));
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, Qt::ShiftModifier, last.center());
        QCOMPARE(selectedRows(), (QList<int> { 2, 3, 4 }));
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(list(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("build step 3\nbuild step 4\nbuild step 5"));

        // Ctrl+click adds a line out of order; the copy stays in log order, tabs kept.
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          list()->visualRect(m_model->index(10)).center());
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          list()->visualRect(m_model->index(0)).center());
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(find<QToolButton>(QStringLiteral("copyButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("build step 1\nbuild step 3\nbuild step 4\nbuild step 5\ntab\there"));
        QCOMPARE(m_view->selectedText(), QGuiApplication::clipboard()->text());
    }

    void saveWritesTheBytesReceived()
    {
        const char raw[] = "$ build\r\nok \xff\xfe bad\nnul\0inside\nno newline at the end";
        const QByteArray bytes(raw, sizeof(raw) - 1);
        m_model->append(bytes.left(13));
        m_model->append(bytes.mid(13));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("direct.log"));
        const Status saved = m_view->saveTo(path);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(test::readAll(path), bytes);

        // Save As asks for the name and writes there.
        const QString chosen = dir.filePath(QStringLiteral("chosen.log"));
        Prompts::enqueueFileName(chosen);
        QTest::mouseClick(find<QToolButton>(QStringLiteral("saveAsButton")), Qt::LeftButton);
        QCOMPARE(test::readAll(chosen), bytes);
        QCOMPARE(Prompts::asked().size(), 1);

        // A folder that is not there: the error says where, and is shown.
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/x.log"));
        const Status failed = m_view->saveTo(missing);
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(QDir::toNativeSeparators(missing)), qPrintable(failed.error()));
        Prompts::enqueueFileName(missing);
        QTest::mouseClick(find<QToolButton>(QStringLiteral("saveAsButton")), Qt::LeftButton);
        QCOMPARE(Prompts::asked().size(), 3);
        QCOMPARE(Prompts::asked().last(), QStringLiteral("Cannot save the log"));
    }

    void resetKeepsTheViewConsistent()
    {
        m_model->append(numberedLines(1, 1000, { { 900, " needle" } }));
        search(QStringLiteral("needle"));
        QTRY_COMPARE(m_view->currentRow(), 899);
        m_view->setProblemsOnly(true);
        m_view->setProblemsOnly(false);

        // The server cleaned and a new build began: a shorter, different log.
        QSignalSpy reset(m_model.get(), &LogModel::logReset);
        QVERIFY(m_model->setText("$ git clone\nneedle again\nerror: x\n"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(list()->model()->rowCount(), 3);
        QCOMPARE(scrollBar()->value(), 0);
        QVERIFY(rowVisible(0));
        QTRY_COMPARE(matchText(), QStringLiteral("1 match"));
        QTest::mouseClick(find<QToolButton>(QStringLiteral("findNextButton")), Qt::LeftButton);
        QCOMPARE(m_view->currentRow(), 1);
        QCOMPARE(matchText(), QStringLiteral("1 of 1"));

        m_view->setProblemsOnly(true);
        QCOMPARE(list()->model()->rowCount(), 1);
        m_model->setText("fresh\n");
        QCOMPARE(list()->model()->rowCount(), 0);
        QTRY_COMPARE(matchText(), QStringLiteral("No matches"));
        m_model->append("warning: later\n");
        QTRY_COMPARE(list()->model()->rowCount(), 1);
        m_model->clear();
        QCOMPARE(list()->model()->rowCount(), 0);
        QCOMPARE(m_view->currentRow(), -1);
        QCOMPARE(m_view->selectedText(), QString());
    }

    // A model that goes before its view leaves an empty view that still works.
    void modelGoneFirst()
    {
        m_model->append(numberedLines(1, 20, { { 3, " error: x" } }));
        m_view->setProblemsOnly(true);
        m_view->showRow(2);
        m_model.reset();
        QCOMPARE(m_view->model(), nullptr);
        QCOMPARE(m_view->currentRow(), -1);
        QCOMPARE(m_view->selectedText(), QString());
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("searchEdit")), QStringLiteral("x"));
        QTest::keyClick(find<QLineEdit>(QStringLiteral("searchEdit")), Qt::Key_Return);
        m_view->setProblemsOnly(false);
        QVERIFY(!m_view->saveTo(QDir::temp().filePath(QStringLiteral("never-written.log"))));
        LogModel other;
        other.append("fresh\n");
        m_view->setModel(&other);
        QCOMPARE(m_view->listView()->model()->rowCount(), 1);
        m_view->setModel(nullptr);
    }

    // Error lines are drawn on a tint, search matches on a marker, normal lines on the base.
    void paintsSeverityAndMatches()
    {
        m_model->append("plain line\nerror: red line\nplain with marked word\n");
        search(QStringLiteral("marked"));
        QTRY_COMPARE(matchText(), QStringLiteral("1 of 1"));
        m_view->showRow(0); // the selection off the marked line
        const QImage image = list()->viewport()->grab().toImage();
        const QPalette palette = list()->palette();
        const auto pixelAt = [&](int row, int x) {
            const QRect rect = list()->visualRect(m_model->index(row));
            return image.pixelColor(x, rect.center().y());
        };
        const int right = list()->viewport()->width() - 4;
        QCOMPARE(pixelAt(1, right),
                 gui::LogLineDelegate::backgroundColor(LogModel::Severity::Error, palette));
        QCOMPARE(pixelAt(2, right), palette.color(QPalette::Base));
        const QFontMetrics metrics(list()->font());
        const int gutter = gui::LogLineDelegate::gutterWidth(metrics, m_model->rowCount());
        const int wordX = list()->visualRect(m_model->index(2)).left() + gutter + 6
            + metrics.horizontalAdvance(QStringLiteral("plain with ma"));
        bool marked = false;
        for (int y = list()->visualRect(m_model->index(2)).top(); y <= list()->visualRect(m_model->index(2)).bottom();
             ++y)
            marked = marked || image.pixelColor(wordX, y) == gui::LogLineDelegate::matchColor(palette);
        QVERIFY(marked);
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
