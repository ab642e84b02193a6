#include "ManifestsPage.h"

#include "ComparePanel.h"
#include "CompareView.h"
#include "JobRunner.h"
#include "LibraryActions.h"
#include "LibraryPanel.h"
#include "ManifestBrowser.h"
#include "MessageWidget.h"
#include "VerificationPanel.h"
#include "history/BuildHistory.h"
#include "manifest/ManifestLibrary.h"
#include "models/ManifestLibraryModel.h"
#include "models/ProfileSession.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sbs::gui {

using manifest::ManifestLibrary;
using manifest::ReadControl;
using manifest::Verification;
using models::ManifestLibraryModel;
using Job = JobRunner::Job;
using State = ManifestLibraryModel::State;

struct ManifestsPage::Private
{
    Q_DECLARE_TR_FUNCTIONS(sbs::gui::ManifestsPage)

public:
    ManifestsPage* q;
    QPointer<models::ProfileSession> m_session;
    QPointer<history::BuildHistory> m_history;
    ManifestLibraryModel* m_model = nullptr;

    MessageWidget* m_message = nullptr;
    QSplitter* m_splitter = nullptr;
    LibraryPanel* m_library = nullptr;
    QTabWidget* m_tabs = nullptr;
    VerificationPanel* m_verification = nullptr;
    ManifestBrowser* m_browser = nullptr;
    ComparePanel* m_compare = nullptr;
    JobRunner* m_jobs = nullptr;
    LibraryActions* m_actions = nullptr;

    QString m_selected;
    // A sentence shown before the next verification's result (where the manifest came from).
    QString m_note;
    QHash<QString, Verification> m_results; // the last finished check of each manifest
    QString m_checking; // the manifest the running verification is about

    explicit Private(ManifestsPage* page)
        : q(page)
    { }

    QString configPath() const { return m_session ? m_session->profile().configPath : QString(); }
    QString libraryFolder() const { return m_model->folder(); }
    bool isBusy() const { return m_jobs->isBusy(); }

    void buildUi();
    void connectUi();
    void connectActions();

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
    bool refuseWithoutSession()
    {
        if (m_session)
            return false;
        fail(tr("No profile is open."));
        return true;
    }
    void cancelJob();

    void fetch(const QString& buildName);
    bool import(const QString& path);
    void verify(bool asked);
    void applyVerification(const QString& path, const Verification& verification, bool asked);
    void restoreCheck(const QString& path);
    void tamperTest();
    void exportBundle(const QString& zipPath);
    void openBundle(const QString& zipPath);

    QString keyPathOf(const QString& path) const;
    bool select(const QString& path, bool verifyNow);
    void onCurrentChanged(const QString& path);
    void setSelected(const QString& path);
    void refreshModel();
    void updateBuildNames();
    void updateCompareChoices();
    void updateDetails();
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
    m_library = new LibraryPanel(m_model, m_splitter);
    m_splitter->addWidget(m_library);

    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("manifestTabWidget"));
    m_tabs->setDocumentMode(true);
    m_browser = new ManifestBrowser(m_tabs);
    m_browser->setObjectName(QStringLiteral("manifestBrowser"));
    m_verification = new VerificationPanel(m_tabs);
    m_tabs->addTab(m_verification, tr("Verification"));
    m_tabs->addTab(m_browser, tr("Contents"));
    m_compare = new ComparePanel(m_model, m_tabs);
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->setTabToolTip(VerificationTab, tr("Whether the manifest was signed by the build's key"));
    m_tabs->setTabToolTip(ContentsTab, tr("The files of the build as the manifest holds them"));
    m_tabs->setTabToolTip(CompareTab, tr("What changed against another manifest of the library"));
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({ 420, 630 });

    // The progress of a worker or a download, whichever tab is shown.
    m_jobs = new JobRunner(q);
    m_actions = new LibraryActions(m_jobs, q);

    auto* layout = new QVBoxLayout(q);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_jobs);
}

