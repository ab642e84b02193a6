#include "CertificatesPage.h"

#include "CertificateDetailsView.h"
#include "CertificateTableDelegate.h"
#include "Icons.h"
#include "MessageWidget.h"
#include "Prompts.h"
#include "WorkerSet.h"
#include "config/ConfigDocument.h"
#include "config/ConfigRules.h"
#include "contract/InstanceEnv.h"
#include "models/CertificateCheck.h"
#include "models/CertificateTableModel.h"
#include "models/ConfigFieldModel.h"
#include "models/ProfileSession.h"
#include "pki/CertificateAuthority.h"
#include "pki/CertificateManager.h"
#include "pki/CertificateRenewal.h"
#include "pki/CertificateSet.h"
#include "pki/HostName.h"
#include "pki/OpenPgpEncryptor.h"
#include "pki/PemFile.h"
#include "ui_CertificatesPage.h"
#include "util/NewFile.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QStyle>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <utility>

namespace sbs::gui {

using models::CertificateCheck;
using models::CertificateEntry;
using models::CertificateTableModel;
using Kind = CertificateEntry::Kind;
using Severity = CertificateEntry::Severity;
using Outcome = pki::CertificateReport::Outcome;

namespace {

// Tells password managers and clipboard histories that the copied text is a secret.
constexpr const char* PasswordManagerHint = "x-kde-passwordManagerHint";
constexpr int RefreshDelayMs = 300;

bool exists(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

bool isInside(const QString& path, const QString& folder)
{
    const QString cleanFolder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath()).startsWith(cleanFolder + QLatin1Char('/'));
}

// A file for the configuration: relative to the working folder when it is inside it.
QString pathForConfig(const QString& path, const QString& workDir)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (isInside(absolute, workDir))
        return QDir(workDir).relativeFilePath(absolute);
    return absolute;
}

QString plural(QString text, qint64 n)
{
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

QString keyTypeText(pki::KeyType type)
{
    switch (type) {
    case pki::KeyType::Rsa2048:
        return CertificatesPage::tr("RSA 2048 (default)");
    case pki::KeyType::Rsa3072:
        return CertificatesPage::tr("RSA 3072");
    case pki::KeyType::Rsa4096:
        return CertificatesPage::tr("RSA 4096 (slow to generate)");
    case pki::KeyType::EcP256:
        return CertificatesPage::tr("EC P-256");
    case pki::KeyType::EcP384:
        return CertificatesPage::tr("EC P-384");
    }
    return pki::keyTypeName(type);
}

bool isClassic(const QString& runtimeType)
{
    return runtimeType.trimmed().compare(QLatin1String("classic"), Qt::CaseInsensitive) == 0;
}

// The values as the page shows them: with a plain server key, SERVER_KEY is not shown.
QString displayText(const contract::InstanceEnv& env, const QString& runtimeType, bool plain)
{
    if (!plain)
        return env.format(runtimeType);
    const QString hidden = CertificatesPage::tr("<not shown: the unencrypted server key>");
    QStringList parts;
    for (const auto& [name, value] : env.values()) {
        const QString shown = name == QLatin1String("SERVER_KEY") ? hidden : value;
        parts << (isClassic(runtimeType) ? QStringLiteral("-e %1=%2").arg(name, shown)
                                         : QStringLiteral("%1: \"%2\"").arg(name, shown));
    }
    return parts.join(isClassic(runtimeType) ? QStringLiteral(" ") : QStringLiteral("\n"))
        + QLatin1Char('\n');
}

// In a worker: checks the platform key as sbsctl instance-env does (a public OpenPGP key, never
// a secret key export), then builds the values.
Result<contract::InstanceEnv> buildEnv(const pki::CertificateLayout& layout,
                                       const contract::InstanceEnv::Options& options)
{
    using R = Result<contract::InstanceEnv>;
    if (!options.plainServerKey) {
        const Result<QByteArray> key = pki::PemFile::read(
            options.pgpPublicKeyPath, CertificatesPage::tr("OpenPGP public key (HPVS_PUBLIC_KEY_FILE)"));
        if (!key)
            return R::fail(key.error());
        switch (pki::OpenPgpEncryptor::classify(key.value())) {
        case pki::OpenPgpEncryptor::KeyDataKind::SecretKey:
            return R::fail(CertificatesPage::tr("%1 is an OpenPGP secret key export; choose the platform's "
                                                "public key instead (never hand out a secret key).")
                               .arg(options.pgpPublicKeyPath));
        case pki::OpenPgpEncryptor::KeyDataKind::NotOpenPgp:
            return R::fail(CertificatesPage::tr("%1 is not an OpenPGP public key; choose the platform's "
                                                "public key file (armoured or binary).")
                               .arg(options.pgpPublicKeyPath));
        case pki::OpenPgpEncryptor::KeyDataKind::PublicKey:
            break;
        }
    }
    return contract::InstanceEnv::build(layout, options);
}

bool wroteFiles(const pki::CertificateReport& report)
{
    return report.outcome == Outcome::Created || report.outcome == Outcome::Replaced;
}

} // namespace

CertificatesPage::CertificatesPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::CertificatesPage)
    , m_model(new CertificateTableModel(this))
    , m_fixAction(new QAction(this))
    , m_refreshTimer(new QTimer(this))
{
    m_ui->setupUi(this);

    QStyle* s = style();
    m_ui->generateButton->setIcon(Icons::bundled(QStringLiteral("add")));
    m_ui->replaceServerButton->setIcon(Icons::bundled(QStringLiteral("server")));
    m_ui->renewButton->setIcon(Icons::bundled(QStringLiteral("certificate")));
    m_ui->ownCaButton->setIcon(Icons::bundled(QStringLiteral("trust")));
    m_ui->exportCaButton->setIcon(
        Icons::themed(QStringLiteral("document-save-as"), QStringLiteral("folder")));
    m_ui->deleteButton->setIcon(Icons::themed(QStringLiteral("edit-delete"), QStringLiteral("remove")));
    m_ui->refreshButton->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), s->standardIcon(QStyle::SP_BrowserReload)));
    m_ui->busyLabel->hide();
    m_ui->busyProgressBar->hide();

    for (const pki::KeyType type : pki::allKeyTypes())
        m_ui->keyTypeComboBox->addItem(keyTypeText(type), int(type));

    // The table: the model's severities become palette colours in the delegate.
    QTableView* view = m_ui->certificateTableView;
    view->setModel(m_model);
    view->setItemDelegate(new CertificateTableDelegate(view));
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (const int column : { CertificateTableModel::NameColumn, CertificateTableModel::ValidFromColumn,
                              CertificateTableModel::ValidToColumn, CertificateTableModel::DaysLeftColumn,
                              CertificateTableModel::KeyTypeColumn })
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    header->resizeSection(CertificateTableModel::SubjectColumn, 200);
    header->resizeSection(CertificateTableModel::SanColumn, 130);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateDetails(); });
    // The table needs room for five rows at most; the details and the env values take the rest.
    // The form ignores the splitter's height hint, so that in a scroll area the page fits the
    // window and the splitter takes what is left (never less than its minimum).
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 190, 500 });

    // The message bars: results of the actions, and the state of the files with its fix.
    m_ui->messageWidget->setCloseButtonVisible(true);
    m_ui->problemMessageWidget->setCloseButtonVisible(true);
    m_fixAction->setObjectName(QStringLiteral("fixAction"));
    m_fixAction->setVisible(false);
    m_ui->problemMessageWidget->addMessageAction(m_fixAction);
    connect(m_fixAction, &QAction::triggered, this, [this] { runFix(m_fix); });
    connect(m_ui->problemMessageWidget, &MessageWidget::closed, this,
            [this] { m_dismissedProblem = m_ui->problemMessageWidget->text(); });

    // The instance env tab.
    m_ui->envTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->envTextEdit->setPlaceholderText(
        tr("Show values, Copy and Save read the certificate files and build the values."));
    QPalette warningPalette = m_ui->plainKeyWarningLabel->palette();
    warningPalette.setColor(QPalette::WindowText,
                            CertificateTableDelegate::severityColor(Severity::Critical, palette()));
    m_ui->plainKeyWarningLabel->setPalette(warningPalette);
    m_ui->plainKeyWarningLabel->hide();
    connect(m_ui->plainKeyCheckBox, &QCheckBox::toggled, this, [this](bool plain) {
        m_ui->plainKeyWarningLabel->setVisible(plain);
        m_ui->envTextEdit->clear();
        updateActions();
    });
    connect(m_ui->pgpKeyLineEdit, &QLineEdit::textEdited, this, [this] { m_ui->envTextEdit->clear(); });
    connect(m_ui->pgpKeyBrowseButton, &QPushButton::clicked, this, [this] {
        const QString dir = m_session ? m_session->profile().workDir : QString();
        const QString path
            = Prompts::openFileName(this, tr("Choose the platform's OpenPGP public key"), dir,
                                    tr("OpenPGP keys (*.asc *.gpg *.pgp *.pub);;All files (*)"));
        if (path.isEmpty())
            return;
        m_ui->pgpKeyLineEdit->setText(QDir::toNativeSeparators(path));
        m_ui->envTextEdit->clear();
    });

    connect(m_ui->generateButton, &QPushButton::clicked, this, [this] { runGenerate(); });
    connect(m_ui->replaceServerButton, &QPushButton::clicked, this, &CertificatesPage::runReplaceServer);
    connect(m_ui->renewButton, &QPushButton::clicked, this, &CertificatesPage::runRenew);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] { runDelete(false); });
    connect(m_ui->ownCaButton, &QPushButton::clicked, this, &CertificatesPage::runOwnCa);
    connect(m_ui->exportCaButton, &QPushButton::clicked, this, &CertificatesPage::runExportCa);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &CertificatesPage::refresh);
    connect(m_ui->envShowButton, &QPushButton::clicked, this, [this] { runEnv(EnvAction::Show); });
    connect(m_ui->envCopyButton, &QPushButton::clicked, this, [this] { runEnv(EnvAction::Copy); });
    connect(m_ui->envSaveButton, &QPushButton::clicked, this, [this] { runEnv(EnvAction::Save); });

    // Edits of the configuration (HOSTNAME, CAPATH, ...) change what the files are checked against.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &CertificatesPage::refresh);

    updateEnvKeyHint();
    updateProblems();
    updateActions();
    updateDetails();
}

