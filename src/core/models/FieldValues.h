#pragma once

#include <QJsonValue>
#include <QString>

namespace sbs::models {

// How an edited value is written back, so that the file keeps the representation it had:
// a JSON boolean stays a boolean and "true"/"TRUE" keep their case, a number stays a number.
namespace FieldValues {

// A JSON true, or the text "true" in any case.
bool isChecked(const QJsonValue& value);

// The value for a check box in the representation of current: a JSON boolean when current is
// one, else "True"/"False" in the case current is written in ("True" when there is none).
QJsonValue checkedValue(bool checked, const QJsonValue& current);

// The value for typed text: a number while current is a number and the text an integer, else
// the text.
QJsonValue textValue(const QString& text, const QJsonValue& current);

} // namespace FieldValues

} // namespace sbs::models
