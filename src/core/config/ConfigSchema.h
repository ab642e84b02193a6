#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sbs::config {

enum class FieldType {
    String, // free text
    Secret, // free text that is a secret (shown masked)
    Boolean, // "True"/"False" as the reference writes them; JSON booleans accepted
    Port, // 1..65535, as a string or a number
    Enum, // one of choices
    Url, // e.g. COS endpoints: must start with https://
    FilePath, // must name an existing file (~ expanded, relative to the config's folder)
    StringMap, // object of strings (ARG)
    StringList, // array of strings (ENV_WHITELIST)
};

enum class Requirement {
    Optional,
    Always, // must be present and non-empty
    ClassicOnly, // required for RUNTIME_TYPE classic, refused otherwise (REPO_ID)
    Generated, // filled by the program when missing (RUNTIME_TYPE, UUID, SECRET)
};

struct FieldSpec
{
    const char* key; // upper-case canonical key
    const char* group; // one of ConfigSchema::groupIds()
    FieldType type;
    Requirement requirement;
    bool secret;
    const char* help; // QT_TRANSLATE_NOOP("sbs::config::ConfigSchema", ...), one line, our words
    QStringList choices; // for Enum
    const char* placeholder = nullptr; // example value shown in an empty field, or nullptr

    QString helpText() const; // translated
    QString groupTitle() const; // translated
};

// Every key named by the reference client's guide and by PROTOCOL.md §3.
class ConfigSchema
{
public:
    static const ConfigSchema& instance();

    const QList<FieldSpec>& fields() const { return m_fields; }
    const FieldSpec* find(const QString& key) const; // case-insensitive; nullptr when unknown
    QStringList groupIds() const; // in display order
    static QString groupTitle(const QString& groupId);
    QList<const FieldSpec*> fieldsInGroup(const QString& groupId) const;

    // True for every key PROTOCOL.md §3 calls a secret, including *COS_API_KEY_ID and
    // *COS_RESOURCE_CRN in every prefix variant.
    static bool isSecretKey(const QString& key);

private:
    ConfigSchema();
    QList<FieldSpec> m_fields;
};

} // namespace sbs::config
