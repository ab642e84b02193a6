#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace sbs::api {
class PendingCall;
class SbsClient;
} // namespace sbs::api

namespace sbs::models {

class LogModel;

// Keeps a LogModel on the server's build log (GET /log/build). Each fetch hands the whole text
// to LogModel::setText(), which appends only what is new, or starts over when the server's log
// no longer continues what the model holds (the server cleaned, or a new build began). While
// polling is on it fetches every IntervalMs; one fetch runs at a time, and a fetch asked for
// while one runs follows it.
class LogFollower : public QObject
{
    Q_OBJECT

public:
    static constexpr int IntervalMs = 2000;

    LogFollower(api::SbsClient* client, LogModel* model, QObject* parent = nullptr);
    ~LogFollower() override;

    void fetch();
    void setPolling(bool on);
    bool isPolling() const { return m_timer.isActive(); }
    bool isFetching() const { return m_pending; }
    // The last fetch's error; empty after a fetch that worked.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // A fetch put the server's log into the model; reset when the model started over.
    void fetched(bool reset);
    void failed(const QString& message);

private:
    void start();

    QPointer<api::SbsClient> m_client;
    LogModel* m_model;
    QTimer m_timer;
    QPointer<api::PendingCall> m_call;
    bool m_pending = false;
    bool m_again = false;
    QString m_lastError;
};

} // namespace sbs::models
