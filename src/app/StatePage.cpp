#include "StatePage.h"

#include "Icons.h"
#include "MessageWidget.h"
#include "Prompts.h"
#include "RecoveryPanel.h"
#include "api/SbsClient.h"
#include "config/ConfigDocument.h"
#include "models/ConfigFieldModel.h"
#include "models/ProfileSession.h"
#include "models/StateImageListModel.h"
#include "state/StateImageFile.h"
#include "ui_StatePage.h"
#include "util/NewFile.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace sbs::gui {

using models::StateImageListModel;
using state::StateImageFile;
using state::StateImageRecord;
using Where = StateImageRecord::Where;

namespace {

// The width the Name column starts with, in pixels.
constexpr int NameColumnWidth = 200;

const QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions OwnerOnlyFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// What the saving worker hands back; default-constructible for QFuture.
struct Saved
{
    bool ok = false;
    bool alreadyThere = false;
    QString error;
};

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Creates folder and the missing folders above it, each readable only by the user.
Status makeFolder(const QString& folder)
{
    QStringList missing;
    for (QString f = QDir::cleanPath(folder); !QFileInfo::exists(f); f = QFileInfo(f).absolutePath())
        missing.prepend(f);
    for (const QString& f : std::as_const(missing)) {
        if (!QDir().mkdir(f, OwnerOnlyFolder))
            return Status::fail(StatePage::tr("The folder %1 cannot be created; check the permissions of %2.")
                                    .arg(shown(f), shown(QFileInfo(f).absolutePath())));
    }
    if (!QFileInfo(folder).isDir())
        return Status::fail(
            StatePage::tr("%1 is not a folder: choose another one to export to.").arg(shown(folder)));
    return Status::ok();
}

} // namespace

StatePage::StatePage(models::ProfileSession* session, models::StateImageListModel* images, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::StatePage)
    , m_session(session)
    , m_images(images)
{
    m_ui->setupUi(this);
    setUpUi();
    connectUi();
    connectSession();
    openRecords();
    onConfigChanged();
    updateServer();
    updateActions();
}

StatePage::~StatePage()
{
    // Late answers and the workers' results are dropped by the token.
    ++m_token;
    if (m_pending)
        m_pending->cancel();
    m_workers.waitForAll();
}

bool StatePage::isBusy() const
{
    return m_task != Task::None || m_recovery->isBusy();
}

// ---- set-up ----------------------------------------------------------------------------------

void StatePage::setUpUi()
{
    m_message = m_ui->stateMessageWidget;
    m_message->setCloseButtonVisible(true);
    m_message->hide();

    m_recovery = new RecoveryPanel(m_session, m_images, m_ui->recoveryGroupBox);
    m_recovery->setObjectName(QStringLiteral("recoveryPanel"));
    m_ui->recoveryLayout->addWidget(m_recovery);
    m_ui->stateSplitter->setStretchFactor(0, 3);
    m_ui->stateSplitter->setStretchFactor(1, 2);
    m_ui->stateSplitter->setSizes({ 600, 450 });

    m_ui->chooseExportFolderButton->setIcon(Icons::bundled(QStringLiteral("folder")));
    m_ui->exportButton->setIcon(Icons::bundled(QStringLiteral("storage")));
    m_ui->cancelExportButton->setIcon(QIcon::fromTheme(QStringLiteral("process-stop"),
                                                       style()->standardIcon(QStyle::SP_DialogCancelButton)));
    m_ui->addFileButton->setIcon(Icons::bundled(QStringLiteral("add")));
    m_ui->removeFromListButton->setIcon(Icons::bundled(QStringLiteral("remove")));
    m_ui->openFolderButton->setIcon(Icons::bundled(QStringLiteral("folder")));
    m_ui->rotateSecretButton->setIcon(Icons::bundled(QStringLiteral("trust")));
    for (QWidget* w : std::initializer_list<QWidget*> { m_ui->exportBusyLabel, m_ui->exportProgressBar,
                                                        m_ui->cancelExportButton })
        w->hide();

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_images);
    m_proxy->setSortRole(StateImageListModel::SortRole);
    QTableView* view = m_ui->stateImagesView;
    view->setModel(m_proxy);
    view->sortByColumn(StateImageListModel::DateColumn, Qt::DescendingOrder);
    QHeaderView* header = view->horizontalHeader();
    // Names are long (registry, repository, tag and time): the name keeps a useful width and the
    // list scrolls sideways rather than squeezing it; the full name is in the tooltip.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StateImageListModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(StateImageListModel::NameColumn, NameColumnWidth);
    header->setStretchLastSection(true);
    // Whether an image can still be imported matters most: its column comes right after the name.
    header->moveSection(header->visualIndex(StateImageListModel::SecretColumn), 1);
    view->setTextElideMode(Qt::ElideMiddle);
}