CertificatesPage::~CertificatesPage()
{
    // A worker that is still running finishes on its own; its result is dropped.
    ++m_token;
    ++m_checkToken;
}

MessageWidget* CertificatesPage::messageWidget() const
{
    return m_ui->messageWidget;
}

void CertificatesPage::setSession(models::ProfileSession* session)
{
    if (m_session == session)
        return;
    ++m_token;
    if (m_busy)
        finish();
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->config(), nullptr, this, nullptr);
    }
    m_session = session;
    m_ui->messageWidget->hideMessage();
    m_ui->envTextEdit->clear();
    m_ui->pgpKeyLineEdit->clear();
    m_ui->plainKeyCheckBox->setChecked(false);
    m_dismissedProblem.clear();
    m_model->clear();
    if (m_session) {
        connect(m_session->config(), &models::ConfigFieldModel::documentChanged, this, [this] {
            updateEnvKeyHint();
            m_refreshTimer->start();
        });
        // The profile was removed: nothing of it stays on the page.
        connect(m_session, &QObject::destroyed, this, [this] {
            m_session.clear();
            ++m_token;
            if (m_busy)
                finish();
            m_ui->envTextEdit->clear();
            refresh();
        });
    }
    updateEnvKeyHint();
    refresh();
}

void CertificatesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The files may have changed outside (sbsctl, a file manager) while the page was hidden.
    if (m_session)
        m_refreshTimer->start(0);
}

