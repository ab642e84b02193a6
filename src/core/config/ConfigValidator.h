#pragma once

#include "config/ConfigDocument.h"

#include <QList>
#include <QString>

namespace sbs::config {

struct Finding
{
    enum class Severity { Error, Warning, Info };
    QString key; // canonical upper-case key, or empty for the document as a whole
    Severity severity;
    QString message; // translated, names the key and what to do

    bool operator==(const Finding& o) const
    {
        return key == o.key && severity == o.severity && message == o.message;
    }
};

// Checks a document against ConfigSchema and the rules of the reference guide.
// baseDir resolves relative *_FILE / *PATH values (the profile's working folder).
QList<Finding> validate(const ConfigDocument& doc, const QString& baseDir);

bool hasErrors(const QList<Finding>& findings);

} // namespace sbs::config
