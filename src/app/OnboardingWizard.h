#pragma once

#include "models/Profile.h"

#include <QWizard>
#include <memory>

namespace sbs::models {
class ConfigFieldModel;
}

namespace sbs::gui {

class OnboardingContext;

// Takes a user from nothing to a connected server: choose or create sbs-config.json, make the
// certificates (or use their own CA), show the instance env for the contract, and test the
// connection with every TLS failure explained. "Start a local server" does all of it at once
// with the local environment and sbs-server. Shown on first start and from "New server…".
class OnboardingWizard : public QWizard
{
    Q_OBJECT

public:
    explicit OnboardingWizard(QWidget* parent = nullptr);
    ~OnboardingWizard() override;

    // The profile made or chosen; valid once the wizard was accepted.
    models::Profile profile() const;

private:
    models::ConfigFieldModel* m_model; // the configuration being made or chosen
    const std::unique_ptr<OnboardingContext> m_context;
};

} // namespace sbs::gui