// ---- reading the files ---------------------------------------------------------------------

std::optional<pki::CertificateLayout> CertificatesPage::readyLayout()
{
    if (!m_session || m_busy)
        return std::nullopt;
    Result<pki::CertificateLayout> resolved = layout();
    if (!resolved) {
        showError(resolved.error());
        return std::nullopt;
    }
    return resolved.take();
}

Result<pki::CertificateLayout> CertificatesPage::layout() const
{
    if (!m_session)
        return Result<pki::CertificateLayout>::fail(tr("No profile is open."));
    return m_session->layout();
}

QString CertificatesPage::hostname() const
{
    return m_session ? m_session->config()->document().string(QStringLiteral("HOSTNAME")).trimmed()
                     : QString();
}

QString CertificatesPage::configName() const
{
    return m_session ? m_session->profile().configPath : QString();
}

pki::KeyType CertificatesPage::keyType() const
{
    return pki::KeyType(m_ui->keyTypeComboBox->currentData().toInt());
}

void CertificatesPage::refresh()
{
    m_refreshTimer->stop();
    const int check = ++m_checkToken;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_session) {
        m_layoutError.clear();
        m_model->clear();
        updateProblems();
        updateActions();
        updateDetails();
        return;
    }
    const Result<pki::CertificateLayout> resolved = layout();
    if (!resolved) {
        m_layoutError = resolved.error();
        // Only a missing UUID is something Generate sets right (it adds UUID and SECRET first).
        const config::ConfigDocument& doc = m_session->config()->document();
        const bool noUuid = doc.string(QStringLiteral("UUID")).trimmed().isEmpty()
            && doc.string(QStringLiteral("CLIENT_CRT_KEY")).trimmed().isEmpty();
        applyEntries(noUuid ? CertificateCheck::unresolved(
                         tr("%1 has no UUID yet, so its certificate files have no names; Generate "
                            "adds UUID and SECRET to it and creates them.")
                             .arg(configName()),
                         CertificateEntry::Fix::Generate)
                            : CertificateCheck::unresolved(resolved.error(), CertificateEntry::Fix::None),
                     now);
        return;
    }
    m_layoutError.clear();
    whenDone(this, CertificateCheck::runAsync(resolved.value(), hostname(), now),
             [this, check, now](const QList<CertificateEntry>& entries) {
                 if (check == m_checkToken)
                     applyEntries(entries, now);
             });
}

void CertificatesPage::applyEntries(const QList<CertificateEntry>& entries, const QDateTime& now)
{
    const CertificateEntry* current = m_model->entryAt(m_ui->certificateTableView->currentIndex().row());
    const std::optional<Kind> selected = current ? std::optional<Kind>(current->kind) : std::nullopt;
    m_model->setEntries(entries, now);
    updateSpans();
    if (selected && m_model->rowOf(*selected) >= 0) {
        selectKind(*selected);
    } else if (!entries.isEmpty()) {
        // First look: the row with the worst problem, else the first one.
        int best = 0;
        int worst = int(Severity::None);
        for (int row = 0; row < entries.size(); ++row) {
            const CertificateEntry::Problem* problem = entries.at(row).worstProblem();
            if (problem && int(problem->severity) > worst) {
                worst = int(problem->severity);
                best = row;
            }
        }
        selectKind(entries.at(best).kind);
    }
    updateProblems();
    updateActions();
    updateDetails();
}

void CertificatesPage::selectKind(Kind kind)
{
    const int row = m_model->rowOf(kind);
    if (row < 0)
        return;
    m_ui->certificateTableView->setCurrentIndex(m_model->index(row, CertificateTableModel::NameColumn));
    m_ui->certificateTableView->selectRow(row);
}

