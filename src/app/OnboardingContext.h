#pragma once

#include "Result.h"
#include "models/Profile.h"
#include "pki/CertificateLayout.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <optional>

namespace sbs::models {
class ConfigFieldModel;
}

namespace sbs::gui {

// What the pages of the OnboardingWizard share: the configuration being made or chosen, and
// the profile it becomes once it has a file. Owned by the wizard.
class OnboardingContext
{
    Q_DECLARE_TR_FUNCTIONS(sbs::gui::OnboardingContext)

public:
    enum class Start { Existing, New, LocalServer };

    explicit OnboardingContext(models::ConfigFieldModel* model);

    models::ConfigFieldModel* model() const { return m_model; }

    Start start() const { return m_start; }
    void setStart(Start start) { m_start = start; }
    // The choice whose page last put a document into the model (the template, a chosen file or
    // the local server's), so that going back and forth keeps what was typed.
    std::optional<Start> modelSource() const { return m_modelSource; }
    void setModelSource(Start source) { m_modelSource = source; }

    // The configuration's file and its folder; invalid until the configuration has a file.
    models::Profile profile() const;
    // Where the profile's certificate files are.
    Result<pki::CertificateLayout> layout() const;
    // A path as the pages show it: relative to the profile's folder when it is inside it.
    QString displayPath(const QString& path) const;
    // Adds what sbsctl create-client-cert adds when missing (RUNTIME_TYPE, UUID, SECRET) and
    // saves the configuration when it has changes.
    Status completeAndSave();

private:
    QPointer<models::ConfigFieldModel> m_model;
    Start m_start = Start::New;
    std::optional<Start> m_modelSource;
};

} // namespace sbs::gui
