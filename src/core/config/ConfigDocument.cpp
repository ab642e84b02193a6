#include "config/ConfigDocument.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace sbs::config {

namespace {

using Json = nlohmann::ordered_json;

// Deeper nesting than this is refused: no configuration needs it, and it keeps the recursive
// conversions and the serialiser far from the stack limit.
constexpr int MaxDepth = 256;

struct TooDeep
{
};

// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are ill-formed), or -1 when all of it is valid.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

struct TextPosition
{
    int line = 1;
    int column = 1;
};

// Line and column (both from 1; columns count characters, not bytes) of a byte offset.
TextPosition positionOf(const QByteArray& text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    TextPosition pos;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++pos.line;
            lineStart = i + 1;
        }
    }
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(text.at(i)) & 0xC0) != 0x80)
            ++pos.column;
    }
    return pos;
}

// The part of nlohmann's message that says what is wrong, without its own location prefix and
// without the "last read" excerpt (which may hold a secret from the file).
QString parseErrorDetail(const std::string& what)
{
    std::string detail = what;
    const auto colon = detail.find(": ");
    if (detail.rfind("[json.exception", 0) == 0 && colon != std::string::npos)
        detail = detail.substr(colon + 2);
    const auto dash = detail.find(" - ");
    if (detail.rfind("syntax error", 0) == 0 && dash != std::string::npos)
        detail = detail.substr(dash + 3);
    const std::string lastRead = "; last read: '";
    const auto lr = detail.find(lastRead);
    if (lr != std::string::npos) {
        const auto expected = detail.find("'; expected ", lr + lastRead.size());
        if (expected != std::string::npos)
            detail.erase(lr, expected + 1 - lr);
        else
            detail.erase(lr);
    }
    return QString::fromStdString(detail);
}

QString jsonTypeName(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::array:
        return QCoreApplication::translate("sbs::config::ConfigDocument", "a JSON array");
    case Json::value_t::string:
        return QCoreApplication::translate("sbs::config::ConfigDocument", "a JSON string");
    case Json::value_t::boolean:
        return QCoreApplication::translate("sbs::config::ConfigDocument", "a JSON boolean");
    case Json::value_t::null:
        return QCoreApplication::translate("sbs::config::ConfigDocument", "JSON null");
    default:
        return QCoreApplication::translate("sbs::config::ConfigDocument", "a JSON number");
    }
}

bool sameKey(const std::string& a, const QString& b)
{
    return QString::fromStdString(a).compare(b, Qt::CaseInsensitive) == 0;
}

// A value as text: strings as they are, numbers and booleans as JSON writes them, null as
// empty, objects and arrays as compact JSON.
QString scalarText(const Json& value)
{
    if (value.is_string())
        return QString::fromStdString(value.get_ref<const std::string&>());
    if (value.is_null())
        return QString();
    return QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

QJsonValue toQJsonValue(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return QJsonValue(QJsonValue::Null);
    case Json::value_t::boolean:
        return QJsonValue(value.get<bool>());
    case Json::value_t::number_integer:
        return QJsonValue(static_cast<qint64>(value.get<std::int64_t>()));
    case Json::value_t::number_unsigned: {
        const auto u = value.get<std::uint64_t>();
        if (u <= static_cast<std::uint64_t>(std::numeric_limits<qint64>::max()))
            return QJsonValue(static_cast<qint64>(u));
        return QJsonValue(static_cast<double>(u));
    }
    case Json::value_t::number_float:
        return QJsonValue(value.get<double>());
    case Json::value_t::string:
        return QJsonValue(QString::fromStdString(value.get_ref<const std::string&>()));
    case Json::value_t::array: {
        QJsonArray array;
        for (const auto& element : value)
            array.append(toQJsonValue(element));
        return array;
    }
    case Json::value_t::object: {
        QJsonObject object;
        for (auto it = value.cbegin(); it != value.cend(); ++it)
            object.insert(QString::fromStdString(it.key()), toQJsonValue(it.value()));
        return object;
    }
    default:
        return QJsonValue(QJsonValue::Null);
    }
}