void CertificatesPage::updateSpans()
{
    QTableView* view = m_ui->certificateTableView;
    view->clearSpans();
    // A missing file's "missing: what creates it" takes the room of the certificate's columns.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->entryAt(row)->present)
            view->setSpan(row, CertificateTableModel::SubjectColumn, 1,
                          CertificateTableModel::ColumnCount - CertificateTableModel::SubjectColumn);
    }
}

void CertificatesPage::updateDetails()
{
    const int row = m_ui->certificateTableView->currentIndex().row();
    m_ui->detailsView->showEntry(m_model->entryAt(row), m_model->currentTime());
}

void CertificatesPage::updateEnvKeyHint()
{
    QString path;
    if (m_session)
        path = contract::InstanceEnv::pgpKeyPath(m_session->config()->document(),
                                                 m_session->profile().workDir);
    m_ui->pgpKeyLineEdit->setPlaceholderText(
        path.isEmpty() ? tr("HPVS_PUBLIC_KEY_FILE is not set: choose the platform's key file")
                       : tr("%1 (HPVS_PUBLIC_KEY_FILE)").arg(QDir::toNativeSeparators(path)));
}

QString CertificatesPage::fixText(Fix fix) const
{
    switch (fix) {
    case Fix::Generate:
        return tr("Generate");
    case Fix::ReplaceServer:
        return tr("New server certificate");
    case Fix::Renew:
        return tr("Renew");
    case Fix::StartOver:
        return tr("Start over…");
    case Fix::ChooseOwnCa:
        return tr("Choose CA files…");
    case Fix::None:
        break;
    }
    return {};
}

QPushButton* CertificatesPage::buttonFor(Fix fix) const
{
    switch (fix) {
    case Fix::Generate:
        return m_ui->generateButton;
    case Fix::ReplaceServer:
        return m_ui->replaceServerButton;
    case Fix::Renew:
        return m_ui->renewButton;
    case Fix::StartOver:
        return m_ui->deleteButton;
    case Fix::ChooseOwnCa:
        return m_ui->ownCaButton;
    case Fix::None:
        break;
    }
    return nullptr;
}

void CertificatesPage::updateProblems()
{
    QList<const CertificateEntry::Problem*> problems;
    for (const CertificateEntry& entry : m_model->entries()) {
        for (const CertificateEntry::Problem& problem : entry.problems)
            problems << &problem;
    }
    // The most urgent problem leads. Renewal needs every other file in order, so a problem that
    // another action sets right comes first at the same urgency.
    const CertificateEntry::Problem* lead = nullptr;
    auto rank = [](const CertificateEntry::Problem* p) {
        return int(p->severity) * 2 + (p->fix == Fix::Renew ? 0 : 1);
    };
    for (const CertificateEntry::Problem* problem : std::as_const(problems)) {
        if (!lead || rank(problem) > rank(lead))
            lead = problem;
    }
    m_fix = lead ? lead->fix : Fix::None;
    for (QPushButton* button : { m_ui->generateButton, m_ui->replaceServerButton, m_ui->renewButton,
                                 m_ui->deleteButton, m_ui->ownCaButton })
        button->setDefault(button == buttonFor(m_fix));
    if (!lead) {
        m_fixAction->setVisible(false);
        m_ui->problemMessageWidget->hideMessage();
        m_dismissedProblem.clear();
        return;
    }

    const bool fresh = std::all_of(problems.cbegin(), problems.cend(),
                                   [](const auto* p) { return p->severity == Severity::Info; });
    QString text;
    if (fresh && m_layoutError.isEmpty()) {
        const QString host = hostname();
        text = host.isEmpty()
            ? tr("No certificates yet: Generate creates the client CA, the client certificate "
                 "and the server certificate for HOSTNAME (set it in the configuration first).")
            : tr("No certificates yet: Generate creates the client CA, the client certificate "
                 "and the server certificate for HOSTNAME %1.")
                  .arg(host);
    } else {
        text = lead->text;
        const qsizetype more = problems.size() - 1;
        if (more > 0 && !fresh)
            text += QLatin1Char(' ')
                + plural(tr("The table shows %n more problem(s).", nullptr, int(more)), more);
    }
    const MessageWidget::Type type = lead->severity == Severity::Critical ? MessageWidget::Type::Error
        : lead->severity == Severity::Warning                             ? MessageWidget::Type::Warning
                                                                          : MessageWidget::Type::Information;
    m_fixAction->setText(fixText(m_fix));
    m_fixAction->setToolTip(buttonFor(m_fix) ? buttonFor(m_fix)->toolTip() : QString());
    m_fixAction->setVisible(m_fix != Fix::None);
    m_fixAction->setEnabled(!m_busy);
    if (text == m_dismissedProblem)
        return;
    m_dismissedProblem.clear();
    if (text != m_ui->problemMessageWidget->text() || !m_ui->problemMessageWidget->isVisibleTo(this)
        || m_ui->problemMessageWidget->type() != type)
        m_ui->problemMessageWidget->showMessage(text, type, MessageWidget::NoAutoHide);
}

