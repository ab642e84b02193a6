#include "models/LogFollower.h"

#include "api/SbsClient.h"
#include "models/LogModel.h"

namespace sbs::models {

LogFollower::LogFollower(api::SbsClient* client, LogModel* model, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LogFollower::fetch);
}

LogFollower::~LogFollower()
{
    if (m_call)
        m_call->cancel();
}

void LogFollower::fetch()
{
    if (m_pending) {
        m_again = true;
        return;
    }
    start();
}

void LogFollower::setPolling(bool on)
{
    if (on == m_timer.isActive())
        return;
    if (on) {
        m_timer.start();
        fetch();
    } else {
        m_timer.stop();
    }
}

void LogFollower::start()
{
    if (!m_client)
        return;
    m_pending = true;
    m_again = false;
    m_call = m_client->log(QStringLiteral("build"), this, [this](const api::Reply<QString>& reply) {
        m_pending = false;
        if (reply.kind == api::ErrorKind::Cancelled) {
            // The client's settings changed while the log was on its way: ask again.
            start();
            return;
        }
        if (reply.result) {
            m_lastError.clear();
            const bool reset = m_model->setText(reply.result.value().toUtf8());
            Q_EMIT fetched(reset);
        } else {
            m_lastError = reply.result.error();
            Q_EMIT failed(m_lastError);
        }
        if (m_again)
            start();
    });
}

} // namespace sbs::models