void StatePage::connectUi()
{
    connect(m_ui->exportButton, &QPushButton::clicked, this, &StatePage::exportStateImage);
    connect(m_ui->cancelExportButton, &QPushButton::clicked, this, &StatePage::cancelTask);
    connect(m_ui->chooseExportFolderButton, &QPushButton::clicked, this, [this] {
        const QString caption = tr("Export State Images To");
        const QString current = m_ui->exportFolderEdit->text();
        // Prompts answers file names; in test mode the folder comes from its queue like one.
        const QString folder = Prompts::isTestMode()
            ? Prompts::openFileName(this, caption, current, QString())
            : QFileDialog::getExistingDirectory(this, caption, current);
        if (folder.isEmpty())
            return;
        m_folderEdited = true;
        m_ui->exportFolderEdit->setText(shown(folder));
    });
    connect(m_ui->exportFolderEdit, &QLineEdit::textEdited, this, [this] { m_folderEdited = true; });
    connect(m_ui->exportFolderEdit, &QLineEdit::textChanged, this, [this](const QString& folder) {
        m_recovery->setFolder(folder.trimmed());
        updateActions();
    });
    connect(m_ui->bucketEdit, &QLineEdit::textEdited, this, [this] { m_bucketEdited = true; });
    connect(m_ui->bucketEdit, &QLineEdit::textChanged, this, &StatePage::updateActions);
    connect(m_ui->exportToBucketRadioButton, &QRadioButton::toggled, this, &StatePage::updateActions);

    connect(m_ui->addFileButton, &QPushButton::clicked, this, [this] {
        const QString path = Prompts::openFileName(this, tr("Add a State Image File"),
                                                   m_ui->exportFolderEdit->text(), tr("All files (*)"));
        if (!path.isEmpty())
            addFile(path);
    });
    connect(m_ui->removeFromListButton, &QPushButton::clicked, this, &StatePage::removeSelected);
    connect(m_ui->openFolderButton, &QPushButton::clicked, this, &StatePage::openFolder);
    connect(m_ui->stateImagesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StatePage::updateActions);
    connect(m_images, &StateImageListModel::recordsChanged, this, &StatePage::updateActions);
    connect(m_ui->rotateSecretButton, &QPushButton::clicked, this, &StatePage::rotateSecretRequested);

    connect(m_recovery, &RecoveryPanel::message, m_message,
            [this](const QString& text, MessageWidget::Type type) { m_message->showMessage(text, type); });
    connect(m_recovery, &RecoveryPanel::progressChanged, this, &StatePage::progressChanged);
    connect(m_recovery, &RecoveryPanel::busyChanged, this, &StatePage::updateActions);
    // Once the recovery runs, the note that it is ready to start has done its job.
    connect(m_recovery, &RecoveryPanel::busyChanged, m_message, [this](bool busy) {
        if (busy && m_recovery->isRunning() && m_message->type() == MessageWidget::Type::Information)
            m_message->hideMessage();
    });
}

