#include "ManifestsPage.h"

#include "CompareView.h"
#include "ManifestBrowser.h"
#include "MessageWidget.h"
#include "Prompts.h"
#include "api/SbsClient.h"
#include "history/BuildHistory.h"
#include "manifest/ManifestLibrary.h"
#include "manifest/ReviewBundle.h"
#include "models/ManifestLibraryModel.h"
#include "models/ProfileSession.h"

#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <functional>
#include <utility>

namespace sbs::gui {

using manifest::LibraryItem;
using manifest::ManifestLibrary;
using manifest::ManifestVerifier;
using manifest::ReadControl;
using manifest::ReviewBundle;
using manifest::Verification;
using models::ManifestLibraryModel;
using State = ManifestLibraryModel::State;

namespace {

constexpr int ProgressSteps = 1000;
constexpr qint64 MaxKeyBytes = 1 << 20; // a PEM public key is a few KB; more is not a key
const QString ManifestPrefix = QStringLiteral("manifest.");
const QString SigTbzSuffix = QStringLiteral(".sig.tbz");

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// "manifest.<build>.sig.tbz" -> "manifest.<build>"
QString manifestNameOf(const QString& sigTbzPath)
{
    QString name = QFileInfo(sigTbzPath).fileName();
    if (name.endsWith(SigTbzSuffix))
        name.chop(SigTbzSuffix.size());
    return name;
}

QString buildNameOf(const QString& manifestName)
{
    return manifestName.startsWith(ManifestPrefix) ? manifestName.mid(ManifestPrefix.size()) : manifestName;
}

// The key a manifest is checked with: "<manifestName>-public.pem" beside it.
QString keyFileName(const QString& manifestName)
{
    return manifestName + QStringLiteral("-public.pem");
}

// In a worker: the public key's bytes, or why they cannot be had.
Result<QByteArray> readKey(const QString& keyPath)
{
    QFile file(keyPath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::fail(ManifestsPage::tr("The public key %1 cannot be read: %2")
                                            .arg(native(keyPath), file.errorString()));
    return Result<QByteArray>::ok(file.read(MaxKeyBytes));
}

// In a worker: verifyFile with the key at keyPath; an unreadable key is reported as unusable.
Verification verifyWithKeyFile(const QString& sigTbzPath, const QString& keyPath, const ReadControl& control)
{
    const Result<QByteArray> pem = readKey(keyPath);
    if (!pem) {
        Verification failed;
        failed.outcome = Verification::Outcome::KeyUnusable;
        failed.message = pem.error();
        failed.manifestName = manifestNameOf(sigTbzPath);
        return failed;
    }
    return ManifestVerifier::verifyFile(sigTbzPath, pem.value(), control);
}

// The time of the check a bundle's report records ("Checked at (UTC): <ISO 8601>"), for people;
// the first time the report names when that line is not there.
QString reportTime(const QString& report)
{
    static const QRegularExpression time(
        QStringLiteral(R"(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)"));
    const qsizetype line = report.indexOf(QStringLiteral("Checked at"));
    const QRegularExpressionMatch match = time.match(report, std::max<qsizetype>(line, 0));
    if (!match.hasMatch())
        return QString();
    const QDateTime parsed = QDateTime::fromString(match.captured(0), Qt::ISODate);
    if (!parsed.isValid())
        return match.captured(0);
    return ManifestsPage::tr("%1 (%2 UTC)")
        .arg(QLocale().toString(parsed.toLocalTime(), QLocale::ShortFormat),
             parsed.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

// What the open-bundle worker hands back.
struct OpenedBundle
{
    QString error; // empty on success
    ReviewBundle::Opened opened;
    LibraryItem item; // the bundle's manifest as the library holds it now
    Verification verification; // of the library's copy, here and now
};

} // namespace

struct ManifestsPage::Private
{
    Q_DECLARE_TR_FUNCTIONS(sbs::gui::ManifestsPage)

public:
    enum class Job { None, Fetch, Store, Import, Verify, TamperTest, Export, OpenBundle };

    ManifestsPage* q;
    QPointer<models::ProfileSession> m_session;
    QPointer<history::BuildHistory> m_history;
    ManifestLibraryModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;

    MessageWidget* m_message = nullptr;
    QSplitter* m_splitter = nullptr;
    QPushButton* m_fetchLatestButton = nullptr;
    QComboBox* m_buildNameCombo = nullptr;
    QPushButton* m_fetchBuildButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_openBundleButton = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_tabs = nullptr;

    QLabel* m_badge = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_fingerprintLabel = nullptr;
    QLabel* m_checkLabel = nullptr;
    QLabel* m_archiveLabel = nullptr;
    QPlainTextEdit* m_commandsEdit = nullptr;
    QLabel* m_commandsHint = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_tamperButton = nullptr;
    QLabel* m_tamperLabel = nullptr;
    QPushButton* m_exportButton = nullptr;

    ManifestBrowser* m_browser = nullptr;
    QComboBox* m_compareCombo = nullptr;
    QPushButton* m_compareButton = nullptr;
    CompareView* m_compare = nullptr;

    QLabel* m_busyLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;

    QString m_selected;
    QString m_tamperText;
    // A sentence shown before the next verification's result (where the manifest came from).
    QString m_note;
    QHash<QString, Verification> m_results; // the last finished check of each manifest
    Job m_job = Job::None;
    int m_token = 0; // counts jobs: a result whose token is not the current one is dropped
    std::function<void()> m_cancelJob;
    QString m_checking; // the manifest the running verification is about
    QPointer<api::PendingCall> m_call;
    bool m_quietSelection = false;

    explicit Private(ManifestsPage* page)
        : q(page)
    { }

    QString configPath() const { return m_session ? m_session->profile().configPath : QString(); }
    QString libraryFolder() const { return m_model->folder(); }
    bool isBusy() const { return m_job != Job::None; }

    void buildUi();
    QWidget* buildLibrary();
    QWidget* buildVerificationTab();
    QWidget* buildCompareTab();
    void connectUi();

    void fail(const QString& text)
    {
        m_message->showMessage(text, MessageWidget::Type::Error);
        Q_EMIT q->failed(text);
    }
    bool refuseWhenBusy()
    {
        if (!isBusy())
            return false;
        fail(tr("Another task of this page is running; wait for it or cancel it first."));
        return true;
    }

    int beginJob(Job job, const QString& text);
    void endJob();
    void cancelJob();
    template<typename T, typename Work, typename Done>
    void runWorker(Job job, const QString& text, Work work, Done done);
    void setProgress(qint64 done, qint64 total);

    void fetch(const QString& buildName);
    void fetchKey(int token, const api::ManifestDownload& download);
    void storeDownload(const api::ManifestDownload& download, const QByteArray& pem,
                       const QString& keyProblem);
    bool import(const QString& path);
    void verify(bool asked);
    void applyVerification(const QString& path, const Verification& verification, bool asked);
    void restoreCheck(const QString& path);
    void tamperTest();
    void exportBundle(const QString& zipPath);
    void openBundle(const QString& zipPath);

    QString keyPathOf(const QString& path) const;
    bool select(const QString& path, bool verifyNow);
    void onCurrentRowChanged(const QModelIndex& current);
    void setSelected(const QString& path);
    void refreshModel();
    void updateBuildNames();
    void updateCompareChoices();
    void updateDetails();
    void setBadge(State state);
    void setTamperText(const QString& text, bool passed);
    void updateActions();
};

// ---- layout ----------------------------------------------------------------------------------

void ManifestsPage::Private::buildUi()
{
    m_message = new MessageWidget(q);
    m_message->setObjectName(QStringLiteral("manifestMessageWidget"));
    m_message->setCloseButtonVisible(true);
    m_message->hide();

    m_splitter = new QSplitter(Qt::Horizontal, q);
    m_splitter->setObjectName(QStringLiteral("manifestSplitter"));
    m_splitter->addWidget(buildLibrary());

    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("manifestTabWidget"));
    m_tabs->setDocumentMode(true);
    m_browser = new ManifestBrowser(m_tabs);
    m_browser->setObjectName(QStringLiteral("manifestBrowser"));
    m_tabs->addTab(buildVerificationTab(), tr("Verification"));
    m_tabs->addTab(m_browser, tr("Contents"));
    m_tabs->addTab(buildCompareTab(), tr("Compare"));
    m_tabs->setTabToolTip(VerificationTab, tr("Whether the manifest was signed by the build's key"));
    m_tabs->setTabToolTip(ContentsTab, tr("The files of the build as the manifest holds them"));
    m_tabs->setTabToolTip(CompareTab, tr("What changed against another manifest of the library"));
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({ 420, 630 });

    // The progress of a worker or a download, whichever tab is shown.
    m_busyLabel = new QLabel(q);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_progress = new QProgressBar(q);
    m_progress->setObjectName(QStringLiteral("busyProgressBar"));
    m_progress->setTextVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), q);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop the running task; nothing half-written is left behind"));
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel, 1);
    busyRow->addWidget(m_progress, 1);
    busyRow->addWidget(m_cancelButton);
    m_busyLabel->hide();
    m_progress->hide();
    m_cancelButton->hide();

