#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace sbs::api {

// Everything known about a finished call, gathered by SbsClient. Private to SbsClient.
struct CallFacts
{
    QString name; // the command: "status", "get-manifest", ...
    QString host;
    quint16 port = 0;
    QString caPath;
    QString clientCertPath;
    QDateTime clientNotBefore;
    QDateTime clientNotAfter;
    QDateTime now;
    int timeoutSeconds = 0;
    qint64 maxReplyBytes = 0;

    bool cancelled = false; // cancel() was called
    bool timedOut = false; // the call's own timer fired
    bool tooLarge = false; // the answer passed maxReplyBytes
    bool encrypted = false; // the TLS handshake completed
    bool headersReceived = false; // the server started its answer

    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QSslError> sslErrors;
    int httpStatus = 0;
    QByteArray reasonPhrase;
    QByteArray location;
    qint64 contentLength = -1;
    QByteArray body;
};

// Turns the facts into the raw reply: the body of a 2xx answer, or one sentence naming the
// failure and what to do. Secrets are masked by the caller.
class CallOutcome
{
    Q_DECLARE_TR_FUNCTIONS(sbs::api::CallOutcome)

public:
    static Reply<QByteArray> classify(const CallFacts& facts);

    // "12 MiB", "512 KiB", "300 bytes".
    static QString sizeText(qint64 bytes);

private:
    static Reply<QByteArray> tlsFailure(const CallFacts& facts);
    static Reply<QByteArray> networkFailure(const CallFacts& facts);
    static Reply<QByteArray> httpFailure(const CallFacts& facts);
    static Reply<QByteArray> clientRefused(const CallFacts& facts);
    static bool looksLikeClientRefusal(const CallFacts& facts);
    static QString serverNames(const QSslCertificate& cert);
};

} // namespace sbs::api
