#pragma once

#include "Result.h"
#include "api/SbsClient.h"
#include "api/StatusPoller.h"
#include "models/Profile.h"
#include "models/ProfileHealth.h"
#include "pki/CertificateLayout.h"

#include <QObject>
#include <QString>

namespace sbs::models {

class ConfigFieldModel;

// Everything the pages of one profile share: its configuration (the editor's model), the
// certificate layout resolved from it, the client for its server, and the status poller that
// keeps its health current. The pages call the server through client(); they never block.
class ProfileSession : public QObject
{
    Q_OBJECT

public:
    explicit ProfileSession(const Profile& profile, QObject* parent = nullptr);
    ~ProfileSession() override;

    const Profile& profile() const { return m_profile; }
    ConfigFieldModel* config() const { return m_config; }
    api::SbsClient* client() const { return m_client; }
    api::StatusPoller* poller() const { return m_poller; }
    const ProfileHealth& health() const { return m_health; }

    // Loads the config file. A missing or invalid file leaves the session Broken with the reason.
    Status load();
    // The certificate layout of the current configuration (unsaved edits included).
    Result<pki::CertificateLayout> layout() const;
    // Sets the client up again from the saved configuration and certificates (after a save, a
    // certificate change, or a fix), and polls at once. Broken with the reason when it cannot.
    Status reconnect();

    // Starts and stops the poller (the main window polls every profile).
    void startPolling();
    void stopPolling();

    // The answer of a status call a page made itself (Refresh): the health follows it as it
    // follows a poll.
    void reportStatus(const api::ServerStatus& status);
    void reportStatusFailure(api::ErrorKind kind, const QString& message);
    // After Save As: the same session, now for another config file (the working folder stays).
    void setProfile(const Profile& profile);
    // Days until the profile's first certificate expires below which the badge warns.
    static constexpr int ExpiryWarningDays = 30;

Q_SIGNALS:
    void healthChanged(const sbs::models::ProfileHealth& health);
    // A status answer, also from calls the pages made themselves.
    void statusChanged(const sbs::api::ServerStatus& status);

private:
    void setHealth(ProfileHealth health);
    void onStatus(const api::ServerStatus& status);
    void onPollFailed(api::ErrorKind kind, const QString& message);
    void setBroken(const QString& reason);
    void updateHealth();
    bool configVanished();
    void checkCertificates(const pki::CertificateLayout& layout);

    Profile m_profile;
    ConfigFieldModel* m_config;
    api::SbsClient* m_client;
    api::StatusPoller* m_poller;
    ProfileHealth m_health;
    QString m_brokenReason; // why the profile cannot be used; empty when it can
    QString m_pollFailure; // the last poll's error; empty after an answer
    QString m_expiringWhat; // the certificate that expires first, e.g. "client certificate"
    int m_certificateCheck = 0; // counts the checks, so only the latest one's result is used
    bool m_polling = false;
};

} // namespace sbs::models
