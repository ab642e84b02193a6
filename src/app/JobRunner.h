#pragma once

#include "manifest/ArchiveEntry.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <functional>
#include <utility>

class QLabel;
class QProgressBar;
class QPushButton;

namespace sbs::gui {

// The busy row of the manifest workbench: one job at a time, in a worker or as a download, with
// its text, its progress and a cancel button. Each job gets a token; a result whose token is
// not the current one any more (the job was cancelled, another began) is dropped.
class JobRunner : public QWidget
{
    Q_OBJECT

public:
    enum class Job { None, Fetch, Store, Import, Verify, TamperTest, Export, OpenBundle };

    explicit JobRunner(QWidget* parent = nullptr);

    Job job() const { return m_job; }
    bool isBusy() const { return m_job != Job::None; }
    bool isCurrent(int token) const { return token == m_token; }

    int begin(Job job, const QString& text); // shows the row; returns the job's token
    void end(); // hides the row
    void cancel(); // ends the job and stops it; its result, should it still come, is dropped
    void abandon(); // stops the job without a signal, for an owner that goes away
    void setCancel(std::function<void()> cancel) { m_cancel = std::move(cancel); }
    void setText(const QString& text);
    void setProgress(qint64 done, qint64 total); // total <= 0: not known

    // Runs work(const manifest::ReadControl&) -> T in a worker and then done(const T&) here,
    // unless the job was cancelled. The worker owns copies of everything it reads.
    template<typename T, typename Work, typename Done>
    void run(Job job, const QString& text, Work work, Done done);

Q_SIGNALS:
    void busyChanged(bool busy);
    void cancelRequested(); // the cancel button was pressed

private:
    static constexpr int ProgressSteps = 1000;

    void showProgress(int value);

    QLabel* m_label = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    Job m_job = Job::None;
    int m_token = 0;
    std::function<void()> m_cancel;
};

template<typename T, typename Work, typename Done>
void JobRunner::run(Job job, const QString& text, Work work, Done done)
{
    const int token = begin(job, text);
    auto* watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, token](int value) {
        if (token == m_token)
            showProgress(value);
    });
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, token, watcher, done = std::move(done)]() mutable {
                watcher->deleteLater();
                if (token != m_token)
                    return;
                end();
                const QFuture<T> future = watcher->future();
                if (future.isCanceled() || future.resultCount() < 1)
                    return;
                done(future.result());
            });
    // The worker owns copies of everything it reads; the page may go away while it runs.
    QFuture<T> future = QtConcurrent::run([work = std::move(work)](QPromise<T>& promise) {
        promise.setProgressRange(0, ProgressSteps);
        manifest::ReadControl control;
        control.progress = [&promise](qint64 done, qint64 total) {
            if (total > 0)
                promise.setProgressValue(int(std::clamp<qint64>(done, 0, total) * ProgressSteps / total));
        };
        control.cancelled = [&promise] {
            return promise.isCanceled();
        };
        promise.addResult(work(control));
    });
    watcher->setFuture(future);
    m_cancel = [future]() mutable {
        future.cancel();
    };
}

} // namespace sbs::gui
