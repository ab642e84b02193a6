#pragma once

#include "Result.h"
#include "contract/InstanceEnv.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QGridLayout;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace sbs::gui {

class ConfigFieldWidget;
class MessageWidget;
class OnboardingContext;

// The instance env for the server's contract (CLIENT_CRT, CLIENT_CA, SERVER_CRT, SERVER_KEY),
// as sbsctl instance-env prints it, with copy and save. SERVER_KEY is encrypted to the
// platform's OpenPGP key (HPVS_PUBLIC_KEY_FILE); for a local sbs-server it can be left
// unencrypted, and then it is never shown. The page can be skipped.
class OnboardingEnvPage : public QWizardPage
{
    Q_OBJECT

public:
    OnboardingEnvPage(OnboardingContext* context, QWidget* parent = nullptr);
    ~OnboardingEnvPage() override;

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    bool isBusy() const;
    // The values as they are copied and saved (SERVER_KEY included); empty until built.
    QString envText() const { return m_envText; }

private:
    using EnvWatcher = QFutureWatcher<Result<contract::InstanceEnv>>;

    void buildKeyField();
    void scheduleBuild();
    void build();
    void onBuilt();
    void copy();
    void save();
    void setEnvText(const QString& full, const QString& shown);

    OnboardingContext* m_context;
    MessageWidget* m_message;
    QWidget* m_keyBox;
    QGridLayout* m_keyGrid;
    ConfigFieldWidget* m_keyField = nullptr;
    QCheckBox* m_plainCheck;
    QPlainTextEdit* m_envEdit;
    QPushButton* m_copyButton;
    QPushButton* m_saveButton;
    QProgressBar* m_progress;
    QTimer* m_buildTimer;
    EnvWatcher m_watcher;
    QString m_envText;
    bool m_rebuildWhenDone = false;
};

} // namespace sbs::gui
