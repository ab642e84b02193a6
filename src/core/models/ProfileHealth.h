#pragma once

#include "api/Answers.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace sbs::models {

// What a profile's badge in the sidebar shows, from its config, its certificates and the last
// status poll.
struct ProfileHealth
{
    enum class Badge {
        Unknown, // not polled yet
        Broken, // the config file is missing or invalid, or the client cannot be set up
        Unreachable, // the last poll failed to reach the server (refused, timeout, TLS, garbage)
        Idle, // reachable; not initialized, restarted, or nothing running
        Building, // a build stage is running
        Succeeded, // the last build succeeded
        Failed, // the last build failed
        CertificateExpiring, // reachable, but a certificate of the profile expires soon
    };

    Badge badge = Badge::Unknown;
    QString detail; // one sentence: the reason for Broken/Unreachable, or the status text
    std::optional<api::ServerStatus> status; // the last status answer, if any
    QDateTime lastPoll; // UTC of the last poll (answered or not)
    int certificateDaysLeft = -1; // of the certificate that expires first; -1 when unknown
};

} // namespace sbs::models