void ManifestsPage::Private::connectUi()
{
    QObject::connect(m_library, &LibraryPanel::fetchRequested, q,
                     [this](const QString& buildName) { fetch(buildName); });
    QObject::connect(m_library, &LibraryPanel::importRequested, q,
                     [this](const QString& path) { import(path); });
    QObject::connect(m_library, &LibraryPanel::openBundleRequested, q,
                     [this](const QString& path) { openBundle(path); });
    QObject::connect(m_library, &LibraryPanel::currentChanged, q,
                     [this](const QString& path) { onCurrentChanged(path); });
    QObject::connect(m_tabs, &QTabWidget::currentChanged, q, [this](int index) {
        // The contents are read only when someone looks at them.
        if (index == ContentsTab && m_browser->manifest() != m_selected)
            m_browser->setManifest(m_selected);
    });

    QObject::connect(m_verification, &VerificationPanel::commandsCopied, q, [this] {
        m_message->showMessage(tr("The openssl commands are on the clipboard."),
                               MessageWidget::Type::Information);
    });
    QObject::connect(m_verification, &VerificationPanel::verifyRequested, q, [this] { verify(true); });
    QObject::connect(m_verification, &VerificationPanel::tamperTestRequested, q, [this] { tamperTest(); });
    QObject::connect(m_verification, &VerificationPanel::exportRequested, q,
                     [this](const QString& path) { exportBundle(path); });
    QObject::connect(m_compare, &ComparePanel::compareRequested, q,
                     [this](const QString& otherPath) { q->compareWith(otherPath); });
    QObject::connect(m_compare->view(), &CompareView::compareFailed, q, [this](const QString& message) {
        fail(tr("The manifests could not be compared: %1").arg(message));
    });
    QObject::connect(m_jobs, &JobRunner::busyChanged, q, [this](bool busy) {
        if (!busy)
            m_checking.clear();
        updateActions();
    });
    QObject::connect(m_jobs, &JobRunner::cancelRequested, q, [this] {
        if (!isBusy())
            return;
        cancelJob();
        m_message->showMessage(tr("Cancelled."), MessageWidget::Type::Information);
    });
    connectActions();
}

void ManifestsPage::Private::connectActions()
{
    QObject::connect(m_actions, &LibraryActions::failed, q, [this](const QString& text) { fail(text); });
    QObject::connect(m_actions, &LibraryActions::fetched, q,
                     [this](const QString& path, const QString& keyProblem) {
                         refreshModel();
                         Q_EMIT q->fetched(path);
                         m_note = keyProblem;
                         select(path, true);
                     });
    QObject::connect(m_actions, &LibraryActions::imported, q, [this](const QString& path) {
        refreshModel();
        select(path, true);
    });
    QObject::connect(m_actions, &LibraryActions::bundleWritten, q,
                     [this](const QString& zip, const QString& path, const Verification& written) {
                         m_results.insert(path, written);
                         m_model->setVerification(path, written);
                         if (path == m_selected)
                             updateDetails();
                         const QString shown = QDir::toNativeSeparators(zip);
                         if (written.isVerified())
                             m_message->showMessage(tr("Review bundle written to %1.").arg(shown),
                                                    MessageWidget::Type::Positive);
                         else
                             m_message->showMessage(
                                 tr("Review bundle written to %1, but the manifest did not verify: %2")
                                     .arg(shown, written.message),
                                 MessageWidget::Type::Warning);
                         Q_EMIT q->verified(path, written);
                         Q_EMIT q->bundleExported(zip);
                     });
    QObject::connect(m_actions, &LibraryActions::tamperTested, q,
                     [this](const QString& path, bool passed, const QString& result) {
                         if (path != m_selected)
                             return;
                         m_verification->showTamperResult(result, passed);
                         if (!passed)
                             fail(result);
                         Q_EMIT q->tamperTestFinished(passed);
                     });
    QObject::connect(m_actions, &LibraryActions::bundleOpened, q,
                     [this](const QString& path, const QString& note, const Verification& verification) {
                         refreshModel();
                         select(path, false);
                         m_note = note;
                         applyVerification(path, verification, true);
                         Q_EMIT q->bundleOpened(path);
                     });
}

void ManifestsPage::Private::cancelJob()
{
    if (!isBusy())
        return;
    const bool verifying = m_jobs->job() == Job::Verify;
    const QString checking = m_checking;
    m_jobs->cancel();
    if (verifying)
        restoreCheck(checking);
}

// ---- the library -----------------------------------------------------------------------------

void ManifestsPage::Private::fetch(const QString& buildName)
{
    if (refuseWithoutSession() || refuseWhenBusy())
        return;
    m_message->hideMessage();
    m_actions->fetch(m_session->client(), libraryFolder(), buildName);
}

bool ManifestsPage::Private::import(const QString& path)
{
    if (refuseWithoutSession() || refuseWhenBusy())
        return false;
    return m_actions->import(libraryFolder(), path);
}

void ManifestsPage::Private::exportBundle(const QString& zipPath)
{
    if (m_selected.isEmpty()) {
        fail(tr("Select a manifest of the library to export."));
        return;
    }
    if (refuseWhenBusy())
        return;
    const QString keyPath = keyPathOf(m_selected);
    if (keyPath.isEmpty()) {
        fail(tr("A review bundle carries the public key the manifest was checked with; put %1 beside "
                "the manifest first.")
                 .arg(LibraryActions::keyFileName(LibraryActions::manifestNameOf(m_selected))));
        return;
    }
    m_actions->exportBundle(zipPath, m_selected, keyPath);
}

void ManifestsPage::Private::openBundle(const QString& zipPath)
{
    if (refuseWithoutSession() || refuseWhenBusy())
        return;
    m_actions->openBundle(zipPath, libraryFolder());
}

// ---- checking --------------------------------------------------------------------------------

