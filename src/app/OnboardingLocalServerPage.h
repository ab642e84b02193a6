#pragma once

#include "Result.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace sbs::util {
class LocalServer;
}

namespace sbs::gui {

class MessageWidget;
class OnboardingContext;

// "Start a local server": runs util::LocalServer (scripts/demo.sh start) with its output shown
// live, then loads the profile it made and goes on to the connection test.
class OnboardingLocalServerPage : public QWizardPage
{
    Q_OBJECT

public:
    OnboardingLocalServerPage(OnboardingContext* context, QWidget* parent = nullptr);
    ~OnboardingLocalServerPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    util::LocalServer* localServer() const { return m_server; }

private:
    void start();
    void cancel();
    void appendLine(const QString& line);
    void onFinished(const Result<QString>& configPath);
    void setRunning(bool running);

    OnboardingContext* m_context;
    util::LocalServer* m_server;
    MessageWidget* m_message;
    QLabel* m_statusLabel;
    QPlainTextEdit* m_logEdit;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QPushButton* m_retryButton;
    bool m_done = false;
};

} // namespace sbs::gui
