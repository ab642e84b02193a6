#include "config/ConfigStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <unistd.h>

namespace sbs::config {

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 CopyChunk = 64 * 1024;

std::function<QDateTime()>& testClock()
{
    static std::function<QDateTime()> clock;
    return clock;
}

std::function<bool(const QString&)>& writeFault()
{
    static std::function<bool(const QString&)> fault;
    return fault;
}

bool shouldFail(const QString& path)
{
    const auto& fault = writeFault();
    return fault && fault(path);
}

// Microseconds since the epoch: the system clock has them, QDateTime only milliseconds.
qint64 nowMicroseconds()
{
    if (const auto& clock = testClock())
        return clock().toMSecsSinceEpoch() * 1000;
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

QString backupNameAt(const QString& path, qint64 usecSinceEpoch)
{
    qint64 seconds = usecSinceEpoch / 1000000;
    qint64 micro = usecSinceEpoch % 1000000;
    if (micro < 0) {
        micro += 1000000;
        --seconds;
    }
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return path + QLatin1Char('.') + utc.toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss")) + QLatin1Char('.')
        + QStringLiteral("%1").arg(micro, 6, 10, QLatin1Char('0'));
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Writes all of data. A short write is retried, so that a full disk ends in a failed write that
// carries the system's reason.
bool writeAll(QFileDevice& device, const QByteArray& data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = device.write(data.constData() + done, data.size() - done);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Why a write stopped short. Writes are unbuffered, so the system's reason (such as "No space
// left on device") is at hand; a short write without one still gets a sentence.
QString writeFailure(const QFileDevice& device)
{
    if (device.error() != QFileDevice::NoError)
        return device.errorString();
    return QCoreApplication::translate("sbs::config::ConfigStore", "only part of the data could be written");
}

// Copies source byte for byte to a new file backupPath (mode 0600), which must not exist yet.
// On failure nothing is left at backupPath.
Status writeBackup(const QString& source, const QString& backupPath)
{
    const QString folder = native(QFileInfo(backupPath).absolutePath());
    const QFileInfo backupInfo(backupPath);
    if (backupInfo.exists() || backupInfo.isSymLink()) {
        return Status::fail(QCoreApplication::translate(
                                "sbs::config::ConfigStore",
                                "Cannot save %1: its backup %2 already exists and is never overwritten; save "
                                "again in a moment, so the backup gets a new name.")
                                .arg(native(source), native(backupPath)));
    }

    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        return Status::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigStore",
                "Cannot save %1: reading it for the backup failed: %2. Check that you may read the file.")
                .arg(native(source), in.errorString()));
    }
    QFile out(backupPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered, OwnerOnly)) {
        return Status::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigStore",
                "Cannot save %1: the backup %2 cannot be created: %3. Check that the folder %4 is writable "
                "and has free space.")
                .arg(native(source), native(backupPath), out.errorString(), folder));
    }

    const auto failWith = [&](const QString& reason) {
        out.close();
        QFile::remove(backupPath);
        return Status::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigStore",
                "Cannot save %1: writing the backup %2 failed: %3. Check that the folder %4 is writable and "
                "has free space.")
                .arg(native(source), native(backupPath), reason, folder));
    };

    if (!out.setPermissions(OwnerOnly))
        return failWith(out.errorString());

    const bool faulty = shouldFail(backupPath);
    const qint64 faultAt = in.size() / 2;
    qint64 written = 0;
    while (!in.atEnd()) {
        QByteArray chunk = in.read(CopyChunk);
        if (in.error() != QFileDevice::NoError)
            return failWith(in.errorString());
        if (faulty && written + chunk.size() > faultAt) {
            out.write(chunk.left(faultAt - written));
            return failWith(
                QCoreApplication::translate("sbs::config::ConfigStore", "the write was interrupted"));
        }
        if (!writeAll(out, chunk))
            return failWith(writeFailure(out));
        written += chunk.size();
    }
    if (faulty)
        return failWith(QCoreApplication::translate("sbs::config::ConfigStore", "the write was interrupted"));
    // The backup must be on disk before the original is replaced.
    if (::fsync(out.handle()) != 0)
        return failWith(QString::fromLocal8Bit(std::strerror(errno)));
    out.close();
    if (out.error() != QFileDevice::NoError)
        return failWith(out.errorString());
    return Status::ok();
}

} // namespace

