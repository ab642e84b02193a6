#include "StageChart.h"

#include "ChartPalette.h"
#include "history/BuildRecord.h"
#include "util/Duration.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

namespace sbs::gui {

using history::Stage;
using history::StageCount;

namespace {

// The value of stage i in values, 0 where it is missing or unknown.
qint64 knownMs(const QList<qint64>& values, int i)
{
    return i < values.size() && values.at(i) > 0 ? values.at(i) : 0;
}

} // namespace

StageChart::StageChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("stageChart"));
    QChart* chart = setUpChartView(this);

    m_current = new QBarSet(tr("This build"));
    m_median = new QBarSet(tr("Usual (median of earlier successful builds)"));
    m_series = new QBarSeries;
    m_series->append(m_current);
    m_series->append(m_median);
    chart->addSeries(m_series);

    m_stageAxis = new QBarCategoryAxis;
    QStringList stages;
    for (int i = 0; i < StageCount; ++i)
        stages << history::stageTitle(Stage(i));
    m_stageAxis->append(stages);
    m_valueAxis = new QValueAxis;
    chart->addAxis(m_stageAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_stageAxis);
    m_series->attachAxis(m_valueAxis);
    // Long stage names are shortened under the bars; the tooltip has them whole, and the time.
    connect(m_series, &QBarSeries::hovered, this, &StageChart::showBarToolTip);
    setChart(chart); // the view owns the chart, the chart its series and axes

    setDurations({}, {});
    applyColors();
}

StageChart::~StageChart() = default;

void StageChart::setDurations(const QList<qint64>& current, const QList<qint64>& medians)
{
    qint64 largest = 0;
    for (int i = 0; i < StageCount; ++i)
        largest = qMax(largest, qMax(knownMs(current, i), knownMs(medians, i)));
    const qreal msPerUnit = setDurationAxis(m_valueAxis, largest);
    m_currentMs = current;
    m_medianMs = medians;

    m_current->remove(0, m_current->count());
    m_median->remove(0, m_median->count());
    for (int i = 0; i < StageCount; ++i) {
        m_current->append(knownMs(current, i) / msPerUnit);
        m_median->append(knownMs(medians, i) / msPerUnit);
    }
    chart()->setTitle(largest > 0 ? tr("Stage durations") : tr("No stage times yet"));
}

QString StageChart::valueAxisTitle() const
{
    return m_valueAxis->titleText();
}

void StageChart::showBarToolTip(bool hovered, int stage, QBarSet* set)
{
    if (!hovered || stage < 0 || stage >= StageCount) {
        QToolTip::hideText();
        return;
    }
    const QList<qint64>& values = set == m_current ? m_currentMs : m_medianMs;
    const qint64 ms = stage < values.size() ? values.at(stage) : -1;
    QToolTip::showText(
        QCursor::pos(),
        tr("%1\n%2: %3").arg(history::stageTitle(Stage(stage)), set->label(), util::formatDuration(ms)),
        this);
}

void StageChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void StageChart::applyColors()
{
    const QPalette& pal = palette();
    applyChartPalette(chart(), pal);
    setBackgroundBrush(pal.base());
    m_current->setColor(currentBuildColor(pal));
    m_current->setBorderColor(currentBuildColor(pal));
    m_median->setColor(usualBuildColor(pal));
    m_median->setBorderColor(usualBuildColor(pal));
}

} // namespace sbs::gui
