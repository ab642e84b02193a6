#include "MainWindow.h"

#include "BuildNotifier.h"
#include "BuildPage.h"
#include "ConfigEditor.h"
#include "Icons.h"
#include "MessageWidget.h"
#include "OnboardingWizard.h"
#include "OverviewPage.h"
#include "ProfileBadgeDelegate.h"
#include "ProfilePages.h"
#include "Prompts.h"
#include "RecentFiles.h"
#include "Resources.h"
#include "config/ConfigValidator.h"
#include "history/BuildHistory.h"
#include "models/ConfigFieldModel.h"
#include "models/Findings.h"
#include "models/ProfileListModel.h"
#include "models/ProfileSession.h"
#include "models/ProfileStore.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <algorithm>

namespace sbs::gui {

using models::ConfigFieldModel;
using models::Profile;
using models::ProfileSession;
using models::ProfileStore;

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString SplitterKey = QStringLiteral("mainWindow/splitter");
const QString EditorStateKey = QStringLiteral("mainWindow/configEditor");
const QString LastFolderKey = QStringLiteral("mainWindow/lastFolder");
constexpr int StatusMessageMs = 5000;

QString fileFilter()
{
    return MainWindow::tr("Configuration files (*.json);;All files (*)");
}

Profile runOnboardingWizard(QWidget* parent)
{
    OnboardingWizard wizard(parent);
    return wizard.exec() == QDialog::Accepted ? wizard.profile() : Profile();
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_profiles(new models::ProfileListModel(this))
    , m_notifier(new BuildNotifier(this))
    , m_history(new history::BuildHistory(this))
    , m_filePathLabel(new QLabel(this))
    , m_findingsLabel(new QLabel(this))
    , m_wizardRunner(runOnboardingWizard)
{
    initResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/sbs-desktop.svg")));

    m_ui->profileListView->setModel(m_profiles);
    m_ui->profileListView->setItemDelegate(new ProfileBadgeDelegate(m_ui->profileListView));
    m_ui->profileListView->setSelectionMode(QAbstractItemView::SingleSelection);
    QFont titleFont = m_ui->sidebarTitleLabel->font();
    titleFont.setBold(true);
    m_ui->sidebarTitleLabel->setFont(titleFont);
    QFont emptyFont = m_ui->emptyTitleLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.6);
    emptyFont.setBold(true);
    m_ui->emptyTitleLabel->setFont(emptyFont);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({ 260, 920 });

    QStyle* s = style();
    m_ui->newServerAction->setIcon(Icons::themed(QStringLiteral("list-add"), QStringLiteral("add")));
    m_ui->openAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-open"), s->standardIcon(QStyle::SP_DialogOpenButton)));
    m_ui->saveAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-save"), s->standardIcon(QStyle::SP_DialogSaveButton)));
    m_ui->saveAsAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_ui->revertAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-revert"), s->standardIcon(QStyle::SP_BrowserReload)));
    m_ui->removeProfileAction->setIcon(
        Icons::themed(QStringLiteral("list-remove"), QStringLiteral("remove")));
    m_ui->refreshAction->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), s->standardIcon(QStyle::SP_BrowserReload)));
    m_ui->buildAction->setIcon(Icons::bundled(QStringLiteral("build")));
    m_ui->quitAction->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_ui->aboutAction->setIcon(QIcon::fromTheme(QStringLiteral("help-about"), windowIcon()));
    m_ui->quitAction->setMenuRole(QAction::QuitRole);
    m_ui->aboutAction->setMenuRole(QAction::AboutRole);
    m_ui->addProfileButton->setDefaultAction(m_ui->newServerAction);
    m_ui->openProfileButton->setDefaultAction(m_ui->openAction);
    m_ui->removeProfileButton->setDefaultAction(m_ui->removeProfileAction);
    m_ui->startMessageWidget->setCloseButtonVisible(true);

    connect(m_ui->newServerAction, &QAction::triggered, this, &MainWindow::runWizard);
    connect(m_ui->newServerButton, &QPushButton::clicked, this, &MainWindow::runWizard);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openWithPrompt);
    connect(m_ui->openConfigButton, &QPushButton::clicked, this, &MainWindow::openWithPrompt);
    connect(m_ui->saveAction, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_ui->revertAction, &QAction::triggered, this, &MainWindow::revertWithPrompt);
    connect(m_ui->removeProfileAction, &QAction::triggered, this, [this] {
        if (const Entry* entry = currentEntry())
            removeProfile(entry->session->profile().configPath);
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->clearRecentAction, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        updateRecentMenu();
    });
    connect(m_ui->overviewAction, &QAction::triggered, this, [this] { showPage(ProfilePages::OverviewTab); });
    connect(m_ui->buildsAction, &QAction::triggered, this, [this] { showPage(ProfilePages::BuildsTab); });
    connect(m_ui->manifestsAction, &QAction::triggered, this, [this] { showPage(ProfilePages::ManifestsTab); });
    connect(m_ui->deployAction, &QAction::triggered, this, [this] { showPage(ProfilePages::DeployTab); });
    connect(m_ui->stateAction, &QAction::triggered, this, [this] { showPage(ProfilePages::StateTab); });
    connect(m_ui->configurationAction, &QAction::triggered, this,
            [this] { showPage(ProfilePages::ConfigurationTab); });
    connect(m_ui->certificatesAction, &QAction::triggered, this,
            [this] { showPage(ProfilePages::CertificatesTab); });
    connect(m_ui->previousProfileAction, &QAction::triggered, this, [this] { stepProfile(-1); });
    connect(m_ui->nextProfileAction, &QAction::triggered, this, [this] { stepProfile(1); });
    connect(m_ui->refreshAction, &QAction::triggered, this, [this] {
        if (OverviewPage* page = overviewPage())
            page->trigger(OverviewPage::Action::Refresh);
    });
    connect(m_ui->buildAction, &QAction::triggered, this, [this] {
        if (OverviewPage* page = overviewPage()) {
            // The build is followed on the Builds page; the Overview runs the action.
            showPage(ProfilePages::BuildsTab);
            page->trigger(OverviewPage::Action::Build);
        }
    });
    connect(m_ui->serverMenu, &QMenu::aboutToShow, this, &MainWindow::updateActions);
    connect(m_ui->profileListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentProfileChanged);

    m_filePathLabel->setObjectName(QStringLiteral("filePathLabel"));
    m_filePathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findingsLabel->setObjectName(QStringLiteral("findingsStatusLabel"));
    statusBar()->addPermanentWidget(m_filePathLabel, 1);
    statusBar()->addPermanentWidget(m_findingsLabel);

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1180, 780);
    restoreState(settings.value(StateKey).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_editorState = settings.value(EditorStateKey).toByteArray();

    // The build history is shared by every profile. A corrupt one was moved aside (told once on
    // every Builds page); one that cannot be opened at all leaves the pages without history.
    const Status opened = m_history->open(history::BuildHistory::defaultPath());
    if (!opened)
        m_historyProblem = tr("Builds are not recorded in the history: %1").arg(opened.error());
    else
        m_historyProblem = m_history->recoveryMessage();
    if (!m_historyProblem.isEmpty()) {
        m_ui->startMessageWidget->showMessage(m_historyProblem, MessageWidget::Type::Warning,
                                              MessageWidget::NoAutoHide);
        statusBar()->showMessage(m_historyProblem, StatusMessageMs);
    }

    updateRecentMenu();
    onCurrentProfileChanged();
}

