#include "HistoryChart.h"

#include "ChartPalette.h"
#include "util/Duration.h"

#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace sbs::gui {

using history::BuildRecord;

namespace {

constexpr qreal MarkerSize = 10;
constexpr qint64 TwoDaysMs = 2 * 24 * 3600 * 1000LL;

} // namespace

HistoryChart::HistoryChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("historyChart"));
    QChart* chart = setUpChartView(this);

    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setTitleText(tr("Build started"));
    m_valueAxis = new QValueAxis;
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);

    // Added first, so that the points lie above it and take the clicks.
    m_trend = new QLineSeries;
    m_trend->setName(tr("Trend of successful builds"));
    chart->addSeries(m_trend);
    m_succeeded = new QScatterSeries;
    m_succeeded->setName(tr("Succeeded"));
    m_failed = new QScatterSeries;
    m_failed->setName(tr("Failed"));
    m_stopped = new QScatterSeries;
    m_stopped->setName(tr("Stopped"));
    for (QScatterSeries* series : { m_succeeded, m_failed, m_stopped }) {
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(MarkerSize);
        chart->addSeries(series);
        connect(series, &QScatterSeries::clicked, this,
                [this, series](const QPointF& point) { pointClicked(series, point); });
        connect(series, &QScatterSeries::hovered, this,
                [this, series](const QPointF& point, bool hovered) { pointHovered(series, point, hovered); });
    }
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
    }
    // The line only joins the green points; the legend needs no entry for it.
    const QList<QLegendMarker*> trendMarkers = chart->legend()->markers(m_trend);
    for (QLegendMarker* marker : trendMarkers)
        marker->setVisible(false);
    setChart(chart);

    setBuilds({});
    applyColors();
}

HistoryChart::~HistoryChart() = default;

QScatterSeries* HistoryChart::seriesFor(BuildRecord::Result result) const
{
    switch (result) {
    case BuildRecord::Result::Succeeded:
        return m_succeeded;
    case BuildRecord::Result::Failed:
        return m_failed;
    case BuildRecord::Result::Stopped:
        break;
    }
    return m_stopped;
}

void HistoryChart::setBuilds(const QList<BuildRecord>& builds)
{
    QList<BuildRecord> known;
    for (const BuildRecord& record : builds) {
        if (record.durationMs() >= 0)
            known << record;
    }
    std::sort(known.begin(), known.end(),
              [](const BuildRecord& a, const BuildRecord& b) { return a.started < b.started; });

    qint64 largest = 0;
    for (const BuildRecord& record : known)
        largest = qMax(largest, record.durationMs());
    const qreal msPerUnit = setDurationAxis(m_valueAxis, largest);

    m_plotted.clear();
    QList<QPointF> points[3];
    for (const BuildRecord& record : known) {
        const QPointF point(qreal(record.started.toMSecsSinceEpoch()), record.durationMs() / msPerUnit);
        points[int(record.result)] << point;
        const QString name = record.buildName.isEmpty() ? record.imageTag : record.buildName;
        const QString when = QLocale().toString(record.started.toLocalTime(), QLocale::ShortFormat);
        const QString toolTip = name.isEmpty()
            ? tr("%1\n%2 in %3")
                  .arg(when, seriesFor(record.result)->name(), util::formatDuration(record.durationMs()))
            : tr("%1\n%2\n%3 in %4")
                  .arg(name, when, seriesFor(record.result)->name(),
                       util::formatDuration(record.durationMs()));
        m_plotted << PlottedBuild { record.id, seriesFor(record.result), point, toolTip };
    }
    m_succeeded->replace(points[int(BuildRecord::Result::Succeeded)]);
    m_failed->replace(points[int(BuildRecord::Result::Failed)]);
    m_stopped->replace(points[int(BuildRecord::Result::Stopped)]);
    m_trend->replace(points[int(BuildRecord::Result::Succeeded)]);

    if (known.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTime();
        m_timeAxis->setRange(now.addDays(-7), now);
        m_timeAxis->setFormat(QStringLiteral("MMM d"));
        chart()->setTitle(tr("No builds recorded yet"));
        return;
    }
    const QDateTime first = known.first().started;
    const QDateTime last = known.last().started;
    const qint64 span = first.msecsTo(last);
    // A margin on both sides keeps the outer points off the axes; a single build gets an hour.
    const qint64 margin = qMax<qint64>(span / 20, 30 * 60 * 1000);
    m_timeAxis->setRange(first.addMSecs(-margin).toLocalTime(), last.addMSecs(margin).toLocalTime());
    m_timeAxis->setFormat(span <= TwoDaysMs ? QStringLiteral("MMM d HH:mm") : QStringLiteral("MMM d"));
    chart()->setTitle(tr("Build history"));
}

const HistoryChart::PlottedBuild* HistoryChart::plottedAt(QScatterSeries* series, const QPointF& point) const
{
    for (const PlottedBuild& plotted : m_plotted) {
        if (plotted.series == series && plotted.point == point)
            return &plotted;
    }
    return nullptr;
}

void HistoryChart::pointClicked(QScatterSeries* series, const QPointF& point)
{
    if (const PlottedBuild* plotted = plottedAt(series, point))
        Q_EMIT buildActivated(plotted->id);
}

void HistoryChart::pointHovered(QScatterSeries* series, const QPointF& point, bool hovered)
{
    const PlottedBuild* plotted = hovered ? plottedAt(series, point) : nullptr;
    if (plotted)
        QToolTip::showText(QCursor::pos(), plotted->toolTip, this);
    else
        QToolTip::hideText();
}

QString HistoryChart::valueAxisTitle() const
{
    return m_valueAxis->titleText();
}

QPoint HistoryChart::positionOf(qint64 recordId) const
{
    for (const PlottedBuild& plotted : m_plotted) {
        if (plotted.id == recordId) {
            const QPointF inChart = chart()->mapToPosition(plotted.point, plotted.series);
            return mapFromScene(chart()->mapToScene(inChart));
        }
    }
    return QPoint(-1, -1);
}

void HistoryChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void HistoryChart::applyColors()
{
    const QPalette& pal = palette();
    applyChartPalette(chart(), pal);
    setBackgroundBrush(pal.base());
    // A ring in the background colour keeps points that overlap apart.
    const QColor ring = pal.color(QPalette::Base);
    for (BuildRecord::Result result :
         { BuildRecord::Result::Succeeded, BuildRecord::Result::Failed, BuildRecord::Result::Stopped }) {
        QScatterSeries* series = seriesFor(result);
        series->setColor(resultColor(result, pal));
        series->setBorderColor(ring);
    }
    QPen trendPen(
        blendColors(pal.color(QPalette::Base), resultColor(BuildRecord::Result::Succeeded, pal), 0.6));
    trendPen.setWidthF(1.2);
    m_trend->setPen(trendPen);
}

} // namespace sbs::gui