// Converts a Qt value. QJsonObject sorts its keys, so when an object replaces an object, the
// keys both have keep the order (and nested order) they had; new keys follow in Qt's order.
Json fromQJsonValue(const QJsonValue& value, const Json* existing)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return Json(value.toBool());
    case QJsonValue::Double: {
        const QCborValue cbor = QCborValue::fromJsonValue(value);
        if (cbor.isInteger())
            return Json(static_cast<std::int64_t>(cbor.toInteger()));
        return Json(value.toDouble());
    }
    case QJsonValue::String:
        return Json(value.toString().toStdString());
    case QJsonValue::Array: {
        Json array = Json::array();
        const QJsonArray source = value.toArray();
        for (qsizetype i = 0; i < source.size(); ++i) {
            const Json* old = nullptr;
            if (existing && existing->is_array() && static_cast<std::size_t>(i) < existing->size())
                old = &(*existing)[static_cast<std::size_t>(i)];
            array.push_back(fromQJsonValue(source.at(i), old));
        }
        return array;
    }
    case QJsonValue::Object: {
        Json object = Json::object();
        const QJsonObject source = value.toObject();
        if (existing && existing->is_object()) {
            for (auto it = existing->cbegin(); it != existing->cend(); ++it) {
                const QString name = QString::fromStdString(it.key());
                if (source.contains(name))
                    object[it.key()] = fromQJsonValue(source.value(name), &it.value());
            }
        }
        for (auto it = source.constBegin(); it != source.constEnd(); ++it) {
            const std::string name = it.key().toStdString();
            if (!object.contains(name))
                object[name] = fromQJsonValue(it.value(), nullptr);
        }
        return object;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return Json(nullptr);
}

} // namespace

struct ConfigDocument::Impl
{
    Json root = Json::object();
    QStringList repeatedKeys; // keys the parsed text held more than once in exactly the same spelling

    // The entry for key. As the reference client does, when a key appears more than once in
    // different case the last one counts; validate() reports such a file as an error.
    Json::iterator find(const QString& key)
    {
        auto found = root.end();
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (sameKey(it.key(), key))
                found = it;
        }
        return found;
    }

    Json::const_iterator find(const QString& key) const
    {
        auto found = root.cend();
        for (auto it = root.cbegin(); it != root.cend(); ++it) {
            if (sameKey(it.key(), key))
                found = it;
        }
        return found;
    }

    void set(const QString& key, Json value)
    {
        auto it = find(key);
        if (it != root.end())
            *it = std::move(value);
        else
            root[key.toStdString()] = std::move(value);
    }
};

ConfigDocument::ConfigDocument()
    : d(std::make_unique<Impl>())
{ }

ConfigDocument::ConfigDocument(const ConfigDocument& other)
    : d(std::make_unique<Impl>(*other.d))
{ }

ConfigDocument& ConfigDocument::operator=(const ConfigDocument& other)
{
    if (this != &other)
        d = std::make_unique<Impl>(*other.d);
    return *this;
}

ConfigDocument::ConfigDocument(ConfigDocument&& other) noexcept
    : d(std::exchange(other.d, std::make_unique<Impl>()))
{ }

ConfigDocument& ConfigDocument::operator=(ConfigDocument&& other) noexcept
{
    std::swap(d, other.d);
    return *this;
}

ConfigDocument::~ConfigDocument() = default;