MainWindow::~MainWindow()
{
    // The pages use their sessions until they are gone: pages first, then the sessions.
    for (const Entry& entry : std::as_const(m_entries)) {
        entry.session->stopPolling();
        delete entry.pages;
    }
    for (const Entry& entry : std::as_const(m_entries))
        delete entry.session;
    m_entries.clear();
}

void MainWindow::setWizardRunner(WizardRunner runner)
{
    m_wizardRunner = std::move(runner);
}

void MainWindow::startUp(const QString& fileArgument)
{
    const QString last = ProfileStore::lastSelected();
    for (const Profile& profile : ProfileStore::load())
        addProfile(profile);
    if (!fileArgument.isEmpty()) {
        openFile(fileArgument);
    } else if (!last.isEmpty() && entryFor(last)) {
        selectProfile(last);
    } else if (!m_entries.isEmpty()) {
        selectProfile(m_entries.first().session->profile().configPath);
    }
    if (m_entries.isEmpty())
        runWizard();
}

bool MainWindow::openFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        showMessage(tr("%1 does not exist or is not a file; choose an existing sbs-config.json.")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                    int(MessageWidget::Type::Error));
        return false;
    }
    const Profile profile = Profile::forConfig(path);
    addProfile(profile);
    RecentFiles::add(profile.configPath);
    QSettings().setValue(LastFolderKey, info.absolutePath());
    updateRecentMenu();
    const Entry* entry = entryFor(profile.configPath);
    if (!entry)
        return false;
    // The configuration is what the user opened: show it.
    entry->pages->setCurrentIndex(ProfilePages::ConfigurationTab);
    if (entry->session->health().badge == models::ProfileHealth::Badge::Broken
        && entry->session->config()->filePath().isEmpty())
        return false;
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(profile.configPath)),
                             StatusMessageMs);
    return true;
}