    auto* layout = new QVBoxLayout(q);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(busyRow);
}

QWidget* ManifestsPage::Private::buildLibrary()
{
    auto* library = new QWidget(m_splitter);
    m_fetchLatestButton = new QPushButton(tr("Fetch &Latest"), library);
    m_fetchLatestButton->setObjectName(QStringLiteral("fetchLatestButton"));
    m_fetchLatestButton->setToolTip(
        tr("Download the manifest of the server's last build and its public key"));
    m_buildNameCombo = new QComboBox(library);
    m_buildNameCombo->setObjectName(QStringLiteral("buildNameComboBox"));
    m_buildNameCombo->setEditable(true);
    m_buildNameCombo->setInsertPolicy(QComboBox::NoInsert);
    m_buildNameCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_buildNameCombo->setMinimumContentsLength(16);
    m_buildNameCombo->lineEdit()->setPlaceholderText(tr("Build name"));
    m_buildNameCombo->setToolTip(
        tr("The succeeded builds of this profile, newest first; or type a build name"));
    m_fetchBuildButton = new QPushButton(tr("&Fetch"), library);
    m_fetchBuildButton->setObjectName(QStringLiteral("fetchBuildButton"));
    m_fetchBuildButton->setToolTip(tr("Download the manifest of this build and its public key"));
    m_importButton = new QPushButton(tr("&Import…"), library);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(tr("Copy a .sig.tbz (and its public key beside it) into the library"));
    m_openBundleButton = new QPushButton(tr("Open Review &Bundle…"), library);
    m_openBundleButton->setObjectName(QStringLiteral("openBundleButton"));
    m_openBundleButton->setToolTip(tr("Check a manifest someone handed over as a review bundle"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ManifestLibraryModel::SortRole);
    m_table = new QTableView(library);
    m_table->setObjectName(QStringLiteral("libraryTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ManifestLibraryModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Build names are long and differ at both ends (repository, tag, time): one line each,
    // shortened in the middle; the tooltip has the whole path.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ManifestLibraryModel::BuildNameColumn, QHeaderView::Stretch);

    auto* fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_fetchLatestButton);
    fetchRow->addWidget(m_buildNameCombo, 1);
    fetchRow->addWidget(m_fetchBuildButton);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_importButton);
    fileRow->addWidget(m_openBundleButton);
    fileRow->addStretch(1);
    auto* layout = new QVBoxLayout(library);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fetchRow);
    layout->addLayout(fileRow);
    layout->addWidget(m_table, 1);
    return library;
}

