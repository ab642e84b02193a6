#include "ProfilePages.h"

#include "BuildPage.h"
#include "CertificatesPage.h"
#include "ConfigEditor.h"
#include "DeployPage.h"
#include "Icons.h"
#include "ManifestsPage.h"
#include "OverviewPage.h"
#include "StatePage.h"
#include "models/ProfileSession.h"
#include "models/StateImageListModel.h"

#include <QScrollArea>

namespace sbs::gui {

namespace {

// A page in a frameless scroll area, so a tall page never makes the window taller than the
// screen: it scrolls instead.
QScrollArea* scrolled(QWidget* page, const QString& name)
{
    auto* area = new QScrollArea;
    area->setObjectName(name);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(page);
    return area;
}

} // namespace

ProfilePages::ProfilePages(models::ProfileSession* session, history::BuildHistory* history, QWidget* parent)
    : QTabWidget(parent)
    , m_session(session)
    , m_overview(new OverviewPage(this))
    , m_builds(new BuildPage(session, history, this))
    , m_manifests(new ManifestsPage(session, history, this))
    , m_stateImages(new models::StateImageListModel(this))
    , m_deploy(new DeployPage(session, this))
    , m_state(new StatePage(session, m_stateImages, this))
    , m_editor(new ConfigEditor(session->config(), this))
    , m_certificates(new CertificatesPage(this))
{
    setObjectName(QStringLiteral("profileTabWidget"));
    setDocumentMode(true);
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    m_builds->setObjectName(QStringLiteral("buildPage"));
    m_manifests->setObjectName(QStringLiteral("manifestsPage"));
    m_deploy->setObjectName(QStringLiteral("deployPage"));
    m_state->setObjectName(QStringLiteral("statePage"));
    m_editor->setObjectName(QStringLiteral("configEditor"));
    m_certificates->setObjectName(QStringLiteral("certificatesPage"));
    addTab(scrolled(m_overview, QStringLiteral("overviewScrollArea")),
           Icons::bundled(QStringLiteral("server")), tr("&Overview"));
    addTab(m_builds, Icons::bundled(QStringLiteral("build")), tr("B&uilds"));
    addTab(m_manifests, Icons::bundled(QStringLiteral("certificate")), tr("&Manifests"));
    addTab(scrolled(m_deploy, QStringLiteral("deployScrollArea")), Icons::bundled(QStringLiteral("registry")),
           tr("&Deploy"));
    addTab(m_state, Icons::bundled(QStringLiteral("storage")), tr("S&tate"));
    addTab(m_editor, Icons::bundled(QStringLiteral("json")), tr("Con&figuration"));
    addTab(scrolled(m_certificates, QStringLiteral("certificatesScrollArea")),
           Icons::bundled(QStringLiteral("certificate")), tr("&Certificates"));
    setTabToolTip(OverviewTab, tr("The server's status and its actions"));
    setTabToolTip(BuildsTab, tr("The current build's stages and log, and the history of builds"));
    setTabToolTip(ManifestsTab, tr("Signed manifests of the builds: verify, browse, compare, hand on"));
    setTabToolTip(DeployTab, tr("The built image by digest, its signing key, and the contract for a deployment"));
    setTabToolTip(StateTab, tr("State images: export, recover on a new server, rotate the secret"));
    setTabToolTip(ConfigurationTab, tr("The build configuration, sbs-config.json"));
    setTabToolTip(CertificatesTab, tr("The certificates that connect this computer and the server"));

    m_overview->setSession(session);
    m_overview->setStateImages(m_stateImages);
    m_certificates->setSession(session);
    connect(m_certificates, &CertificatesPage::certificatesChanged, session,
            [session] { session->reconnect(); });
    // The Builds page's Build button runs the Overview's action (save first, the answer);
    // a refused build is told on the page the user is looking at.
    connect(m_builds, &BuildPage::buildRequested, this,
            [this] { m_overview->trigger(OverviewPage::Action::Build); });
    connect(m_overview, &OverviewPage::buildStartedHere, m_builds, &BuildPage::noteBuildRequested);
    connect(m_overview, &OverviewPage::actionsChanged, this,
            [this] { m_builds->setBuildEnabled(m_overview->canTrigger(OverviewPage::Action::Build)); });
    m_builds->setBuildEnabled(m_overview->canTrigger(OverviewPage::Action::Build));
    connect(m_overview, &OverviewPage::actionFailed, this,
            [this](OverviewPage::Action action, const QString& message) {
                if (action == OverviewPage::Action::Build && currentWidget() == m_builds)
                    m_builds->messageWidget()->showMessage(message, MessageWidget::Type::Error);
                if (action == OverviewPage::Action::NewSecret && currentWidget() == m_state)
                    m_state->messageWidget()->showMessage(message, MessageWidget::Type::Error);
            });
    // The State page's Rotate Secret runs the Overview's rotation (its confirmation names the
    // images it makes unusable); once the new secret is saved, the State page marks them and
    // offers a fresh export.
    connect(m_state, &StatePage::rotateSecretRequested, this,
            [this] { m_overview->trigger(OverviewPage::Action::NewSecret); });
    connect(m_overview, &OverviewPage::secretRotated, m_state, &StatePage::secretRotated);
    const auto followRotation
        = [this] { m_state->setRotationAvailable(m_overview->canTrigger(OverviewPage::Action::NewSecret)); };
    connect(m_overview, &OverviewPage::actionsChanged, this, followRotation);
    followRotation();
}

ProfilePages::~ProfilePages() = default;

} // namespace sbs::gui
