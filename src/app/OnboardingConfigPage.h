#pragma once

#include <QStringList>
#include <QWizardPage>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace sbs::gui {

class ConfigFieldWidget;
class MessageWidget;
class OnboardingContext;

// The essential settings of a new configuration, bound to the wizard's ConfigFieldModel: the
// server's address, the source repository and the registry. Next saves the file where the
// user chooses; every other setting is in the configuration editor later.
class OnboardingConfigPage : public QWizardPage
{
    Q_OBJECT

public:
    OnboardingConfigPage(OnboardingContext* context, QWidget* parent = nullptr);
    ~OnboardingConfigPage() override;

    // The keys the page edits, in order.
    static QStringList essentialKeys();

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    void buildForm();
    void addSection(const QString& title, int row);
    void updatePathLabel();
    ConfigFieldWidget* fieldWidget(const QString& key) const;

    OnboardingContext* m_context;
    MessageWidget* m_message;
    QScrollArea* m_scrollArea;
    QWidget* m_form = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<ConfigFieldWidget*> m_fields;
    QLabel* m_pathLabel;
};

} // namespace sbs::gui