QWidget* ManifestsPage::Private::buildVerificationTab()
{
    auto* tab = new QWidget(m_tabs);
    m_badge = new QLabel(tab);
    m_badge->setObjectName(QStringLiteral("verificationBadgeLabel"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setMinimumWidth(180);
    QFont badgeFont = m_badge->font();
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 1.4);
    badgeFont.setBold(true);
    m_badge->setFont(badgeFont);
    m_nameLabel = new QLabel(tab);
    m_nameLabel->setObjectName(QStringLiteral("manifestNameLabel"));
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nameLabel->setWordWrap(true);
    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);

    const auto detailLabel = [tab](const char* name) {
        auto* label = new QLabel(tab);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    m_fingerprintLabel = detailLabel("fingerprintLabel");
    m_checkLabel = detailLabel("checkDescriptionLabel");
    m_archiveLabel = detailLabel("archiveDigestLabel");

    m_commandsEdit = new QPlainTextEdit(tab);
    m_commandsEdit->setObjectName(QStringLiteral("opensslCommandsEdit"));
    m_commandsEdit->setReadOnly(true);
    m_commandsEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commandsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commandsEdit->setMaximumHeight(m_commandsEdit->fontMetrics().lineSpacing() * 7);
    m_commandsHint = detailLabel("commandsHintLabel");
    m_commandsHint->setForegroundRole(QPalette::PlaceholderText);
    m_copyButton = new QPushButton(tr("&Copy Commands"), tab);
    m_copyButton->setObjectName(QStringLiteral("copyCommandsButton"));

    m_verifyButton = new QPushButton(tr("&Verify Again"), tab);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setToolTip(tr("Read the manifest again and check its signature with the key"));
    m_tamperButton = new QPushButton(tr("&Tamper Test"), tab);
    m_tamperButton->setObjectName(QStringLiteral("tamperTestButton"));
    m_tamperButton->setToolTip(tr("Check, in memory, that a copy with one more file under git/ fails the "
                                  "check, as the reference client's tamper test does"));
    m_tamperLabel = detailLabel("tamperResultLabel");
    m_exportButton = new QPushButton(tr("&Export Review Bundle…"), tab);
    m_exportButton->setObjectName(QStringLiteral("exportBundleButton"));
    m_exportButton->setToolTip(
        tr("Write a zip with the manifest, its key and the report of this check, for a reviewer"));

    auto* heading = new QHBoxLayout;
    heading->addWidget(m_badge, 0, Qt::AlignTop);
    heading->addWidget(m_nameLabel, 1);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Key:"), m_fingerprintLabel);
    form->addRow(tr("Check:"), m_checkLabel);
    form->addRow(tr("Inner archive:"), m_archiveLabel);

    auto* commandsRow = new QHBoxLayout;
    commandsRow->addWidget(m_commandsHint, 1);
    commandsRow->addWidget(m_copyButton, 0, Qt::AlignTop);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_verifyButton);
    actions->addWidget(m_tamperButton);
    actions->addStretch(1);
    actions->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(heading);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The same check with openssl, for anyone who wants to repeat it:"), tab));
    layout->addWidget(m_commandsEdit);
    layout->addLayout(commandsRow);
    layout->addLayout(actions);
    layout->addWidget(m_tamperLabel);
    layout->addStretch(1);
    return tab;
}

QWidget* ManifestsPage::Private::buildCompareTab()
{
    auto* tab = new QWidget(m_tabs);
    m_compareCombo = new QComboBox(tab);
    m_compareCombo->setObjectName(QStringLiteral("compareWithComboBox"));
    m_compareCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compareCombo->setMinimumContentsLength(24);
    m_compareButton = new QPushButton(tr("C&ompare"), tab);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setToolTip(tr("Compare the selected manifest (after) with this one (before)"));
    m_compare = new CompareView(tab);
    m_compare->setObjectName(QStringLiteral("compareView"));
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Compare with:"), tab));
    row->addWidget(m_compareCombo, 1);
    row->addWidget(m_compareButton);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(row);
    layout->addWidget(m_compare, 1);
    return tab;
}

void ManifestsPage::Private::connectUi()
{
    QObject::connect(m_fetchLatestButton, &QPushButton::clicked, q, [this] { fetch(QString()); });
    QObject::connect(m_fetchBuildButton, &QPushButton::clicked, q,
                     [this] { fetch(m_buildNameCombo->currentText().trimmed()); });
    QObject::connect(m_buildNameCombo->lineEdit(), &QLineEdit::returnPressed, q,
                     [this] { fetch(m_buildNameCombo->currentText().trimmed()); });
    QObject::connect(m_importButton, &QPushButton::clicked, q, [this] {
        const QString path = Prompts::openFileName(q, tr("Import a Manifest"), QDir::homePath(),
                                                   tr("Manifests (*.sig.tbz);;All files (*)"));
        if (!path.isEmpty())
            import(path);
    });
    QObject::connect(m_openBundleButton, &QPushButton::clicked, q, [this] {
        const QString path = Prompts::openFileName(q, tr("Open a Review Bundle"), QDir::homePath(),
                                                   tr("Review bundles (*.zip);;All files (*)"));
        if (!path.isEmpty())
            openBundle(path);
    });
    QObject::connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, q,
                     [this](const QModelIndex& current) { onCurrentRowChanged(current); });
    QObject::connect(m_tabs, &QTabWidget::currentChanged, q, [this](int index) {
        // The contents are read only when someone looks at them.
        if (index == ContentsTab && m_browser->manifest() != m_selected)
            m_browser->setManifest(m_selected);
    });

    QObject::connect(m_copyButton, &QPushButton::clicked, q, [this] {
        QGuiApplication::clipboard()->setText(m_commandsEdit->toPlainText());
        m_message->showMessage(tr("The openssl commands are on the clipboard."),
                               MessageWidget::Type::Information);
    });
    QObject::connect(m_verifyButton, &QPushButton::clicked, q, [this] { verify(true); });
    QObject::connect(m_tamperButton, &QPushButton::clicked, q, [this] { tamperTest(); });
    QObject::connect(m_exportButton, &QPushButton::clicked, q, [this] {
        if (m_selected.isEmpty())
            return;
        const QString suggested
            = QDir::home().filePath(manifestNameOf(m_selected) + QStringLiteral("-review.zip"));
        // The core refuses an existing file; the dialog need not ask about replacing it.
        const QString path
            = Prompts::saveFileName(q, tr("Export Review Bundle"), suggested, tr("Zip files (*.zip)"),
                                    QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            exportBundle(path);
    });
    QObject::connect(m_compareButton, &QPushButton::clicked, q,
                     [this] { q->compareWith(m_compareCombo->currentData().toString()); });
    QObject::connect(m_compare, &CompareView::compareFailed, q, [this](const QString& message) {
        fail(tr("The manifests could not be compared: %1").arg(message));
    });
    QObject::connect(m_cancelButton, &QPushButton::clicked, q, [this] {
        if (!isBusy())
            return;
        cancelJob();
        m_message->showMessage(tr("Cancelled."), MessageWidget::Type::Information);
    });
}

