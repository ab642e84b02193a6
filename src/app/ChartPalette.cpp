#include "ChartPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLegend>
#include <QValueAxis>
#include <cmath>

namespace sbs::gui {

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor blendColors(const QColor& a, const QColor& b, qreal amount)
{
    const QColor from = a.toRgb();
    const QColor to = b.toRgb();
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

QColor currentBuildColor(const QPalette& palette)
{
    QColor accent = palette.color(QPalette::Highlight);
    // Some styles highlight with a grey; then a calm blue tells the build apart from "usual".
    if (accent.hsvSaturationF() < 0.2f)
        accent = isDarkPalette(palette) ? QColor(0x6c, 0xa8, 0xe8) : QColor(0x2f, 0x6f, 0xb8);
    return accent;
}

QColor usualBuildColor(const QPalette& palette)
{
    // Between background and text, nearer the background, so the current build stands out.
    return blendColors(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.4);
}

QColor resultColor(history::BuildRecord::Result result, const QPalette& palette)
{
    const bool dark = isDarkPalette(palette);
    switch (result) {
    case history::BuildRecord::Result::Succeeded:
        return dark ? QColor(0x5f, 0xc9, 0x7a) : QColor(0x2e, 0x7d, 0x32);
    case history::BuildRecord::Result::Failed:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    case history::BuildRecord::Result::Stopped:
        break;
    }
    return blendColors(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.5);
}

QChart* setUpChartView(QChartView* view)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void applyChartPalette(QChart* chart, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor windowText = palette.color(QPalette::WindowText);
    const QColor grid = blendColors(base, text, 0.15);
    const QColor axisLine = blendColors(base, text, 0.45);

    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(windowText);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(windowText);
        axis->setLinePenColor(axisLine);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(blendColors(base, text, 0.07));
        axis->setShadesVisible(false);
    }
}

qreal setDurationAxis(QValueAxis* axis, qint64 largestMs)
{
    // Minutes past two minutes: "7.5" reads better than "450".
    const bool minutes = largestMs > 120000;
    const qreal msPerUnit = minutes ? 60000.0 : 1000.0;
    axis->setTitleText(minutes ? QCoreApplication::translate("BuildCharts", "Duration (min)")
                               : QCoreApplication::translate("BuildCharts", "Duration (s)"));
    const qreal largest = largestMs > 0 ? largestMs / msPerUnit : 0;
    if (largest <= 0) {
        axis->setRange(0, 1);
        axis->setTickCount(2);
    } else {
        // Room above the tallest value, then a round top with round ticks.
        axis->setTickCount(6);
        axis->setRange(0, largest * 1.05);
        axis->applyNiceNumbers();
    }
    axis->setLabelFormat(QStringLiteral("%g"));
    return msPerUnit;
}

} // namespace sbs::gui
