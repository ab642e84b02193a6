#include "state/StateImageRecords.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>
#include <openssl/crypto.h>

namespace sbs::state {

namespace {

constexpr int FormatVersion = 1;
constexpr qsizetype SaltBytes = 32;
constexpr qsizetype FingerprintBytes = 32; // HMAC-SHA-256
constexpr qint64 MaxRecordsBytes = qint64(16) << 20;

const QFileDevice::Permissions FileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions FolderMode
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QLatin1String key(const char* name)
{
    return QLatin1String(name);
}

QByteArray randomSalt()
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()),
                                          salt.size() / qsizetype(sizeof(quint32)));
    return salt;
}

QString whereName(StateImageRecord::Where where)
{
    return where == StateImageRecord::Where::Bucket ? QStringLiteral("bucket") : QStringLiteral("file");
}

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// An ISO time, or an invalid one for "". False when the text is there but not a time.
bool parseTime(const QJsonValue& value, QDateTime* time)
{
    if (!value.isString())
        return false;
    const QString text = value.toString();
    if (text.isEmpty()) {
        *time = QDateTime();
        return true;
    }
    *time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time->isValid())
        return false;
    *time = time->toUTC();
    return true;
}

// Reads a string member that may be absent (then empty); false for another type.
bool optionalString(const QJsonObject& json, const char* name, QString* target)
{
    const QJsonValue value = json.value(key(name));
    if (value.isUndefined()) {
        target->clear();
        return true;
    }
    if (!value.isString())
        return false;
    *target = value.toString();
    return true;
}

} // namespace

bool StateImageRecord::operator==(const StateImageRecord& other) const
{
    return name == other.name && exportTag == other.exportTag && exportedAt == other.exportedAt
        && where == other.where && path == other.path && bucket == other.bucket
        && generation == other.generation && server == other.server;
}

QString StateImageRecords::defaultFolder(const QString& configPath)
{
    return QFileInfo(configPath).absolutePath() + QStringLiteral("/state-images");
}

QString StateImageRecords::recordsPath(const QString& configPath)
{
    // One file per configuration: profiles whose configurations share a folder keep their own.
    return defaultFolder(configPath) + QLatin1Char('/') + QFileInfo(configPath).completeBaseName()
        + QStringLiteral(".records.json");
}

// Anything that does not fit the format makes the whole file unreadable: the user is told that
// it was moved aside, and a half-understood list is never saved over it.
bool StateImageRecords::parse(const QByteArray& bytes, StateImageRecords* records)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject json = doc.object();

    const QJsonValue version = json.value(key("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1
        || version.toInt() > FormatVersion)
        return false;

    const QJsonValue generations = json.value(key("generations"));
    const QJsonValue images = json.value(key("images"));
    if ((!generations.isUndefined() && !generations.isArray())
        || (!images.isUndefined() && !images.isArray()))
        return false;
    const QJsonArray generationList = generations.toArray();
    const QJsonArray imageList = images.toArray();

    const QJsonValue salt = json.value(key("salt"));
    if (salt.isUndefined()) {
        // Without the salt, no fingerprint can be compared.
        if (!generationList.isEmpty())
            return false;
        records->m_salt = randomSalt();
    } else {
        if (!salt.isString())
            return false;
        const auto decoded = QByteArray::fromBase64Encoding(salt.toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != SaltBytes)
            return false;
        records->m_salt = decoded.decoded;
    }

    for (const QJsonValue& entry : generationList) {
        if (!entry.isObject())
            return false;
        const QJsonObject generation = entry.toObject();
        const QJsonValue fingerprint = generation.value(key("fingerprint"));
        if (!fingerprint.isString())
            return false;
        const QByteArray bytes = QByteArray::fromHex(fingerprint.toString().toLatin1());
        if (bytes.size() != FingerprintBytes || bytes.toHex() != fingerprint.toString().toLower().toLatin1())
            return false;
        QDateTime seen;
        const QJsonValue seenValue = generation.value(key("seen"));
        if (!seenValue.isUndefined() && !parseTime(seenValue, &seen))
            return false;
        records->m_generations.append(bytes);
        records->m_generationSeen.append(seen);
    }

    for (const QJsonValue& entry : imageList) {
        if (!entry.isObject())
            return false;
        const QJsonObject image = entry.toObject();
        StateImageRecord record;
        if (!optionalString(image, "name", &record.name)
            || !optionalString(image, "export_tag", &record.exportTag)
            || !optionalString(image, "bucket", &record.bucket)
            || !optionalString(image, "server", &record.server))
            return false;
        const QJsonValue path = image.value(key("path"));
        if (!path.isString() || path.toString().isEmpty())
            return false;
        record.path = path.toString();
        const QJsonValue exported = image.value(key("exported_at"));
        if (!exported.isUndefined() && !parseTime(exported, &record.exportedAt))
            return false;
        const QJsonValue where = image.value(key("where"));
        if (where.isUndefined() || where == QJsonValue(QStringLiteral("file")))
            record.where = StateImageRecord::Where::File;
        else if (where == QJsonValue(QStringLiteral("bucket")))
            record.where = StateImageRecord::Where::Bucket;
        else
            return false;
        const QJsonValue generation = image.value(key("generation"));
        if (!generation.isUndefined()) {
            if (!generation.isDouble() || generation.toDouble() != double(generation.toInt()))
                return false;
            record.generation = generation.toInt();
            // A generation the file does not list cannot be told apart from another secret's.
            if (record.generation < 0 || record.generation > records->m_generations.size())
                return false;
        }
        records->m_images.append(record);
    }
    return true;
}

