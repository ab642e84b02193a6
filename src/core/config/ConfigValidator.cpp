#include "config/ConfigValidator.h"

#include "config/ConfigRules.h"
#include "config/ConfigSchema.h"
#include "config/DeploymentChecks.h"
#include "config/ValidationContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace sbs::config {

namespace {

void checkUrl(ValidationContext& c, const QString& key, const QString& url)
{
    if (!url.isEmpty() && !url.startsWith(QLatin1String("https://"))) {
        c.error(key,
                QCoreApplication::translate("sbs::config::ConfigValidator",
                                            "%1 must start with https:// (it is %2); correct the address.")
                    .arg(key, url));
    }
}

void checkText(ValidationContext& c, const QString& key, const FieldSpec& spec, const QJsonValue& v)
{
    if (!v.isString()) {
        c.error(key,
                QCoreApplication::translate("sbs::config::ConfigValidator",
                                            "%1 must be text in quotes, not %2; put its value in quotes.")
                    .arg(key, ValidationContext::typeDescription(v)));
        return;
    }
    const QString s = v.toString();
    if (spec.type == FieldType::Enum && !spec.choices.contains(s)) {
        c.error(key,
                QCoreApplication::translate("sbs::config::ConfigValidator", "%1 is \"%2\"; use one of: %3.")
                    .arg(key, s, spec.choices.join(QLatin1String(", "))));
    } else if (spec.type == FieldType::Url) {
        checkUrl(c, key, s);
    }
}

void checkPort(ValidationContext& c, const QString& key, const QJsonValue& v)
{
    bool ok = false;
    qint64 port = 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        ok = d >= 1 && d <= 65535 && d == std::floor(d);
        port = ok ? static_cast<qint64>(d) : 0;
    } else if (v.isString()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        const QString s = v.toString().trimmed();
        if (digits.match(s).hasMatch())
            port = s.toLongLong(&ok);
    }
    if (!ok || port < 1 || port > 65535) {
        c.error(key,
                QCoreApplication::translate("sbs::config::ConfigValidator",
                                            "%1 must be a port number from 1 to 65535, not %2; correct it.")
                    .arg(key, QString::fromUtf8(c.doc().valueJson(key))));
    }
}

void checkStringMap(ValidationContext& c, const QString& key, const QJsonValue& v)
{
    if (!v.isObject()) {
        c.error(key,
                QCoreApplication::translate(
                    "sbs::config::ConfigValidator",
                    "%1 must be an object of names and text values, such as {\"NAME\": \"value\"}, not %2; "
                    "correct it.")
                    .arg(key, ValidationContext::typeDescription(v)));
        return;
    }
    const bool secrets = key == QLatin1String("ISV_SECRET") || key == QLatin1String("SECRETS");
    const QJsonObject object = v.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString()) {
            c.error(
                key,
                QCoreApplication::translate("sbs::config::ConfigValidator",
                                            "%1: the value of %2 must be text in quotes, not %3; correct it.")
                    .arg(key, it.key(), ValidationContext::typeDescription(it.value())));
        } else if (secrets && (it.key().isEmpty() || it.value().toString().isEmpty())) {
            c.error(key,
                    QCoreApplication::translate(
                        "sbs::config::ConfigValidator",
                        "%1 has an entry with an empty name or value; fill it in or remove it.")
                        .arg(key));
        }
    }
}

void checkStringList(ValidationContext& c, const QString& key, const QJsonValue& v)
{
    if (!v.isArray()) {
        c.error(
            key,
            QCoreApplication::translate("sbs::config::ConfigValidator",
                                        "%1 must be a list of texts, such as [\"NAME\"], not %2; correct it.")
                .arg(key, ValidationContext::typeDescription(v)));
        return;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            c.error(key,
                    QCoreApplication::translate("sbs::config::ConfigValidator",
                                                "%1: entry %2 must be text in quotes, not %3; correct it.")
                        .arg(key, QString::number(i + 1), ValidationContext::typeDescription(array.at(i))));
        }
    }
}

