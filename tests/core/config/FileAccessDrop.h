#pragma once

namespace sbs::test {

// Makes file permissions count for the calling thread while the object lives. Tests run as root
// in CI containers, and root ignores permission bits, so chmod alone cannot make a file
// unreadable or a folder read-only. Setting the thread's file-system user id to an unprivileged
// user drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH for file access (capabilities(7)); the
// destructor restores it. For a non-root user this does nothing: the permission bits already
// apply.
class FileAccessDrop
{
public:
    FileAccessDrop();
    ~FileAccessDrop();
    FileAccessDrop(const FileAccessDrop&) = delete;
    FileAccessDrop& operator=(const FileAccessDrop&) = delete;

private:
    bool m_dropped = false;
};

} // namespace sbs::test
