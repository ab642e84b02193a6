#include "ChartPalette.h"
#include "HistoryChart.h"
#include "StageChart.h"
#include "history/BuildRecord.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>
#include <algorithm>

using namespace sbs;
using gui::HistoryChart;
using gui::StageChart;
using history::BuildRecord;
using history::Stage;
using history::StageCount;
using BuildResult = BuildRecord::Result;

namespace {

const QDateTime Base = QDateTime(QDate(2024, 5, 6), QTime(8, 0), Qt::UTC);

QList<qreal> valuesOf(const QBarSet* set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values << set->at(i);
    return values;
}

BuildRecord makeBuild(qint64 id, qint64 minutesAfterBase, qint64 durationMs, BuildResult result)
{
    BuildRecord record;
    record.id = id;
    record.profile = QStringLiteral("/profiles/p/sbs-config.json");
    record.key = QString::number(id);
    record.started = Base.addSecs(minutesAfterBase * 60);
    record.ended = durationMs >= 0 ? record.started.addMSecs(durationMs) : QDateTime();
    record.result = result;
    return record;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x23));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    return dark;
}

QPalette lightPalette()
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, QColor(0x10, 0x10, 0x10));
    light.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    light.setColor(QPalette::Text, QColor(0x10, 0x10, 0x10));
    light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return light;
}

} // namespace

class TestBuildCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stageChartValues();
    void stageChartUnit_data();
    void stageChartUnit();
    void stageChartEmpty();
    void stageChartFollowsPalette();
    void historyChartSeries();
    void historyChartMinutesAndTimeFormat();
    void historyChartEmpty();
    void historyChartClickActivatesBuild();
    void historyChartFollowsPalette();
};