void CertificatesPage::updateActions()
{
    const bool idle = m_session && !m_busy;
    auto present = [this](Kind kind) {
        const CertificateEntry* entry = m_model->entryAt(m_model->rowOf(kind));
        return entry && entry->present;
    };
    const bool caPresent = present(Kind::Ca);
    const bool all = caPresent && present(Kind::Client) && present(Kind::Server);
    const Result<pki::CertificateLayout> resolved = layout();

    m_ui->generateButton->setEnabled(idle);
    m_ui->replaceServerButton->setEnabled(idle && caPresent);
    m_ui->renewButton->setEnabled(idle && all);
    m_ui->ownCaButton->setEnabled(idle);
    m_ui->exportCaButton->setEnabled(idle && caPresent);
    bool deletable = false;
    if (resolved && resolved->isDefaultClientFile()) {
        deletable = exists(resolved->clientCrtKeyPath()) || exists(resolved->certDir());
        m_ui->deleteButton->setToolTip(tr("Delete %1 and the folder %2, to start over")
                                           .arg(QDir::toNativeSeparators(resolved->clientCrtKeyPath()),
                                                QDir::toNativeSeparators(resolved->certDir())));
    } else if (resolved) {
        m_ui->deleteButton->setToolTip(
            tr("CLIENT_CRT_KEY names your own file: Delete removes only the default "
               ".<CONTAINER_NAME>-<UUID> files"));
    }
    m_ui->deleteButton->setEnabled(idle && deletable);
    m_ui->refreshButton->setEnabled(idle);
    m_ui->keyTypeComboBox->setEnabled(idle);
    m_ui->forceRenewCheckBox->setEnabled(idle);

    const bool plain = m_ui->plainKeyCheckBox->isChecked();
    m_ui->pgpKeyLineEdit->setEnabled(idle && !plain);
    m_ui->pgpKeyBrowseButton->setEnabled(idle && !plain);
    m_ui->plainKeyCheckBox->setEnabled(idle);
    for (QPushButton* button : { m_ui->envShowButton, m_ui->envCopyButton, m_ui->envSaveButton })
        button->setEnabled(idle && all);
    m_fixAction->setEnabled(!m_busy);
}

// ---- busy state and results ----------------------------------------------------------------

void CertificatesPage::begin(const QString& text)
{
    m_busy = true;
    m_ui->busyLabel->setText(text);
    m_ui->busyLabel->show();
    m_ui->busyProgressBar->show();
    updateActions();
}

void CertificatesPage::finish()
{
    m_busy = false;
    m_ui->busyLabel->hide();
    m_ui->busyLabel->clear();
    m_ui->busyProgressBar->hide();
    updateActions();
}

void CertificatesPage::showOutcome(const QStringList& messages, const QStringList& backups, bool changed)
{
    QStringList lines = messages;
    if (!backups.isEmpty())
        lines << tr("The previous files are kept as %1.").arg(backups.join(QStringLiteral(", ")));
    m_ui->messageWidget->showMessage(lines.join(QLatin1Char('\n')),
                                     changed ? MessageWidget::Type::Positive
                                             : MessageWidget::Type::Information);
    if (changed) {
        m_ui->envTextEdit->clear();
        Q_EMIT certificatesChanged();
    }
    refresh();
}

void CertificatesPage::showError(const QString& text)
{
    m_ui->messageWidget->showMessage(text, MessageWidget::Type::Error);
}

bool CertificatesPage::prepareConfigWrite()
{
    models::ConfigFieldModel* config = m_session->config();
    if (config->filePath().isEmpty()) {
        showError(
            tr("The configuration has no file yet; save it first, its folder holds the certificate files."));
        return false;
    }
    if (!config->isModified())
        return true;
    switch (Prompts::unsavedChanges(this, QFileInfo(config->filePath()).fileName())) {
    case QMessageBox::Save:
        return true;
    case QMessageBox::Discard:
        config->revert();
        return true;
    default:
        return false;
    }
}

// ---- actions -------------------------------------------------------------------------------

void CertificatesPage::runFix(Fix fix)
{
    switch (fix) {
    case Fix::Generate:
        runGenerate();
        break;
    case Fix::ReplaceServer:
        runReplaceServer();
        break;
    case Fix::Renew:
        runRenew();
        break;
    case Fix::StartOver:
        runDelete(true);
        break;
    case Fix::ChooseOwnCa:
        runOwnCa();
        break;
    case Fix::None:
        break;
    }
}

