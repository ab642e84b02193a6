#include "models/ProfileSession.h"

#include "config/ConfigDocument.h"
#include "models/ConfigFieldModel.h"
#include "pki/Certificate.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace sbs::models {

using api::ServerStatus;
using Badge = ProfileHealth::Badge;

namespace {

// The certificate of a profile that expires first, found in a worker.
struct Expiry
{
    int daysLeft = -1; // -1 when no certificate could be read
    QString what; // translated: "client certificate", "CA certificate", "server certificate"
};

Expiry firstExpiry(const QList<std::pair<QString, QString>>& files)
{
    Expiry first;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto& [path, what] : files) {
        if (path.isEmpty() || !QFileInfo(path).isFile())
            continue;
        const auto cert = pki::Certificate::load(path, what);
        if (!cert)
            continue;
        // An expired certificate counts as 0 days: -1 means "unknown" in ProfileHealth.
        const int days = std::max(0, int(cert->info().daysLeft(now)));
        if (first.daysLeft < 0 || days < first.daysLeft)
            first = { days, what };
    }
    return first;
}

QString describe(const ServerStatus& status)
{
    switch (status.phase()) {
    case ServerStatus::Phase::NotInitialized:
        return ProfileSession::tr("The server reports no build yet.");
    case ServerStatus::Phase::Restarted:
        return ProfileSession::tr("The server was cleaned and is ready for a build.");
    case ServerStatus::Phase::Running:
        return ProfileSession::tr("A build is running: %1.").arg(status.status);
    case ServerStatus::Phase::Succeeded:
        return status.buildName.isEmpty()
            ? ProfileSession::tr("The last build succeeded.")
            : ProfileSession::tr("The last build, %1, succeeded.").arg(status.buildName);
    case ServerStatus::Phase::Failed:
        return ProfileSession::tr("The last build failed: %1").arg(status.status);
    case ServerStatus::Phase::Unknown:
        break;
    }
    return ProfileSession::tr("The server reports \"%1\".").arg(status.status);
}

} // namespace

