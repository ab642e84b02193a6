#pragma once

#include "history/BuildRecord.h"

#include <QColor>
#include <QPalette>

class QChart;
class QChartView;
class QValueAxis;

namespace sbs::gui {

// What the build charts share: colours taken from the widget's palette, so that a chart reads
// well in a light and in a dark theme, and the duration axis.

// True for a dark theme: the Base colour (the chart's background) is dark.
bool isDarkPalette(const QPalette& palette);
// a mixed with b: 0 gives a, 1 gives b.
QColor blendColors(const QColor& a, const QColor& b, qreal amount);
// The colour of the build the user is looking at: the palette's accent.
QColor currentBuildColor(const QPalette& palette);
// The colour of what builds usually take: a grey that stays apart from the background.
QColor usualBuildColor(const QPalette& palette);
// Green, red and grey for succeeded, failed and stopped builds, lighter in a dark theme.
QColor resultColor(history::BuildRecord::Result result, const QPalette& palette);

// The chart's background, title, legend and axes in the palette's colours. Series colours are
// the caller's (each chart has its own meaning for them).
void applyChartPalette(QChart* chart, const QPalette& palette);

// A new chart for view, as the build charts have it: antialiased, legend below, no animation,
// narrow margins. The view does not own it yet (setChart() does that).
QChart* setUpChartView(QChartView* view);

// Sets axis up for durations up to largestMs: in seconds, or in minutes past two minutes, from 0
// to a round number, with its title saying the unit. Returns the ms per axis unit.
qreal setDurationAxis(QValueAxis* axis, qint64 largestMs);

} // namespace sbs::gui