void StatePage::connectSession()
{
    if (!m_session)
        return;
    // The current secret is the saved configuration's: after a load, a save or a revert.
    models::ConfigFieldModel* config = m_session->config();
    connect(config, &models::ConfigFieldModel::documentChanged, this, &StatePage::onConfigChanged);
    connect(config, &models::ConfigFieldModel::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            onConfigChanged();
    });
    connect(m_session, &models::ProfileSession::healthChanged, this, [this] {
        openRecords();
        updateServer();
        updateActions();
    });
}

// ---- the profile -----------------------------------------------------------------------------

void StatePage::openRecords()
{
    if (!m_session)
        return;
    const QString path = state::StateImageRecords::recordsPath(m_session->profile().configPath);
    if (path == m_recordsPath)
        return;
    m_recordsPath = path;
    const Result<QString> opened = m_images->open(path);
    if (!opened)
        fail(opened.error());
    else if (!opened.value().isEmpty()) // once: the next open finds the new, readable file
        m_message->showMessage(opened.value(), MessageWidget::Type::Warning, MessageWidget::NoAutoHide);
    applySavedSecret();
}

QString StatePage::savedSecret() const
{
    if (!m_session)
        return {};
    const QString configPath = m_session->profile().configPath;
    const models::ConfigFieldModel* config = m_session->config();
    if (!config->isModified() && QFileInfo(config->filePath()) == QFileInfo(configPath))
        return config->document().string(QStringLiteral("SECRET"));
    // Unsaved edits do not count: the file does.
    const auto doc = config::ConfigDocument::load(configPath);
    return doc ? doc->string(QStringLiteral("SECRET")) : QString();
}

void StatePage::applySavedSecret()
{
    if (m_images->recordsPath().isEmpty())
        return;
    const Status set = m_images->setCurrentSecret(savedSecret());
    if (!set)
        fail(set.error());
}

void StatePage::onConfigChanged()
{
    if (!m_session || m_session->config()->isModified())
        return;
    openRecords();
    applySavedSecret();
    if (!m_folderEdited)
        m_ui->exportFolderEdit->setText(
            shown(state::StateImageRecords::defaultFolder(m_session->profile().configPath)));
    if (!m_bucketEdited)
        m_ui->bucketEdit->setText(
            m_session->config()->document().string(QStringLiteral("STATE_BUCKET_NAME")).trimmed());
    updateActions();
}

void StatePage::updateServer()
{
    if (!m_session)
        return;
    const api::Endpoint& endpoint = m_session->client()->endpoint();
    m_recovery->setServer(
        endpoint.host.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.port));
}

void StatePage::setRotationAvailable(bool available)
{
    m_rotationAvailable = available;
    updateActions();
}