ProfileSession::ProfileSession(const Profile& profile, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_config(new ConfigFieldModel(this))
    , m_client(new api::SbsClient(this))
    , m_poller(new api::StatusPoller(m_client, this))
{
    connect(m_poller, &api::StatusPoller::statusReceived, this, &ProfileSession::onStatus);
    connect(m_poller, &api::StatusPoller::pollFailed, this, &ProfileSession::onPollFailed);
}

ProfileSession::~ProfileSession()
{
    m_poller->stop();
}

Status ProfileSession::load()
{
    const Status loaded = m_config->loadFile(m_profile.configPath);
    if (!loaded) {
        setBroken(configVanished()
                      ? tr("The configuration file %1 does not exist any more; restore it or remove "
                           "the profile.")
                            .arg(QDir::toNativeSeparators(m_profile.configPath))
                      : loaded.error());
        return Status::fail(m_brokenReason);
    }
    return reconnect();
}

Result<pki::CertificateLayout> ProfileSession::layout() const
{
    return pki::CertificateLayout::resolve(m_config->document(), m_profile.configPath, m_profile.workDir);
}

Status ProfileSession::reconnect()
{
    m_brokenReason.clear();
    m_pollFailure.clear();
    if (configVanished()) {
        setBroken(tr("The configuration file %1 does not exist any more; restore it or remove the profile.")
                      .arg(QDir::toNativeSeparators(m_profile.configPath)));
        return Status::fail(m_brokenReason);
    }
    // The saved file, not the editor's unsaved state: the client works with what is on disk.
    const auto doc = config::ConfigDocument::load(m_profile.configPath);
    if (!doc) {
        setBroken(doc.error());
        return Status::fail(m_brokenReason);
    }
    const auto layout = pki::CertificateLayout::resolve(doc.value(), m_profile.configPath, m_profile.workDir);
    if (!layout) {
        setBroken(layout.error());
        return Status::fail(m_brokenReason);
    }
    const auto endpoint = api::Endpoint::fromConfig(doc.value(), layout.value());
    if (!endpoint) {
        setBroken(endpoint.error());
        return Status::fail(m_brokenReason);
    }
    const Status set = m_client->setEndpoint(endpoint.value());
    if (!set) {
        setBroken(set.error());
        return Status::fail(m_brokenReason);
    }
    m_client->setSecrets(api::SbsClient::secretsOf(doc.value()));
    checkCertificates(layout.value());
    updateHealth();
    if (m_polling)
        m_poller->start();
    else
        m_poller->pollNow();
    return Status::ok();
}

void ProfileSession::startPolling()
{
    m_polling = true;
    if (m_brokenReason.isEmpty())
        m_poller->start();
}

void ProfileSession::stopPolling()
{
    m_polling = false;
    m_poller->stop();
}

void ProfileSession::reportStatus(const api::ServerStatus& status)
{
    onStatus(status);
}

void ProfileSession::reportStatusFailure(api::ErrorKind kind, const QString& message)
{
    onPollFailed(kind, message);
}

void ProfileSession::setProfile(const Profile& profile)
{
    m_profile = profile;
}

void ProfileSession::setHealth(ProfileHealth health)
{
    m_health = std::move(health);
    Q_EMIT healthChanged(m_health);
}

void ProfileSession::onStatus(const api::ServerStatus& status)
{
    m_health.lastPoll = QDateTime::currentDateTimeUtc();
    m_health.status = status;
    m_pollFailure.clear();
    if (configVanished()) {
        setBroken(tr("The configuration file %1 does not exist any more; restore it or remove the profile.")
                      .arg(QDir::toNativeSeparators(m_profile.configPath)));
    } else {
        updateHealth();
    }
    Q_EMIT statusChanged(status);
}

void ProfileSession::onPollFailed(api::ErrorKind kind, const QString& message)
{
    if (kind == api::ErrorKind::Cancelled)
        return;
    m_health.lastPoll = QDateTime::currentDateTimeUtc();
    m_pollFailure = message.isEmpty() ? tr("The server did not answer the status request.") : message;
    if (configVanished()) {
        setBroken(tr("The configuration file %1 does not exist any more; restore it or remove the profile.")
                      .arg(QDir::toNativeSeparators(m_profile.configPath)));
        return;
    }
    updateHealth();
}

void ProfileSession::setBroken(const QString& reason)
{
    m_brokenReason = reason;
    m_poller->stop();
    updateHealth();
}

bool ProfileSession::configVanished()
{
    return !QFileInfo(m_profile.configPath).isFile();
}

// The badge, most important first: Broken (nothing works), Unreachable (the last poll failed),
// then the build phase. A certificate that expires within ExpiryWarningDays replaces only the
// calm badges (Idle, Succeeded): a running or failed build matters more at that moment.
void ProfileSession::updateHealth()
{
    ProfileHealth health = m_health;
    if (!m_brokenReason.isEmpty()) {
        health.badge = Badge::Broken;
        health.detail = m_brokenReason;
    } else if (!m_pollFailure.isEmpty()) {
        health.badge = Badge::Unreachable;
        health.detail = m_pollFailure;
    } else if (!health.status) {
        health.badge = Badge::Unknown;
        health.detail = tr("Waiting for the first answer of the server.");
    } else {
        const ServerStatus& status = *health.status;
        health.detail = describe(status);
        switch (status.phase()) {
        case ServerStatus::Phase::Running:
            health.badge = Badge::Building;
            break;
        case ServerStatus::Phase::Succeeded:
            health.badge = Badge::Succeeded;
            break;
        case ServerStatus::Phase::Failed:
            health.badge = Badge::Failed;
            break;
        default:
            health.badge = Badge::Idle;
            break;
        }
        const int days = health.certificateDaysLeft;
        if ((health.badge == Badge::Idle || health.badge == Badge::Succeeded) && days >= 0
            && days <= ExpiryWarningDays) {
            health.badge = Badge::CertificateExpiring;
            health.detail = days == 0
                ? tr("The %1 expires today or has expired; renew it on the Certificates page.")
                      .arg(m_expiringWhat)
                : tr("The %1 expires in %n day(s); renew it on the Certificates page.", nullptr, days)
                      .arg(m_expiringWhat);
        }
    }
    setHealth(std::move(health));
}

void ProfileSession::checkCertificates(const pki::CertificateLayout& layout)
{
    const QList<std::pair<QString, QString>> files {
        { layout.clientCrtKeyPath(), tr("client certificate") },
        { layout.caCertPath(), tr("CA certificate") },
        { layout.serverCertPath(), tr("server certificate") },
    };
    const int check = ++m_certificateCheck;
    auto* watcher = new QFutureWatcher<Expiry>(this);
    connect(watcher, &QFutureWatcher<Expiry>::finished, this, [this, watcher, check] {
        watcher->deleteLater();
        if (check != m_certificateCheck)
            return;
        const Expiry expiry = watcher->result();
        m_health.certificateDaysLeft = expiry.daysLeft;
        m_expiringWhat = expiry.what;
        updateHealth();
    });
    watcher->setFuture(QtConcurrent::run(firstExpiry, files));
}

} // namespace sbs::models