Result<StateImageRecords> StateImageRecords::open(const QString& path)
{
    using R = Result<StateImageRecords>;
    const QString shown = QDir::toNativeSeparators(path);
    StateImageRecords records;
    records.m_path = path;

    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        records.m_salt = randomSalt();
        return R::ok(std::move(records));
    }

    if (info.isFile() && info.size() <= MaxRecordsBytes) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return R::fail(tr("Cannot read the state image records %1: %2. Check the file's "
                              "permissions.")
                               .arg(shown, file.errorString()));
        StateImageRecords parsed;
        parsed.m_path = path;
        if (parse(file.readAll(), &parsed))
            return R::ok(std::move(parsed));
    }

    // Kept under a name that says what happened and when, so nothing is lost.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString moved = path + QStringLiteral(".unreadable-") + stamp;
    for (int n = 2; QFileInfo::exists(moved) || QFileInfo(moved).isSymLink(); ++n)
        moved = path + QStringLiteral(".unreadable-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, moved))
        return R::fail(tr("The state image records %1 cannot be read and cannot be moved aside; "
                          "move or remove the file, then open the profile again.")
                           .arg(shown));
    records.m_salt = randomSalt();
    records.m_movedAside
        = tr("The state image records %1 could not be read, so they were moved to %2 and a new list "
             "was started. The state image files themselves are unchanged.")
              .arg(shown, QDir::toNativeSeparators(moved));
    return R::ok(std::move(records));
}

QByteArray StateImageRecords::fingerprint(const QString& secret) const
{
    QByteArray message = secret.toUtf8();
    const QByteArray code = QMessageAuthenticationCode::hash(message, m_salt, QCryptographicHash::Sha256);
    OPENSSL_cleanse(message.data(), size_t(message.size()));
    return code;
}

std::optional<int> StateImageRecords::knownGeneration(const QString& secret) const
{
    if (secret.isEmpty())
        return std::nullopt;
    const qsizetype index = m_generations.indexOf(fingerprint(secret));
    if (index < 0)
        return std::nullopt;
    return int(index) + 1;
}

int StateImageRecords::generationOf(const QString& secret)
{
    if (secret.isEmpty())
        return 0;
    if (const std::optional<int> known = knownGeneration(secret))
        return *known;
    if (m_salt.size() != SaltBytes)
        m_salt = randomSalt();
    m_generations.append(fingerprint(secret));
    m_generationSeen.append(QDateTime::currentDateTimeUtc());
    return int(m_generations.size());
}

int StateImageRecords::generationCount() const
{
    return int(m_generations.size());
}

QDateTime StateImageRecords::generationSeen(int generation) const
{
    if (generation < 1 || generation > m_generationSeen.size())
        return {};
    return m_generationSeen.at(generation - 1);
}

void StateImageRecords::add(const StateImageRecord& record)
{
    const QString cleaned = QDir::cleanPath(record.path);
    for (StateImageRecord& existing : m_images) {
        if (QDir::cleanPath(existing.path) == cleaned) {
            existing = record;
            return;
        }
    }
    m_images.append(record);
}

bool StateImageRecords::remove(const QString& path)
{
    const QString cleaned = QDir::cleanPath(path);
    return m_images.removeIf([&](const StateImageRecord& record) {
        return QDir::cleanPath(record.path) == cleaned;
    }) > 0;
}

Status StateImageRecords::save() const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (m_path.isEmpty())
        return Status::fail(tr("The state image records have no file to be saved to."));

    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        QStringList missing;
        for (QString f = folder; !QFileInfo::exists(f); f = QFileInfo(f).absolutePath())
            missing.prepend(f);
        for (const QString& f : std::as_const(missing)) {
            if (!QDir().mkdir(f, FolderMode))
                return Status::fail(tr("Cannot create the folder %1 for the state image records; "
                                       "check the permissions of %2.")
                                        .arg(QDir::toNativeSeparators(f),
                                             QDir::toNativeSeparators(QFileInfo(f).absolutePath())));
        }
    }

    QJsonArray generations;
    for (qsizetype i = 0; i < m_generations.size(); ++i) {
        generations.append(QJsonObject {
            { key("fingerprint"), QString::fromLatin1(m_generations.at(i).toHex()) },
            { key("seen"), isoUtc(m_generationSeen.value(i)) },
        });
    }
    QJsonArray images;
    for (const StateImageRecord& record : m_images) {
        images.append(QJsonObject {
            { key("name"), record.name },
            { key("export_tag"), record.exportTag },
            { key("exported_at"), isoUtc(record.exportedAt) },
            { key("where"), whereName(record.where) },
            { key("path"), record.path },
            { key("bucket"), record.bucket },
            { key("generation"), record.generation },
            { key("server"), record.server },
        });
    }
    const QJsonObject json {
        { key("version"), FormatVersion },
        { key("salt"), QString::fromLatin1(m_salt.toBase64()) },
        { key("generations"), generations },
        { key("images"), images },
    };
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);

    QSaveFile out(m_path);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly))
        return Status::fail(tr("Cannot save the state image records %1: %2. Check that the folder "
                               "is writable.")
                                .arg(shown, out.errorString()));
    if (!out.setPermissions(FileMode) || out.write(bytes) != bytes.size() || !out.commit()) {
        const QString reason = out.errorString();
        out.cancelWriting();
        return Status::fail(tr("Cannot save the state image records %1: %2. The old list is "
                               "unchanged; check the folder's permissions and free space.")
                                .arg(shown, reason));
    }
    return Status::ok();
}

} // namespace sbs::state
