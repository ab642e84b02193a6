#include "JobRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace sbs::gui {

namespace {

// The texts keep the translation context of the page they were written for.
struct PageText
{
    Q_DECLARE_TR_FUNCTIONS(sbs::gui::ManifestsPage)
};

} // namespace

JobRunner::JobRunner(QWidget* parent)
    : QWidget(parent)
{
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("busyLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("busyProgressBar"));
    m_progress->setTextVisible(false);
    m_cancelButton = new QPushButton(PageText::tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(PageText::tr("Stop the running task; nothing half-written is left behind"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancelButton);
    m_label->hide();
    m_progress->hide();
    m_cancelButton->hide();
    hide();

    connect(m_cancelButton, &QPushButton::clicked, this, &JobRunner::cancelRequested);
}

int JobRunner::begin(Job job, const QString& text)
{
    m_job = job;
    m_label->setText(text);
    m_progress->setRange(0, 0);
    show();
    m_label->show();
    m_progress->show();
    m_cancelButton->show();
    Q_EMIT busyChanged(true);
    return ++m_token;
}

void JobRunner::end()
{
    m_job = Job::None;
    m_cancel = nullptr;
    m_label->hide();
    m_progress->hide();
    m_cancelButton->hide();
    hide();
    Q_EMIT busyChanged(false);
}

void JobRunner::cancel()
{
    if (!isBusy())
        return;
    const std::function<void()> cancel = std::move(m_cancel);
    ++m_token; // the result, should it still come, is dropped
    end();
    if (cancel)
        cancel();
}

void JobRunner::abandon()
{
    ++m_token;
    if (m_cancel)
        m_cancel();
}

void JobRunner::setText(const QString& text)
{
    m_label->setText(text);
}

void JobRunner::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    showProgress(int(std::clamp<qint64>(done, 0, total) * ProgressSteps / total));
}

void JobRunner::showProgress(int value)
{
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(value);
}

} // namespace sbs::gui
