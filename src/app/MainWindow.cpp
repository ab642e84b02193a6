#include "MainWindow.h"

#include "ConfigEditor.h"
#include "Prompts.h"
#include "RecentFiles.h"
#include "Resources.h"
#include "config/ConfigValidator.h"
#include "models/ConfigFieldModel.h"
#include "models/Findings.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>

namespace sbs::gui {

using models::ConfigFieldModel;

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString EditorStateKey = QStringLiteral("mainWindow/configEditor");
const QString LastFolderKey = QStringLiteral("mainWindow/lastFolder");
constexpr int StatusMessageMs = 5000;

QString fileFilter()
{
    return MainWindow::tr("Configuration files (*.json);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_model(new ConfigFieldModel(this))
    , m_editor(nullptr)
    , m_filePathLabel(new QLabel(this))
    , m_findingsLabel(new QLabel(this))
{
    initResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/sbs-desktop.svg")));

    m_editor = new ConfigEditor(m_model, m_ui->pageStack);
    m_editor->setObjectName(QStringLiteral("configEditor"));
    m_ui->pageStack->addWidget(m_editor);

    QStyle* s = style();
    m_ui->newAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-new"), s->standardIcon(QStyle::SP_FileIcon)));
    m_ui->openAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-open"), s->standardIcon(QStyle::SP_DialogOpenButton)));
    m_ui->saveAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-save"), s->standardIcon(QStyle::SP_DialogSaveButton)));
    m_ui->saveAsAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_ui->revertAction->setIcon(
        QIcon::fromTheme(QStringLiteral("document-revert"), s->standardIcon(QStyle::SP_BrowserReload)));
    m_ui->quitAction->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_ui->aboutAction->setIcon(QIcon::fromTheme(QStringLiteral("help-about"), windowIcon()));
    m_ui->quitAction->setMenuRole(QAction::QuitRole);
    m_ui->aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_ui->newAction, &QAction::triggered, this, [this] {
        if (maybeSave())
            newFromTemplate();
    });
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openWithPrompt);
    connect(m_ui->saveAction, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_ui->revertAction, &QAction::triggered, this, &MainWindow::revertWithPrompt);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->clearRecentAction, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        updateRecentMenu();
    });

    m_filePathLabel->setObjectName(QStringLiteral("filePathLabel"));
    m_filePathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findingsLabel->setObjectName(QStringLiteral("findingsStatusLabel"));
    statusBar()->addPermanentWidget(m_filePathLabel, 1);
    statusBar()->addPermanentWidget(m_findingsLabel);

    connect(m_model, &ConfigFieldModel::modifiedChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(m_model, &ConfigFieldModel::filePathChanged, this, [this] {
        updateTitle();
        updateActions();
        updateStatus();
    });
    connect(m_model, &ConfigFieldModel::findingsChanged, this, &MainWindow::updateStatus);

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1180, 780);
    restoreState(settings.value(StateKey).toByteArray());
    m_editor->restoreState(settings.value(EditorStateKey).toByteArray());

    updateRecentMenu();
    updateTitle();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::startUp(const QString& fileArgument)
{
    QString path = fileArgument;
    if (path.isEmpty()) {
        const QStringList recent = RecentFiles::list();
        if (!recent.isEmpty() && QFileInfo(recent.first()).isFile())
            path = recent.first();
    }
    if (path.isEmpty()) {
        newFromTemplate();
        return;
    }
    if (openFile(path))
        return;
    const QString error = m_editor->messageWidget()->text();
    if (newFromTemplate())
        m_editor->showMessage(tr("%1 A new configuration from the template is shown instead.").arg(error),
                              MessageWidget::Type::Error);
}

bool MainWindow::openFile(const QString& path)
{
    const Status loaded = m_model->loadFile(path);
    if (!loaded) {
        m_editor->showMessage(loaded.error(), MessageWidget::Type::Error);
        return false;
    }
    RecentFiles::add(m_model->filePath());
    QSettings().setValue(LastFolderKey, m_model->baseDir());
    updateRecentMenu();
    m_editor->hideMessage();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_model->filePath())),
                             StatusMessageMs);
    return true;
}

bool MainWindow::newFromTemplate()
{
    const Status created = m_model->newFromTemplate();
    if (!created) {
        m_editor->showMessage(created.error(), MessageWidget::Type::Error);
        return false;
    }
    m_editor->showPage(m_model->groupIds().value(0));
    m_editor->showMessage(
        tr("This is a new configuration from the template, not saved yet. Fill in the fields "
           "marked as errors, then save it with File → Save."),
        MessageWidget::Type::Information, MessageWidget::NoAutoHide);
    return true;
}

