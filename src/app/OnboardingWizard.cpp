#include "OnboardingWizard.h"

#include "Icons.h"
#include "OnboardingCertificatesPage.h"
#include "OnboardingConfigPage.h"
#include "OnboardingConnectionPage.h"
#include "OnboardingContext.h"
#include "OnboardingEnvPage.h"
#include "OnboardingLocalServerPage.h"
#include "OnboardingPageId.h"
#include "OnboardingStartPage.h"
#include "models/ConfigFieldModel.h"
#include "util/LocalServer.h"

namespace sbs::gui {

OnboardingWizard::OnboardingWizard(QWidget* parent)
    : QWizard(parent)
    , m_model(new models::ConfigFieldModel(this))
    , m_context(std::make_unique<OnboardingContext>(m_model))
{
    setObjectName(QStringLiteral("onboardingWizard"));
    setWindowTitle(tr("New Server"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPixmap(QWizard::LogoPixmap, Icons::bundled(QStringLiteral("sbs-desktop")).pixmap(48, 48));
    setMinimumSize(700, 540);
    resize(760, 560);

    OnboardingContext* context = m_context.get();
    setPage(OnboardingStartPageId, new OnboardingStartPage(context, this));
    setPage(OnboardingConfigPageId, new OnboardingConfigPage(context, this));
    setPage(OnboardingCertificatesPageId, new OnboardingCertificatesPage(context, this));
    setPage(OnboardingEnvPageId, new OnboardingEnvPage(context, this));
    auto* localServerPage = new OnboardingLocalServerPage(context, this);
    setPage(OnboardingLocalServerPageId, localServerPage);
    setPage(OnboardingConnectionPageId, new OnboardingConnectionPage(context, this));
    setStartId(OnboardingStartPageId);

    // Closing the wizard ends a local server setup that is still running.
    connect(this, &QDialog::rejected, localServerPage,
            [localServerPage] { localServerPage->localServer()->cancel(); });
}

OnboardingWizard::~OnboardingWizard() = default;

models::Profile OnboardingWizard::profile() const
{
    return m_context->profile();
}

} // namespace sbs::gui