QString ManifestsPage::Private::keyPathOf(const QString& path) const
{
    return LibraryActions::keyPathOf(*m_model, path);
}

void ManifestsPage::Private::verify(bool asked)
{
    if (m_selected.isEmpty())
        return;
    cancelJob(); // a check of what was selected before is of no use any more
    const QString path = m_selected;
    const QString manifestName = LibraryActions::manifestNameOf(path);
    m_verification->showTamperResult(QString(), false);
    const QString keyPath = keyPathOf(path);
    if (keyPath.isEmpty()) {
        // Without a key there is nothing to check the signature with: the archive is not read.
        m_model->setKeyMissing(path);
        m_results.remove(path);
        updateDetails();
        QString advice
            = tr("There is no public key for %1. Fetch it with the build name %2, or put %3 "
                 "beside the manifest and press Verify Again.")
                  .arg(manifestName + LibraryActions::sigTbzSuffix(),
                       LibraryActions::buildNameOf(manifestName), LibraryActions::keyFileName(manifestName));
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
    m_verification->setState(State::Checking);
    m_jobs->run<Verification>(
        Job::Verify, tr("Checking the signature of %1…").arg(manifestName),
        [path, keyPath](const ReadControl& control) {
            return LibraryActions::verifyWithKeyFile(path, keyPath, control);
        },
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
        cancelled.manifestName = LibraryActions::manifestNameOf(path);
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
                 .arg(LibraryActions::keyFileName(LibraryActions::manifestNameOf(path))));
        return;
    }
    m_verification->showTamperResult(QString(), false);
    m_actions->tamperTest(path, keyPath);
}

// ---- selection and views ---------------------------------------------------------------------

bool ManifestsPage::Private::select(const QString& path, bool verifyNow)
{
    if (m_model->rowOf(path) < 0)
        refreshModel();
    const int row = m_model->rowOf(path);
    if (row < 0 || !m_library->selectPath(path, true))
        return false;
    setSelected(m_model->item(row).path);
    if (verifyNow)
        verify(false);
    return true;
}

void ManifestsPage::Private::onCurrentChanged(const QString& path)
{
    if (path == m_selected)
        return;
    setSelected(path);
    if (!path.isEmpty())
        verify(false);
}

void ManifestsPage::Private::setSelected(const QString& path)
{
    if (path != m_selected) {
        if (m_jobs->job() == Job::Verify || m_jobs->job() == Job::TamperTest)
            cancelJob();
        m_selected = path;
        m_verification->showTamperResult(QString(), false);
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
    if (!m_library->selectPath(m_selected, false) && !m_selected.isEmpty())
        setSelected(QString());
    updateCompareChoices();
}

void ManifestsPage::Private::updateBuildNames()
{
    m_library->setBuilds(m_history && m_session ? m_history->builds(configPath())
                                                : QList<history::BuildRecord>());
}

void ManifestsPage::Private::updateCompareChoices()
{
    m_compare->updateChoices(m_selected);
    updateActions();
}

void ManifestsPage::Private::updateDetails()
{
    if (m_selected.isEmpty()) {
        m_verification->showNothing();
        return;
    }
    const auto result = m_results.constFind(m_selected);
    m_verification->showVerification(m_selected, keyPathOf(m_selected), m_model->state(m_selected),
                                     result == m_results.constEnd() ? nullptr : &result.value());
}

void ManifestsPage::Private::updateActions()
{
    const bool busy = isBusy();
    const bool session = !m_session.isNull();
    const bool selected = !m_selected.isEmpty();
    const bool hasKey = selected && !keyPathOf(m_selected).isEmpty();
    // A new selection cancels a check, so the table stays usable then; while the library
    // itself is being changed it waits.
    const bool libraryJob = busy && m_jobs->job() != Job::Verify && m_jobs->job() != Job::TamperTest;
    m_library->setActionsEnabled(session && !busy, !libraryJob);
    m_verification->setActionsEnabled(selected, hasKey, busy);
    m_compare->setCompareEnabled(selected);
}

// ---- the page --------------------------------------------------------------------------------

ManifestsPage::ManifestsPage(models::ProfileSession* session, history::BuildHistory* history, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
    d->m_session = session;
    d->m_history = history;
    d->m_model = new ManifestLibraryModel(this);
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
    d->m_jobs->abandon();
    d->m_browser->cancel();
    d->m_compare->view()->cancel();
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
    return d->m_compare->view();
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
    d->m_compare->choose(otherPath);
    d->m_tabs->setCurrentIndex(CompareTab);
    d->m_compare->view()->compare(otherPath, d->m_selected);
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
    return d->m_verification->badgeText();
}

QString ManifestsPage::tamperResult() const
{
    return d->m_verification->tamperResult();
}

QString ManifestsPage::opensslCommands() const
{
    return d->m_verification->opensslCommands();
}

} // namespace sbs::gui