void MainWindow::addProfile(const Profile& profile)
{
    if (!profile.isValid())
        return;
    if (entryFor(profile.configPath)) {
        selectProfile(profile.configPath);
        return;
    }
    auto* session = new ProfileSession(profile, nullptr);
    auto* pages = new ProfilePages(session, m_history->isOpen() ? m_history : nullptr, m_ui->profileStack);
    if (!m_editorState.isEmpty())
        pages->editor()->restoreState(m_editorState);
    if (!m_historyProblem.isEmpty())
        pages->builds()->messageWidget()->showMessage(m_historyProblem, MessageWidget::Type::Warning,
                                                      MessageWidget::NoAutoHide);
    m_ui->profileStack->addWidget(pages);
    m_entries.append({ session, pages });

    connect(session, &ProfileSession::healthChanged, this,
            [this, session](const models::ProfileHealth& health) {
                m_profiles->setHealth(session->profile().configPath, health);
                if (session == currentSession())
                    updateActions();
            });
    ConfigFieldModel* model = session->config();
    connect(model, &ConfigFieldModel::modifiedChanged, this, [this, session] {
        if (session == currentSession()) {
            updateTitle();
            updateActions();
        }
    });
    connect(model, &ConfigFieldModel::filePathChanged, this, [this, session] {
        if (session == currentSession()) {
            updateTitle();
            updateActions();
            updateStatus();
        }
    });
    connect(model, &ConfigFieldModel::findingsChanged, this, [this, session] {
        if (session == currentSession())
            updateStatus();
    });
    OverviewPage* overview = pages->overview();
    connect(overview, &OverviewPage::saveRequested, this,
            [this, session](bool* proceed) { handleSaveRequest(session, proceed); });
    connect(overview, &OverviewPage::buildEnded, this,
            [this](const QString& name, bool succeeded, const QString& detail) {
                m_notifier->notifyBuildEnded(name, succeeded, detail);
                statusBar()->showMessage(detail, StatusMessageMs);
            });
    connect(overview, &OverviewPage::progressChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text);
        updateActions();
    });

    m_profiles->addProfile(profile);
    ProfileStore::add(profile);

    const Status loaded = session->load();
    if (!loaded)
        pages->editor()->showMessage(loaded.error(), MessageWidget::Type::Error, MessageWidget::NoAutoHide);
    m_profiles->setHealth(profile.configPath, session->health());
    session->startPolling();
    selectProfile(profile.configPath);
}

void MainWindow::removeProfile(const QString& configPath)
{
    const Entry* found = entryFor(configPath);
    if (!found)
        return;
    const Entry entry = *found;
    if (!maybeSave(entry.session))
        return;
    const int row = m_profiles->rowOf(configPath);
    entry.session->stopPolling();
    m_entries.removeOne(entry);
    m_ui->profileStack->removeWidget(entry.pages);
    delete entry.pages;
    delete entry.session;
    ProfileStore::remove(Profile::forConfig(configPath));
    m_profiles->removeProfile(configPath);
    if (m_profiles->rowCount() > 0)
        selectProfile(m_profiles->profileAt(std::min(row, m_profiles->rowCount() - 1)).configPath);
    else
        onCurrentProfileChanged();
    statusBar()->showMessage(
        tr("Removed %1 from the list; its files are still there.").arg(QDir::toNativeSeparators(configPath)),
        StatusMessageMs);
}

bool MainWindow::selectProfile(const QString& configPath)
{
    const QModelIndex index = m_profiles->indexOf(configPath);
    if (!index.isValid())
        return false;
    m_ui->profileListView->setCurrentIndex(index);
    return true;
}

void MainWindow::runWizard()
{
    if (!m_wizardRunner)
        return;
    const Profile profile = m_wizardRunner(this);
    if (profile.isValid())
        addProfile(profile);
}

bool MainWindow::save()
{
    ProfileSession* session = currentSession();
    return session && saveSession(session);
}