void StatePage::secretRotated()
{
    applySavedSecret();
    const auto answer = Prompts::question(
        this, tr("Export a Fresh State Image"),
        tr("Export a fresh state image now? The images exported before were made under the old SECRET "
           "and can no longer be imported."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        exportStateImage();
}

// ---- export ----------------------------------------------------------------------------------

void StatePage::exportStateImage()
{
    if (!m_session) {
        fail(tr("No profile is open."));
        return;
    }
    if (refuseWhenBusy())
        return;
    const QString folder = QDir::fromNativeSeparators(m_ui->exportFolderEdit->text().trimmed());
    const bool toBucket = m_ui->exportToBucketRadioButton->isChecked();
    const QString bucket = toBucket ? m_ui->bucketEdit->text().trimmed() : QString();
    if (toBucket && bucket.isEmpty()) {
        fail(tr("Enter the bucket to export to, or export to a file."));
        return;
    }
    if (folder.isEmpty()) {
        fail(tr("Choose the folder for the state image file (for a bucket, for its metadata file)."));
        return;
    }
    const Status made = makeFolder(folder);
    if (!made) {
        fail(made.error());
        return;
    }
    const api::Endpoint& endpoint = m_session->client()->endpoint();
    const QString server = QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.port);
    m_exportGeneration = m_images->currentGeneration();
    const int token
        = beginTask(Task::Export,
                    toBucket ? tr("Exporting the state image of %1 to bucket %2…").arg(server, bucket)
                             : tr("Exporting the state image of %1…").arg(server));
    m_pending = m_session->client()->stateImage(
        bucket, this, [=](const api::Reply<api::StateImageAnswer>& reply) {
            if (token != m_token)
                return;
            m_pending = nullptr;
            if (reply.kind == api::ErrorKind::Cancelled) {
                endTask();
                m_message->showMessage(tr("Export cancelled; nothing was saved."),
                                       MessageWidget::Type::Information);
                return;
            }
            if (!reply) {
                endTask();
                if (toBucket && reply.kind == api::ErrorKind::Http)
                    fail(tr("The server refused the object-storage request for bucket %1: %2. Export to a "
                            "file "
                            "instead, or check the object-storage settings the server was initialized with.")
                             .arg(bucket, reply.error()));
                else
                    fail(tr("The state image could not be exported: %1").arg(reply.error()));
                return;
            }
            saveExport(token, folder, bucket, server, reply.result.value());
        });
    if (!m_pending)
        return;
    connect(m_pending, &api::PendingCall::progressed, this, [this, token](qint64 received, qint64 total) {
        if (token != m_token)
            return;
        const QLocale locale;
        m_ui->exportBusyLabel->setText(
            total > 0 ? tr("Receiving the state image: %1 of %2")
                            .arg(locale.formattedDataSize(received), locale.formattedDataSize(total))
                      : tr("Receiving the state image: %1").arg(locale.formattedDataSize(received)));
    });
}

void StatePage::saveExport(int token, const QString& folder, const QString& bucket, const QString& server,
                           const api::StateImageAnswer& answer)
{
    const QString path = QDir(folder).filePath(answer.name);
    // Saving cannot be cancelled: a file that is written is also recorded.
    m_task = Task::Save;
    m_ui->cancelExportButton->setEnabled(false);
    m_ui->exportBusyLabel->setText(tr("Saving %1…").arg(shown(path)));
    Q_EMIT progressChanged(m_ui->exportBusyLabel->text());
    // The whole answer, as the reference client saves it; only the user may read it.
    QFuture<Saved> future = QtConcurrent::run([path, body = answer.body] {
        const Result<util::NewFile::Outcome> written = util::NewFile::write(path, body, OwnerOnlyFile);
        if (!written)
            return Saved { false, false, written.error() };
        return Saved { true, written.value() == util::NewFile::Outcome::AlreadyThere, QString() };
    });
    auto* watcher = new QFutureWatcher<Saved>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [=] {
        watcher->deleteLater();
        if (token != m_token)
            return;
        endTask();
        const Saved saved = watcher->result();
        if (!saved.ok)
            fail(tr("The state image %1 was not saved: %2").arg(answer.name, saved.error));
        else
            recordExport(path, bucket, server, answer, saved.alreadyThere);
    });
    watcher->setFuture(future);
    m_workers.track(QFuture<void>(future));
}

