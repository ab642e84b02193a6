#pragma once

#include <QIcon>
#include <QString>

namespace sbs::gui::Icons {

// One of the application's own icons (":/icons/<name>.svg").
QIcon bundled(const QString& name);
// The desktop theme's icon when the theme has it, else the bundled one.
QIcon themed(const QString& themeName, const QString& bundledName);
// The icon of a config::Finding::Severity given as int; a null icon for a negative value.
QIcon severity(int severity);
// The sidebar icon of a configuration group id.
QIcon group(const QString& groupId);

} // namespace sbs::gui::Icons
