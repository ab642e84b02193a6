#pragma once

#include "config/ConfigDocument.h"
#include "config/ConfigValidator.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace sbs::config {

// What validate() works on: the document, the folder that relative paths start from, and the
// findings so far. The rules in ConfigValidator.cpp and DeploymentChecks.cpp add to it.
class ValidationContext
{
public:
    ValidationContext(const ConfigDocument& doc, const QString& baseDir);

    const ConfigDocument& doc() const { return m_doc; }
    const QString& baseDir() const { return m_baseDir; }
    const QList<Finding>& findings() const { return m_findings; }

    void error(const QString& key, const QString& message);
    void warning(const QString& key, const QString& message);
    void info(const QString& key, const QString& message);

    QJsonValue value(const char* key) const;
    bool isSet(const char* key) const; // present, not null and not blank
    QString text(const char* key) const; // the string value, trimmed
    bool isTrue(const char* key) const; // a boolean key that says true

    // Missing, null, or a string of nothing but spaces.
    static bool isEmptyValue(const QJsonValue& value);
    // "True"/"False" as the reference writes them, "true"/"false", or a JSON boolean.
    static std::optional<bool> booleanValue(const QJsonValue& value);
    // "a number", "a list", ... for messages about a wrong type.
    static QString typeDescription(const QJsonValue& value);
    // The host of a registry or signing server value: "https://us.icr.io/v2" gives "us.icr.io".
    static QString hostOf(const QString& value);
    // icr.io or one of its regional hosts (IBM Cloud Container Registry).
    static bool isIbmRegistry(const QString& value);
    // Holds an example from the guide in angle brackets, such as "<docker_user>".
    static bool isPlaceholder(const QString& text);

private:
    const ConfigDocument& m_doc;
    const QString m_baseDir;
    QList<Finding> m_findings;
};

} // namespace sbs::config
