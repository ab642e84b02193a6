#include "FileAccessDrop.h"

#include <sys/fsuid.h>
#include <unistd.h>

namespace sbs::test {

namespace {
constexpr uid_t Nobody = 65534;
}

FileAccessDrop::FileAccessDrop()
{
    if (::geteuid() == 0) {
        ::setfsuid(Nobody);
        m_dropped = ::setfsuid(Nobody) == static_cast<int>(Nobody);
    }
}

FileAccessDrop::~FileAccessDrop()
{
    if (m_dropped)
        ::setfsuid(0);
}

} // namespace sbs::test
