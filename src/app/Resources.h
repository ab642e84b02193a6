#pragma once

namespace sbs::gui {

// Registers the application's resources (icons, the configuration template). sbsgui is a static
// library, so its resources are linked in only when something calls this.
void initResources();

} // namespace sbs::gui