// ---- jobs ------------------------------------------------------------------------------------

int ManifestsPage::Private::beginJob(Job job, const QString& text)
{
    m_job = job;
    m_busyLabel->setText(text);
    m_progress->setRange(0, 0);
    m_busyLabel->show();
    m_progress->show();
    m_cancelButton->show();
    updateActions();
    return ++m_token;
}

void ManifestsPage::Private::endJob()
{
    m_job = Job::None;
    m_cancelJob = nullptr;
    m_checking.clear();
    m_busyLabel->hide();
    m_progress->hide();
    m_cancelButton->hide();
    updateActions();
}

void ManifestsPage::Private::cancelJob()
{
    if (!isBusy())
        return;
    const Job job = m_job;
    const QString checking = m_checking;
    const std::function<void()> cancel = std::move(m_cancelJob);
    ++m_token; // the result, should it still come, is dropped
    endJob();
    if (cancel)
        cancel();
    if (job == Job::Verify)
        restoreCheck(checking);
}

template<typename T, typename Work, typename Done>
void ManifestsPage::Private::runWorker(Job job, const QString& text, Work work, Done done)
{
    const int token = beginJob(job, text);
    auto* watcher = new QFutureWatcher<T>(q);
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, q, [this, token](int value) {
        if (token != m_token)
            return;
        m_progress->setRange(0, ProgressSteps);
        m_progress->setValue(value);
    });
    QObject::connect(watcher, &QFutureWatcherBase::finished, q,
                     [this, token, watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         if (token != m_token)
                             return;
                         endJob();
                         const QFuture<T> future = watcher->future();
                         if (future.isCanceled() || future.resultCount() < 1)
                             return;
                         done(future.result());
                     });
    // The worker owns copies of everything it reads; the page may go away while it runs.
    QFuture<T> future = QtConcurrent::run([work = std::move(work)](QPromise<T>& promise) {
        promise.setProgressRange(0, ProgressSteps);
        ReadControl control;
        control.progress = [&promise](qint64 done, qint64 total) {
            if (total > 0)
                promise.setProgressValue(int(std::clamp<qint64>(done, 0, total) * ProgressSteps / total));
        };
        control.cancelled = [&promise] {
            return promise.isCanceled();
        };
        promise.addResult(work(control));
    });
    watcher->setFuture(future);
    m_cancelJob = [future]() mutable {
        future.cancel();
    };
}

void ManifestsPage::Private::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(int(std::clamp<qint64>(done, 0, total) * ProgressSteps / total));
}

// ---- fetching --------------------------------------------------------------------------------

void ManifestsPage::Private::fetch(const QString& buildName)
{
    if (!m_session) {
        fail(tr("No profile is open."));
        return;
    }
    if (refuseWhenBusy())
        return;
    m_message->hideMessage();
    const int token = beginJob(Job::Fetch,
                               buildName.isEmpty() ? tr("Downloading the latest manifest…")
                                                   : tr("Downloading the manifest of %1…").arg(buildName));
    api::PendingCall* call = m_session->client()->manifest(
        buildName, q, [this, token](const api::Reply<api::ManifestDownload>& reply) {
            if (token != m_token)
                return;
            m_call.clear();
            if (!reply) {
                endJob();
                fail(tr("The manifest could not be fetched: %1").arg(reply.error()));
                return;
            }
            fetchKey(token, reply.result.value());
        });
    if (m_job != Job::Fetch || !call)
        return; // the handler already ran
    m_call = call;
    QObject::connect(call, &api::PendingCall::progressed, q, [this, token](qint64 received, qint64 total) {
        if (token == m_token)
            setProgress(received, total);
    });
    m_cancelJob = [this] {
        if (m_call)
            m_call->cancel();
    };
}