Result<ConfigDocument> ConfigDocument::parse(const QByteArray& json, const QString& sourceName)
{
    const qsizetype invalid = firstInvalidUtf8(json);
    if (invalid >= 0) {
        const TextPosition pos = positionOf(json, invalid);
        return Result<ConfigDocument>::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigDocument",
                "%1: line %2, column %3: the text is not valid UTF-8; save the file in UTF-8 encoding.")
                .arg(sourceName, QString::number(pos.line), QString::number(pos.column)));
    }

    std::unordered_set<std::string> seenKeys;
    QStringList repeatedKeys;
    const auto callback = [&](int depth, Json::parse_event_t event, Json& parsed) {
        if ((event == Json::parse_event_t::object_start || event == Json::parse_event_t::array_start)
            && depth >= MaxDepth)
            throw TooDeep {};
        if (event == Json::parse_event_t::key && depth == 1) {
            const std::string& key = parsed.get_ref<const std::string&>();
            if (!seenKeys.insert(key).second)
                repeatedKeys.append(QString::fromStdString(key));
        }
        return true;
    };

    ConfigDocument doc;
    try {
        doc.d->root = Json::parse(json.constBegin(), json.constEnd(), callback);
    } catch (const nlohmann::json::parse_error& e) {
        const TextPosition pos = positionOf(json, static_cast<qsizetype>(e.byte) - 1);
        return Result<ConfigDocument>::fail(
            QCoreApplication::translate("sbs::config::ConfigDocument",
                                        "%1: line %2, column %3: %4. Correct the JSON there and try again.")
                .arg(sourceName, QString::number(pos.line), QString::number(pos.column),
                     parseErrorDetail(e.what())));
    } catch (const TooDeep&) {
        return Result<ConfigDocument>::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigDocument",
                "%1: values are nested more than %2 levels deep; a configuration needs far fewer, so correct "
                "the file.")
                .arg(sourceName, QString::number(MaxDepth)));
    } catch (const nlohmann::json::exception& e) {
        return Result<ConfigDocument>::fail(
            QCoreApplication::translate("sbs::config::ConfigDocument",
                                        "%1: %2. Correct the file and try again.")
                .arg(sourceName, QString::fromStdString(e.what())));
    }

    if (!doc.d->root.is_object()) {
        return Result<ConfigDocument>::fail(
            QCoreApplication::translate("sbs::config::ConfigDocument",
                                        "%1 holds %2, but a configuration must be a JSON object ({ \"KEY\": "
                                        "value, ... }); correct the file.")
                .arg(sourceName, jsonTypeName(doc.d->root)));
    }
    doc.d->repeatedKeys = repeatedKeys;
    return Result<ConfigDocument>::ok(std::move(doc));
}

Result<ConfigDocument> ConfigDocument::load(const QString& path)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists()) {
        return Result<ConfigDocument>::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigDocument",
                "The configuration file %1 does not exist; check the path or create the file.")
                .arg(name));
    }
    // A folder, a FIFO or a device is refused before opening it: opening a FIFO would block until
    // some other program writes to it.
    if (!info.isFile()) {
        return Result<ConfigDocument>::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigDocument",
                "The configuration file %1 is not a regular file; choose a JSON file.")
                .arg(name));
    }
    if (info.size() > MaxFileSize) {
        return Result<ConfigDocument>::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigDocument",
                "The configuration file %1 is %2 bytes, more than the %3 bytes a configuration may have; "
                "choose the right file.")
                .arg(name, QString::number(info.size()), QString::number(MaxFileSize)));
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<ConfigDocument>::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigDocument",
                "Cannot read the configuration file %1: %2. Check that you may read it.")
                .arg(name, file.errorString()));
    }
    // Read at most one byte more than allowed, so a file that grows meanwhile is still refused.
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return Result<ConfigDocument>::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigDocument",
                "Cannot read the configuration file %1: %2. Check that you may read it.")
                .arg(name, file.errorString()));
    }
    if (bytes.size() > MaxFileSize) {
        return Result<ConfigDocument>::fail(
            QCoreApplication::translate(
                "sbs::config::ConfigDocument",
                "The configuration file %1 is more than %2 bytes, more than a configuration may have; choose "
                "the right file.")
                .arg(name, QString::number(MaxFileSize)));
    }
    return parse(bytes, name);
}

QByteArray ConfigDocument::toJson() const
{
    return QByteArray::fromStdString(d->root.dump(4, ' ', true, Json::error_handler_t::replace));
}

