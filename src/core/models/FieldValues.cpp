#include "models/FieldValues.h"

#include <algorithm>

namespace sbs::models::FieldValues {

bool isChecked(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    return value.isString()
        && value.toString().trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QJsonValue checkedValue(bool checked, const QJsonValue& current)
{
    if (current.isBool())
        return QJsonValue(checked);
    const QString written = current.toString();
    const QString text = checked ? QStringLiteral("True") : QStringLiteral("False");
    const bool hasLetters
        = std::any_of(written.cbegin(), written.cend(), [](QChar c) { return c.isLetter(); });
    if (hasLetters && written == written.toLower())
        return text.toLower();
    if (hasLetters && written == written.toUpper())
        return text.toUpper();
    return text;
}

QJsonValue textValue(const QString& text, const QJsonValue& current)
{
    if (current.isDouble()) {
        bool isInt = false;
        const qint64 n = text.toLongLong(&isInt);
        if (isInt)
            return QJsonValue(n);
    }
    return text;
}

} // namespace sbs::models::FieldValues