void ManifestsPage::Private::fetchKey(int token, const api::ManifestDownload& download)
{
    // For the latest build the name comes from the manifest: its key is asked for by that name,
    // so a build that ends in between cannot pair one build's manifest with another's key.
    const QString buildName = buildNameOf(download.manifestName);
    m_busyLabel->setText(tr("Downloading the public key of %1…").arg(buildName));
    m_progress->setRange(0, 0);
    api::PendingCall* call = m_session->client()->publicKey(
        buildName, q, [this, token, download, buildName](const api::Reply<api::ManifestPublicKey>& reply) {
            if (token != m_token)
                return;
            m_call.clear();
            if (reply.kind == api::ErrorKind::Cancelled) {
                endJob();
                fail(tr("The public key of %1 could not be fetched: %2").arg(buildName, reply.error()));
                return;
            }
            QByteArray pem;
            QString keyProblem;
            if (!reply)
                keyProblem
                    = tr("The public key of %1 could not be fetched: %2").arg(buildName, reply.error());
            else if (!reply.result->buildName.isEmpty() && reply.result->buildName != buildName)
                keyProblem = tr("The server sent the public key of %1, not of %2; it was not stored.")
                                 .arg(reply.result->buildName, buildName);
            else
                pem = reply.result->publicKeyPem.toUtf8();
            endJob();
            storeDownload(download, pem, keyProblem);
        });
    if (m_job != Job::Fetch || !call)
        return;
    m_call = call;
    QObject::connect(call, &api::PendingCall::progressed, q, [this, token](qint64 received, qint64 total) {
        if (token == m_token)
            setProgress(received, total);
    });
    m_cancelJob = [this] {
        if (m_call)
            m_call->cancel();
    };
}

void ManifestsPage::Private::storeDownload(const api::ManifestDownload& download, const QByteArray& pem,
                                           const QString& keyProblem)
{
    const QString folder = libraryFolder();
    const QString name = download.manifestName;
    const QByteArray archive = download.archive;
    runWorker<Result<LibraryItem>>(
        Job::Store, tr("Storing %1…").arg(download.fileName()),
        [folder, name, archive, pem](const ReadControl&) {
            return ManifestLibrary(folder).store(name, archive, pem);
        },
        [this, keyProblem](const Result<LibraryItem>& stored) {
            if (!stored) {
                fail(tr("The manifest could not be stored: %1").arg(stored.error()));
                return;
            }
            refreshModel();
            Q_EMIT q->fetched(stored->path);
            m_note = keyProblem;
            select(stored->path, true);
        });
}

bool ManifestsPage::Private::import(const QString& path)
{
    if (!m_session) {
        fail(tr("No profile is open."));
        return false;
    }
    if (refuseWhenBusy())
        return false;
    const QFileInfo info(path);
    if (!info.isFile()) {
        fail(tr("%1 does not exist or is not a file.").arg(native(path)));
        return false;
    }
    if (!info.fileName().endsWith(SigTbzSuffix)) {
        fail(
            tr("%1 is not a manifest: its name must be manifest.<build name>.sig.tbz.").arg(info.fileName()));
        return false;
    }
    const QString folder = libraryFolder();
    const QString source = info.absoluteFilePath();
    runWorker<Result<LibraryItem>>(
        Job::Import, tr("Importing %1…").arg(info.fileName()),
        [folder, source](const ReadControl&) { return ManifestLibrary(folder).import(source); },
        [this](const Result<LibraryItem>& imported) {
            if (!imported) {
                fail(tr("The manifest could not be imported: %1").arg(imported.error()));
                return;
            }
            refreshModel();
            select(imported->path, true);
        });
    return true;
}

// ---- checking --------------------------------------------------------------------------------

QString ManifestsPage::Private::keyPathOf(const QString& path) const
{
    if (path.isEmpty())
        return QString();
    const int row = m_model->rowOf(path);
    if (row >= 0 && !m_model->item(row).keyPath.isEmpty() && QFileInfo(m_model->item(row).keyPath).isFile())
        return m_model->item(row).keyPath;
    // The key may have been put beside the manifest since the folder was read.
    const QString beside = QFileInfo(path).dir().filePath(keyFileName(manifestNameOf(path)));
    return QFileInfo(beside).isFile() ? beside : QString();
}

void ManifestsPage::Private::verify(bool asked)
{
    if (m_selected.isEmpty())
        return;
    cancelJob(); // a check of what was selected before is of no use any more
    const QString path = m_selected;
    const QString manifestName = manifestNameOf(path);
    setTamperText(QString(), false);
    const QString keyPath = keyPathOf(path);
    if (keyPath.isEmpty()) {
        // Without a key there is nothing to check the signature with: the archive is not read.
        m_model->setKeyMissing(path);
        m_results.remove(path);
        updateDetails();
        QString advice
            = tr("There is no public key for %1. Fetch it with the build name %2, or put %3 "
                 "beside the manifest and press Verify Again.")
                  .arg(manifestName + SigTbzSuffix, buildNameOf(manifestName), keyFileName(manifestName));
        if (!m_note.isEmpty())
            advice = m_note + QLatin1Char(' ') + advice;
        m_note.clear();
        m_message->showMessage(advice, MessageWidget::Type::Warning);
        Q_EMIT q->failed(advice);
        return;
    }
    if (!asked && m_note.isEmpty())
        m_message->hideMessage();
    m_model->setChecking(path);
    setBadge(State::Checking);
    runWorker<Verification>(
        Job::Verify, tr("Checking the signature of %1…").arg(manifestName),
        [path, keyPath](const ReadControl& control) { return verifyWithKeyFile(path, keyPath, control); },
        [this, path, asked](const Verification& verification) {
            applyVerification(path, verification, asked);
        });
    m_checking = path;
}

void ManifestsPage::Private::applyVerification(const QString& path, const Verification& verification,
                                               bool asked)
{
    if (verification.outcome == Verification::Outcome::Cancelled) {
        restoreCheck(path);
        return;
    }
    m_results.insert(path, verification);
    m_model->setVerification(path, verification);
    if (path == m_selected)
        updateDetails();

    QString text = verification.message;
    if (!m_note.isEmpty())
        text = m_note + QLatin1Char(' ') + text;
    const bool noted = !m_note.isEmpty();
    m_note.clear();
    if (verification.isVerified()) {
        if (asked || noted)
            m_message->showMessage(text,
                                   noted ? MessageWidget::Type::Positive : MessageWidget::Type::Information);
    } else {
        m_message->showMessage(text,
                               verification.outcome == Verification::Outcome::KeyUnusable
                                   ? MessageWidget::Type::Warning
                                   : MessageWidget::Type::Error);
    }
    Q_EMIT q->verified(path, verification);
}