void CertificatesPage::runGenerate(const QStringList& notes)
{
    if (!m_session || m_busy)
        return;
    models::ConfigFieldModel* config = m_session->config();
    QStringList messages = notes;
    // HOSTNAME first: nothing is made when the server certificate cannot be issued after it.
    const Result<pki::HostName> host = pki::HostName::parse(hostname(), configName());
    if (!host) {
        showError(host.error());
        return;
    }
    Result<pki::CertificateLayout> resolved = layout();
    const bool clientMissing = !resolved || !exists(resolved->clientCrtKeyPath());
    bool configSaved = false; // the client is set up again from the saved configuration
    if (clientMissing) {
        // As create-client-cert does: RUNTIME_TYPE, UUID and SECRET are added when missing (the
        // UUID names the certificate files), and the configuration is saved.
        config::ConfigDocument filled = config->document();
        if (!config::fillDefaults(filled).isEmpty()) {
            if (!prepareConfigWrite())
                return;
            filled = config->document();
            const QStringList added = config::fillDefaults(filled);
            for (const QString& key : added)
                config->setValueText(key, filled.string(key));
            const Result<config::ConfigStore::Saved> saved = config->saveFile();
            if (!saved) {
                showError(saved.error());
                return;
            }
            messages << tr("Added %1 to %2.").arg(added.join(QStringLiteral(", ")), saved->path);
            configSaved = true;
            resolved = layout();
        }
    }
    if (!resolved) {
        showError(resolved.error());
        return;
    }
    const pki::CertificateLayout target = resolved.value();
    const pki::KeyType type = keyType();
    if (!clientMissing) {
        begin(tr("Generating the server key and certificate…"));
        generateServer(target, type, false, messages, configSaved);
        return;
    }
    begin(tr("Generating keys and certificates…"));
    const int token = ++m_token;
    whenDone(
        this, pki::CertificateManager(target).createClientCertificatesAsync(type),
        [this, token, target, type, messages, configSaved](const Result<pki::CertificateReport>& report) {
            if (token != m_token)
                return;
            if (!report) {
                finish();
                showError((QStringList(messages) << report.error()).join(QLatin1Char('\n')));
                if (configSaved)
                    Q_EMIT certificatesChanged();
                refresh();
                return;
            }
            generateServer(target, type, false, QStringList(messages) << report->messages,
                           configSaved || wroteFiles(report.value()));
        });
}

void CertificatesPage::generateServer(const pki::CertificateLayout& layout, pki::KeyType keyType, bool force,
                                      QStringList messages, bool changed)
{
    const int token = ++m_token;
    whenDone(this, pki::CertificateManager(layout).createServerCertificateAsync(hostname(), keyType, force),
             [this, token, messages, changed](const Result<pki::CertificateReport>& report) {
                 if (token != m_token)
                     return;
                 finish();
                 if (!report) {
                     showError((QStringList(messages) << report.error()).join(QLatin1Char('\n')));
                     if (changed)
                         Q_EMIT certificatesChanged();
                     refresh();
                     return;
                 }
                 showOutcome(QStringList(messages) << report->messages, report->backups,
                             changed || wroteFiles(report.value()));
             });
}

void CertificatesPage::runReplaceServer()
{
    if (!m_session || m_busy)
        return;
    const Result<pki::HostName> host = pki::HostName::parse(hostname(), configName());
    if (!host) {
        showError(host.error());
        return;
    }
    const Result<pki::CertificateLayout> resolved = layout();
    if (!resolved) {
        showError(resolved.error());
        return;
    }
    begin(tr("Generating a new server key and certificate…"));
    generateServer(resolved.value(), keyType(), true, {}, false);
}

void CertificatesPage::runRenew()
{
    const std::optional<pki::CertificateLayout> resolved = readyLayout();
    if (!resolved)
        return;
    pki::CertificateRenewal::Options options;
    options.hostname = hostname();
    options.force = m_ui->forceRenewCheckBox->isChecked();
    begin(tr("Renewing certificates…"));
    const int token = ++m_token;
    whenDone(this, pki::CertificateRenewal::renewAsync(resolved.value(), options),
             [this, token](const Result<pki::CertificateReport>& report) {
                 if (token != m_token)
                     return;
                 finish();
                 if (!report) {
                     showError(report.error());
                     refresh();
                     return;
                 }
                 QStringList messages = report->messages;
                 const bool changed = wroteFiles(report.value());
                 if (changed)
                     messages << tr(
                         "The server needs the new values: take them from the Instance env tab into "
                         "a new contract.");
                 showOutcome(messages, report->backups, changed);
             });
}