void StatePage::recordExport(const QString& path, const QString& bucket, const QString& server,
                             const api::StateImageAnswer& answer, bool alreadyThere)
{
    StateImageRecord record;
    record.name = answer.name;
    record.exportTag = answer.exportTag;
    record.exportedAt = QDateTime::currentDateTimeUtc();
    record.where = answer.isInBucket() ? Where::Bucket : Where::File;
    record.path = path;
    record.bucket = answer.isInBucket() ? bucket : QString();
    // A secret rotated while the export ran leaves open which secret the image was made under.
    record.generation = m_exportGeneration == m_images->currentGeneration() ? m_exportGeneration : 0;
    record.server = server;
    // The same bytes saved before: what was recorded then stays.
    const std::optional<StateImageRecord> known = alreadyThere ? m_images->recordForPath(path) : std::nullopt;
    const Status added = known ? Status::ok() : m_images->add(record);
    selectImage(path);
    Q_EMIT exported(path);
    if (!added) {
        m_message->showMessage(tr("The state image was saved to %1, but the list could not be updated: %2")
                                   .arg(shown(path), added.error()),
                               MessageWidget::Type::Warning);
        return;
    }
    MessageWidget::Type type = MessageWidget::Type::Positive;
    QString text;
    if (alreadyThere) {
        text = tr("%1 was there already with the same content; nothing was written.").arg(shown(path));
    } else if (record.where == Where::File) {
        text = tr("State image saved to %1 (readable only by you).").arg(shown(path));
    } else if (!bucket.isEmpty()) {
        text = tr("The state image %1 went to bucket %2; its metadata file is %3.")
                   .arg(answer.name, bucket, shown(path));
    } else {
        type = MessageWidget::Type::Warning;
        text = tr("The server sent no state, only the metadata of an image it keeps elsewhere; it was saved "
                  "to %1.")
                   .arg(shown(path));
    }
    m_message->showMessage(text, type);
}

// ---- the list --------------------------------------------------------------------------------

void StatePage::addFile(const QString& path)
{
    if (refuseWhenBusy())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_images->recordForPath(absolute)) {
        selectImage(absolute);
        m_message->showMessage(tr("%1 is in the list already.").arg(shown(absolute)),
                               MessageWidget::Type::Information);
        return;
    }
    const int token = beginTask(Task::Read, tr("Reading %1…").arg(shown(absolute)));
    readStateImageFile(
        this, m_workers, absolute, [this, token, absolute](const Result<StateImageFile>& file) {
            if (token != m_token)
                return;
            endTask();
            if (!file) {
                fail(file.error());
                return;
            }
            StateImageRecord record;
            record.name = file->name.isEmpty() ? QFileInfo(absolute).fileName() : file->name;
            record.exportTag = file->exportTag;
            record.exportedAt = QFileInfo(absolute).lastModified().toUTC();
            record.where = file->isMetadataOnly() ? Where::Bucket : Where::File;
            record.path = absolute;
            record.generation = 0; // which secret it was made under is not known
            const Status added = m_images->add(record);
            if (!added) {
                fail(added.error());
                return;
            }
            selectImage(absolute);
            m_message->showMessage(
                file->isMetadataOnly()
                    ? tr("%1 was added: the metadata of %2, kept in object storage.")
                          .arg(shown(absolute), record.name)
                    : tr("%1 was added. Which SECRET it was made under is not known; recovery asks first.")
                          .arg(shown(absolute)),
                MessageWidget::Type::Positive);
        });
}

void StatePage::removeSelected()
{
    const std::optional<StateImageRecord> record = selectedRecord();
    if (!record || refuseWhenBusy())
        return;
    const Status removed = m_images->remove(record->path);
    if (!removed) {
        fail(removed.error());
        return;
    }
    m_message->showMessage(
        record->where == Where::Bucket
            ? tr("%1 was removed from the list. Its metadata file %2 stays, and so does the "
                 "image in its bucket.")
                  .arg(record->name, shown(record->path))
            : tr("%1 was removed from the list. The file %2 stays where it is.")
                  .arg(record->name, shown(record->path)),
        MessageWidget::Type::Information);
}

