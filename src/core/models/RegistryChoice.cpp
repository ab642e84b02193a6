#include "models/RegistryChoice.h"

#include "models/ConfigFieldModel.h"

namespace sbs::models::RegistryChoice {

namespace {

const QString ApiKeyUser = QStringLiteral("iamapikey");

QStringList serverKeys()
{
    return { QStringLiteral("DOCKER_BASE_SERVER"), QStringLiteral("DOCKER_PUSH_SERVER"),
             QStringLiteral("DOCKER_CONTENT_TRUST_PUSH_SERVER") };
}

QStringList userKeys()
{
    return { QStringLiteral("DOCKER_USER"), QStringLiteral("DOCKER_RO_USER") };
}

QString bareDomain(QString value)
{
    value = value.trimmed();
    if (value.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        value = value.mid(8);
    while (value.endsWith(QLatin1Char('/')))
        value.chop(1);
    return value.toLower();
}

} // namespace

QStringList ibmCloudDomains()
{
    return { QStringLiteral("us.icr.io"), QStringLiteral("uk.icr.io"), QStringLiteral("de.icr.io"),
             QStringLiteral("au.icr.io"), QStringLiteral("jp.icr.io"), QStringLiteral("jp2.icr.io"),
             QStringLiteral("ca.icr.io"), QStringLiteral("br.icr.io"), QStringLiteral("fr2.icr.io"),
             QStringLiteral("es.icr.io"), QStringLiteral("icr.io") };
}

QString ibmCloudDomain(const config::ConfigDocument& doc)
{
    const QString domain = bareDomain(doc.string(QStringLiteral("DOCKER_PUSH_SERVER")));
    if (domain == QLatin1String("icr.io") || domain.endsWith(QLatin1String(".icr.io")))
        return domain;
    return {};
}

void useIbmCloud(ConfigFieldModel& model, const QString& domain)
{
    // As the reference's sample has it: the registry servers by domain, the trust server by URL.
    const QString host = bareDomain(domain);
    model.setValueText(QStringLiteral("DOCKER_BASE_SERVER"), host);
    model.setValueText(QStringLiteral("DOCKER_PUSH_SERVER"), host);
    model.setValueText(QStringLiteral("DOCKER_CONTENT_TRUST_PUSH_SERVER"), QStringLiteral("https://") + host);
    for (const QString& key : userKeys())
        model.setValueText(key, ApiKeyUser);
}

void useDockerHub(ConfigFieldModel& model)
{
    for (const QString& key : serverKeys())
        model.setValueText(key, QString());
    for (const QString& key : userKeys()) {
        if (model.valueText(key) == ApiKeyUser)
            model.setValueText(key, QString());
    }
}

} // namespace sbs::models::RegistryChoice
