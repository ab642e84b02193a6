#pragma once

#include <QString>

namespace sbs::test {

// A small tmpfs mounted on a folder for the life of the object, so tests can meet a full disk
// or a read-only file system for real. Mounting needs root (or CAP_SYS_ADMIN); when it is not
// permitted, isMounted() is false and error() says why, and the test skips that case.
class TmpfsMount
{
public:
    TmpfsMount(const QString& folder, const QString& options);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;

    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; }

    // Remounts the file system read-only; false (with error()) when that fails.
    bool remountReadOnly();

private:
    QString m_folder;
    QString m_error;
    bool m_mounted = false;
};

} // namespace sbs::test
