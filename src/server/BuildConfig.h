#pragma once

#include "Result.h"
#include "config/ConfigDocument.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace sbs::server {

// The build configuration a client sends with init and update (PROTOCOL.md §3), checked and
// with its keys in upper case.
class BuildConfig
{
    Q_DECLARE_TR_FUNCTIONS(BuildConfig)

public:
    BuildConfig() = default;

    // Checks an init/update body: the required keys are present and non-empty strings,
    // RUNTIME_TYPE is known, REPO_ID is given exactly for classic, ARG is an object of strings,
    // ENV_WHITELIST an array of strings, and the paths inside the clone stay inside it.
    // Errors never quote a secret value.
    static Result<BuildConfig> fromRequest(const QJsonObject& body);
    // The stored form (as toJson() wrote it); an empty object gives an empty config.
    static Result<BuildConfig> fromStored(const QJsonObject& stored);

    bool isEmpty() const { return m_values.isEmpty(); }
    QJsonObject toJson() const { return m_values; }

    QString string(const QString& key, const QString& def = QString()) const;
    QList<QPair<QString, QString>> buildArgs() const;
    void setString(const QString& key, const QString& value);

    // The configuration as a ConfigDocument, for masking secrets with config::maskSecrets.
    config::ConfigDocument document() const;
    // text with every secret value of this configuration replaced by <KEY>.
    QString mask(const QString& text) const;

private:
    explicit BuildConfig(QJsonObject values);
    QJsonObject m_values;
};

} // namespace sbs::server
