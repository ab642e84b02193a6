#include "OverviewPage.h"

#include "Icons.h"
#include "Prompts.h"
#include "api/SbsClient.h"
#include "config/ConfigDocument.h"
#include "models/ConfigFieldModel.h"
#include "models/ProfileHealth.h"
#include "models/ProfileListModel.h"
#include "models/ProfileSession.h"
#include "models/StateImageListModel.h"
#include "ui_OverviewPage.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>

namespace sbs::gui {

using api::ServerStatus;
using models::ProfileHealth;
using Badge = ProfileHealth::Badge;
using Phase = ServerStatus::Phase;

namespace {

// How long a build started here counts as running before the server's status shows it.
constexpr qint64 BuildStartGraceMs = 30000;

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::OverviewPage)
{
    m_ui->setupUi(this);

    QStyle* s = style();
    m_ui->initButton->setIcon(Icons::bundled(QStringLiteral("server")));
    m_ui->updateButton->setIcon(Icons::themed(QStringLiteral("document-send"), QStringLiteral("positive")));
    m_ui->newSecretButton->setIcon(Icons::bundled(QStringLiteral("trust")));
    m_ui->buildButton->setIcon(Icons::bundled(QStringLiteral("build")));
    m_ui->cleanButton->setIcon(Icons::themed(QStringLiteral("edit-clear"), QStringLiteral("remove")));
    m_ui->refreshButton->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), s->standardIcon(QStyle::SP_BrowserReload)));
    m_ui->cancelButton->setIcon(
        QIcon::fromTheme(QStringLiteral("process-stop"), s->standardIcon(QStyle::SP_DialogCancelButton)));
    for (QPushButton* button : { m_ui->initButton, m_ui->updateButton, m_ui->newSecretButton,
                                 m_ui->buildButton, m_ui->cleanButton, m_ui->refreshButton }) {
        button->setMinimumWidth(200);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 10px;"));
    }
    for (QLabel* header : { m_ui->actionHeaderLabel, m_ui->timeHeaderLabel, m_ui->resultHeaderLabel }) {
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
    }
    QFont healthFont = m_ui->healthValueLabel->font();
    healthFont.setBold(true);
    m_ui->healthValueLabel->setFont(healthFont);
    m_ui->busyWidget->hide();

    connect(m_ui->initButton, &QPushButton::clicked, this, &OverviewPage::runInit);
    connect(m_ui->updateButton, &QPushButton::clicked, this, [this] { runUpdate(false); });
    connect(m_ui->newSecretButton, &QPushButton::clicked, this, [this] { runUpdate(true); });
    connect(m_ui->buildButton, &QPushButton::clicked, this, &OverviewPage::runBuild);
    connect(m_ui->cleanButton, &QPushButton::clicked, this, &OverviewPage::runClean);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &OverviewPage::runRefresh);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &OverviewPage::cancel);
    connect(m_ui->messageWidget, &MessageWidget::closed, this, [this] {
        if (m_healthMessageShown)
            m_dismissedHealthText = m_ui->messageWidget->text();
        m_healthMessageShown = false;
    });

    updateCard();
    updateActions();
}

OverviewPage::~OverviewPage()
{
    // Handlers run only while this page lives; a worker's result is dropped by the token.
    ++m_busyToken;
    if (m_pending)
        m_pending->cancel();
}

void OverviewPage::setSession(models::ProfileSession* session)
{
    if (m_session == session)
        return;
    cancel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_initDone = false;
    m_watchingBuild = false;
    m_results.clear();
    for (Action a :
         { Action::Init, Action::Update, Action::NewSecret, Action::Build, Action::Clean, Action::Refresh }) {
        timeLabelOf(a)->clear();
        resultLabelOf(a)->clear();
    }
    m_ui->messageWidget->hideMessage();
    m_healthMessageShown = false;
    if (m_session) {
        connect(m_session, &models::ProfileSession::healthChanged, this, &OverviewPage::onHealthChanged);
        connect(m_session, &models::ProfileSession::statusChanged, this, &OverviewPage::onStatusChanged);
        onHealthChanged(m_session->health());
    } else {
        updateCard();
        updateActions();
    }
}

