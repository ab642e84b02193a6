#include "BuildStatus.h"

#include <QJsonArray>

namespace sbs::server {

namespace {

QString isoTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString BuildStatus::failureText(int rc, const QString& maskedCommand)
{
    return QStringLiteral("exiting due to a non-zero return value: %1, cmd: %2").arg(rc).arg(maskedCommand);
}

void BuildStatus::startBuild(const QDateTime& now)
{
    m_running = true;
    m_started = now.toUTC();
    m_steps.clear();
}

void BuildStatus::setStep(const QString& status, const QDateTime& now)
{
    m_status = status;
    m_steps.append({ status, now.toUTC() });
    if (status == QLatin1String(Success))
        m_running = false;
}

void BuildStatus::setFailure(int rc, const QString& maskedCommand, const QDateTime& now)
{
    setStep(failureText(rc, maskedCommand), now);
    m_running = false;
}

void BuildStatus::reset()
{
    m_running = false;
    m_steps.clear();
    m_started = QDateTime();
    m_status = QString::fromLatin1(RestartedCicd);
}

void BuildStatus::setResult(const BuildResult& result)
{
    m_buildName = result.buildName;
    m_imageTag = result.imageTag;
    m_manifestPublicKey = result.manifestPublicKey;
    m_manifestKeyGen = result.manifestKeyGen;
    m_imageDigest = result.imageDigest;
}

QJsonObject BuildStatus::toResponse() const
{
    QJsonObject o;
    o.insert("status", m_status);
    o.insert("build_name", m_buildName);
    o.insert("image_tag", m_imageTag);
    o.insert("manifest_key_gen", m_manifestKeyGen);
    o.insert("manifest_public_key", m_manifestPublicKey);
    o.insert("root_ssh_enabled", QString());
    QJsonArray steps;
    for (const Step& s : m_steps)
        steps.append(QJsonObject { { "status", s.status }, { "time", isoTime(s.time) } });
    o.insert("steps", steps);
    o.insert("build_started", m_started.isValid() ? isoTime(m_started) : QString());
    return o;
}

QJsonObject BuildStatus::toStored() const
{
    QJsonObject o = toResponse();
    o.insert("running", m_running);
    o.insert("image_digest", m_imageDigest);
    return o;
}

BuildStatus BuildStatus::fromStored(const QJsonObject& stored, const QDateTime& now)
{
    BuildStatus s;
    s.m_status = stored.value("status").toString();
    s.m_buildName = stored.value("build_name").toString();
    s.m_imageTag = stored.value("image_tag").toString();
    s.m_manifestPublicKey = stored.value("manifest_public_key").toString();
    s.m_manifestKeyGen = stored.value("manifest_key_gen").toString();
    s.m_imageDigest = stored.value("image_digest").toString();
    s.m_started = QDateTime::fromString(stored.value("build_started").toString(), Qt::ISODateWithMs);
    for (const QJsonValue& v : stored.value("steps").toArray()) {
        const QJsonObject step = v.toObject();
        s.m_steps.append({ step.value("status").toString(),
                           QDateTime::fromString(step.value("time").toString(), Qt::ISODateWithMs) });
    }
    if (stored.value("running").toBool())
        s.setFailure(1, QStringLiteral("the server stopped during the build"), now);
    return s;
}

} // namespace sbs::server
