#pragma once

#include "api/ApiError.h"
#include "api/SbsClient.h"

#include <QPointer>
#include <QWizardPage>

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;

namespace sbs::gui {

class OnboardingContext;

// The last page: asks the server for its status over mutual TLS with the profile's
// certificates. Each failure is shown with the client's sentence and what to do about it
// (OnboardingAdvice); a green result when the server answers. Runs on entering the page and
// again on demand; can be cancelled.
class OnboardingConnectionPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class State { Idle, Testing, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    OnboardingConnectionPage(OnboardingContext* context, QWidget* parent = nullptr);
    ~OnboardingConnectionPage() override;

    void initializePage() override;
    void cleanupPage() override;
    int nextId() const override;

    State state() const { return m_state; }
    // The kind of the last failure (None after a success).
    api::ErrorKind lastErrorKind() const { return m_lastKind; }
    // A factor on the call's timeout (tests make it short).
    void setTimeoutScale(double scale) { m_timeoutScale = scale; }

    void testConnection();
    void cancelTest();

Q_SIGNALS:
    void stateChanged(sbs::gui::OnboardingConnectionPage::State state);

private:
    void onReply(const api::Reply<api::ServerStatus>& reply);
    void showFailure(api::ErrorKind kind, const QString& sentence, const QString& host, quint16 port);
    void setState(State state);
    void showEndpoint();

    OnboardingContext* m_context;
    QPointer<api::SbsClient> m_client;
    QPointer<api::PendingCall> m_call;
    QLabel* m_serverLabel;
    QLabel* m_clientCertLabel;
    QLabel* m_caLabel;
    QPushButton* m_testButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QFrame* m_resultFrame;
    QLabel* m_resultIcon;
    QLabel* m_headlineLabel;
    QLabel* m_resultLabel;
    QLabel* m_helpLabel; // how to fix a failure
    QLabel* m_detailsLabel; // the server's state after a success
    State m_state = State::Idle;
    api::ErrorKind m_lastKind = api::ErrorKind::None;
    double m_timeoutScale = 1.0;
};

} // namespace sbs::gui
