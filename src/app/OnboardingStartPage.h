#pragma once

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace sbs::gui {

class MessageWidget;
class OnboardingContext;

// The first page of the OnboardingWizard: use an existing sbs-config.json, create a new one,
// or start a local server with everything made for it.
class OnboardingStartPage : public QWizardPage
{
    Q_OBJECT

public:
    OnboardingStartPage(OnboardingContext* context, QWidget* parent = nullptr);
    ~OnboardingStartPage() override;

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    // One way to begin: an icon, the radio button, a line about it and optional widgets below.
    QRadioButton* addChoice(const QString& name, const QString& iconName, const QString& title,
                            const QString& description, QLayout* extra = nullptr);
    void browse();
    void updateState();

    OnboardingContext* m_context;
    MessageWidget* m_message;
    QButtonGroup* m_choices;
    QRadioButton* m_existingRadio;
    QRadioButton* m_newRadio;
    QRadioButton* m_localServerRadio;
    QLineEdit* m_existingEdit;
    QPushButton* m_browseButton;
    QLabel* m_localServerNote;
    QString m_loadedPath; // the file loaded into the model by the last validatePage()
};

} // namespace sbs::gui
