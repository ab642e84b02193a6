#pragma once

#include "Result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <memory>
#include <utility>
#include <vector>

namespace sbs::config {

using StringPairs = std::vector<std::pair<QString, QString>>;

// An sbs-config.json document: one JSON object whose keys are matched case-insensitively.
// The order of keys (nested objects included), their spelling in the file and every key the
// project does not know are kept, so a load/save round trip changes only what was edited.
class ConfigDocument
{
public:
    static constexpr qint64 MaxFileSize = 10 * 1024 * 1024;

    ConfigDocument();
    ConfigDocument(const ConfigDocument& other);
    ConfigDocument& operator=(const ConfigDocument& other);
    ConfigDocument(ConfigDocument&&) noexcept;
    ConfigDocument& operator=(ConfigDocument&&) noexcept;
    ~ConfigDocument();

    // Parses JSON text. Errors name sourceName and give line and column, e.g.
    // "sbs-config.json: line 3, column 7: expected ',' or '}'".
    static Result<ConfigDocument> parse(const QByteArray& json, const QString& sourceName);
    // Reads and parses a file. Refuses files over MaxFileSize and unreadable files by name.
    static Result<ConfigDocument> load(const QString& path);

    // Serialises as the reference client does: indent 4, ASCII with \u escapes, keys in order.
    QByteArray toJson() const;

    bool operator==(const ConfigDocument& other) const;
    bool operator!=(const ConfigDocument& other) const { return !(*this == other); }

    QStringList keys() const; // spelling as in the file, in file order
    bool contains(const QString& key) const; // case-insensitive
    QString spelling(const QString& key) const; // the key as written in the file, or empty
    bool isEmpty() const;

    // Generic access. Nested objects come back as QJsonObject (whose key order Qt sorts);
    // use stringPairs() where order matters.
    QJsonValue value(const QString& key) const;
    // Sets a key; an existing key keeps its spelling and position, a new one is appended.
    // An undefined value removes the key.
    void setValue(const QString& key, const QJsonValue& value);
    void remove(const QString& key);

    // A string value; numbers and booleans are rendered as text ("443", "true"), objects and
    // arrays as compact JSON; missing or null → def.
    QString string(const QString& key, const QString& def = QString()) const;
    void setString(const QString& key, const QString& value);

    // Ordered access to an object of strings (ARG) and an array of strings (ENV_WHITELIST).
    StringPairs stringPairs(const QString& key) const;
    void setStringPairs(const QString& key, const StringPairs& pairs);
    QStringList stringList(const QString& key) const;
    void setStringList(const QString& key, const QStringList& list);

    // The JSON text of one value (compact), for the raw view and for messages.
    QByteArray valueJson(const QString& key) const;

    // Access by position in keys(), which also reaches every entry of a key written twice in
    // different case. An index out of range gives an undefined value and sets nothing.
    QJsonValue valueAt(qsizetype index) const;
    void setValueAt(qsizetype index, const QJsonValue& value);

    // Top-level keys that the parsed text held more than once in exactly the same spelling.
    // JSON keeps only the last of them (as the reference client does); validate() warns.
    QStringList repeatedKeys() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sbs::config
