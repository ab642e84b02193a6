#include "config/ValidationContext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sbs::config {

ValidationContext::ValidationContext(const ConfigDocument& doc, const QString& baseDir)
    : m_doc(doc)
    , m_baseDir(baseDir)
{ }

void ValidationContext::error(const QString& key, const QString& message)
{
    m_findings.append(Finding { key, Finding::Severity::Error, message });
}

void ValidationContext::warning(const QString& key, const QString& message)
{
    m_findings.append(Finding { key, Finding::Severity::Warning, message });
}

void ValidationContext::info(const QString& key, const QString& message)
{
    m_findings.append(Finding { key, Finding::Severity::Info, message });
}

QJsonValue ValidationContext::value(const char* key) const
{
    return m_doc.value(QLatin1String(key));
}

bool ValidationContext::isSet(const char* key) const
{
    return !isEmptyValue(value(key));
}

QString ValidationContext::text(const char* key) const
{
    return value(key).toString().trimmed();
}

bool ValidationContext::isTrue(const char* key) const
{
    return booleanValue(value(key)).value_or(false);
}

bool ValidationContext::isEmptyValue(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull()
        || (value.isString() && value.toString().trimmed().isEmpty());
}

std::optional<bool> ValidationContext::booleanValue(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    const QString text = value.toString();
    if (text == QLatin1String("True") || text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("False") || text == QLatin1String("false"))
        return false;
    return std::nullopt;
}

QString ValidationContext::typeDescription(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QCoreApplication::translate("sbs::config::ConfigValidator", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("sbs::config::ConfigValidator", "a number");
    case QJsonValue::Array:
        return QCoreApplication::translate("sbs::config::ConfigValidator", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("sbs::config::ConfigValidator", "an object");
    case QJsonValue::String:
        return QCoreApplication::translate("sbs::config::ConfigValidator", "text");
    default:
        return QCoreApplication::translate("sbs::config::ConfigValidator", "null");
    }
}

QString ValidationContext::hostOf(const QString& value)
{
    QString host = value.trimmed().toLower();
    const qsizetype scheme = host.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        host = host.mid(scheme + 3);
    host = host.section(QLatin1Char('/'), 0, 0);
    return host.section(QLatin1Char(':'), 0, 0);
}

bool ValidationContext::isIbmRegistry(const QString& value)
{
    const QString host = hostOf(value);
    return host == QLatin1String("icr.io") || host.endsWith(QLatin1String(".icr.io"));
}

bool ValidationContext::isPlaceholder(const QString& text)
{
    static const QRegularExpression example(QStringLiteral("<[^<>\\s][^<>]*>"));
    return example.match(text).hasMatch();
}

} // namespace sbs::config
