#pragma once

#include <QTabWidget>

namespace sbs::models {
class ProfileSession;
}

namespace sbs::gui {

class CertificatesPage;
class ConfigEditor;
class OverviewPage;

// The pages of one server profile, as tabs: Overview, Configuration (the editor of the
// session's configuration) and Certificates. The main window keeps one per profile, so each
// profile's pages keep their state and their running calls while another one is shown.
class ProfilePages : public QTabWidget
{
    Q_OBJECT

public:
    enum Page { OverviewTab, ConfigurationTab, CertificatesTab };

    explicit ProfilePages(models::ProfileSession* session, QWidget* parent = nullptr);
    ~ProfilePages() override;

    models::ProfileSession* session() const { return m_session; }
    OverviewPage* overview() const { return m_overview; }
    ConfigEditor* editor() const { return m_editor; }
    CertificatesPage* certificates() const { return m_certificates; }

private:
    models::ProfileSession* m_session;
    OverviewPage* m_overview;
    ConfigEditor* m_editor;
    CertificatesPage* m_certificates;
};

} // namespace sbs::gui
