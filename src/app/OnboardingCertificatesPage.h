#pragma once

#include "Result.h"
#include "pki/CertificateReport.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWizardPage>

class QCheckBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace sbs::gui {

class ConfigFieldWidget;
class MessageWidget;
class OnboardingContext;

// The certificates of the profile: a new client CA with a client and a server certificate, or
// the user's own CA (CAPATH, CAKEYPATH) that issues them. Key generation runs on the thread
// pool with a busy indicator; files that exist are kept.
class OnboardingCertificatesPage : public QWizardPage
{
    Q_OBJECT

public:
    OnboardingCertificatesPage(OnboardingContext* context, QWidget* parent = nullptr);
    ~OnboardingCertificatesPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isBusy() const { return m_busy; }

private:
    using ReportWatcher = QFutureWatcher<Result<pki::CertificateReport>>;

    void buildCaFields();
    void onModeToggled();
    void createCertificates();
    void onClientDone();
    void startServerCertificate();
    void onServerDone();
    void finish(const QString& error);
    void setBusy(bool busy);
    void refreshStatus();
    void setStatus(QLabel* icon, QLabel* text, bool present, const QString& description);

    OnboardingContext* m_context;
    MessageWidget* m_message;
    QRadioButton* m_newCaRadio;
    QRadioButton* m_ownCaRadio;
    QWidget* m_ownCaBox;
    QGridLayout* m_ownCaGrid;
    QList<ConfigFieldWidget*> m_caFields;
    QLabel* m_caIcon;
    QLabel* m_caStatus;
    QLabel* m_clientIcon;
    QLabel* m_clientStatus;
    QLabel* m_serverIcon;
    QLabel* m_serverStatus;
    QCheckBox* m_replaceServerCheck;
    QPushButton* m_createButton;
    QProgressBar* m_progress;
    ReportWatcher m_clientWatcher;
    ReportWatcher m_serverWatcher;
    QStringList m_reportMessages;
    bool m_busy = false;
    bool m_clientReady = false;
};

} // namespace sbs::gui
