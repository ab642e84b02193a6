#pragma once

#include <QTabWidget>

namespace sbs::history {
class BuildHistory;
}

namespace sbs::models {
class ProfileSession;
class StateImageListModel;
} // namespace sbs::models

namespace sbs::gui {

class BuildPage;
class CertificatesPage;
class ConfigEditor;
class DeployPage;
class ManifestsPage;
class OverviewPage;
class StatePage;

// The pages of one server profile, as tabs: Overview, Builds (timeline, log, charts and
// history), Manifests (library, verification, browser, compare, review bundles),
// Configuration (the editor of the session's configuration) and Certificates. The main window keeps
// one per profile, so each profile's pages keep their state and their running calls while another one is
// shown.
class ProfilePages : public QTabWidget
{
    Q_OBJECT

public:
    enum Page { OverviewTab, BuildsTab, ManifestsTab, DeployTab, StateTab, ConfigurationTab, CertificatesTab };

    // history may be null (the build history could not be opened).
    ProfilePages(models::ProfileSession* session, history::BuildHistory* history, QWidget* parent = nullptr);
    ~ProfilePages() override;

    models::ProfileSession* session() const { return m_session; }
    OverviewPage* overview() const { return m_overview; }
    BuildPage* builds() const { return m_builds; }
    ManifestsPage* manifests() const { return m_manifests; }
    DeployPage* deploy() const { return m_deploy; }
    StatePage* state() const { return m_state; }
    models::StateImageListModel* stateImages() const { return m_stateImages; }
    ConfigEditor* editor() const { return m_editor; }
    CertificatesPage* certificates() const { return m_certificates; }

private:
    models::ProfileSession* m_session;
    OverviewPage* m_overview;
    BuildPage* m_builds;
    ManifestsPage* m_manifests;
    models::StateImageListModel* m_stateImages;
    DeployPage* m_deploy;
    StatePage* m_state;
    ConfigEditor* m_editor;
    CertificatesPage* m_certificates;
};

} // namespace sbs::gui
