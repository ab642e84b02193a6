#include "api/StatusPoller.h"

#include <algorithm>

namespace sbs::api {

namespace {

// The first pause after a failed poll; it doubles with every further failure.
constexpr int FirstBackoffMs = 5000;

} // namespace

StatusPoller::StatusPoller(SbsClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatusPoller::pollNow);
}

void StatusPoller::start()
{
    m_running = true;
    pollNow();
}

void StatusPoller::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_pending)
        m_pending->cancel();
    m_pending = nullptr;
}

void StatusPoller::pollNow()
{
    if (!m_client || (m_pending && m_pending->isRunning()))
        return;
    m_timer.stop();
    const int poll = ++m_poll;
    m_pending = m_client->status(this, [this, poll](const Reply<ServerStatus>& reply) {
        if (poll != m_poll)
            return; // a newer poll runs (the client was set up anew meanwhile)
        m_pending = nullptr;
        if (reply.kind == ErrorKind::Cancelled)
            return; // stop() or the caller: no new schedule, nothing to report
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (reply.isOk()) {
            m_failures = 0;
            const ServerStatus& status = reply.result.value();
            const int next = status.phase() == ServerStatus::Phase::Running || m_watched
                ? BuildingIntervalMs
                : IdleIntervalMs;
            schedule(next);
            Q_EMIT statusReceived(status);
        } else {
            // 5 s, 10 s, 20 s, ... up to MaxBackoffMs while the server stays away.
            const int shift = std::min(m_failures, 16);
            ++m_failures;
            const qint64 pause = qint64(FirstBackoffMs) << shift;
            schedule(int(std::min<qint64>(pause, MaxBackoffMs)));
            Q_EMIT pollFailed(reply.kind, reply.error());
        }
        Q_EMIT polled(now);
    });
}

void StatusPoller::setWatched(bool watched)
{
    if (watched == m_watched)
        return;
    m_watched = watched;
    // Coming into view after a long idle pause: the status now, then the watched pace.
    if (watched && m_running && m_failures == 0 && m_intervalMs > BuildingIntervalMs)
        pollNow();
}

void StatusPoller::schedule(int ms)
{
    m_intervalMs = ms;
    if (m_running)
        m_timer.start(std::max(1, int(ms * m_scale)));
}

} // namespace sbs::api
