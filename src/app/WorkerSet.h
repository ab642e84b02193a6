#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <algorithm>
#include <atomic>
#include <memory>
#include <utility>

namespace sbs::gui {

// A cancel flag shared with a worker, which may outlive the request that started it.
using CancelFlag = std::shared_ptr<std::atomic_bool>;

// The workers a widget started and does not know to be finished. Its destructor raises their
// cancel flags and calls waitForAll(), so no worker posts to a widget that is gone.
class WorkerSet
{
public:
    void track(const QFuture<void>& future)
    {
        m_workers.erase(std::remove_if(m_workers.begin(), m_workers.end(),
                                       [](const QFuture<void>& f) { return f.isFinished(); }),
                        m_workers.end());
        m_workers.append(future);
    }

    void waitForAll()
    {
        for (QFuture<void>& future : m_workers)
            future.waitForFinished();
        m_workers.clear();
    }

private:
    QList<QFuture<void>> m_workers;
};

// Runs handler(result) on the GUI thread when future is done, while context lives.
template<typename T, typename Handler> void whenDone(QObject* context, QFuture<T> future, Handler handler)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::move(handler)]() mutable {
                         watcher->deleteLater();
                         handler(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace sbs::gui