void ManifestsPage::Private::restoreCheck(const QString& path)
{
    if (path.isEmpty() || m_model->state(path) != State::Checking)
        return;
    // The check did not finish: what was known before it stays.
    if (m_results.contains(path)) {
        m_model->setVerification(path, m_results.value(path));
    } else {
        Verification cancelled;
        cancelled.outcome = Verification::Outcome::Cancelled;
        cancelled.manifestName = manifestNameOf(path);
        m_model->setVerification(path, cancelled);
    }
    if (path == m_selected)
        updateDetails();
}

void ManifestsPage::Private::tamperTest()
{
    if (m_selected.isEmpty())
        return;
    if (refuseWhenBusy())
        return;
    const QString path = m_selected;
    const QString keyPath = keyPathOf(path);
    if (keyPath.isEmpty()) {
        fail(tr("The tamper test needs the public key %1 beside the manifest.")
                 .arg(keyFileName(manifestNameOf(path))));
        return;
    }
    setTamperText(QString(), false);
    runWorker<Status>(
        Job::TamperTest, tr("Running the tamper test on %1…").arg(manifestNameOf(path)),
        [path, keyPath](const ReadControl& control) {
            const Result<QByteArray> pem = readKey(keyPath);
            if (!pem)
                return Status::fail(pem.error());
            return ManifestVerifier::tamperTest(path, pem.value(), control);
        },
        [this, path](const Status& passed) {
            if (path != m_selected)
                return;
            if (passed) {
                setTamperText(tr("Tamper test passed: a copy with one more file under git/ fails the check, "
                                 "as it must."),
                              true);
            } else {
                setTamperText(tr("Tamper test failed: %1").arg(passed.error()), false);
                fail(m_tamperText);
            }
            Q_EMIT q->tamperTestFinished(bool(passed));
        });
}

// ---- review bundles --------------------------------------------------------------------------

void ManifestsPage::Private::exportBundle(const QString& zipPath)
{
    if (m_selected.isEmpty()) {
        fail(tr("Select a manifest of the library to export."));
        return;
    }
    if (refuseWhenBusy())
        return;
    const QString path = m_selected;
    const QString keyPath = keyPathOf(path);
    if (keyPath.isEmpty()) {
        fail(tr("A review bundle carries the public key the manifest was checked with; put %1 beside "
                "the manifest first.")
                 .arg(keyFileName(manifestNameOf(path))));
        return;
    }
    const QString zip = QFileInfo(zipPath).absoluteFilePath();
    runWorker<Result<Verification>>(
        Job::Export, tr("Writing the review bundle %1…").arg(QFileInfo(zip).fileName()),
        [zip, path, keyPath](const ReadControl& control) {
            return ReviewBundle::write(zip, path, keyPath, control);
        },
        [this, zip, path](const Result<Verification>& written) {
            if (!written) {
                fail(tr("The review bundle could not be written: %1").arg(written.error()));
                return;
            }
            m_results.insert(path, written.value());
            m_model->setVerification(path, written.value());
            if (path == m_selected)
                updateDetails();
            if (written->isVerified())
                m_message->showMessage(tr("Review bundle written to %1.").arg(native(zip)),
                                       MessageWidget::Type::Positive);
            else
                m_message->showMessage(tr("Review bundle written to %1, but the manifest did not verify: %2")
                                           .arg(native(zip), written->message),
                                       MessageWidget::Type::Warning);
            Q_EMIT q->verified(path, written.value());
            Q_EMIT q->bundleExported(zip);
        });
}

void ManifestsPage::Private::openBundle(const QString& zipPath)
{
    if (!m_session) {
        fail(tr("No profile is open."));
        return;
    }
    if (refuseWhenBusy())
        return;
    const QString zip = QFileInfo(zipPath).absoluteFilePath();
    const QString folder = libraryFolder();
    // Bundles are unpacked into "reviews" beside the library, one new folder each, so what a
    // reviewer was handed stays apart from what the server sent; the manifest and its key are
    // then copied into the library like any import.
    const QString reviews = QFileInfo(folder).dir().filePath(QStringLiteral("reviews"));
    runWorker<OpenedBundle>(
        Job::OpenBundle, tr("Opening the review bundle %1…").arg(QFileInfo(zip).fileName()),
        [zip, folder, reviews](const ReadControl& control) {
            OpenedBundle out;
            const bool made = !QFileInfo::exists(reviews);
            if (!QDir().mkpath(reviews)) {
                out.error = tr("The folder %1 cannot be created.").arg(native(reviews));
                return out;
            }
            Result<ReviewBundle::Opened> opened = ReviewBundle::open(zip, reviews, control);
            if (!opened) {
                if (made)
                    QDir().rmdir(reviews); // only when it is still empty
                out.error = opened.error();
                return out;
            }
            out.opened = opened.take();
            Result<LibraryItem> imported = ManifestLibrary(folder).import(out.opened.manifestPath);
            if (!imported) {
                out.error = tr("Its manifest could not be added to the library: %1").arg(imported.error());
                return out;
            }
            out.item = imported.take();
            out.verification = out.item.keyPath.isEmpty()
                ? out.opened.verification
                : verifyWithKeyFile(out.item.path, out.item.keyPath, control);
            return out;
        },
        [this, zip](const OpenedBundle& bundle) {
            if (!bundle.error.isEmpty()) {
                fail(tr("The review bundle %1 could not be opened: %2").arg(native(zip), bundle.error));
                return;
            }
            if (bundle.verification.outcome == Verification::Outcome::Cancelled)
                return;
            refreshModel();
            select(bundle.item.path, false);
            const QString checked = reportTime(bundle.opened.reportText);
            m_note = checked.isEmpty()
                ? tr("This manifest came from the review bundle %1 (its report names no check time); "
                     "checked again here:")
                      .arg(QFileInfo(zip).fileName())
                : tr("This manifest came from the review bundle %1, checked there at %2; checked again here:")
                      .arg(QFileInfo(zip).fileName(), checked);
            applyVerification(bundle.item.path, bundle.verification, true);
            Q_EMIT q->bundleOpened(bundle.item.path);
        });
}

