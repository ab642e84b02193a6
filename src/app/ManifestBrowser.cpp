#include "ManifestBrowser.h"

#include "FileViewer.h"
#include "LogLineDelegate.h"
#include "MessageWidget.h"
#include "WorkerSet.h"
#include "manifest/ManifestArchive.h"
#include "models/ManifestTreeModel.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>
#include <atomic>

namespace sbs::gui {

using manifest::ArchiveEntry;
using manifest::ManifestArchive;
using manifest::ReadControl;
using models::ManifestTreeModel;

namespace {

constexpr int BatchSize = 2000; // entries per hand-over: big enough to be cheap, small enough to show soon
// What is read of a selected file: the viewer shows 8 MiB of it, but ManifestArchive reads a file
// whole or not at all, so larger files up to this size are read and cut in memory.
constexpr qint64 ReadLimit = 64LL << 20;
constexpr int ProgressSteps = 1000;

int permilleOf(qint64 done, qint64 total)
{
    return total > 0 ? int(std::clamp<qint64>(done * ProgressSteps / total, 0, ProgressSteps)) : 0;
}
constexpr int MaxSkippedListed = 20;

// Unsafe entries in the palette's error colour (the model's colour is the same in any theme),
// with their reason as the tooltip.
class ProblemProxyModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::ForegroundRole || role == Qt::ToolTipRole) {
            const QString problem
                = QSortFilterProxyModel::data(index.siblingAtColumn(0), ManifestTreeModel::ProblemRole)
                      .toString();
            if (!problem.isEmpty()) {
                if (role == Qt::ToolTipRole)
                    return problem;
                return LogLineDelegate::textColor(models::LogModel::Severity::Error, QPalette());
            }
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

CancelFlag newCancelFlag()
{
    return std::make_shared<std::atomic_bool>(false);
}

ReadControl controlFor(const CancelFlag& flag)
{
    ReadControl control;
    control.cancelled = [flag] {
        return flag->load();
    };
    return control;
}

struct LoadOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QList<ArchiveEntry> rest; // the last batch, handed over with the result so none is lost
};

QString countText(int n)
{
    return n == 1 ? ManifestBrowser::tr("1 entry")
                  : ManifestBrowser::tr("%1 entries").arg(QLocale().toString(n));
}

} // namespace

struct ManifestBrowser::Private
{
    ManifestBrowser* q = nullptr;

    MessageWidget* message = nullptr;
    QLineEdit* search = nullptr;
    QTimer searchDelay;
    QProgressBar* progress = nullptr;
    QPushButton* cancelButton = nullptr;
    QLabel* summary = nullptr;
    QPushButton* extractButton = nullptr;

    quint64 generation = 0; // one per setManifest; late hand-overs of an earlier one are dropped
    CancelFlag loadCancel;
    QFuture<void> loadFuture;
    bool loading = false;
    CancelFlag readCancel;
    quint64 readToken = 0;
    CancelFlag extractCancel;
    bool extracting = false;
    QString pendingPath; // asked for by showPath before the tree had it
    WorkerSet workers; // waited for by the destructor
    void stopLoad();
    void startLoad();
    void appendBatch(quint64 gen, const QList<ArchiveEntry>& entries);
    void setLoadProgress(quint64 gen, int permille);
    void finishLoad(quint64 gen, const LoadOutcome& outcome);
    void updateBusy();
    void updateSummary();
    void showIndex(const QModelIndex& proxyIndex);
    void showFolder(const QModelIndex& sourceIndex, const QString& path);
    bool selectPath(const QString& path);
};

