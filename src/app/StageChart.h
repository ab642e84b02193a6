#pragma once

#include <QChartView>
#include <QList>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace sbs::gui {

// How long each stage of a build took, next to what the stage usually takes (the median of the
// profile's earlier successful builds), as grouped bars. Follows the palette.
class StageChart : public QChartView
{
    Q_OBJECT

public:
    explicit StageChart(QWidget* parent = nullptr);
    ~StageChart() override;

    // One entry per stage (history::Stage) in ms; -1 where unknown (drawn as no bar).
    void setDurations(const QList<qint64>& current, const QList<qint64>& medians);

    QBarSet* currentSet() const { return m_current; }
    QBarSet* medianSet() const { return m_median; }
    QString valueAxisTitle() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColors();
    void showBarToolTip(bool hovered, int stage, QBarSet* set);

    QBarSeries* m_series = nullptr;
    QBarSet* m_current = nullptr;
    QBarSet* m_median = nullptr;
    QBarCategoryAxis* m_stageAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    QList<qint64> m_currentMs; // as given, for the tooltips
    QList<qint64> m_medianMs;
};

} // namespace sbs::gui
