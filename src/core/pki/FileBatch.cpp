#include "pki/FileBatch.h"

#include "config/ConfigStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <unistd.h>
#include <utility>

namespace sbs::pki {

namespace {

std::function<bool(const QString&)>& writeFault()
{
    static std::function<bool(const QString&)> hook;
    return hook;
}

bool occupied(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

constexpr QFile::Permissions PrivateMode = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions PublicMode
    = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr QFile::Permissions FolderMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

} // namespace

FileBatch::FileBatch() = default;
FileBatch::FileBatch(FileBatch&&) noexcept = default;
FileBatch& FileBatch::operator=(FileBatch&&) noexcept = default;
FileBatch::~FileBatch() = default;

void FileBatch::setWriteFaultForTesting(std::function<bool(const QString&)> failWrite)
{
    writeFault() = std::move(failWrite);
}

void FileBatch::add(const QString& path, const QByteArray& content, Existing existing)
{
    Entry entry;
    entry.path = QDir::cleanPath(path);
    entry.content = content;
    entry.existing = existing;
    m_entries.push_back(std::move(entry));
}

void FileBatch::addPrivate(const QString& path, SecretBytes content, Existing existing)
{
    Entry entry;
    entry.path = QDir::cleanPath(path);
    entry.secret = std::move(content);
    entry.isPrivate = true;
    entry.existing = existing;
    m_entries.push_back(std::move(entry));
}

QStringList FileBatch::paths() const
{
    QStringList result;
    for (const Entry& entry : m_entries)
        result.append(entry.path);
    return result;
}

Status FileBatch::checkFolder(const QString& folder)
{
    // The nearest part of the path that exists must be a writable folder; everything below it
    // will be created.
    QString existing = QFileInfo(folder).absoluteFilePath();
    while (!QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
    const QFileInfo info(existing);
    if (!info.isDir())
        return Status::fail(tr("The folder %1 cannot be created because %2 is a file, not a folder; choose "
                               "another location.")
                                .arg(folder, existing));
    if (::access(QFile::encodeName(existing).constData(), W_OK | X_OK) != 0)
        return Status::fail(
            tr("The folder %1 is not writable; choose another location or fix its permissions.")
                .arg(existing));
    return Status::ok();
}

Status FileBatch::check() const
{
    QList<std::pair<QString, Existing>> targets;
    for (const Entry& entry : m_entries)
        targets.append({ entry.path, entry.existing });
    return checkEntries(targets, QString());
}

Status FileBatch::checkTargets(const QStringList& paths, const QString& advice)
{
    QList<std::pair<QString, Existing>> targets;
    for (const QString& path : paths)
        targets.append({ QDir::cleanPath(path), Existing::Refuse });
    return checkEntries(targets, advice);
}

Status FileBatch::checkEntries(const QList<std::pair<QString, Existing>>& targets, const QString& advice)
{
    QStringList existing;
    QStringList seen;
    for (const auto& [path, policy] : targets) {
        if (seen.contains(path))
            return Status::fail(
                tr("%1 would be written twice; check that the configured paths differ.").arg(path));
        seen.append(path);
        if (QFileInfo(path).isDir())
            return Status::fail(tr("%1 is a folder, not a file; choose another path.").arg(path));
        if (occupied(path) && policy == Existing::Refuse)
            existing.append(path);
    }
    if (!existing.isEmpty())
        return Status::fail(tr("Nothing was written because these files exist already: %1; %2.")
                                .arg(existing.join(QStringLiteral(", ")),
                                     advice.isEmpty() ? tr("move or delete them first") : advice));
    QStringList folders;
    for (const auto& target : targets) {
        const QString folder = QFileInfo(target.first).absolutePath();
        if (folders.contains(folder))
            continue;
        folders.append(folder);
        const Status writable = checkFolder(folder);
        if (!writable)
            return writable;
    }
    return Status::ok();
}

Status FileBatch::writeEntry(const Entry& entry) const
{
    // Returns only the reason; commit() says which file and what to do.
    QSaveFile file(entry.path);
    // Unbuffered: a private key goes from our buffer to the file, with no copy in QIODevice.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Status::fail(file.errorString());
    const QByteArray& bytes = entry.isPrivate ? entry.secret.bytes() : entry.content;
    const bool permissions = file.setPermissions(entry.isPrivate ? PrivateMode : PublicMode);
    const bool fault = writeFault() && writeFault()(entry.path);
    if (!permissions || fault || file.write(bytes) != bytes.size()) {
        const QString reason = fault ? tr("simulated write failure") : file.errorString();
        file.cancelWriting();
        return Status::fail(reason);
    }
    if (!file.commit())
        return Status::fail(file.errorString());
    return Status::ok();
}

Result<FileBatch::Written> FileBatch::commit()
{
    using R = Result<Written>;
    const Status checked = check();
    if (!checked)
        return R::fail(checked.error());

    Written written;
    QList<std::pair<QString, QString>> renamed; // original, backup

    auto rollBack = [&] {
        for (const QString& file : std::as_const(written.files))
            QFile::remove(file);
        for (const auto& [original, backup] : std::as_const(renamed))
            QFile::rename(backup, original);
        for (auto it = written.folders.crbegin(); it != written.folders.crend(); ++it)
            QDir().rmdir(*it);
    };

    // Folders, outermost first, each 0700.
    for (const Entry& entry : m_entries) {
        QStringList missing;
        QString folder = QFileInfo(entry.path).absolutePath();
        while (!QFileInfo::exists(folder)) {
            missing.prepend(folder);
            folder = QFileInfo(folder).absolutePath();
        }
        for (const QString& path : std::as_const(missing)) {
            if (!QDir().mkdir(path, FolderMode)) {
                rollBack();
                return R::fail(tr("The folder %1 cannot be created; check the permissions of %2.")
                                   .arg(path, QFileInfo(path).absolutePath()));
            }
            written.folders.append(path);
        }
    }

    // Backups of the files this batch replaces.
    const QDateTime time = m_backupTime.isValid() ? m_backupTime : QDateTime::currentDateTimeUtc();
    for (const Entry& entry : m_entries) {
        if (entry.existing != Existing::BackUp || !occupied(entry.path))
            continue;
        const QString backup = config::ConfigStore::backupName(entry.path, time);
        if (occupied(backup) || !QFile::rename(entry.path, backup)) {
            rollBack();
            return R::fail(
                tr("%1 cannot be backed up as %2; check the folder's permissions.").arg(entry.path, backup));
        }
        renamed.append({ entry.path, backup });
        written.backups.append(backup);
    }

    // The files themselves.
    for (const Entry& entry : m_entries) {
        const Status status = writeEntry(entry);
        if (!status) {
            rollBack();
            return R::fail(
                tr("%1 cannot be written (%2), so nothing was changed; check the folder's permissions "
                   "and free space.")
                    .arg(entry.path, status.error()));
        }
        written.files.append(entry.path);
    }
    return R::ok(written);
}

} // namespace sbs::pki