void OverviewPage::setStateImages(models::StateImageListModel* images)
{
    m_stateImages = images;
}

models::ProfileSession* OverviewPage::session() const
{
    return m_session;
}

MessageWidget* OverviewPage::messageWidget() const
{
    return m_ui->messageWidget;
}

QString OverviewPage::lastResult(Action action) const
{
    return m_results.value(int(action));
}

bool OverviewPage::canTrigger(Action action) const
{
    return buttonOf(action)->isEnabled();
}

bool OverviewPage::trigger(Action action)
{
    if (!canTrigger(action))
        return false;
    buttonOf(action)->click();
    return true;
}

void OverviewPage::onHealthChanged(const models::ProfileHealth& health)
{
    updateCard();
    updateActions();

    MessageWidget* bar = m_ui->messageWidget;
    QString text;
    MessageWidget::Type type = MessageWidget::Type::Error;
    if (health.badge == Badge::Broken) {
        text = tr("This profile cannot be used: %1").arg(health.detail);
    } else if (health.badge == Badge::Unreachable) {
        text = tr("The server cannot be reached: %1").arg(health.detail);
    } else if (health.badge == Badge::CertificateExpiring) {
        text = health.detail;
        type = MessageWidget::Type::Warning;
    }
    if (text.isEmpty()) {
        if (m_healthMessageShown)
            bar->hideMessage();
        m_healthMessageShown = false;
        m_dismissedHealthText.clear();
        return;
    }
    if (text == m_dismissedHealthText
        || (m_healthMessageShown && bar->isVisibleTo(this) && bar->text() == text))
        return;
    bar->showMessage(text, type, MessageWidget::NoAutoHide);
    m_healthMessageShown = true;
}

// Watches a build started here until the status says it ended. A status that was already there
// when the build was started (the previous build's "success") is not its end: the end is a
// terminal status seen after a running one, or a status (or start time) that changed.
void OverviewPage::onStatusChanged(const api::ServerStatus& status)
{
    if (!m_watchingBuild) {
        updateActions();
        return;
    }
    const Phase phase = status.phase();
    if (phase == Phase::Running) {
        m_sawBuildRunning = true;
        updateActions();
        return;
    }
    const bool changed = m_sawBuildRunning || status.status != m_statusAtBuild
        || (status.buildStarted.isValid() && status.buildStarted != m_startedAtBuild);
    if (!changed)
        return;
    QString detail;
    bool succeeded = false;
    switch (phase) {
    case Phase::Succeeded:
        succeeded = true;
        detail = status.buildName.isEmpty() ? tr("The build succeeded.")
                                            : tr("The build %1 succeeded.").arg(status.buildName);
        break;
    case Phase::Failed:
        detail = tr("The build failed: %1").arg(status.status);
        break;
    case Phase::Restarted:
        detail = tr("The build was stopped by a clean.");
        break;
    default:
        return;
    }
    m_watchingBuild = false;
    m_healthMessageShown = false;
    m_ui->messageWidget->showMessage(detail,
                                     succeeded ? MessageWidget::Type::Positive : MessageWidget::Type::Error,
                                     MessageWidget::NoAutoHide);
    updateActions();
    Q_EMIT buildEnded(profileName(), succeeded, detail);
}