// ---- selection and views ---------------------------------------------------------------------

bool ManifestsPage::Private::select(const QString& path, bool verifyNow)
{
    int row = m_model->rowOf(path);
    if (row < 0) {
        refreshModel();
        row = m_model->rowOf(path);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_quietSelection = true;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_quietSelection = false;
    m_table->scrollTo(index);
    setSelected(m_model->item(row).path);
    if (verifyNow)
        verify(false);
    return true;
}

void ManifestsPage::Private::onCurrentRowChanged(const QModelIndex& current)
{
    if (m_quietSelection)
        return;
    const QString path = current.data(ManifestLibraryModel::PathRole).toString();
    if (path == m_selected)
        return;
    setSelected(path);
    if (!path.isEmpty())
        verify(false);
}

void ManifestsPage::Private::setSelected(const QString& path)
{
    if (path != m_selected) {
        if (m_job == Job::Verify || m_job == Job::TamperTest)
            cancelJob();
        m_selected = path;
        setTamperText(QString(), false);
    }
    updateDetails();
    updateCompareChoices();
    if (m_tabs->currentIndex() == ContentsTab && m_browser->manifest() != path)
        m_browser->setManifest(path);
    updateActions();
}

void ManifestsPage::Private::refreshModel()
{
    m_model->refresh();
    // A reset forgets the selection; the selected manifest stays selected when it is still there.
    const int row = m_model->rowOf(m_selected);
    if (row >= 0) {
        m_quietSelection = true;
        m_table->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)),
                                                   QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
        m_quietSelection = false;
    } else if (!m_selected.isEmpty()) {
        setSelected(QString());
    }
    updateCompareChoices();
}

void ManifestsPage::Private::updateBuildNames()
{
    const QString typed = m_buildNameCombo->currentText();
    QStringList names;
    if (m_history && m_session) {
        const QList<history::BuildRecord> builds = m_history->builds(configPath());
        for (auto it = builds.crbegin(); it != builds.crend(); ++it) {
            if (it->result == history::BuildRecord::Result::Succeeded && !it->buildName.isEmpty()
                && !names.contains(it->buildName))
                names << it->buildName;
        }
    }
    const QSignalBlocker blocker(m_buildNameCombo);
    m_buildNameCombo->clear();
    m_buildNameCombo->addItems(names);
    if (!typed.isEmpty())
        m_buildNameCombo->setEditText(typed);
}

void ManifestsPage::Private::updateCompareChoices()
{
    const QString chosen = m_compareCombo->currentData().toString();
    const QSignalBlocker blocker(m_compareCombo);
    m_compareCombo->clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const LibraryItem item = m_model->item(row);
        if (item.path != m_selected)
            m_compareCombo->addItem(item.buildName, item.path);
    }
    const int index = m_compareCombo->findData(chosen);
    if (index >= 0)
        m_compareCombo->setCurrentIndex(index);
    updateActions();
}

void ManifestsPage::Private::updateDetails()
{
    if (m_selected.isEmpty()) {
        setBadge(State::NotChecked);
        m_nameLabel->setText(tr("Select a manifest of the library, or fetch or import one."));
        m_fingerprintLabel->clear();
        m_checkLabel->clear();
        m_archiveLabel->clear();
        m_commandsEdit->clear();
        m_commandsHint->clear();
        return;
    }
    const QString manifestName = manifestNameOf(m_selected);
    const QString keyPath = keyPathOf(m_selected);
    const QString keyFile = keyPath.isEmpty() ? keyFileName(manifestName) : QFileInfo(keyPath).fileName();
    setBadge(m_model->state(m_selected));
    m_nameLabel->setText(manifestName + SigTbzSuffix);

    const auto result = m_results.constFind(m_selected);
    const Verification* v = result == m_results.constEnd() ? nullptr : &result.value();
    if (keyPath.isEmpty())
        m_fingerprintLabel->setText(tr("No key: %1 is not beside the manifest.").arg(keyFile));
    else if (v && !v->keyFingerprint.isEmpty())
        m_fingerprintLabel->setText(
            tr("SHA-256 fingerprint %1 (%2), from %3").arg(v->keyFingerprint, v->keyDescription, keyFile));
    else
        m_fingerprintLabel->setText(tr("%1 (its fingerprint is shown once it was read)").arg(keyFile));

    QString check
        = tr("%1.tbz, the inner archive, is hashed with SHA-256 as it streams out of %1.sig.tbz; that "
             "digest is hashed again and checked against the hex signature in %1.sig as an RSA "
             "PKCS#1 v1.5 signature with SHA-256, using the public key %2.")
              .arg(manifestName, keyFile);
    if (v && !v->message.isEmpty())
        check += QLatin1Char('\n') + tr("Result: %1").arg(v->message);
    m_checkLabel->setText(check);

    if (v && !v->tbzSha256.isEmpty())
        m_archiveLabel->setText(tr("SHA-256 of %1.tbz: %2\nSize: %3 (%4 bytes)")
                                    .arg(manifestName, QString::fromLatin1(v->tbzSha256.toHex()),
                                         QLocale().formattedDataSize(v->tbzSize),
                                         QLocale().toString(v->tbzSize)));
    else
        m_archiveLabel->setText(tr("Not read yet."));

    m_commandsEdit->setPlainText(ManifestVerifier::opensslCommands(manifestName, keyFile));
    m_commandsHint->setText(tr("Run them in %1.").arg(native(QFileInfo(m_selected).absolutePath())));
}

