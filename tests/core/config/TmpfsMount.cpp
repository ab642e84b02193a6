#include "TmpfsMount.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>

namespace sbs::test {

TmpfsMount::TmpfsMount(const QString& folder, const QString& options)
    : m_folder(folder)
{
    const QByteArray path = QFile::encodeName(folder);
    const QByteArray data = options.toLatin1();
    if (::mount("tmpfs", path.constData(), "tmpfs", MS_NOSUID | MS_NODEV, data.constData()) == 0)
        m_mounted = true;
    else
        m_error = QString::fromLocal8Bit(std::strerror(errno));
}

TmpfsMount::~TmpfsMount()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
}

bool TmpfsMount::remountReadOnly()
{
    const QByteArray path = QFile::encodeName(m_folder);
    if (::mount("tmpfs", path.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr)
        == 0)
        return true;
    m_error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

} // namespace sbs::test