void OverviewPage::updateCard()
{
    const ProfileHealth health = m_session ? m_session->health() : ProfileHealth();
    m_ui->healthValueLabel->setText(
        m_session ? tr("%1 — %2").arg(models::ProfileListModel::badgeText(health.badge), health.detail)
                  : QStringLiteral("—"));
    if (health.status) {
        const ServerStatus& status = *health.status;
        m_ui->statusValueLabel->setText(status.status.isEmpty() ? tr("(empty: no build yet)")
                                                                : status.status);
        m_ui->buildNameValueLabel->setText(orDash(status.buildName));
        m_ui->imageTagValueLabel->setText(orDash(status.imageTag));
        m_ui->manifestKeyValueLabel->setText(orDash(status.manifestKeyGen));
    } else {
        for (QLabel* label : { m_ui->statusValueLabel, m_ui->buildNameValueLabel, m_ui->imageTagValueLabel,
                               m_ui->manifestKeyValueLabel })
            label->setText(QStringLiteral("—"));
    }
    const QString host = m_session ? m_session->client()->endpoint().host : QString();
    m_ui->serverValueLabel->setText(host.isEmpty() || health.badge == Badge::Broken
                                        ? QStringLiteral("—")
                                        : m_session->client()->endpoint().baseUrl());
    m_ui->certificateValueLabel->setText(
        health.certificateDaysLeft < 0
            ? QStringLiteral("—")
            : tr("The first to expire is valid for %n more day(s).", nullptr, health.certificateDaysLeft));
    m_ui->lastPollValueLabel->setText(
        health.lastPoll.isValid()
            ? QLocale().toString(health.lastPoll.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            : tr("Not yet"));
}

// When each action makes sense:
// - nothing while a call of this page runs (Cancel stops it), and nothing but Refresh while the
//   server is unreachable, the profile is broken, or no status has come yet;
// - Init when the status is "" (a new server) or "restarted cicd" (after a clean), and no build
//   runs: it sends the whole configuration;
// - Update, Update with new secret and Build need an initialized server, that is a status other
//   than "" or an init answered OK here, and no running build (one build at a time);
// - Clean while a build runs (to stop it) or after a build (to reset its status); there is
//   nothing to clean on a new or freshly cleaned server.
void OverviewPage::updateActions()
{
    const bool busy = m_busy.has_value();
    const ProfileHealth health = m_session ? m_session->health() : ProfileHealth();
    const bool reachable
        = m_session && health.status && health.badge != Badge::Unreachable && health.badge != Badge::Broken;
    const Phase phase = health.status ? health.status->phase() : Phase::Unknown;
    const bool buildStarting = m_watchingBuild && !m_sawBuildRunning && m_buildClock.isValid()
        && m_buildClock.elapsed() < BuildStartGraceMs;
    const bool building = phase == Phase::Running || buildStarting;
    const bool initialized = phase != Phase::NotInitialized || m_initDone;
    const bool ready = reachable && !busy;

    m_ui->initButton->setEnabled(ready && !building
                                 && (phase == Phase::NotInitialized || phase == Phase::Restarted));
    m_ui->updateButton->setEnabled(ready && !building && initialized);
    m_ui->newSecretButton->setEnabled(ready && !building && initialized);
    m_ui->buildButton->setEnabled(ready && !building && initialized);
    m_ui->cleanButton->setEnabled(
        ready
        && (building || phase == Phase::Succeeded || phase == Phase::Failed || phase == Phase::Unknown));
    m_ui->refreshButton->setEnabled(m_session && !busy);
    Q_EMIT actionsChanged();
}

void OverviewPage::runInit()
{
    if (!m_session || m_busy || !saveFirst())
        return;
    sendConfiguration(Action::Init, std::nullopt);
}

void OverviewPage::runUpdate(bool newSecret)
{
    if (!m_session || m_busy)
        return;
    if (newSecret) {
        const auto answer = Prompts::question(this, tr("Update with New Secret"), rotationQuestion(),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    if (!saveFirst())
        return;
    if (!newSecret) {
        sendConfiguration(Action::Update, std::nullopt);
        return;
    }
    const QString secret = config::generateSecret();
    if (secret.isEmpty()) {
        finish(Action::NewSecret, false,
               tr("No new secret could be generated from the system's random source; try again."));
        return;
    }
    sendConfiguration(Action::NewSecret, secret);
}

QString OverviewPage::rotationQuestion() const
{
    const QString ask = tr("Send a newly generated SECRET to %1 and save it in the configuration? The "
                           "previous configuration file is kept as a backup.")
                            .arg(profileName());
    const QList<state::StateImageRecord> usable
        = m_stateImages ? m_stateImages->usableImages() : QList<state::StateImageRecord>();
    if (usable.isEmpty())
        return ask + QStringLiteral("\n\n")
            + tr("No state image made under the current secret is recorded for this profile. State images "
                 "exported before cannot be imported once the secret changes; you can export a fresh "
                 "one right after.");
    constexpr int Shown = 8;
    QStringList names;
    for (int i = 0; i < usable.size() && i < Shown; ++i)
        names << QStringLiteral("• ") + usable.at(i).name;
    if (usable.size() > Shown)
        names << tr("… and %n more", nullptr, int(usable.size() - Shown));
    return ask + QStringLiteral("\n\n")
        + tr("These state images can no longer be imported afterwards, because they are protected by "
             "the current secret:")
        + QStringLiteral("\n") + names.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + tr("You can export a fresh state image right after.");
}

void OverviewPage::runBuild()
{
    if (!m_session || m_busy || !saveFirst())
        return;
    const int token = ++m_busyToken;
    const ProfileHealth& health = m_session->health();
    m_statusAtBuild = health.status ? health.status->status : QString();
    m_startedAtBuild = health.status ? health.status->buildStarted : QDateTime();
    begin(Action::Build, tr("Starting a build…"));
    m_pending = m_session->client()->build(this, [this, token](const api::Reply<QString>& reply) {
        if (token != m_busyToken)
            return;
        handleAnswer(Action::Build, reply, [this](const QString&) {
            Q_EMIT buildStartedHere();
            m_watchingBuild = true;
            m_sawBuildRunning = false;
            m_buildClock.start();
            updateActions();
            if (m_session)
                m_session->poller()->pollNow();
        });
    });
}

void OverviewPage::runClean()
{
    if (!m_session || m_busy)
        return;
    const ProfileHealth& health = m_session->health();
    const bool building = (health.status && health.status->phase() == Phase::Running) || m_watchingBuild;
    const QString text = building
        ? tr("Clean %1? The running build stops and its progress is lost.").arg(profileName())
        : tr("Clean %1? The server forgets the status of the last build and reports \"restarted cicd\".")
              .arg(profileName());
    if (Prompts::question(this, tr("Clean"), text, QMessageBox::Yes | QMessageBox::Cancel,
                          QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const int token = ++m_busyToken;
    begin(Action::Clean, tr("Cleaning the server…"));
    m_pending = m_session->client()->clean(this, [this, token](const api::Reply<QString>& reply) {
        if (token != m_busyToken)
            return;
        handleAnswer(Action::Clean, reply, [this](const QString&) {
            if (m_session)
                m_session->poller()->pollNow();
        });
    });
}

void OverviewPage::runRefresh()
{
    if (!m_session || m_busy)
        return;
    if (m_session->health().badge == Badge::Broken) {
        // The file may be back or fixed: load it again.
        const Status loaded = m_session->load();
        if (loaded)
            finish(Action::Refresh, true, tr("The configuration was loaded again."));
        else
            finish(Action::Refresh, false, loaded.error());
        return;
    }
    const int token = ++m_busyToken;
    begin(Action::Refresh, tr("Asking the server for its status…"));
    m_pending = m_session->client()->status(this, [this, token](const api::Reply<ServerStatus>& reply) {
        if (token != m_busyToken)
            return;
        m_pending = nullptr;
        if (reply.kind == api::ErrorKind::Cancelled) {
            finish(Action::Refresh, false, tr("Cancelled."));
            return;
        }
        if (!reply) {
            finish(Action::Refresh, false, reply.error());
            if (m_session)
                m_session->reportStatusFailure(reply.kind, reply.error());
            return;
        }
        const ServerStatus& status = reply.result.value();
        finish(Action::Refresh, true,
               status.status.isEmpty() ? tr("Status: (empty: no build yet)")
                                       : tr("Status: %1").arg(status.status));
        if (m_session)
            m_session->reportStatus(status);
    });
}

bool OverviewPage::saveFirst()
{
    if (!m_session || !m_session->config()->isModified())
        return true;
    bool proceed = true;
    Q_EMIT saveRequested(&proceed);
    return proceed && m_session;
}

void OverviewPage::sendConfiguration(Action action, const std::optional<QString>& newSecret)
{
    const int token = ++m_busyToken;
    const config::ConfigDocument doc = m_session->config()->document();
    const QString workDir = m_session->profile().workDir;
    begin(action, tr("Reading the files the configuration names…"));

    auto* watcher = new QFutureWatcher<config::EmbeddedRead>(this);
    connect(watcher, &QFutureWatcher<config::EmbeddedRead>::finished, this, [=] {
        watcher->deleteLater();
        if (token != m_busyToken || !m_session)
            return;
        const config::EmbeddedRead read = watcher->result();
        if (!read.ok) {
            finish(action, false, read.error);
            return;
        }
        const auto body = config::initRequestBody(doc, read.files, newSecret);
        if (!body) {
            finish(action, false, body.error());
            return;
        }
        m_ui->busyLabel->setText(tr("Waiting for the server's answer…"));
        Q_EMIT progressChanged(tr("%1: waiting for the server's answer…").arg(profileName()));
        const bool wasEmpty = m_session->health().status && m_session->health().status->status.isEmpty();
        auto done = [this, token, action, newSecret, wasEmpty](const api::Reply<QString>& reply) {
            if (token != m_busyToken)
                return;
            handleAnswer(action, reply, [this, action, newSecret, wasEmpty](const QString& answer) {
                if (answer != QLatin1String("OK")) {
                    m_ui->messageWidget->showMessage(
                        tr("%1 was answered with \"%2\", not \"OK\"; check the server's log.")
                            .arg(nameOf(action), answer),
                        MessageWidget::Type::Warning);
                    return;
                }
                if (action == Action::Init && wasEmpty)
                    m_initDone = true;
                if (newSecret)
                    afterNewSecret(*newSecret);
                updateActions();
                if (m_session)
                    m_session->poller()->pollNow();
            });
        };
        api::SbsClient* client = m_session->client();
        m_pending = action == Action::Init ? client->init(body.value(), this, done)
                                           : client->update(body.value(), this, done);
    });
    watcher->setFuture(QtConcurrent::run(config::readEmbeddedFilesInWorker, doc, workDir));
}

void OverviewPage::afterNewSecret(const QString& newSecret)
{
    if (!m_session)
        return;
    models::ConfigFieldModel* config = m_session->config();
    config->setValueText(QStringLiteral("SECRET"), newSecret);
    const auto saved = config->saveFile();
    if (!saved) {
        m_ui->messageWidget->showMessage(
            tr("The server uses the new secret now, but the configuration could not be saved: %1 The new "
               "secret is in the editor; save it with File → Save As before you close the window.")
                .arg(saved.error()),
            MessageWidget::Type::Error, MessageWidget::NoAutoHide);
        return;
    }
    m_session->reconnect();
    const QString text = saved->backupPath.isEmpty()
        ? tr("The server uses the new secret now; it is saved in %1.")
              .arg(QDir::toNativeSeparators(saved->path))
        : tr("The server uses the new secret now; it is saved in %1, and the previous file is kept as %2.")
              .arg(QDir::toNativeSeparators(saved->path), QDir::toNativeSeparators(saved->backupPath));
    m_healthMessageShown = false;
    m_ui->messageWidget->showMessage(text, MessageWidget::Type::Positive);
    Q_EMIT secretRotated();
}

void OverviewPage::cancel()
{
    if (!m_busy)
        return;
    const Action action = *m_busy;
    ++m_busyToken;
    if (m_pending) {
        QPointer<api::PendingCall> call = m_pending;
        m_pending = nullptr;
        call->cancel();
    }
    finish(action, false, tr("Cancelled."));
}

void OverviewPage::begin(Action action, const QString& waitingText)
{
    m_busy = action;
    m_ui->busyLabel->setText(waitingText);
    m_ui->busyWidget->show();
    m_ui->cancelButton->setFocus();
    Q_EMIT progressChanged(tr("%1: %2").arg(profileName(), waitingText));
    updateActions();
}

void OverviewPage::finish(Action action, bool ok, const QString& result)
{
    const bool wasFocused = m_ui->cancelButton->hasFocus();
    m_busy.reset();
    m_pending = nullptr;
    m_ui->busyWidget->hide();
    Q_EMIT progressChanged(QString());

    m_results.insert(int(action), result);
    timeLabelOf(action)->setText(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss")));
    QLabel* label = resultLabelOf(action);
    label->setText(result);
    label->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
    if (!ok && result != tr("Cancelled.")) {
        m_healthMessageShown = false;
        m_ui->messageWidget->showMessage(tr("%1 did not succeed: %2").arg(nameOf(action), result),
                                         MessageWidget::Type::Error, MessageWidget::NoAutoHide);
        Q_EMIT actionFailed(action, tr("%1 did not succeed: %2").arg(nameOf(action), result));
    }
    updateActions();
    if (wasFocused && buttonOf(action)->isEnabled())
        buttonOf(action)->setFocus();
}

void OverviewPage::handleAnswer(Action action, const api::Reply<QString>& reply, const Answered& onOk)
{
    m_pending = nullptr;
    if (reply.kind == api::ErrorKind::Cancelled) {
        finish(action, false, tr("Cancelled."));
        return;
    }
    if (!reply) {
        finish(action, false, reply.error());
        if (api::isUnreachable(reply.kind) && m_session)
            m_session->reportStatusFailure(reply.kind, reply.error());
        return;
    }
    const QString answer = reply.result.value();
    finish(action, true, answer.isEmpty() ? tr("(empty answer)") : answer);
    onOk(answer);
}

QPushButton* OverviewPage::buttonOf(Action action) const
{
    switch (action) {
    case Action::Init:
        return m_ui->initButton;
    case Action::Update:
        return m_ui->updateButton;
    case Action::NewSecret:
        return m_ui->newSecretButton;
    case Action::Build:
        return m_ui->buildButton;
    case Action::Clean:
        return m_ui->cleanButton;
    case Action::Refresh:
        break;
    }
    return m_ui->refreshButton;
}

QLabel* OverviewPage::timeLabelOf(Action action) const
{
    switch (action) {
    case Action::Init:
        return m_ui->initTimeLabel;
    case Action::Update:
        return m_ui->updateTimeLabel;
    case Action::NewSecret:
        return m_ui->newSecretTimeLabel;
    case Action::Build:
        return m_ui->buildTimeLabel;
    case Action::Clean:
        return m_ui->cleanTimeLabel;
    case Action::Refresh:
        break;
    }
    return m_ui->refreshTimeLabel;
}

QLabel* OverviewPage::resultLabelOf(Action action) const
{
    switch (action) {
    case Action::Init:
        return m_ui->initResultLabel;
    case Action::Update:
        return m_ui->updateResultLabel;
    case Action::NewSecret:
        return m_ui->newSecretResultLabel;
    case Action::Build:
        return m_ui->buildResultLabel;
    case Action::Clean:
        return m_ui->cleanResultLabel;
    case Action::Refresh:
        break;
    }
    return m_ui->refreshResultLabel;
}

QString OverviewPage::nameOf(Action action) const
{
    switch (action) {
    case Action::Init:
        return tr("Init");
    case Action::Update:
        return tr("Update");
    case Action::NewSecret:
        return tr("Update with new secret");
    case Action::Build:
        return tr("Build");
    case Action::Clean:
        return tr("Clean");
    case Action::Refresh:
        break;
    }
    return tr("Refresh");
}

QString OverviewPage::profileName() const
{
    return m_session ? m_session->profile().displayName() : QString();
}

} // namespace sbs::gui
