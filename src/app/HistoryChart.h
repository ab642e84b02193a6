#pragma once

#include "history/BuildRecord.h"

#include <QChartView>
#include <QList>
#include <QPointF>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace sbs::gui {

// The builds of a profile over time: one point per build with a known duration, at its start
// time and its duration, coloured by how it ended, with a thin line through the successful ones.
// Clicking a point asks for that build. Follows the palette.
class HistoryChart : public QChartView
{
    Q_OBJECT

public:
    explicit HistoryChart(QWidget* parent = nullptr);
    ~HistoryChart() override;

    // In any order; builds without a start or an end are left out.
    void setBuilds(const QList<history::BuildRecord>& builds);

    QScatterSeries* succeededSeries() const { return m_succeeded; }
    QScatterSeries* failedSeries() const { return m_failed; }
    QScatterSeries* stoppedSeries() const { return m_stopped; }
    QString valueAxisTitle() const;
    // Where the build's point is in the viewport; (-1, -1) when the build has no point.
    QPoint positionOf(qint64 recordId) const;

Q_SIGNALS:
    void buildActivated(qint64 recordId);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct PlottedBuild
    {
        qint64 id = 0;
        QScatterSeries* series = nullptr;
        QPointF point;
        QString toolTip;
    };

    QScatterSeries* seriesFor(history::BuildRecord::Result result) const;
    const PlottedBuild* plottedAt(QScatterSeries* series, const QPointF& point) const;
    void pointClicked(QScatterSeries* series, const QPointF& point);
    void pointHovered(QScatterSeries* series, const QPointF& point, bool hovered);
    void applyColors();

    QScatterSeries* m_succeeded = nullptr;
    QScatterSeries* m_failed = nullptr;
    QScatterSeries* m_stopped = nullptr;
    QLineSeries* m_trend = nullptr;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    QList<PlottedBuild> m_plotted;
};

} // namespace sbs::gui