void ManifestsPage::Private::setBadge(State state)
{
    QString text;
    QColor background;
    QColor foreground(Qt::white);
    switch (state) {
    case State::Verified:
        text = tr("Verified");
        background = QColor(0x2e, 0x7d, 0x32);
        break;
    case State::SignatureInvalid:
        text = tr("Signature invalid");
        background = QColor(0xc6, 0x28, 0x28);
        break;
    case State::KeyMissing:
        text = tr("Key missing");
        background = QColor(0xf2, 0xa9, 0x00);
        foreground = QColor(0x21, 0x21, 0x21);
        break;
    case State::Malformed:
        text = tr("Archive malformed");
        background = QColor(0xc6, 0x28, 0x28);
        break;
    case State::Checking:
        text = tr("Checking…");
        background = QColor(0x60, 0x7d, 0x8b);
        break;
    case State::NotChecked:
        text = tr("Not checked");
        background = QColor(0x75, 0x75, 0x75);
        break;
    }
    m_badge->setText(text);
    m_badge->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 14px; "
                                          "padding: 6px 18px; }")
                               .arg(background.name(), foreground.name()));
}

void ManifestsPage::Private::setTamperText(const QString& text, bool passed)
{
    m_tamperText = text;
    m_tamperLabel->setText(text);
    m_tamperLabel->setStyleSheet(
        text.isEmpty() ? QString()
                       : QStringLiteral("QLabel { color: %1; }")
                             .arg(passed ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828")));
}

void ManifestsPage::Private::updateActions()
{
    const bool busy = isBusy();
    const bool session = !m_session.isNull();
    const bool selected = !m_selected.isEmpty();
    const bool hasKey = selected && !keyPathOf(m_selected).isEmpty();
    // A new selection cancels a check, so the table stays usable then; while the library
    // itself is being changed it waits.
    const bool libraryJob = busy && m_job != Job::Verify && m_job != Job::TamperTest;
    m_fetchLatestButton->setEnabled(session && !busy);
    m_fetchBuildButton->setEnabled(session && !busy);
    m_importButton->setEnabled(session && !busy);
    m_openBundleButton->setEnabled(session && !busy);
    m_table->setEnabled(!libraryJob);
    m_verifyButton->setEnabled(selected && !busy);
    m_tamperButton->setEnabled(hasKey && !busy);
    m_exportButton->setEnabled(hasKey && !busy);
    m_copyButton->setEnabled(selected);
    m_compareButton->setEnabled(selected && m_compareCombo->count() > 0);
}

// ---- the page --------------------------------------------------------------------------------

ManifestsPage::ManifestsPage(models::ProfileSession* session, history::BuildHistory* history, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
    d->m_session = session;
    d->m_history = history;
    d->m_model = new ManifestLibraryModel(this);
    d->m_proxy = new QSortFilterProxyModel(this);
    d->buildUi();
    d->connectUi();

    if (session)
        d->m_model->setLibrary(ManifestLibrary::folderFor(session->profile().configPath));
    if (history) {
        connect(history, &history::BuildHistory::changed, this, [this](const QString& profile) {
            if (profile == d->configPath())
                d->updateBuildNames();
        });
    }
    d->updateBuildNames();
    d->updateCompareChoices();
    d->updateDetails();
    d->updateActions();
}

ManifestsPage::~ManifestsPage()
{
    // A worker still running sees the cancel at its next block and ends by itself; it holds
    // nothing of the page, so nothing here waits for it.
    ++d->m_token;
    if (d->m_cancelJob)
        d->m_cancelJob();
    d->m_browser->cancel();
    d->m_compare->cancel();
    // The children are deleted after d: nothing they signal may reach d any more.
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
}

models::ManifestLibraryModel* ManifestsPage::libraryModel() const
{
    return d->m_model;
}

ManifestBrowser* ManifestsPage::browser() const
{
    return d->m_browser;
}

CompareView* ManifestsPage::compareView() const
{
    return d->m_compare;
}

MessageWidget* ManifestsPage::messageWidget() const
{
    return d->m_message;
}

void ManifestsPage::fetchLatest()
{
    d->fetch(QString());
}

void ManifestsPage::fetchBuild(const QString& buildName)
{
    d->fetch(buildName.trimmed());
}

bool ManifestsPage::importManifest(const QString& sigTbzPath)
{
    return d->import(sigTbzPath);
}

bool ManifestsPage::selectManifest(const QString& path)
{
    return d->select(QFileInfo(path).absoluteFilePath(), true);
}

void ManifestsPage::verifySelected()
{
    d->verify(true);
}

void ManifestsPage::runTamperTest()
{
    d->tamperTest();
}

void ManifestsPage::exportBundle(const QString& zipPath)
{
    d->exportBundle(zipPath);
}

void ManifestsPage::openBundle(const QString& zipPath)
{
    d->openBundle(zipPath);
}

void ManifestsPage::compareWith(const QString& otherPath)
{
    if (d->m_selected.isEmpty() || otherPath.isEmpty()) {
        d->fail(tr("Select a manifest and another one of the library to compare it with."));
        return;
    }
    const int index = d->m_compareCombo->findData(otherPath);
    if (index >= 0)
        d->m_compareCombo->setCurrentIndex(index);
    d->m_tabs->setCurrentIndex(CompareTab);
    d->m_compare->compare(otherPath, d->m_selected);
}

QString ManifestsPage::selectedPath() const
{
    return d->m_selected;
}

bool ManifestsPage::isBusy() const
{
    return d->isBusy();
}

QString ManifestsPage::badgeText() const
{
    return d->m_badge->text();
}

QString ManifestsPage::tamperResult() const
{
    return d->m_tamperText;
}

QString ManifestsPage::opensslCommands() const
{
    return d->m_commandsEdit->toPlainText();
}

} // namespace sbs::gui