void checkKeys(ValidationContext& c)
{
    const QStringList keys = c.doc().keys();
    QHash<QString, QStringList> spellings;
    QStringList order;
    for (const QString& key : keys) {
        const QString upper = key.toUpper();
        if (!spellings.contains(upper))
            order.append(upper);
        spellings[upper].append(key);
    }
    for (const QString& upper : order) {
        const QStringList& written = spellings.value(upper);
        if (written.size() > 1) {
            c.error(upper,
                    QCoreApplication::translate(
                        "sbs::config::ConfigValidator",
                        "%1 is written more than once in different case (%2); keep only one of them.")
                        .arg(upper, written.join(QLatin1String(", "))));
        }
        if (upper == QLatin1String("NEW_SECRET")) {
            c.warning(upper,
                      QCoreApplication::translate(
                          "sbs::config::ConfigValidator",
                          "NEW_SECRET in the file is not used; remove it, and rotate the secret with the "
                          "update command instead."));
        } else if (!ConfigSchema::instance().find(upper)) {
            c.warning(upper,
                      QCoreApplication::translate(
                          "sbs::config::ConfigValidator",
                          "%1 is not a key this program knows; it is kept as it is, but check its spelling.")
                          .arg(written.constFirst()));
        }
    }
    for (const QString& key : c.doc().repeatedKeys()) {
        c.warning(key.toUpper(),
                  QCoreApplication::translate(
                      "sbs::config::ConfigValidator",
                      "%1 is written more than once; only its last value counts, so delete the other ones.")
                      .arg(key));
    }
}

void checkPresence(ValidationContext& c)
{
    for (const FieldSpec& spec : ConfigSchema::instance().fields()) {
        const QString key = QLatin1String(spec.key);
        const QJsonValue v = c.doc().value(key);
        if (spec.requirement == Requirement::Always) {
            if (v.isUndefined())
                c.error(key,
                        QCoreApplication::translate("sbs::config::ConfigValidator",
                                                    "%1 is required; add it to the configuration.")
                            .arg(key));
            else if (ValidationContext::isEmptyValue(v))
                c.error(key,
                        QCoreApplication::translate("sbs::config::ConfigValidator",
                                                    "%1 is empty; give it a value.")
                            .arg(key));
        } else if (spec.requirement == Requirement::Generated && ValidationContext::isEmptyValue(v)) {
            c.info(key,
                   QCoreApplication::translate(
                       "sbs::config::ConfigValidator",
                       "%1 is not set yet; it is generated when the configuration is first used.")
                       .arg(key));
        }
    }
    if (!c.doc().contains(QStringLiteral("IMAGE_TAG"))) {
        c.error(QStringLiteral("IMAGE_TAG"),
                QCoreApplication::translate(
                    "sbs::config::ConfigValidator",
                    "IMAGE_TAG is required by init and update; add it, with an empty value for the server's "
                    "default image."));
    }
}

void checkTypes(ValidationContext& c)
{
    for (const FieldSpec& spec : ConfigSchema::instance().fields()) {
        const QString key = QLatin1String(spec.key);
        const QJsonValue v = c.doc().value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        switch (spec.type) {
        case FieldType::String:
        case FieldType::Secret:
        case FieldType::FilePath:
        case FieldType::Url:
        case FieldType::Enum:
            checkText(c, key, spec, v);
            break;
        case FieldType::Port:
            checkPort(c, key, v);
            break;
        case FieldType::Boolean:
            if (!ValidationContext::booleanValue(v)) {
                c.error(key,
                        QCoreApplication::translate("sbs::config::ConfigValidator",
                                                    "%1 must be True or False, not %2; correct it.")
                            .arg(key, QString::fromUtf8(c.doc().valueJson(key))));
            }
            break;
        case FieldType::StringMap:
            checkStringMap(c, key, v);
            break;
        case FieldType::StringList:
            checkStringList(c, key, v);
            break;
        }
    }
    // Object-storage endpoints of any prefix, also ones this program does not know.
    for (const QString& key : c.doc().keys()) {
        const QString upper = key.toUpper();
        if (ConfigSchema::instance().find(upper))
            continue;
        if (upper.endsWith(QLatin1String("COS_ENDPOINT"))
            || upper.endsWith(QLatin1String("COS_AUTH_ENDPOINT"))) {
            const QJsonValue v = c.doc().value(key);
            if (v.isString())
                checkUrl(c, upper, v.toString());
        }
    }
}