bool ConfigDocument::operator==(const ConfigDocument& other) const
{
    return d->root == other.d->root;
}

QStringList ConfigDocument::keys() const
{
    QStringList result;
    result.reserve(static_cast<qsizetype>(d->root.size()));
    for (auto it = d->root.cbegin(); it != d->root.cend(); ++it)
        result.append(QString::fromStdString(it.key()));
    return result;
}

bool ConfigDocument::contains(const QString& key) const
{
    return d->find(key) != d->root.cend();
}

QString ConfigDocument::spelling(const QString& key) const
{
    const auto it = d->find(key);
    return it == d->root.cend() ? QString() : QString::fromStdString(it.key());
}

bool ConfigDocument::isEmpty() const
{
    return d->root.empty();
}

QJsonValue ConfigDocument::value(const QString& key) const
{
    const auto it = d->find(key);
    return it == d->root.cend() ? QJsonValue(QJsonValue::Undefined) : toQJsonValue(*it);
}

void ConfigDocument::setValue(const QString& key, const QJsonValue& value)
{
    if (value.isUndefined()) {
        remove(key);
        return;
    }
    const auto it = d->find(key);
    if (it != d->root.end())
        *it = fromQJsonValue(value, &*it);
    else
        d->root[key.toStdString()] = fromQJsonValue(value, nullptr);
}

void ConfigDocument::remove(const QString& key)
{
    for (auto it = d->root.begin(); it != d->root.end();) {
        if (sameKey(it.key(), key))
            it = d->root.erase(it);
        else
            ++it;
    }
}

QString ConfigDocument::string(const QString& key, const QString& def) const
{
    const auto it = d->find(key);
    if (it == d->root.cend() || it->is_null())
        return def;
    return scalarText(*it);
}

void ConfigDocument::setString(const QString& key, const QString& value)
{
    d->set(key, Json(value.toStdString()));
}

StringPairs ConfigDocument::stringPairs(const QString& key) const
{
    StringPairs result;
    const auto it = d->find(key);
    if (it == d->root.cend() || !it->is_object())
        return result;
    for (auto entry = it->cbegin(); entry != it->cend(); ++entry)
        result.emplace_back(QString::fromStdString(entry.key()), scalarText(entry.value()));
    return result;
}

void ConfigDocument::setStringPairs(const QString& key, const StringPairs& pairs)
{
    Json object = Json::object();
    for (const auto& [name, text] : pairs)
        object[name.toStdString()] = text.toStdString();
    d->set(key, std::move(object));
}

QStringList ConfigDocument::stringList(const QString& key) const
{
    QStringList result;
    const auto it = d->find(key);
    if (it == d->root.cend() || !it->is_array())
        return result;
    for (const auto& element : *it)
        result.append(scalarText(element));
    return result;
}

void ConfigDocument::setStringList(const QString& key, const QStringList& list)
{
    Json array = Json::array();
    for (const QString& text : list)
        array.push_back(text.toStdString());
    d->set(key, std::move(array));
}

QByteArray ConfigDocument::valueJson(const QString& key) const
{
    const auto it = d->find(key);
    if (it == d->root.cend())
        return QByteArray();
    return QByteArray::fromStdString(it->dump(-1, ' ', false, Json::error_handler_t::replace));
}

QJsonValue ConfigDocument::valueAt(qsizetype index) const
{
    if (index < 0 || static_cast<std::size_t>(index) >= d->root.size())
        return QJsonValue(QJsonValue::Undefined);
    return toQJsonValue(std::next(d->root.cbegin(), index).value());
}

void ConfigDocument::setValueAt(qsizetype index, const QJsonValue& value)
{
    if (index < 0 || static_cast<std::size_t>(index) >= d->root.size())
        return;
    Json& entry = std::next(d->root.begin(), index).value();
    entry = fromQJsonValue(value, &entry);
}

QStringList ConfigDocument::repeatedKeys() const
{
    return d->repeatedKeys;
}

} // namespace sbs::config
