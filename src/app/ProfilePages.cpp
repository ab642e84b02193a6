#include "ProfilePages.h"

#include "CertificatesPage.h"
#include "ConfigEditor.h"
#include "Icons.h"
#include "OverviewPage.h"
#include "models/ProfileSession.h"

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

ProfilePages::ProfilePages(models::ProfileSession* session, QWidget* parent)
    : QTabWidget(parent)
    , m_session(session)
    , m_overview(new OverviewPage(this))
    , m_editor(new ConfigEditor(session->config(), this))
    , m_certificates(new CertificatesPage(this))
{
    setObjectName(QStringLiteral("profileTabWidget"));
    setDocumentMode(true);
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    m_editor->setObjectName(QStringLiteral("configEditor"));
    m_certificates->setObjectName(QStringLiteral("certificatesPage"));
    addTab(scrolled(m_overview, QStringLiteral("overviewScrollArea")),
           Icons::bundled(QStringLiteral("server")), tr("&Overview"));
    addTab(m_editor, Icons::bundled(QStringLiteral("json")), tr("Con&figuration"));
    addTab(scrolled(m_certificates, QStringLiteral("certificatesScrollArea")),
           Icons::bundled(QStringLiteral("certificate")), tr("&Certificates"));
    setTabToolTip(OverviewTab, tr("The server's status and its actions"));
    setTabToolTip(ConfigurationTab, tr("The build configuration, sbs-config.json"));
    setTabToolTip(CertificatesTab, tr("The certificates that connect this computer and the server"));

    m_overview->setSession(session);
    m_certificates->setSession(session);
    connect(m_certificates, &CertificatesPage::certificatesChanged, session,
            [session] { session->reconnect(); });
}

ProfilePages::~ProfilePages() = default;

} // namespace sbs::gui