bool MainWindow::saveAs()
{
    ProfileSession* session = currentSession();
    if (!session)
        return false;
    ConfigFieldModel* model = session->config();
    const QString start = model->filePath().isEmpty() ? session->profile().configPath : model->filePath();
    const QString path = Prompts::saveFileName(this, tr("Save Configuration As"), start, fileFilter());
    if (path.isEmpty())
        return false;
    return saveTo(session, path);
}

void MainWindow::revert()
{
    if (ProfileSession* session = currentSession())
        revertSession(session);
}

QList<ProfileSession*> MainWindow::sessions() const
{
    QList<ProfileSession*> list;
    for (const Entry& entry : m_entries)
        list << entry.session;
    return list;
}

ProfileSession* MainWindow::session(const QString& configPath) const
{
    const Entry* entry = entryFor(configPath);
    return entry ? entry->session : nullptr;
}

ProfilePages* MainWindow::pages(const QString& configPath) const
{
    const Entry* entry = entryFor(configPath);
    return entry ? entry->pages : nullptr;
}

ProfileSession* MainWindow::currentSession() const
{
    const Entry* entry = currentEntry();
    return entry ? entry->session : nullptr;
}

ProfilePages* MainWindow::currentPages() const
{
    const Entry* entry = currentEntry();
    return entry ? entry->pages : nullptr;
}

ConfigFieldModel* MainWindow::configModel() const
{
    const Entry* entry = currentEntry();
    return entry ? entry->session->config() : nullptr;
}

ConfigEditor* MainWindow::configEditor() const
{
    const Entry* entry = currentEntry();
    return entry ? entry->pages->editor() : nullptr;
}

OverviewPage* MainWindow::overviewPage() const
{
    const Entry* entry = currentEntry();
    return entry ? entry->pages->overview() : nullptr;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (const Entry& entry : std::as_const(m_entries)) {
        if (!maybeSave(entry.session)) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_ui->mainSplitter->saveState());
    if (ConfigEditor* editor = configEditor())
        settings.setValue(EditorStateKey, editor->saveState());
    // Running calls end with the window: no handler runs after its page is gone.
    for (const Entry& entry : std::as_const(m_entries)) {
        entry.session->stopPolling();
        entry.pages->overview()->cancel();
    }
    event->accept();
}

MainWindow::Entry* MainWindow::entryOf(const ProfileSession* session)
{
    for (Entry& entry : m_entries) {
        if (entry.session == session)
            return &entry;
    }
    return nullptr;
}

const MainWindow::Entry* MainWindow::entryFor(const QString& configPath) const
{
    for (const Entry& entry : m_entries) {
        if (entry.session->profile().configPath == configPath)
            return &entry;
    }
    return nullptr;
}

const MainWindow::Entry* MainWindow::currentEntry() const
{
    const QModelIndex index = m_ui->profileListView->currentIndex();
    if (!index.isValid())
        return nullptr;
    return entryFor(index.data(models::ProfileListModel::ConfigPathRole).toString());
}

void MainWindow::onCurrentProfileChanged()
{
    // A hidden profile's pages must not size the window (a message bar laid out for a narrow
    // width asks for a lot of height): only the shown one counts.
    const Entry* current = currentEntry();
    for (const Entry& entry : std::as_const(m_entries)) {
        const auto policy
            = current && entry.session == current->session ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        entry.pages->setSizePolicy(policy, policy);
    }
    if (const Entry* entry = current) {
        m_ui->profileStack->setCurrentWidget(entry->pages);
        ProfileStore::setLastSelected(entry->session->profile().configPath);
    } else {
        m_ui->profileStack->setCurrentWidget(m_ui->emptyPage);
    }
    updateTitle();
    updateActions();
    updateStatus();
}