void TestBuildCharts::stageChartValues()
{
    StageChart chart;
    QCOMPARE(chart.objectName(), QStringLiteral("stageChart"));
    chart.setDurations({ 3000, 12000, 45000, 20000, 1500 }, { 2000, 10000, -1, 30000, 1000 });

    QCOMPARE(chart.chart()->title(), QStringLiteral("Stage durations"));
    QCOMPARE(chart.valueAxisTitle(), QStringLiteral("Duration (s)"));
    QCOMPARE(valuesOf(chart.currentSet()), QList<qreal>({ 3, 12, 45, 20, 1.5 }));
    // An unknown median is no bar.
    QCOMPARE(valuesOf(chart.medianSet()), QList<qreal>({ 2, 10, 0, 30, 1 }));
    QCOMPARE(chart.currentSet()->label(), QStringLiteral("This build"));
    QVERIFY(chart.medianSet()->label().startsWith(QStringLiteral("Usual")));

    // One category per stage, by its name; the tallest bar fits under the axis' top.
    const auto* stages = qobject_cast<QBarCategoryAxis*>(chart.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(stages);
    QCOMPARE(stages->count(), StageCount);
    QCOMPARE(stages->at(int(Stage::ImageBuilt)), history::stageTitle(Stage::ImageBuilt));
    const auto* values = qobject_cast<QValueAxis*>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(values);
    QCOMPARE(values->min(), 0.0);
    QVERIFY2(values->max() >= 45 && values->max() <= 100, qPrintable(QString::number(values->max())));

    // Fewer entries than stages: the rest are unknown.
    chart.setDurations({ 4000 }, {});
    QCOMPARE(valuesOf(chart.currentSet()), QList<qreal>({ 4, 0, 0, 0, 0 }));
    QCOMPARE(valuesOf(chart.medianSet()), QList<qreal>({ 0, 0, 0, 0, 0 }));
}

void TestBuildCharts::stageChartUnit_data()
{
    QTest::addColumn<qint64>("largestMs");
    QTest::addColumn<QString>("title");
    QTest::addColumn<qreal>("shown");
    QTest::newRow("two minutes in seconds") << qint64(120000) << QStringLiteral("Duration (s)") << qreal(120);
    QTest::newRow("past two minutes in minutes")
        << qint64(121000) << QStringLiteral("Duration (min)") << qreal(121000) / 60000;
    QTest::newRow("long build") << qint64(45 * 60000) << QStringLiteral("Duration (min)") << qreal(45);
}

void TestBuildCharts::stageChartUnit()
{
    QFETCH(qint64, largestMs);
    QFETCH(QString, title);
    QFETCH(qreal, shown);
    StageChart chart;
    // The largest value may be a median: the unit fits both sets.
    chart.setDurations({ 30000, -1, -1, -1, -1 }, { -1, -1, largestMs, -1, -1 });
    QCOMPARE(chart.valueAxisTitle(), title);
    QCOMPARE(chart.medianSet()->at(int(Stage::ImageBuilt)), shown);
    const qreal perUnit = title.contains(QStringLiteral("min")) ? 60000 : 1000;
    QCOMPARE(chart.currentSet()->at(0), 30000 / perUnit);
}

void TestBuildCharts::stageChartEmpty()
{
    StageChart chart;
    QCOMPARE(chart.chart()->title(), QStringLiteral("No stage times yet"));
    chart.setDurations({ 5000, 1000, 1000, 1000, 1000 }, {});
    QCOMPARE(chart.chart()->title(), QStringLiteral("Stage durations"));
    chart.setDurations(QList<qint64>(StageCount, -1), QList<qint64>(StageCount, -1));
    QCOMPARE(chart.chart()->title(), QStringLiteral("No stage times yet"));
    QCOMPARE(valuesOf(chart.currentSet()), QList<qreal>(StageCount, 0));
    chart.resize(500, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(!chart.grab().isNull());
}

void TestBuildCharts::stageChartFollowsPalette()
{
    StageChart chart;
    chart.setPalette(lightPalette());
    chart.setDurations({ 1000, 2000, 3000, 4000, 5000 }, { 1000, 2000, 3000, 4000, 5000 });
    QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(Qt::white));
    QCOMPARE(chart.currentSet()->color(), lightPalette().color(QPalette::Highlight));
    const QColor lightMedian = chart.medianSet()->color();

    chart.setPalette(darkPalette());
    QCOMPARE(chart.chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
    QCOMPARE(chart.chart()->titleBrush().color(), darkPalette().color(QPalette::WindowText));
    QCOMPARE(chart.chart()->axes(Qt::Vertical).value(0)->labelsColor(), darkPalette().color(QPalette::Text));
    QCOMPARE(chart.currentSet()->color(), darkPalette().color(QPalette::Highlight));
    // The grey of "usual" is a grey for the dark background: lighter than it, not the same.
    QVERIFY(chart.medianSet()->color() != lightMedian);
    QVERIFY(chart.medianSet()->color().lightnessF() > darkPalette().color(QPalette::Base).lightnessF());
}

void TestBuildCharts::historyChartSeries()
{
    HistoryChart chart;
    QCOMPARE(chart.objectName(), QStringLiteral("historyChart"));
    const QList<BuildRecord> builds = {
        makeBuild(1, 0, 40000, BuildResult::Succeeded),   makeBuild(2, 60, 12500, BuildResult::Failed),
        makeBuild(3, 120, 55000, BuildResult::Succeeded), makeBuild(4, 180, 3000, BuildResult::Stopped),
        makeBuild(5, 240, -1, BuildResult::Failed), // no end: no point
    };
    // Given newest first (as the table shows them), drawn in time order.
    QList<BuildRecord> newestFirst = builds;
    std::reverse(newestFirst.begin(), newestFirst.end());
    chart.setBuilds(newestFirst);

    QCOMPARE(chart.chart()->title(), QStringLiteral("Build history"));
    QCOMPARE(chart.valueAxisTitle(), QStringLiteral("Duration (s)"));
    const auto x = [](int i, const QList<BuildRecord>& list) {
        return qreal(list.at(i).started.toMSecsSinceEpoch());
    };
    QCOMPARE(chart.succeededSeries()->points(),
             QList<QPointF>({ QPointF(x(0, builds), 40), QPointF(x(2, builds), 55) }));
    QCOMPARE(chart.failedSeries()->points(), QList<QPointF>({ QPointF(x(1, builds), 12.5) }));
    QCOMPARE(chart.stoppedSeries()->points(), QList<QPointF>({ QPointF(x(3, builds), 3) }));
    QCOMPARE(chart.succeededSeries()->name(), QStringLiteral("Succeeded"));
    QCOMPARE(chart.failedSeries()->name(), QStringLiteral("Failed"));
    QCOMPARE(chart.stoppedSeries()->name(), QStringLiteral("Stopped"));
    QCOMPARE(chart.positionOf(5), QPoint(-1, -1));

    const auto* values = qobject_cast<QValueAxis*>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(values);
    QVERIFY(values->max() >= 55);
    const auto* time = qobject_cast<QDateTimeAxis*>(chart.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(time);
    QCOMPARE(time->titleText(), QStringLiteral("Build started"));
    QVERIFY(time->min() < builds.first().started && time->max() > builds.at(3).started);
}

void TestBuildCharts::historyChartMinutesAndTimeFormat()
{
    HistoryChart chart;
    const auto* time = qobject_cast<QDateTimeAxis*>(chart.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(time);

    // Within two days: the hour matters.
    chart.setBuilds({ makeBuild(1, 0, 90000, BuildResult::Succeeded),
                      makeBuild(2, 47 * 60, 60000, BuildResult::Succeeded) });
    QCOMPARE(chart.valueAxisTitle(), QStringLiteral("Duration (s)"));
    QCOMPARE(time->format(), QStringLiteral("MMM d HH:mm"));

    // Over weeks, with a long build: days and minutes.
    chart.setBuilds({ makeBuild(1, 0, 90000, BuildResult::Succeeded),
                      makeBuild(2, 21 * 24 * 60, 9 * 60000, BuildResult::Failed) });
    QCOMPARE(chart.valueAxisTitle(), QStringLiteral("Duration (min)"));
    QCOMPARE(time->format(), QStringLiteral("MMM d"));
    QCOMPARE(chart.succeededSeries()->at(0).y(), 1.5);
    QCOMPARE(chart.failedSeries()->at(0).y(), 9.0);
}

void TestBuildCharts::historyChartEmpty()
{
    HistoryChart chart;
    QCOMPARE(chart.chart()->title(), QStringLiteral("No builds recorded yet"));
    chart.setBuilds({ makeBuild(1, 0, 1000, BuildResult::Succeeded) });
    QCOMPARE(chart.chart()->title(), QStringLiteral("Build history"));
    // Builds without a known duration draw nothing.
    chart.setBuilds({ makeBuild(2, 0, -1, BuildResult::Failed) });
    QCOMPARE(chart.chart()->title(), QStringLiteral("No builds recorded yet"));
    QCOMPARE(
        chart.succeededSeries()->count() + chart.failedSeries()->count() + chart.stoppedSeries()->count(), 0);
    chart.resize(500, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(!chart.grab().isNull());
}

void TestBuildCharts::historyChartClickActivatesBuild()
{
    HistoryChart chart;
    chart.setBuilds({ makeBuild(11, 0, 40000, BuildResult::Succeeded),
                      makeBuild(12, 90, 20000, BuildResult::Failed),
                      makeBuild(13, 180, 70000, BuildResult::Succeeded),
                      makeBuild(14, 270, 5000, BuildResult::Stopped) });
    chart.resize(800, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // The chart lays itself out after it is shown.
    QTRY_VERIFY(chart.viewport()->rect().contains(chart.positionOf(13)));

    QSignalSpy activated(&chart, &HistoryChart::buildActivated);
    for (qint64 id : { 13, 12, 14, 11 }) {
        const QPoint at = chart.positionOf(id);
        QVERIFY2(chart.viewport()->rect().contains(at),
                 qPrintable(QStringLiteral("%1,%2").arg(at.x()).arg(at.y())));
        QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.takeFirst().at(0).toLongLong(), id);
    }

    // Between the points nothing is asked for.
    const QPoint between = (chart.positionOf(11) + chart.positionOf(12)) / 2 + QPoint(0, 40);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, between);
    QTest::qWait(50);
    QCOMPARE(activated.size(), 0);
}

void TestBuildCharts::historyChartFollowsPalette()
{
    HistoryChart chart;
    chart.setPalette(lightPalette());
    chart.setBuilds(
        { makeBuild(1, 0, 40000, BuildResult::Succeeded), makeBuild(2, 30, 20000, BuildResult::Failed) });
    QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(Qt::white));
    const QColor lightGreen = chart.succeededSeries()->color();
    const QColor lightRed = chart.failedSeries()->color();
    QVERIFY(lightGreen.green() > lightGreen.red());
    QVERIFY(lightRed.red() > lightRed.green());

    chart.resize(600, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setPalette(darkPalette());
    QCOMPARE(chart.chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
    QCOMPARE(chart.chart()->titleBrush().color(), darkPalette().color(QPalette::WindowText));
    QCOMPARE(chart.chart()->legend()->labelColor(), darkPalette().color(QPalette::Text));
    for (QAbstractAxis* axis : chart.chart()->axes())
        QCOMPARE(axis->labelsColor(), darkPalette().color(QPalette::Text));
    // Brighter green and red on the dark background.
    QVERIFY(chart.succeededSeries()->color() != lightGreen);
    QVERIFY(chart.succeededSeries()->color().lightnessF() > lightGreen.lightnessF());
    QVERIFY(chart.failedSeries()->color().lightnessF() > lightRed.lightnessF());
    // And back.
    chart.setPalette(lightPalette());
    QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(Qt::white));
    QCOMPARE(chart.succeededSeries()->color(), lightGreen);
}

QTEST_MAIN(TestBuildCharts)
#include "tst_buildcharts.moc"