void CertificatesPage::runDelete(bool thenGenerate)
{
    const std::optional<pki::CertificateLayout> resolved = readyLayout();
    if (!resolved)
        return;
    if (!resolved->isDefaultClientFile()) {
        showError(tr("CLIENT_CRT_KEY names your own file %1, and Delete removes only the default "
                     ".<CONTAINER_NAME>-<UUID> files; replace or remove your files yourself.")
                      .arg(resolved->clientCrtKeyPath()));
        return;
    }
    const QString file = resolved->clientCrtKeyPath();
    const QString folder = resolved->certDir();
    QStringList targets;
    if (exists(file))
        targets << QStringLiteral("• %1").arg(QDir::toNativeSeparators(file));
    const QFileInfo folderInfo(folder);
    if (folderInfo.isDir() && !folderInfo.isSymLink()) {
        const QStringList inside = QDir(folder).entryList(
            QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        targets << (inside.isEmpty()
                        ? tr("• the empty folder %1").arg(QDir::toNativeSeparators(folder))
                        : tr("• the folder %1 with %2")
                              .arg(QDir::toNativeSeparators(folder), inside.join(QStringLiteral(", "))));
    } else if (exists(folder)) {
        targets << QStringLiteral("• %1").arg(QDir::toNativeSeparators(folder));
    }
    if (targets.isEmpty()) {
        if (thenGenerate)
            runGenerate();
        else
            m_ui->messageWidget->showMessage(
                tr("Nothing to delete: neither %1 nor %2 exists.").arg(file, folder),
                MessageWidget::Type::Information);
        return;
    }

    QString text = tr("Delete these files? This cannot be undone.") + QStringLiteral("\n\n")
        + targets.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    if (resolved->mode() == pki::CertificateLayout::Mode::OwnCa
        && (isInside(resolved->caCertPath(), folder) || isInside(resolved->caKeyPath(), folder)))
        text += tr("Your own CA files (CAPATH, CAKEYPATH) are in that folder and are deleted with it.")
            + QStringLiteral("\n\n");
    text += thenGenerate
        ? tr("Then Generate makes new certificates; a server that knows the old CA needs a new contract with "
             "the new values.")
        : tr("A server that knows this CA needs a new contract once new certificates are generated.");
    if (Prompts::question(this, tr("Delete certificates"), text, QMessageBox::Yes | QMessageBox::No,
                          QMessageBox::No)
        != QMessageBox::Yes)
        return;

    begin(tr("Deleting certificate files…"));
    const int token = ++m_token;
    const pki::CertificateLayout target = resolved.value();
    whenDone(this,
             QtConcurrent::run([target] { return pki::CertificateManager(target).deleteCertificates(); }),
             [this, token, thenGenerate](const Result<pki::CertificateReport>& report) {
                 if (token != m_token)
                     return;
                 finish();
                 if (!report) {
                     showError(report.error());
                     refresh();
                     return;
                 }
                 const bool deleted = report->outcome == Outcome::Deleted;
                 if (thenGenerate) {
                     if (deleted)
                         Q_EMIT certificatesChanged();
                     runGenerate(report->messages);
                     return;
                 }
                 showOutcome(report->messages, {}, deleted);
             });
}

void CertificatesPage::runOwnCa()
{
    if (!m_session || m_busy)
        return;
    const QString dir = m_session->profile().workDir;
    const QString cert = Prompts::openFileName(this, tr("Choose your CA certificate"), dir,
                                               tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (cert.isEmpty())
        return;
    const QString key
        = Prompts::openFileName(this, tr("Choose the private key of your CA"), QFileInfo(cert).absolutePath(),
                                tr("PEM keys (*.pem *.key);;All files (*)"));
    if (key.isEmpty())
        return;
    const Result<pki::CertificateLayout> resolved = layout();
    if (resolved && resolved->isDefaultClientFile()) {
        for (const QString& path : { cert, key }) {
            if (isInside(path, resolved->certDir())) {
                showError(
                    tr("%1 is in the certificate folder %2, which Delete removes; copy your CA files to "
                       "another folder first.")
                        .arg(path, resolved->certDir()));
                return;
            }
        }
    }
    begin(tr("Checking your CA…"));
    const int token = ++m_token;
    whenDone(this, QtConcurrent::run([cert, key] {
                 const Result<pki::CertificateAuthority> ca
                     = pki::CertificateAuthority::load(cert, key, QDateTime::currentDateTimeUtc());
                 return ca ? Status::ok() : Status::fail(ca.error());
             }),
             [this, token, cert, key](const Status& checked) {
                 if (token != m_token)
                     return;
                 finish();
                 if (!checked) {
                     showError(checked.error());
                     return;
                 }
                 useOwnCa(cert, key);
             });
}

void CertificatesPage::useOwnCa(const QString& certPath, const QString& keyPath)
{
    if (!m_session || !prepareConfigWrite())
        return;
    models::ConfigFieldModel* config = m_session->config();
    const QString workDir = m_session->profile().workDir;
    config->setValueText(QStringLiteral("CAPATH"), pathForConfig(certPath, workDir));
    config->setValueText(QStringLiteral("CAKEYPATH"), pathForConfig(keyPath, workDir));
    const Result<config::ConfigStore::Saved> saved = config->saveFile();
    if (!saved) {
        showError(tr("CAPATH and CAKEYPATH are set, but the configuration could not be saved: %1")
                      .arg(saved.error()));
        refresh();
        return;
    }
    QStringList messages { tr("CAPATH and CAKEYPATH now name your CA %1 and its key %2, and %3 is saved.")
                               .arg(certPath, keyPath, saved->path) };
    if (!saved->backupPath.isEmpty())
        messages << tr("The previous configuration is kept as %1.").arg(saved->backupPath);
    messages << tr(
        "Certificates that another CA issued have to be made again from yours: the table says which.");
    showOutcome(messages, {}, true);
}

void CertificatesPage::runExportCa()
{
    const std::optional<pki::CertificateLayout> resolved = readyLayout();
    if (!resolved)
        return;
    const QString suggested = QDir(m_session->profile().workDir).filePath(QStringLiteral("client-ca.pem"));
    // An existing file is never replaced, so the dialog does not offer to.
    const QString target = Prompts::saveFileName(this, tr("Export the public CA certificate"), suggested,
                                                 tr("PEM certificates (*.pem *.crt);;All files (*)"),
                                                 QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    begin(tr("Exporting the CA certificate…"));
    const int token = ++m_token;
    const pki::CertificateLayout source = resolved.value();
    // Only the certificate is written, as PEM: never a key that might share the file.
    whenDone(this, QtConcurrent::run([source, target]() -> Result<util::NewFile::Outcome> {
                 const Result<pki::Certificate> ca = pki::CertificateSet::loadCaCertificate(source);
                 if (!ca)
                     return Result<util::NewFile::Outcome>::fail(ca.error());
                 return util::NewFile::write(target, ca->toPem());
             }),
             [this, token, target](const Result<util::NewFile::Outcome>& written) {
                 if (token != m_token)
                     return;
                 finish();
                 if (!written) {
                     showError(written.error());
                     return;
                 }
                 m_ui->messageWidget->showMessage(
                     written.value() == util::NewFile::Outcome::Written
                         ? tr("Saved the public CA certificate to %1; it holds no key.").arg(target)
                         : tr("%1 already holds this CA certificate; it was left as it was.").arg(target),
                     MessageWidget::Type::Positive);
             });
}

void CertificatesPage::runEnv(EnvAction action)
{
    const std::optional<pki::CertificateLayout> resolved = readyLayout();
    if (!resolved)
        return;
    contract::InstanceEnv::Options options;
    options.plainServerKey = m_ui->plainKeyCheckBox->isChecked();
    options.pgpPublicKeyPath
        = contract::InstanceEnv::pgpKeyPath(m_session->config()->document(), m_session->profile().workDir,
                                            m_ui->pgpKeyLineEdit->text().trimmed());
    if (!options.plainServerKey && options.pgpPublicKeyPath.isEmpty()) {
        showError(
            tr("SERVER_KEY must be encrypted to the platform's OpenPGP public key, and none is named; "
               "choose its file as the platform key, or set HPVS_PUBLIC_KEY_FILE in the configuration."));
        m_ui->detailsTabWidget->setCurrentWidget(m_ui->envTab);
        m_ui->pgpKeyLineEdit->setFocus();
        return;
    }
    begin(options.plainServerKey ? tr("Reading the certificates…") : tr("Encrypting the server key…"));
    const int token = ++m_token;
    const bool plain = options.plainServerKey;
    whenDone(this, QtConcurrent::run(buildEnv, resolved.value(), options),
             [this, token, action, plain](const Result<contract::InstanceEnv>& env) {
                 if (token != m_token)
                     return;
                 finish();
                 if (!env) {
                     showError(env.error());
                     return;
                 }
                 finishEnv(action, env.value(), plain);
             });
}

void CertificatesPage::finishEnv(EnvAction action, const contract::InstanceEnv& env, bool plain)
{
    if (!m_session)
        return;
    const QString runtimeType = m_session->config()->document().string(QStringLiteral("RUNTIME_TYPE"));
    m_ui->envTextEdit->setPlainText(displayText(env, runtimeType, plain));
    m_ui->detailsTabWidget->setCurrentWidget(m_ui->envTab);

    QStringList notes;
    if (plain)
        notes << tr("SERVER_KEY is not encrypted: use these values only for a local sbs-server, never in a "
                    "contract or anywhere they could be read.");
    notes << env.warnings();
    QString done;
    switch (action) {
    case EnvAction::Show:
        done = plain
            ? tr("These are the values for a local sbs-server.")
            : tr("These are the values for the env section of the contract; SERVER_KEY is encrypted.");
        break;
    case EnvAction::Copy:
        copySensitive(env.format(runtimeType));
        done = plural(tr("Copied the values to the clipboard; it is cleared in %n second(s).", nullptr,
                         ClipboardClearMs / 1000),
                      ClipboardClearMs / 1000);
        break;
    case EnvAction::Save: {
        const QString suggested = QDir(m_session->profile().workDir)
                                      .filePath(isClassic(runtimeType) ? QStringLiteral("instance-env.txt")
                                                                       : QStringLiteral("instance-env.yaml"));
        const QString target
            = Prompts::saveFileName(this, tr("Save the instance env values"), suggested,
                                    tr("YAML files (*.yaml *.yml);;Text files (*.txt);;All files (*)"),
                                    QFileDialog::DontConfirmOverwrite);
        if (target.isEmpty())
            return;
        // Readable by the owner only: with a plain key it is a secret, and either way it is a
        // contract's credentials.
        QByteArray bytes = env.format(runtimeType).toUtf8();
        const Result<util::NewFile::Outcome> written
            = util::NewFile::write(target, bytes, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        bytes.fill('\0');
        if (!written) {
            showError(written.error());
            return;
        }
        done = written.value() == util::NewFile::Outcome::Written
            ? tr("Saved the values to %1 (readable by you only).").arg(target)
            : tr("%1 already holds these values; it was left as it was.").arg(target);
        break;
    }
    }
    notes.prepend(done);
    m_ui->messageWidget->showMessage(notes.join(QLatin1Char('\n')),
                                     notes.size() > 1                ? MessageWidget::Type::Warning
                                         : action == EnvAction::Show ? MessageWidget::Type::Information
                                                                     : MessageWidget::Type::Positive);
}

void CertificatesPage::copySensitive(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    mime->setData(QString::fromLatin1(PasswordManagerHint), QByteArrayLiteral("secret"));
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setMimeData(mime);
    // Cleared later only if it still holds these values (compared by hash: the text is not kept).
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    QTimer::singleShot(ClipboardClearMs, QCoreApplication::instance(), [digest] {
        QClipboard* board = QGuiApplication::clipboard();
        const QMimeData* current = board->mimeData();
        if (current && current->hasFormat(QString::fromLatin1(PasswordManagerHint))
            && QCryptographicHash::hash(board->text().toUtf8(), QCryptographicHash::Sha256) == digest)
            board->clear();
    });
}

} // namespace sbs::gui
