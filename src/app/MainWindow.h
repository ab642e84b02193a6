#pragma once

#include "models/Profile.h"

#include <QList>
#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace sbs::history {
class BuildHistory;
}

namespace sbs::models {
class ConfigFieldModel;
class ProfileListModel;
class ProfileSession;
} // namespace sbs::models

namespace sbs::gui {

class BuildNotifier;
class ConfigEditor;
class OverviewPage;
class ProfilePages;

// The application window: a sidebar of server profiles, each with a live status badge, and the
// pages of the selected profile (Overview, Builds, Manifests, Configuration, Certificates).
// Every profile has its session (configuration, client, poller) and its pages for as long as it
// is in the list. The File menu adds profiles and saves, reverts or renames the selected
// profile's configuration. The build history is one database for all profiles.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Runs the onboarding wizard; returns the profile it made, or an invalid one when cancelled.
    using WizardRunner = std::function<models::Profile(QWidget* parent)>;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Replaces the onboarding wizard (tests: the wizard is modal).
    void setWizardRunner(WizardRunner runner);

    // What the window shows first: the remembered profiles, with fileArgument added and selected
    // when given, else the one selected last; the onboarding wizard when there is none.
    void startUp(const QString& fileArgument);

    // These act at once; the menu actions first ask where needed.
    // Adds the file as a profile (or selects it when it is one) and shows its configuration.
    bool openFile(const QString& path);
    // Adds the profile when new, selects it, and polls its server.
    void addProfile(const models::Profile& profile);
    void removeProfile(const QString& configPath);
    bool selectProfile(const QString& configPath);
    void runWizard();
    bool save();
    bool saveAs();
    void revert();

    models::ProfileListModel* profileModel() const { return m_profiles; }
    QList<models::ProfileSession*> sessions() const;
    models::ProfileSession* session(const QString& configPath) const;
    ProfilePages* pages(const QString& configPath) const;
    // Of the selected profile; null when there is none.
    models::ProfileSession* currentSession() const;
    ProfilePages* currentPages() const;
    models::ConfigFieldModel* configModel() const;
    ConfigEditor* configEditor() const;
    OverviewPage* overviewPage() const;
    BuildNotifier* notifier() const { return m_notifier; }
    history::BuildHistory* buildHistory() const { return m_history; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Entry
    {
        models::ProfileSession* session;
        ProfilePages* pages;

        bool operator==(const Entry& other) const { return session == other.session; }
    };

    Entry* entryOf(const models::ProfileSession* session);
    const Entry* entryFor(const QString& configPath) const;
    const Entry* currentEntry() const;
    void onCurrentProfileChanged();
    bool maybeSave(models::ProfileSession* session);
    bool saveSession(models::ProfileSession* session);
    bool saveTo(models::ProfileSession* session, const QString& path);
    void revertSession(models::ProfileSession* session);
    void handleSaveRequest(models::ProfileSession* session, bool* proceed);
    void openWithPrompt();
    void openRecent(const QString& path);
    void revertWithPrompt();
    void showPage(int page);
    void stepProfile(int delta);
    void showMessage(const QString& text, int type);
    void showAbout();
    void updateTitle();
    void updateActions();
    void updateStatus();
    void updateRecentMenu();
    QString documentName(const models::ProfileSession* session) const;
    QString dialogFolder() const;

    const std::unique_ptr<Ui::MainWindow> m_ui;
    models::ProfileListModel* m_profiles;
    QList<Entry> m_entries;
    BuildNotifier* m_notifier;
    history::BuildHistory* m_history;
    QString m_historyProblem; // why the history was started anew or is not kept; empty when fine
    QLabel* m_filePathLabel;
    QLabel* m_findingsLabel;
    WizardRunner m_wizardRunner;
    QByteArray m_editorState;
    bool m_closing = false;
};

} // namespace sbs::gui
