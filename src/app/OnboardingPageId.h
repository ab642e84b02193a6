#pragma once

namespace sbs::gui {

// The pages of the OnboardingWizard, by their QWizard id.
enum OnboardingPageId {
    OnboardingStartPageId,
    OnboardingConfigPageId,
    OnboardingCertificatesPageId,
    OnboardingEnvPageId,
    OnboardingLocalServerPageId,
    OnboardingConnectionPageId,
};

} // namespace sbs::gui
