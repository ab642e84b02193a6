#include "Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initAppResources()
{
    Q_INIT_RESOURCE(app);
}

namespace sbs::gui {

void initResources()
{
    static const bool done = [] {
        initAppResources();
        return true;
    }();
    Q_UNUSED(done)
}

} // namespace sbs::gui
