#pragma once

#include <QFuture>
#include <QList>
#include <algorithm>
#include <atomic>
#include <memory>

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

} // namespace sbs::gui