void StatePage::openFolder()
{
    const QString folder = QDir::fromNativeSeparators(m_ui->exportFolderEdit->text().trimmed());
    if (!QFileInfo(folder).isDir()) {
        m_message->showMessage(
            tr("The folder %1 does not exist yet: the first export makes it.").arg(shown(folder)),
            MessageWidget::Type::Information);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        fail(tr("No program could open the folder %1.").arg(shown(folder)));
}

bool StatePage::selectImage(const QString& path)
{
    for (int row = 0; row < m_images->rowCount(); ++row) {
        if (QDir::cleanPath(m_images->recordAt(row)->path) != QDir::cleanPath(path))
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_images->index(row, 0));
        m_ui->stateImagesView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->stateImagesView->scrollTo(index);
        return true;
    }
    return false;
}

QString StatePage::selectedPath() const
{
    const std::optional<StateImageRecord> record = selectedRecord();
    return record ? record->path : QString();
}

std::optional<StateImageRecord> StatePage::selectedRecord() const
{
    const QModelIndexList rows = m_ui->stateImagesView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_images->recordAt(m_proxy->mapToSource(rows.first()).row());
}

// ---- busy state ------------------------------------------------------------------------------

int StatePage::beginTask(Task task, const QString& text)
{
    m_task = task;
    m_ui->exportBusyLabel->setText(text);
    m_ui->cancelExportButton->setEnabled(true);
    for (QWidget* w : std::initializer_list<QWidget*> { m_ui->exportBusyLabel, m_ui->exportProgressBar,
                                                        m_ui->cancelExportButton })
        w->show();
    updateActions();
    Q_EMIT progressChanged(text);
    return ++m_token;
}

void StatePage::endTask()
{
    m_task = Task::None;
    for (QWidget* w : std::initializer_list<QWidget*> { m_ui->exportBusyLabel, m_ui->exportProgressBar,
                                                        m_ui->cancelExportButton })
        w->hide();
    updateActions();
    Q_EMIT progressChanged(QString());
}

void StatePage::cancelTask()
{
    if (m_task == Task::Export && m_pending) {
        m_pending->cancel(); // its handler says so
        return;
    }
    if (m_task != Task::Read)
        return;
    ++m_token;
    endTask();
    m_message->showMessage(tr("Cancelled."), MessageWidget::Type::Information);
}

bool StatePage::refuseWhenBusy()
{
    if (!isBusy())
        return false;
    fail(tr("Another task of this page is running; wait for it or cancel it first."));
    return true;
}

void StatePage::fail(const QString& text)
{
    m_message->showMessage(text, MessageWidget::Type::Error);
}

void StatePage::updateActions()
{
    const bool busy = isBusy();
    const bool hasBucket = !m_ui->bucketEdit->text().trimmed().isEmpty();
    // The bucket is an option only with a bucket name.
    if (!hasBucket && m_ui->exportToBucketRadioButton->isChecked())
        m_ui->exportToFileRadioButton->setChecked(true);
    m_ui->exportToBucketRadioButton->setEnabled(hasBucket && !busy);
    m_ui->exportToFileRadioButton->setEnabled(!busy);
    m_ui->exportButton->setEnabled(m_session && !busy && !m_ui->exportFolderEdit->text().trimmed().isEmpty());
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_ui->exportFolderEdit, m_ui->chooseExportFolderButton, m_ui->bucketEdit, m_ui->addFileButton })
        w->setEnabled(!busy);
    const std::optional<StateImageRecord> selected = selectedRecord();
    m_ui->removeFromListButton->setEnabled(!busy && selected);
    m_ui->rotateSecretButton->setEnabled(!busy && m_session && m_rotationAvailable);
    m_recovery->setSelectedRecord(selected);
    m_recovery->setActionsEnabled(m_task == Task::None);

    if (m_images->currentGeneration() <= 0)
        m_ui->secretSummaryLabel->setText(
            tr("The saved configuration holds no SECRET, so no state image can be checked against it."));
    else
        m_ui->secretSummaryLabel->setText(
            tr("%n state image(s) can be imported under the current SECRET. Rotating the secret makes them "
               "unusable: export a fresh one afterwards.",
               nullptr, int(m_images->usableImages().size())));
}

} // namespace sbs::gui
