#include "OnboardingLocalServerPage.h"

#include "MessageWidget.h"
#include "OnboardingContext.h"
#include "OnboardingPageId.h"
#include "models/ConfigFieldModel.h"
#include "util/LocalServer.h"

#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace sbs::gui {

namespace {

constexpr int MaxLogLines = 5000;

} // namespace

OnboardingLocalServerPage::OnboardingLocalServerPage(OnboardingContext* context, QWidget* parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_server(new util::LocalServer(this))
    , m_message(new MessageWidget(this))
    , m_statusLabel(new QLabel(this))
    , m_logEdit(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_retryButton(new QPushButton(tr("Start Again"), this))
{
    setObjectName(QStringLiteral("localServerPage"));
    setTitle(tr("Starting a local server"));
    setSubTitle(tr("A registry, a git server with a sample application, the certificates and sbs-server on "
                   "this computer. The first start takes about a minute."));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    m_message->setObjectName(QStringLiteral("localServerMessageWidget"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* row = new QHBoxLayout;
    m_statusLabel->setObjectName(QStringLiteral("localServerStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("localServerProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_cancelButton->setObjectName(QStringLiteral("cancelLocalServerButton"));
    m_cancelButton->setToolTip(tr("Stop setting up the local server"));
    m_retryButton->setObjectName(QStringLiteral("retryLocalServerButton"));
    m_retryButton->hide();
    row->addWidget(m_statusLabel, 1);
    row->addWidget(m_progress);
    row->addWidget(m_cancelButton);
    row->addWidget(m_retryButton);
    layout->addLayout(row);

    m_logEdit->setObjectName(QStringLiteral("localServerLogTextEdit"));
    m_logEdit->setReadOnly(true);
    m_logEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logEdit->setMaximumBlockCount(MaxLogLines);
    m_logEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_logEdit, 1);

    connect(m_server, &util::LocalServer::progress, this, &OnboardingLocalServerPage::appendLine);
    connect(m_server, &util::LocalServer::finished, this, &OnboardingLocalServerPage::onFinished);
    connect(m_cancelButton, &QPushButton::clicked, this, &OnboardingLocalServerPage::cancel);
    connect(m_retryButton, &QPushButton::clicked, this, &OnboardingLocalServerPage::start);
}

OnboardingLocalServerPage::~OnboardingLocalServerPage() = default;

void OnboardingLocalServerPage::initializePage()
{
    start();
}

void OnboardingLocalServerPage::cleanupPage()
{
    // Back: stop what runs; what had started is reused by the next start.
    m_server->cancel();
    m_done = false;
}

void OnboardingLocalServerPage::start()
{
    if (m_server->isRunning())
        return;
    m_done = false;
    m_message->hideMessage();
    m_logEdit->clear();
    m_statusLabel->setText(tr("Setting up the local server…"));
    setRunning(true);
    Q_EMIT completeChanged();
    m_server->start();
}

void OnboardingLocalServerPage::cancel()
{
    if (!m_server->isRunning())
        return;
    m_statusLabel->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
    m_server->cancel();
}

void OnboardingLocalServerPage::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running);
    m_retryButton->setVisible(!running && !m_done);
}

void OnboardingLocalServerPage::appendLine(const QString& line)
{
    QScrollBar* bar = m_logEdit->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_logEdit->appendPlainText(line);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void OnboardingLocalServerPage::onFinished(const Result<QString>& configPath)
{
    if (!configPath) {
        m_done = false;
        setRunning(false);
        m_statusLabel->setText(m_server->wasCancelled() ? tr("Cancelled.")
                                                        : tr("The local server did not start."));
        m_message->showMessage(configPath.error(),
                               m_server->wasCancelled() ? MessageWidget::Type::Information
                                                        : MessageWidget::Type::Error,
                               MessageWidget::NoAutoHide);
        Q_EMIT completeChanged();
        return;
    }
    const Status loaded = m_context->model()->loadFile(configPath.value());
    if (!loaded) {
        m_done = false;
        setRunning(false);
        m_statusLabel->setText(tr("The local server did not start."));
        m_message->showMessage(loaded.error(), MessageWidget::Type::Error);
        Q_EMIT completeChanged();
        return;
    }
    m_context->setModelSource(OnboardingContext::Start::LocalServer);
    m_done = true;
    setRunning(false);
    m_statusLabel->setText(
        tr("The local server runs. Its profile is %1.").arg(QDir::toNativeSeparators(configPath.value())));
    Q_EMIT completeChanged();
    // On to the connection test, as if the user had pressed Next.
    QTimer::singleShot(0, this, [this] {
        if (wizard() && wizard()->currentPage() == this && isComplete())
            wizard()->next();
    });
}

bool OnboardingLocalServerPage::isComplete() const
{
    return m_done;
}

int OnboardingLocalServerPage::nextId() const
{
    return OnboardingConnectionPageId;
}

} // namespace sbs::gui
