#pragma once

#include <QString>

class QWidget;

namespace sbs::gui {

// A bold title over a sunken line, which the form pages put above each group of fields.
// topMargin is the room above it (0 for the first section).
QWidget* makeSectionHeading(const QString& title, QWidget* parent, int topMargin, int spacing);

} // namespace sbs::gui