void checkRuntime(ValidationContext& c)
{
    const QJsonValue runtime = c.value("RUNTIME_TYPE");
    if (!runtime.isUndefined() && !runtime.isString())
        return; // reported as a type error
    const bool classic = runtime.toString() == QLatin1String("classic");
    const QJsonValue repoId = c.value("REPO_ID");
    if (classic && ValidationContext::isEmptyValue(repoId)) {
        c.error(QStringLiteral("REPO_ID"),
                QCoreApplication::translate("sbs::config::ConfigValidator",
                                            "REPO_ID is required when RUNTIME_TYPE is classic; add it."));
    } else if (!classic && !repoId.isUndefined()) {
        c.error(
            QStringLiteral("REPO_ID"),
            QCoreApplication::translate(
                "sbs::config::ConfigValidator",
                "REPO_ID is only allowed when RUNTIME_TYPE is classic; remove it from the configuration."));
    }
}

void checkFiles(ValidationContext& c)
{
    for (const FieldSpec& spec : ConfigSchema::instance().fields()) {
        if (spec.type != FieldType::FilePath)
            continue;
        const QString key = QLatin1String(spec.key);
        const QJsonValue v = c.doc().value(key);
        if (!v.isString() || v.toString().isEmpty())
            continue;
        const QString path = resolvePath(v.toString(), c.baseDir());
        const QFileInfo info(path);
        const bool created = key == QLatin1String("CSRPATH") || key == QLatin1String("CERTPATH");
        if (created) {
            // The program writes these files; only their folder has to exist.
            if (!info.absoluteDir().exists()) {
                c.warning(key,
                          QCoreApplication::translate(
                              "sbs::config::ConfigValidator",
                              "%1 names %2, but its folder %3 does not exist; create the folder before "
                              "creating certificates.")
                              .arg(key, QDir::toNativeSeparators(path),
                                   QDir::toNativeSeparators(info.absolutePath())));
            } else if (info.exists() && !info.isFile()) {
                c.error(
                    key,
                    QCoreApplication::translate("sbs::config::ConfigValidator",
                                                "%1 names %2, which is not a regular file; correct the path.")
                        .arg(key, QDir::toNativeSeparators(path)));
            }
            continue;
        }
        if (!info.exists()) {
            c.error(key,
                    QCoreApplication::translate(
                        "sbs::config::ConfigValidator",
                        "%1 names %2, which does not exist; correct the path or create the file.")
                        .arg(key, QDir::toNativeSeparators(path)));
        } else if (!info.isFile()) {
            c.error(key,
                    QCoreApplication::translate("sbs::config::ConfigValidator",
                                                "%1 names %2, which is not a regular file; correct the path.")
                        .arg(key, QDir::toNativeSeparators(path)));
        }
    }
}

void checkPlaceholders(ValidationContext& c)
{
    const QStringList keys = c.doc().keys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString key = keys.at(i).toUpper();
        const QJsonValue v = c.doc().valueAt(i);
        bool found = false;
        if (v.isString()) {
            found = ValidationContext::isPlaceholder(v.toString());
        } else if (v.isArray()) {
            for (const QJsonValue& entry : v.toArray())
                found = found || (entry.isString() && ValidationContext::isPlaceholder(entry.toString()));
        } else if (v.isObject()) {
            const QJsonObject object = v.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                found = found || ValidationContext::isPlaceholder(it.key())
                    || (it.value().isString() && ValidationContext::isPlaceholder(it.value().toString()));
        }
        if (found) {
            c.warning(key,
                      QCoreApplication::translate(
                          "sbs::config::ConfigValidator",
                          "%1 still holds an example value in angle brackets; replace it with your own "
                          "value.")
                          .arg(key));
        }
    }
}

} // namespace

QList<Finding> validate(const ConfigDocument& doc, const QString& baseDir)
{
    ValidationContext c(doc, baseDir);
    checkKeys(c);
    checkPresence(c);
    checkTypes(c);
    checkRuntime(c);
    DeploymentChecks::run(c);
    checkFiles(c);
    checkPlaceholders(c);
    return c.findings();
}

bool hasErrors(const QList<Finding>& findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding& f) { return f.severity == Finding::Severity::Error; });
}

} // namespace sbs::config