bool MainWindow::maybeSave(ProfileSession* session)
{
    if (!session->config()->isModified())
        return true;
    switch (Prompts::unsavedChanges(this, documentName(session))) {
    case QMessageBox::Save:
        return saveSession(session);
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool MainWindow::saveSession(ProfileSession* session)
{
    const QString path = session->config()->filePath();
    if (path.isEmpty()) {
        // The file could not be loaded: save over it, keeping the broken one as a backup.
        return saveTo(session, session->profile().configPath);
    }
    return saveTo(session, path);
}

bool MainWindow::saveTo(ProfileSession* session, const QString& path)
{
    Entry* entry = entryOf(session);
    ConfigFieldModel* model = session->config();
    const Profile old = session->profile();
    const Profile renamed = Profile::forConfig(path, old.workDir);
    if (renamed != old && entryFor(renamed.configPath)) {
        entry->pages->editor()->showMessage(
            tr("%1 is the configuration of another server in the list; choose another file name.")
                .arg(QDir::toNativeSeparators(renamed.configPath)),
            MessageWidget::Type::Error);
        return false;
    }
    const auto saved = model->saveFileAs(path);
    if (!saved) {
        entry->pages->editor()->showMessage(saved.error(), MessageWidget::Type::Error);
        return false;
    }
    if (renamed != old) {
        // Save As: the profile follows its configuration to the new file.
        session->setProfile(renamed);
        m_profiles->replaceProfile(old.configPath, renamed);
        QList<Profile> stored = ProfileStore::load();
        const qsizetype at = stored.indexOf(old);
        if (at >= 0)
            stored[at] = renamed;
        else
            stored.append(renamed);
        ProfileStore::save(stored);
        if (session == currentSession())
            ProfileStore::setLastSelected(renamed.configPath);
    }
    RecentFiles::add(saved->path);
    QSettings().setValue(LastFolderKey, QFileInfo(saved->path).absolutePath());
    updateRecentMenu();
    const QString name = QFileInfo(saved->path).fileName();
    if (saved->backupPath.isEmpty())
        entry->pages->editor()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(saved->path)),
                                            MessageWidget::Type::Positive);
    else
        entry->pages->editor()->showMessage(tr("Saved %1. The previous version is kept as %2.")
                                                .arg(name, QDir::toNativeSeparators(saved->backupPath)),
                                            MessageWidget::Type::Positive);
    statusBar()->showMessage(tr("Saved %1").arg(name), StatusMessageMs);
    // The client works with the saved file: set it up again from there.
    session->reconnect();
    updateTitle();
    return true;
}

void MainWindow::revertSession(ProfileSession* session)
{
    ConfigFieldModel* model = session->config();
    ConfigEditor* editor = entryOf(session)->pages->editor();
    const QString path = model->filePath();
    if (!path.isEmpty() && QFileInfo(path).isFile()) {
        const Status loaded = model->loadFile(path);
        if (loaded) {
            editor->showMessage(tr("Reverted to the saved %1.").arg(QFileInfo(path).fileName()),
                                MessageWidget::Type::Information);
            return;
        }
        model->revert();
        editor->showMessage(
            tr("%1 Your changes are undone as far as this program knows the file.").arg(loaded.error()),
            MessageWidget::Type::Warning);
        return;
    }
    model->revert();
    editor->showMessage(tr("Your changes are undone."), MessageWidget::Type::Information);
}

// Build (and the other actions that send the configuration) asks to save unsaved changes first.
void MainWindow::handleSaveRequest(ProfileSession* session, bool* proceed)
{
    if (!session->config()->isModified()) {
        *proceed = true;
        return;
    }
    switch (Prompts::unsavedChanges(this, documentName(session))) {
    case QMessageBox::Save:
        *proceed = saveSession(session);
        break;
    case QMessageBox::Discard:
        revertSession(session);
        *proceed = true;
        break;
    default:
        *proceed = false;
        break;
    }
}

