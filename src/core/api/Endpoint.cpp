#include "api/SbsClient.h"

#include <QJsonValue>
#include <QUrl>
#include <cmath>

namespace sbs::api {

Result<Endpoint> Endpoint::fromConfig(const config::ConfigDocument& doc, const pki::CertificateLayout& layout)
{
    using R = Result<Endpoint>;
    const QString configName = layout.configName().isEmpty() ? tr("the configuration") : layout.configName();
    Endpoint e;
    e.host = doc.string(QStringLiteral("HOSTNAME")).trimmed();
    if (e.host.isEmpty())
        return R::fail(tr("%1 has no HOSTNAME: add the host name of the build server").arg(configName));
    const QJsonValue port = doc.value(QStringLiteral("CICD_PORT"));
    const QString portText = doc.string(QStringLiteral("CICD_PORT")).trimmed();
    if (!port.isUndefined() && !port.isNull() && !portText.isEmpty()) {
        bool ok = false;
        int number = 0;
        if (port.isDouble()) {
            const double d = port.toDouble();
            ok = std::floor(d) == d && d >= 1 && d <= 65535;
            number = ok ? int(d) : 0;
        } else if (port.isString()) {
            number = portText.toInt(&ok);
            ok = ok && number >= 1 && number <= 65535;
        }
        if (!ok)
            return R::fail(tr("%1: CICD_PORT \"%2\" is not a port: give a number from 1 to 65535")
                               .arg(configName, portText.left(40)));
        e.port = quint16(number);
    }
    e.clientCertKeyPath = layout.clientCrtKeyPath();
    e.caPath = layout.caCertPath();
    return R::ok(e);
}

QString Endpoint::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPort(port);
    return url.toString();
}

} // namespace sbs::api
