#include "config/SecretMask.h"

#include "config/ConfigSchema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace sbs::config {

namespace {

QString maskFor(const QString& key)
{
    return QLatin1Char('<') + key.toUpper() + QLatin1Char('>');
}

bool isEmptyValue(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())
        || (value.isObject() && value.toObject().isEmpty()) || (value.isArray() && value.toArray().isEmpty());
}

// Every text a secret value holds: the string itself, or each string and number inside an
// object or array (ISV_SECRET and SECRETS are objects of named secrets).
void collectTexts(const QJsonValue& value, QStringList& out)
{
    if (value.isString()) {
        out.append(value.toString());
    } else if (value.isDouble()) {
        out.append(QString::number(value.toDouble(), 'g', 17));
        const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
        if (integer != std::numeric_limits<qint64>::min())
            out.append(QString::number(integer));
    } else if (value.isArray()) {
        for (const QJsonValue& element : value.toArray())
            collectTexts(element, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            collectTexts(it.value(), out);
    }
}

// The value as it appears inside a JSON string in a log or a response (quotes, backslashes
// and control characters escaped).
QString jsonEscaped(const QString& value)
{
    ConfigDocument scratch;
    scratch.setString(QStringLiteral("v"), value);
    const QByteArray json = scratch.valueJson(QStringLiteral("v"));
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

QByteArray maskedJson(const ConfigDocument& doc)
{
    // Empty values stay as they are, so the masked view still shows which secrets are unset.
    ConfigDocument masked(doc);
    const QStringList keys = doc.keys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (ConfigSchema::isSecretKey(keys.at(i)) && !isEmptyValue(doc.valueAt(i)))
            masked.setValueAt(i, maskFor(keys.at(i)));
    }
    return masked.toJson();
}

QString maskSecrets(const QString& text, const ConfigDocument& doc)
{
    std::vector<std::pair<QString, QString>> replacements; // value, mask
    const QStringList keys = doc.keys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!ConfigSchema::isSecretKey(keys.at(i)))
            continue;
        QStringList values;
        collectTexts(doc.valueAt(i), values);
        for (const QString& value : values) {
            if (value.isEmpty())
                continue;
            replacements.emplace_back(value, maskFor(keys.at(i)));
            const QString escaped = jsonEscaped(value);
            if (escaped != value)
                replacements.emplace_back(escaped, maskFor(keys.at(i)));
        }
    }
    // Longer values first, so a secret that contains another one is masked as a whole.
    std::stable_sort(replacements.begin(), replacements.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    QString result = text;
    for (const auto& [value, mask] : replacements)
        result.replace(value, mask);
    return result;
}

} // namespace sbs::config
