#include "api/RequestName.h"
#include "api/SbsClient.h"

#include <QJsonDocument>
#include <QUrl>

namespace sbs::api {

namespace {

constexpr qint64 MiB = 1024 * 1024;
// QByteArray and QJsonDocument stay well below 2 GiB.
constexpr qint64 HugeAnswer = 2047 * MiB;

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Request make(const char* method, const QString& path, const QByteArray& body, int timeoutSeconds,
             qint64 maxReplyBytes, int expectedStatus = 200)
{
    Request r;
    r.method = method;
    r.path = path;
    r.body = body;
    r.timeoutMs = timeoutSeconds * 1000;
    r.maxReplyBytes = maxReplyBytes;
    r.expectedStatus = expectedStatus;
    return r;
}

} // namespace

// The command a request belongs to, as sbsctl names it, for messages.
QString callName(const Request& r)
{
    const QString& p = r.path;
    const QByteArray& m = r.method;
    if (p == QLatin1String("/image")) {
        if (m == "GET")
            return QStringLiteral("status");
        if (m == "POST")
            return QStringLiteral("init");
        if (m == "PATCH")
            return QStringLiteral("update");
        if (m == "PUT")
            return QStringLiteral("build");
        if (m == "DELETE")
            return QStringLiteral("clean");
    }
    if (p.startsWith(QLatin1String("/log/")) && m == "GET")
        return QStringLiteral("log");
    if (p == QLatin1String("/manifest") && m == "GET")
        return QStringLiteral("get-manifest");
    if (p == QLatin1String("/publickey") && m == "GET")
        return QStringLiteral("get-publickey");
    if (p == QLatin1String("/config-json") && m == "GET")
        return QStringLiteral("get-signed-image-publickey");
    if (p == QLatin1String("/imagedigest") && m == "GET")
        return QStringLiteral("get-digest");
    if (p == QLatin1String("/state-image"))
        return m == "POST" ? QStringLiteral("post-state-image") : QStringLiteral("get-state-image");
    return QString::fromLatin1(m) + QLatin1Char(' ') + p;
}

Request Request::status()
{
    return make("GET", QStringLiteral("/image"), QByteArray(), 15, MiB);
}

Request Request::init(const QJsonObject& body)
{
    return make("POST", QStringLiteral("/image"), compact(body), 60, MiB);
}

Request Request::update(const QJsonObject& body)
{
    return make("PATCH", QStringLiteral("/image"), compact(body), 60, MiB);
}

Request Request::build()
{
    return make("PUT", QStringLiteral("/image"), QByteArray(), 60, MiB);
}

Request Request::clean()
{
    return make("DELETE", QStringLiteral("/image"), QByteArray(), 60, MiB);
}

Request Request::log(const QString& name)
{
    return make("GET", QStringLiteral("/log/") + QString::fromLatin1(QUrl::toPercentEncoding(name)),
                QByteArray(), 120, 256 * MiB);
}

Request Request::manifest(const QString& buildName)
{
    const QByteArray body = buildName.isEmpty()
        ? QByteArray()
        : compact(QJsonObject { { QStringLiteral("BUILD_NAME"), buildName } });
    return make("GET", QStringLiteral("/manifest"), body, 600, HugeAnswer);
}

Request Request::publicKey(const QString& buildName)
{
    const QByteArray body = buildName.isEmpty()
        ? QByteArray()
        : compact(QJsonObject { { QStringLiteral("BUILD_NAME"), buildName } });
    return make("GET", QStringLiteral("/publickey"), body, 30, 4 * MiB);
}

Request Request::signedImagePublicKey()
{
    return make("GET", QStringLiteral("/config-json"), QByteArray(), 30, 4 * MiB, 201);
}

Request Request::imageDigest()
{
    return make("GET", QStringLiteral("/imagedigest"), QByteArray(), 30, 4 * MiB, 201);
}

Request Request::stateImage(const QString& bucket)
{
    const QByteArray body = bucket.isEmpty()
        ? QByteArray()
        : compact(QJsonObject { { QStringLiteral("state_bucket_name"), bucket } });
    return make("GET", QStringLiteral("/state-image"), body, 600, HugeAnswer);
}

Request Request::postStateImage(const QString& secret, const QString& state, const QString& bucket,
                                const QString& name)
{
    QJsonObject body { { QStringLiteral("secret"), secret } };
    if (bucket.isEmpty()) {
        body.insert(QStringLiteral("state"), state);
    } else {
        body.insert(QStringLiteral("state_bucket_name"), bucket);
        body.insert(QStringLiteral("name"), name);
    }
    return make("POST", QStringLiteral("/state-image"), compact(body), 300, MiB);
}

} // namespace sbs::api