void MainWindow::openWithPrompt()
{
    const QString path = Prompts::openFileName(this, tr("Open Configuration"), dialogFolder(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openRecent(const QString& path)
{
    if (!openFile(path) && !QFileInfo(path).isFile()) {
        RecentFiles::remove(path);
        updateRecentMenu();
    }
}

void MainWindow::revertWithPrompt()
{
    ProfileSession* session = currentSession();
    if (!session || !session->config()->isModified())
        return;
    const auto answer = Prompts::question(
        this, tr("Revert"),
        tr("Discard your changes to %1 and go back to the saved version?").arg(documentName(session)),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        revertSession(session);
}

void MainWindow::showPage(int page)
{
    if (ProfilePages* pages = currentPages())
        pages->setCurrentIndex(page);
}

void MainWindow::stepProfile(int delta)
{
    const int rows = m_profiles->rowCount();
    if (rows == 0)
        return;
    const int row = m_ui->profileListView->currentIndex().row();
    const int next = std::clamp(row + delta, 0, rows - 1);
    m_ui->profileListView->setCurrentIndex(m_profiles->index(next));
}

// A message for the window as a whole: on the selected profile's configuration page, or on the
// start page when there is no profile.
void MainWindow::showMessage(const QString& text, int type)
{
    if (ConfigEditor* editor = configEditor())
        editor->showMessage(text, MessageWidget::Type(type));
    else
        m_ui->startMessageWidget->showMessage(text, MessageWidget::Type(type));
    statusBar()->showMessage(text, StatusMessageMs);
}

void MainWindow::showAbout()
{
    Prompts::about(this, tr("About SBS Desktop"),
                   tr("<h3>SBS Desktop %1</h3>"
                      "<p>A workbench for Secure Build Servers: IBM's Hyper Protect Secure Build and the "
                      "on-premises sbs-server. It keeps a list of your servers with their live status, "
                      "starts and watches builds, edits the server's build configuration, "
                      "sbs-config.json, in forms that check every value as you type, and saves it "
                      "safely, keeping the previous file as a backup.</p>"
                      "<p>Built with Qt %2.</p>")
                       .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::updateTitle()
{
    const ProfileSession* session = currentSession();
    if (!session) {
        setWindowTitle(QStringLiteral("SBS Desktop"));
        setWindowFilePath(QString());
        setWindowModified(false);
        return;
    }
    const QString path = session->config()->filePath();
    const QString file = QFileInfo(path.isEmpty() ? session->profile().configPath : path).fileName();
    setWindowTitle(tr("%1[*] (%2) — SBS Desktop").arg(file, session->profile().displayName()));
    setWindowFilePath(path);
    setWindowModified(session->config()->isModified());
}

void MainWindow::updateActions()
{
    const ProfileSession* session = currentSession();
    const bool hasProfile = session != nullptr;
    m_ui->saveAction->setEnabled(hasProfile);
    m_ui->saveAsAction->setEnabled(hasProfile);
    m_ui->revertAction->setEnabled(hasProfile && session->config()->isModified());
    m_ui->removeProfileAction->setEnabled(hasProfile);
    m_ui->overviewAction->setEnabled(hasProfile);
    m_ui->configurationAction->setEnabled(hasProfile);
    m_ui->certificatesAction->setEnabled(hasProfile);
    m_ui->previousProfileAction->setEnabled(m_profiles->rowCount() > 1);
    m_ui->nextProfileAction->setEnabled(m_profiles->rowCount() > 1);
    const OverviewPage* overview = overviewPage();
    m_ui->refreshAction->setEnabled(overview && overview->canTrigger(OverviewPage::Action::Refresh));
    m_ui->buildAction->setEnabled(overview && overview->canTrigger(OverviewPage::Action::Build));
}

void MainWindow::updateStatus()
{
    const ProfileSession* session = currentSession();
    if (!session) {
        m_filePathLabel->setText(tr("No server selected"));
        m_findingsLabel->clear();
        return;
    }
    const QString path = session->config()->filePath();
    m_filePathLabel->setText(QDir::toNativeSeparators(path.isEmpty() ? session->profile().configPath : path));
    int errors = 0;
    int warnings = 0;
    for (const config::Finding& f : session->config()->findings()) {
        if (f.severity == config::Finding::Severity::Error)
            ++errors;
        else if (f.severity == config::Finding::Severity::Warning)
            ++warnings;
    }
    m_findingsLabel->setText(errors == 0 && warnings == 0 ? tr("No problems found")
                                                          : models::Findings::countText(errors, warnings));
}

void MainWindow::updateRecentMenu()
{
    QMenu* menu = m_ui->recentMenu;
    menu->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        const QString label = tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName());
        QAction* action = menu->addAction(label);
        action->setObjectName(QStringLiteral("recentFileAction%1").arg(i + 1));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (!files.isEmpty())
        menu->addSeparator();
    menu->addAction(m_ui->clearRecentAction);
    m_ui->clearRecentAction->setEnabled(!files.isEmpty());
    menu->setEnabled(true);
}

QString MainWindow::documentName(const ProfileSession* session) const
{
    const QString file = QFileInfo(session->profile().configPath).fileName();
    return tr("%1 of %2").arg(file, session->profile().displayName());
}

QString MainWindow::dialogFolder() const
{
    if (const ProfileSession* session = currentSession())
        return QFileInfo(session->profile().configPath).absolutePath();
    const QString last = QSettings().value(LastFolderKey).toString();
    return !last.isEmpty() && QFileInfo(last).isDir() ? last : QDir::homePath();
}

} // namespace sbs::gui