ManifestBrowser::ManifestBrowser(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;

    d->message = new MessageWidget(this);
    d->message->setObjectName(QStringLiteral("browserMessageWidget"));
    d->message->hide();

    d->search = new QLineEdit(this);
    d->search->setObjectName(QStringLiteral("treeSearchEdit"));
    d->search->setPlaceholderText(tr("Filter by path"));
    d->search->setClearButtonEnabled(true);
    d->searchDelay.setSingleShot(true);
    d->searchDelay.setInterval(150);

    m_model = new ManifestTreeModel(this);
    m_proxy = new ProblemProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ManifestTreeModel::SortRole);
    m_proxy->setFilterRole(ManifestTreeModel::PathRole);
    m_proxy->setFilterKeyColumn(ManifestTreeModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("manifestTreeView"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ManifestTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Widths from the font rather than ResizeToContents, which measures rows as they stream in.
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ManifestTreeModel::NameColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int pad = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    header->resizeSection(ManifestTreeModel::SizeColumn,
                          metrics.horizontalAdvance(QStringLiteral("999.9 MiB")) + pad);
    header->resizeSection(ManifestTreeModel::ModeColumn,
                          metrics.horizontalAdvance(QStringLiteral("-rwxr-xr-x")) + pad);
    header->resizeSection(ManifestTreeModel::ModifiedColumn,
                          metrics.horizontalAdvance(QStringLiteral("2025-11-29 12:00:00")) + pad);

    d->progress = new QProgressBar(this);
    d->progress->setObjectName(QStringLiteral("treeProgressBar"));
    d->progress->setRange(0, ProgressSteps);
    d->cancelButton = new QPushButton(tr("Cancel"), this);
    d->cancelButton->setObjectName(QStringLiteral("treeCancelButton"));

    d->summary = new QLabel(this);
    d->summary->setObjectName(QStringLiteral("treeSummaryLabel"));
    d->summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->extractButton = new QPushButton(tr("Extract to Folder…"), this);
    d->extractButton->setObjectName(QStringLiteral("extractButton"));
    d->extractButton->setToolTip(
        tr("Write the safe entries into an empty folder; unsafe entries are skipped"));

    m_viewer = new FileViewer(this);
    m_viewer->setObjectName(QStringLiteral("fileViewer"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(d->search);
    leftLayout->addWidget(m_tree, 1);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(d->progress, 1);
    progressRow->addWidget(d->cancelButton);
    leftLayout->addLayout(progressRow);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(d->summary, 1);
    summaryRow->addWidget(d->extractButton);
    leftLayout->addLayout(summaryRow);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("browserSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_viewer);
    // The viewer's log toolbar alone asks for 600 px; the page must still fit a laptop screen
    // beside the sidebar and the library, so the viewer gets less and its rows scroll.
    m_viewer->setMinimumWidth(260);
    left->setMinimumWidth(200);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 320, 480 });
    splitter->setChildrenCollapsible(false);
    m_viewer->showMessage(tr("Select a file in the tree to see its contents."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->message);
    layout->addWidget(splitter, 1);

    connect(d->search, &QLineEdit::textChanged, &d->searchDelay, qOverload<>(&QTimer::start));
    connect(&d->searchDelay, &QTimer::timeout, this, [this] {
        m_proxy->setFilterFixedString(d->search->text());
        // Matches sit deep in the tree; showing them is the point of the search.
        if (!d->search->text().isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { d->showIndex(current); });
    connect(d->cancelButton, &QPushButton::clicked, this, &ManifestBrowser::cancel);
    connect(d->extractButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Extract to an Empty Folder"),
                                                                 QFileInfo(m_path).absolutePath());
        if (!folder.isEmpty())
            extractTo(folder);
    });

    d->updateBusy();
    d->updateSummary();
}

ManifestBrowser::~ManifestBrowser()
{
    for (const CancelFlag& flag : { d->loadCancel, d->readCancel, d->extractCancel }) {
        if (flag)
            *flag = true;
    }
    d->workers.waitForAll();
}

void ManifestBrowser::setManifest(const QString& path)
{
    d->stopLoad();
    if (d->readCancel)
        *d->readCancel = true;
    ++d->readToken;
    d->pendingPath.clear();
    m_path = path;
    m_model->clear();
    m_viewer->showMessage(tr("Select a file in the tree to see its contents."));
    d->message->hideMessage();
    if (!path.isEmpty())
        d->startLoad();
    d->updateBusy();
    d->updateSummary();
}

bool ManifestBrowser::isLoading() const
{
    return d->loading;
}

void ManifestBrowser::cancel()
{
    if (d->loadCancel)
        *d->loadCancel = true;
    if (d->extractCancel)
        *d->extractCancel = true;
}

void ManifestBrowser::Private::stopLoad()
{
    ++generation;
    if (loadCancel)
        *loadCancel = true;
    loading = false;
    // The reader polls the flag between blocks, so this wait is short; after it no hand-over of
    // the old manifest is on its way.
    loadFuture.waitForFinished();
}

void ManifestBrowser::Private::startLoad()
{
    const quint64 gen = generation;
    const CancelFlag cancelFlag = newCancelFlag();
    loadCancel = cancelFlag;
    loading = true;
    progress->setValue(0);

    ManifestBrowser* browser = q;
    const QString path = q->m_path;
    auto work = [browser, gen, cancelFlag, path]() -> LoadOutcome {
        // Hand-overs are queued onto the browser: the destructor and the next setManifest wait
        // for this worker, so browser outlives every post, and gen drops stale ones.
        int lastPermille = -1;
        ReadControl control = controlFor(cancelFlag);
        control.progress = [&](qint64 done, qint64 total) {
            const int permille = permilleOf(done, total);
            if (permille == lastPermille)
                return;
            lastPermille = permille;
            QMetaObject::invokeMethod(
                browser, [browser, gen, permille] { browser->d->setLoadProgress(gen, permille); },
                Qt::QueuedConnection);
        };
        QList<ArchiveEntry> batch;
        const auto visit = [&](const ArchiveEntry& entry, const auto&) {
            batch.append(entry);
            if (batch.size() >= BatchSize) {
                QMetaObject::invokeMethod(
                    browser,
                    [browser, gen, entries = std::move(batch)] { browser->d->appendBatch(gen, entries); },
                    Qt::QueuedConnection);
                batch = {};
            }
            return !cancelFlag->load();
        };
        const Status status = ManifestArchive::forEachEntry(path, visit, control);
        LoadOutcome outcome;
        outcome.cancelled = cancelFlag->load();
        outcome.ok = status.isOk() && !outcome.cancelled;
        outcome.error = status.isOk() ? QString() : status.error();
        outcome.rest = std::move(batch);
        return outcome;
    };

    auto* watcher = new QFutureWatcher<LoadOutcome>(q);
    QObject::connect(watcher, &QFutureWatcherBase::finished, q, [this, watcher, gen] {
        watcher->deleteLater();
        finishLoad(gen, watcher->result());
    });
    const QFuture<LoadOutcome> future = QtConcurrent::run(work);
    watcher->setFuture(future);
    loadFuture = future;
    workers.track(QFuture<void>(future));
}

void ManifestBrowser::Private::appendBatch(quint64 gen, const QList<ArchiveEntry>& entries)
{
    if (gen != generation)
        return;
    q->m_model->appendEntries(entries);
    if (!search->text().isEmpty())
        q->m_tree->expandAll(); // matches that came with this batch are shown like the others
    updateSummary();
    if (!pendingPath.isEmpty() && selectPath(pendingPath))
        pendingPath.clear();
}

void ManifestBrowser::Private::setLoadProgress(quint64 gen, int permille)
{
    if (gen == generation)
        progress->setValue(permille);
}

void ManifestBrowser::Private::finishLoad(quint64 gen, const LoadOutcome& outcome)
{
    if (gen != generation)
        return;
    loading = false;
    if (!outcome.rest.isEmpty())
        q->m_model->appendEntries(outcome.rest);
    updateBusy();
    updateSummary();
    const QString pending = std::exchange(pendingPath, QString());
    if (!pending.isEmpty() && !selectPath(pending))
        q->m_viewer->showMessage(tr("%1 is not in this manifest.").arg(pending));
    if (outcome.ok) {
        Q_EMIT q->loaded(q->m_model->entryCount(), q->m_model->problemCount());
    } else if (outcome.cancelled) {
        message->showMessage(
            tr("Reading the manifest was cancelled; the tree shows the entries read so far."),
            MessageWidget::Type::Information);
    } else {
        const QString text = tr("The manifest could not be read: %1").arg(outcome.error);
        message->showMessage(text, MessageWidget::Type::Error);
        Q_EMIT q->loadFailed(text);
    }
}

void ManifestBrowser::Private::updateBusy()
{
    const bool busy = loading || extracting;
    progress->setVisible(busy);
    cancelButton->setVisible(busy);
    extractButton->setEnabled(!busy && !q->m_path.isEmpty() && q->m_model->entryCount() > 0);
}

void ManifestBrowser::Private::updateSummary()
{
    if (q->m_path.isEmpty()) {
        summary->setText(tr("No manifest"));
        return;
    }
    QString text = countText(q->m_model->entryCount());
    const int problems = q->m_model->problemCount();
    if (problems > 0)
        text += tr(", %1 unsafe").arg(QLocale().toString(problems));
    if (loading)
        text = tr("Reading… %1").arg(text);
    summary->setText(text);
}

void ManifestBrowser::Private::showIndex(const QModelIndex& proxyIndex)
{
    if (readCancel)
        *readCancel = true;
    const quint64 token = ++readToken;
    ManifestBrowser* browser = q;
    FileViewer* viewer = q->m_viewer;
    const QModelIndex source = q->m_proxy->mapToSource(proxyIndex.siblingAtColumn(0));
    if (!source.isValid()) {
        viewer->clear();
        return;
    }
    const ManifestTreeModel* model = q->m_model;
    const QString path = model->data(source, ManifestTreeModel::PathRole).toString();
    const QString problem = model->data(source, ManifestTreeModel::ProblemRole).toString();
    const ArchiveEntry* entry = model->entry(source);

    if (!problem.isEmpty()) {
        // Never read: the data of an entry built to escape a folder is not what a reviewer needs.
        viewer->showProblem(tr("%1 is unsafe and is never extracted: %2").arg(path, problem));
        Q_EMIT browser->entryShown(path);
        return;
    }
    if (!entry || entry->type == ArchiveEntry::Type::Directory
        || model->data(source, ManifestTreeModel::IsFolderRole).toBool()) {
        showFolder(source, path);
        Q_EMIT browser->entryShown(path);
        return;
    }
    switch (entry->type) {
    case ArchiveEntry::Type::Symlink:
        viewer->showMessage(tr("%1 is a symbolic link to %2").arg(path, entry->linkTarget));
        Q_EMIT browser->entryShown(path);
        return;
    case ArchiveEntry::Type::Hardlink:
        viewer->showMessage(tr("%1 is a hard link to %2").arg(path, entry->linkTarget));
        Q_EMIT browser->entryShown(path);
        return;
    case ArchiveEntry::Type::Other:
        viewer->showMessage(tr("%1 is a special file and has no data to show").arg(path));
        Q_EMIT browser->entryShown(path);
        return;
    default:
        break;
    }
    if (entry->size > ReadLimit) {
        viewer->showMessage(tr("%1 holds %2, more than is shown here; extract the manifest to read it.")
                                .arg(path, QLocale().formattedDataSize(entry->size)));
        Q_EMIT browser->entryShown(path);
        return;
    }

    viewer->showMessage(tr("Reading %1…").arg(path));
    const CancelFlag cancelFlag = newCancelFlag();
    readCancel = cancelFlag;
    const QString manifestPath = q->m_path;
    auto* watcher = new QFutureWatcher<Result<QByteArray>>(q);
    QObject::connect(watcher, &QFutureWatcherBase::finished, q, [this, watcher, token, path] {
        watcher->deleteLater();
        if (token != readToken)
            return;
        const Result<QByteArray> data = watcher->result();
        if (data)
            q->m_viewer->showFile(path, data.value());
        else
            q->m_viewer->showProblem(tr("%1 could not be read: %2").arg(path, data.error()));
        Q_EMIT q->entryShown(path);
    });
    const QFuture<Result<QByteArray>> future = QtConcurrent::run([manifestPath, path, cancelFlag] {
        return ManifestArchive::readFile(manifestPath, path, ReadLimit, controlFor(cancelFlag));
    });
    watcher->setFuture(future);
    workers.track(QFuture<void>(future));
}

void ManifestBrowser::Private::showFolder(const QModelIndex& source, const QString& path)
{
    const ManifestTreeModel* model = q->m_model;
    int folders = 0;
    int files = 0;
    for (int row = 0; row < model->rowCount(source); ++row) {
        if (model->data(model->index(row, 0, source), ManifestTreeModel::IsFolderRole).toBool())
            ++folders;
        else
            ++files;
    }
    const qint64 size = model->data(source, ManifestTreeModel::SizeRole).toLongLong();
    q->m_viewer->showMessage(
        tr("Folder %1\n%2 folders and %3 files directly inside, %4 in all")
            .arg(path)
            .arg(QLocale().toString(folders), QLocale().toString(files), QLocale().formattedDataSize(size)));
}

bool ManifestBrowser::Private::selectPath(const QString& path)
{
    const QModelIndex source = q->m_model->indexOf(path);
    if (!source.isValid())
        return false;
    QModelIndex proxyIndex = q->m_proxy->mapFromSource(source);
    if (!proxyIndex.isValid()) {
        // Hidden by the search: the entry asked for wins over the filter.
        search->clear();
        searchDelay.stop();
        q->m_proxy->setFilterFixedString(QString());
        proxyIndex = q->m_proxy->mapFromSource(source);
    }
    for (QModelIndex parent = proxyIndex.parent(); parent.isValid(); parent = parent.parent())
        q->m_tree->expand(parent);
    QTreeView* tree = q->m_tree;
    if (tree->currentIndex().siblingAtColumn(0) == proxyIndex)
        showIndex(proxyIndex); // no currentChanged for the same row: read it again
    else
        tree->setCurrentIndex(proxyIndex);
    tree->scrollTo(proxyIndex);
    return true;
}

bool ManifestBrowser::showPath(const QString& path)
{
    if (d->selectPath(path))
        return true;
    if (d->loading) {
        d->pendingPath = path;
        return true;
    }
    return false;
}

void ManifestBrowser::extractTo(const QString& folder)
{
    if (m_path.isEmpty() || d->extracting || d->loading) {
        Q_EMIT extractFailed(tr("Wait until the manifest is read before extracting it."));
        return;
    }
    const QDir dir(folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        const QString text
            = tr("%1 is not empty; choose an empty or new folder.").arg(QDir::toNativeSeparators(folder));
        d->message->showMessage(text, MessageWidget::Type::Error);
        Q_EMIT extractFailed(text);
        return;
    }
    const CancelFlag cancelFlag = newCancelFlag();
    d->extractCancel = cancelFlag;
    d->extracting = true;
    d->progress->setValue(0);
    d->updateBusy();
    d->message->showMessage(tr("Extracting to %1…").arg(QDir::toNativeSeparators(folder)),
                            MessageWidget::Type::Information, MessageWidget::NoAutoHide);

    const quint64 gen = d->generation;
    const QString path = m_path;
    auto* watcher = new QFutureWatcher<Result<ManifestArchive::Extracted>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, folder] {
        watcher->deleteLater();
        d->extracting = false;
        d->updateBusy();
        const Result<ManifestArchive::Extracted> result = watcher->result();
        if (!result) {
            const QString text
                = tr("Extracting to %1 failed: %2").arg(QDir::toNativeSeparators(folder), result.error());
            d->message->showMessage(text, MessageWidget::Type::Error);
            Q_EMIT extractFailed(text);
            return;
        }
        const int written = result->written;
        const QList<ArchiveEntry>& skipped = result->skipped;
        QString text = tr("Wrote %1 to %2.").arg(countText(written), QDir::toNativeSeparators(folder));
        if (skipped.isEmpty()) {
            d->message->showMessage(text, MessageWidget::Type::Positive);
        } else {
            QStringList lines;
            for (int i = 0; i < skipped.size() && i < MaxSkippedListed; ++i)
                lines << tr("%1 (%2)").arg(skipped.at(i).path, skipped.at(i).problem());
            if (skipped.size() > MaxSkippedListed)
                lines << tr("and %1 more").arg(skipped.size() - MaxSkippedListed);
            text += QLatin1Char(' ')
                + tr("Skipped %1 unsafe: %2")
                      .arg(countText(int(skipped.size())), lines.join(QStringLiteral(", ")));
            d->message->showMessage(text, MessageWidget::Type::Warning);
        }
        Q_EMIT extracted(written, int(skipped.size()), folder);
    });
    // Progress goes through the browser like the tree's; the destructor waits for this worker.
    ManifestBrowser* browser = this;
    const QFuture<Result<ManifestArchive::Extracted>> future
        = QtConcurrent::run([browser, gen, path, folder, cancelFlag] {
              ReadControl control = controlFor(cancelFlag);
              int lastPermille = -1;
              control.progress = [&](qint64 done, qint64 total) {
                  const int permille = permilleOf(done, total);
                  if (permille == lastPermille)
                      return;
                  lastPermille = permille;
                  QMetaObject::invokeMethod(
                      browser, [browser, gen, permille] { browser->d->setLoadProgress(gen, permille); },
                      Qt::QueuedConnection);
              };
              return ManifestArchive::extract(path, folder, control);
          });
    watcher->setFuture(future);
    d->workers.track(QFuture<void>(future));
}

} // namespace sbs::gui