bool MainWindow::save()
{
    if (m_model->filePath().isEmpty())
        return saveAs();
    return saveTo(m_model->filePath());
}

bool MainWindow::saveAs()
{
    const QString start = m_model->filePath().isEmpty()
        ? QDir(dialogFolder()).filePath(QStringLiteral("sbs-config.json"))
        : m_model->filePath();
    const QString path = Prompts::saveFileName(this, tr("Save Configuration As"), start, fileFilter());
    if (path.isEmpty())
        return false;
    return saveTo(path);
}

bool MainWindow::saveTo(const QString& path)
{
    const auto saved = m_model->saveFileAs(path);
    if (!saved) {
        m_editor->showMessage(saved.error(), MessageWidget::Type::Error);
        return false;
    }
    RecentFiles::add(saved->path);
    QSettings().setValue(LastFolderKey, m_model->baseDir());
    updateRecentMenu();
    const QString name = QFileInfo(saved->path).fileName();
    if (saved->backupPath.isEmpty())
        m_editor->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(saved->path)),
                              MessageWidget::Type::Positive);
    else
        m_editor->showMessage(tr("Saved %1. The previous version is kept as %2.")
                                  .arg(name, QDir::toNativeSeparators(saved->backupPath)),
                              MessageWidget::Type::Positive);
    statusBar()->showMessage(tr("Saved %1").arg(name), StatusMessageMs);
    return true;
}

void MainWindow::revert()
{
    const QString path = m_model->filePath();
    if (!path.isEmpty() && QFileInfo(path).isFile()) {
        const Status loaded = m_model->loadFile(path);
        if (loaded) {
            m_editor->showMessage(tr("Reverted to the saved %1.").arg(QFileInfo(path).fileName()),
                                  MessageWidget::Type::Information);
            return;
        }
        m_model->revert();
        m_editor->showMessage(
            tr("%1 Your changes are undone as far as this program knows the file.").arg(loaded.error()),
            MessageWidget::Type::Warning);
        return;
    }
    m_model->revert();
    m_editor->showMessage(tr("Your changes are undone."), MessageWidget::Type::Information);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(EditorStateKey, m_editor->saveState());
    event->accept();
}

bool MainWindow::maybeSave()
{
    if (!m_model->isModified())
        return true;
    switch (Prompts::unsavedChanges(this, documentName())) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::openWithPrompt()
{
    if (!maybeSave())
        return;
    const QString path = Prompts::openFileName(this, tr("Open Configuration"), dialogFolder(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openRecent(const QString& path)
{
    if (!maybeSave())
        return;
    if (!openFile(path)) {
        RecentFiles::remove(path);
        updateRecentMenu();
    }
}

void MainWindow::revertWithPrompt()
{
    if (!m_model->isModified())
        return;
    const auto answer = Prompts::question(
        this, tr("Revert"),
        tr("Discard your changes to %1 and go back to the saved version?").arg(documentName()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        revert();
}

void MainWindow::showAbout()
{
    Prompts::about(this, tr("About SBS Desktop"),
                   tr("<h3>SBS Desktop %1</h3>"
                      "<p>A workbench for IBM's Secure Build Server. It edits the server's build "
                      "configuration, sbs-config.json, in forms that check every value as you type, and "
                      "saves it safely, keeping the previous file as a backup.</p>"
                      "<p>Built with Qt %2.</p>")
                       .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — SBS Desktop").arg(documentName()));
    setWindowFilePath(m_model->filePath());
    setWindowModified(m_model->isModified());
}

void MainWindow::updateActions()
{
    m_ui->revertAction->setEnabled(m_model->isModified());
}

void MainWindow::updateStatus()
{
    const QString path = m_model->filePath();
    m_filePathLabel->setText(path.isEmpty() ? tr("New configuration, not saved yet")
                                            : QDir::toNativeSeparators(path));
    int errors = 0;
    int warnings = 0;
    for (const config::Finding& f : m_model->findings()) {
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

QString MainWindow::documentName() const
{
    const QString path = m_model->filePath();
    return path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
}

QString MainWindow::dialogFolder() const
{
    if (!m_model->filePath().isEmpty())
        return m_model->baseDir();
    const QString last = QSettings().value(LastFolderKey).toString();
    return !last.isEmpty() && QFileInfo(last).isDir() ? last : QDir::homePath();
}

} // namespace sbs::gui