Result<ConfigStore::Saved> ConfigStore::save(const ConfigDocument& doc, const QString& path)
{
    const QFileInfo target(path);
    const QString absolute = target.absoluteFilePath();
    const QString file = native(absolute);
    const QString folder = native(target.absolutePath());

    if (!QFileInfo(target.absolutePath()).isDir()) {
        return Result<Saved>::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigStore",
                "Cannot save %1: the folder %2 does not exist; create it or choose another place.")
                .arg(file, folder));
    }
    const bool exists = target.exists();
    if ((exists && !target.isFile()) || (!exists && target.isSymLink())) {
        return Result<Saved>::fail(
            QCoreApplication::translate("sbs::config::ConfigStore",
                                        "Cannot save %1: it is not a regular file; choose another file name.")
                .arg(file));
    }

    const QByteArray bytes = doc.toJson();

    // The temporary file is created first: a folder we cannot write to fails here, before any
    // backup exists. Until commit() the original file is untouched, and a QSaveFile that is not
    // committed removes its temporary file.
    QSaveFile out(absolute);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return Result<Saved>::fail(
            QCoreApplication::translate("sbs::config::ConfigStore",
                                        "Cannot save %1: %2. Check that the folder %3 is writable.")
                .arg(file, out.errorString(), folder));
    }
    if (!out.setPermissions(OwnerOnly)) {
        return Result<Saved>::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigStore",
                "Cannot save %1: setting its permissions failed: %2. Check the folder %3.")
                .arg(file, out.errorString(), folder));
    }

    Saved saved { absolute, QString() };
    if (exists) {
        const QString backupPath = backupName(absolute, QDateTime());
        const Status backedUp = writeBackup(absolute, backupPath);
        if (!backedUp)
            return Result<Saved>::fail(backedUp.error());
        saved.backupPath = backupPath;
    }

    const auto failWith = [&](const QString& reason) {
        out.cancelWriting();
        if (!saved.backupPath.isEmpty())
            QFile::remove(saved.backupPath);
        return Result<Saved>::fail(
            QCoreApplication::translate("sbs::config::ConfigStore",
                                        "Cannot save %1: %2. The file is unchanged; check that the folder %3 "
                                        "is writable and has free space.")
                .arg(file, reason, folder));
    };

    if (shouldFail(absolute)) {
        out.write(bytes.left(bytes.size() / 2));
        return failWith(QCoreApplication::translate("sbs::config::ConfigStore", "the write was interrupted"));
    }
    if (!writeAll(out, bytes))
        return failWith(writeFailure(out));
    if (!out.commit()) {
        const QString reason = writeFailure(out);
        if (!saved.backupPath.isEmpty())
            QFile::remove(saved.backupPath);
        return Result<Saved>::fail(
            QCoreApplication::translate("sbs::config::ConfigStore",
                                        "Cannot save %1: %2. The file is unchanged; check that the folder %3 "
                                        "is writable and has free space.")
                .arg(file, reason, folder));
    }
    return Result<Saved>::ok(saved);
}

QString ConfigStore::backupName(const QString& path, const QDateTime& utc)
{
    // An invalid time stands for "now", with the microseconds of the system clock.
    if (!utc.isValid())
        return backupNameAt(path, nowMicroseconds());
    return backupNameAt(path, utc.toMSecsSinceEpoch() * 1000);
}

void ConfigStore::setClockForTesting(std::function<QDateTime()> clock)
{
    testClock() = std::move(clock);
}

void ConfigStore::setWriteFaultForTesting(std::function<bool(const QString& path)> failWrite)
{
    writeFault() = std::move(failWrite);
}

} // namespace sbs::config
