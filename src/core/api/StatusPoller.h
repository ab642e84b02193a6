#pragma once

#include "api/SbsClient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sbs::api {

// Polls GET /image of one server in the background and reports every answer or failure. The
// pace follows what is going on: often while a build runs, calmly when idle, and with a growing
// pause (up to a minute) while the server cannot be reached, so an absent server costs nothing.
class StatusPoller : public QObject
{
    Q_OBJECT

public:
    static constexpr int BuildingIntervalMs = 3000;
    static constexpr int IdleIntervalMs = 15000;
    static constexpr int MaxBackoffMs = 60000;

    StatusPoller(SbsClient* client, QObject* parent = nullptr);

    void start(); // polls now, then on its own
    void stop();
    bool isRunning() const { return m_running; }
    // Polls now (Refresh), unless a poll is in flight.
    void pollNow();
    // The pause before the next poll, for tests and the status bar.
    int currentIntervalMs() const { return m_intervalMs; }
    // A factor on every interval (tests make it small; 1.0 by default).
    void setIntervalScale(double scale) { m_scale = scale; }
    // While someone watches the builds (the Builds page is shown), an idle server is polled as
    // often as a building one, so a build started elsewhere shows within seconds.
    void setWatched(bool watched);
    bool isWatched() const { return m_watched; }

Q_SIGNALS:
    void statusReceived(const sbs::api::ServerStatus& status);
    void pollFailed(sbs::api::ErrorKind kind, const QString& message);
    // After every poll, answered or not.
    void polled(const QDateTime& utc);

private:
    void schedule(int ms);

    QPointer<SbsClient> m_client;
    QTimer m_timer;
    QPointer<PendingCall> m_pending;
    int m_intervalMs = IdleIntervalMs;
    int m_failures = 0;
    double m_scale = 1.0;
    bool m_running = false;
    bool m_watched = false;
    int m_poll = 0; // counts the polls, so a cancelled one's late answer is dropped
};

} // namespace sbs::api
