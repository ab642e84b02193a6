#include "api/CallOutcome.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>

namespace sbs::api {

namespace {

using Raw = Reply<QByteArray>;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// QNetworkReply's codes from 201 on say that the server answered with an HTTP error status.
bool isHttpLevel(QNetworkReply::NetworkError error)
{
    return error >= QNetworkReply::ContentAccessDenied;
}

bool isUnknownCa(QSslError::SslError e)
{
    switch (e) {
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::CertificateSignatureFailed:
    case QSslError::CertificateRejected:
        return true;
    default:
        return false;
    }
}

QString utcText(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

// The readable text of an HTML page (an error page of a proxy), or the text itself.
QString plainText(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(64 * 1024));
    if (text.trimmed().startsWith(QLatin1Char('<'))) {
        static const QRegularExpression headParts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                                  QRegularExpression::CaseInsensitiveOption
                                                      | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.remove(headParts);
        text.replace(tags, QStringLiteral(" "));
    }
    return text.simplified().left(200);
}

} // namespace

QString CallOutcome::sizeText(qint64 bytes)
{
    constexpr qint64 KiB = 1024;
    constexpr qint64 MiB = 1024 * 1024;
    if (bytes >= MiB)
        return tr("%1 MiB").arg(QString::number(double(bytes) / MiB, 'f', bytes % MiB ? 1 : 0));
    if (bytes >= KiB)
        return tr("%1 KiB").arg(QString::number(double(bytes) / KiB, 'f', bytes % KiB ? 1 : 0));
    return tr("%n byte(s)", nullptr, int(bytes));
}

Reply<QByteArray> CallOutcome::classify(const CallFacts& f)
{
    if (f.cancelled)
        return Raw::failure(ErrorKind::Cancelled, tr("%1 was cancelled").arg(f.name));
    if (f.tooLarge)
        return Raw::failure(
            ErrorKind::TooLarge,
            tr("the server's answer to %1 is larger than %2, the limit for this call: check that "
               "HOSTNAME and CICD_PORT name the build server")
                .arg(f.name, sizeText(f.maxReplyBytes)),
            f.httpStatus);
    if (f.timedOut)
        return Raw::failure(ErrorKind::Timeout,
                            tr("the server did not answer within %1 s (%2): check that it is running and "
                               "reachable at %3:%4")
                                .arg(f.timeoutSeconds)
                                .arg(f.name, f.host)
                                .arg(f.port));

    if (f.error == QNetworkReply::NoError || (isHttpLevel(f.error) && f.httpStatus > 0)) {
        if (!isSuccess(f.httpStatus))
            return httpFailure(f);
        if (f.contentLength >= 0 && f.body.size() < f.contentLength)
            return Raw::failure(
                ErrorKind::ConnectionDropped,
                tr("the server closed the connection before the answer was complete (%1 of %2 "
                   "of the answer to %3): try again")
                    .arg(sizeText(f.body.size()), sizeText(f.contentLength), f.name),
                f.httpStatus);
        return Raw(Result<QByteArray>::ok(f.body), ErrorKind::None, f.httpStatus);
    }
    if (!f.sslErrors.isEmpty())
        return tlsFailure(f);
    return networkFailure(f);
}

Reply<QByteArray> CallOutcome::networkFailure(const CallFacts& f)
{
    const QString where = QStringLiteral("%1:%2").arg(f.host).arg(f.port);
    switch (f.error) {
    case QNetworkReply::ConnectionRefusedError:
        if (looksLikeClientRefusal(f))
            return clientRefused(f);
        return Raw::failure(
            ErrorKind::ConnectionRefused,
            tr("nothing answers at %1: is the server running, and is CICD_PORT right?").arg(where));
    case QNetworkReply::HostNotFoundError:
        return Raw::failure(
            ErrorKind::HostNotFound,
            tr("the host name %1 cannot be found: check HOSTNAME (or map the name in /etc/hosts)")
                .arg(f.host));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout of the request
        return Raw::failure(ErrorKind::Timeout,
                            tr("the server did not answer within %1 s (%2): check that it is running and "
                               "reachable at %3")
                                .arg(f.timeoutSeconds)
                                .arg(f.name, where));
    default:
        break;
    }
    if (f.headersReceived)
        return Raw::failure(ErrorKind::ConnectionDropped,
                            tr("the server closed the connection before the answer was complete (%1 of the "
                               "answer to %2 arrived): try again")
                                .arg(sizeText(f.body.size()), f.name),
                            f.httpStatus);
    if (looksLikeClientRefusal(f))
        return clientRefused(f);
    if (f.error == QNetworkReply::SslHandshakeFailedError)
        return Raw::failure(
            ErrorKind::Tls,
            tr("the TLS handshake with %1 failed: %2: is CICD_PORT the port of the build server?")
                .arg(where, f.errorString));
    return Raw::failure(ErrorKind::ConnectionDropped,
                        tr("the connection to %1 failed: %2").arg(where, f.errorString));
}

bool CallOutcome::looksLikeClientRefusal(const CallFacts& f)
{
    if (f.headersReceived)
        return false;
    // A server that names the reason in a TLS alert (an OpenSSL server over TLS 1.2).
    const QString text = f.errorString.toLower();
    if (text.contains(QLatin1String("alert"))) {
        static const char* const refusals[]
            = { "certificate required", "bad certificate",         "unknown ca",
                "certificate expired",  "certificate unknown",     "certificate revoked",
                "decrypt error",        "unsupported certificate", "access denied" };
        for (const char* refusal : refusals) {
            if (text.contains(QLatin1String(refusal)))
                return true;
        }
    }
    // sbs-server (Qt) closes the connection without an alert. Over TLS 1.3 our side of the
    // handshake has completed by then, so the close comes before any answer ("Connection
    // closed" after encrypted()); over TLS 1.2 it comes during the handshake.
    return f.error == QNetworkReply::RemoteHostClosedError
        || (f.encrypted && f.error == QNetworkReply::SslHandshakeFailedError);
}

Reply<QByteArray> CallOutcome::clientRefused(const CallFacts& f)
{
    // Closed during the handshake without a reason: most likely, but not surely, our certificate.
    const QString refused = f.encrypted || f.errorString.contains(QLatin1String("alert"), Qt::CaseInsensitive)
        ? tr("the server refused our client certificate (%1)").arg(f.clientCertPath)
        : tr("the server at %1:%2 closed the connection during the TLS handshake: it most likely refused our "
             "client certificate (%3)")
              .arg(f.host)
              .arg(f.port)
              .arg(f.clientCertPath);
    if (f.clientNotAfter.isValid() && f.now.isValid() && f.clientNotAfter < f.now)
        return Raw::failure(
            ErrorKind::ClientCertificateRefused,
            tr("%1: it expired on %2: create the client certificate again (create-client-cert)")
                .arg(refused, utcText(f.clientNotAfter)));
    if (f.clientNotBefore.isValid() && f.now.isValid() && f.clientNotBefore > f.now)
        return Raw::failure(ErrorKind::ClientCertificateRefused,
                            tr("%1: it is valid only from %2: check the clock of this computer")
                                .arg(refused, utcText(f.clientNotBefore)));
    return Raw::failure(
        ErrorKind::ClientCertificateRefused,
        tr("%1: make sure the server trusts the CA that issued it (the server's client CA), or "
           "create the client certificate again")
            .arg(refused));
}

QString CallOutcome::serverNames(const QSslCertificate& cert)
{
    QStringList names;
    const auto alternatives = cert.subjectAlternativeNames();
    for (auto it = alternatives.begin(); it != alternatives.end(); ++it) {
        if ((it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry) && !names.contains(it.value()))
            names << it.value();
    }
    if (names.isEmpty())
        names = cert.subjectInfo(QSslCertificate::CommonName);
    if (names.isEmpty())
        return tr("no name");
    return names.join(QStringLiteral(", "));
}

Reply<QByteArray> CallOutcome::tlsFailure(const CallFacts& f)
{
    // The most telling error first: a foreign CA makes the others meaningless.
    for (const QSslError& e : f.sslErrors) {
        if (isUnknownCa(e.error())) {
            const QString issuer = e.certificate().isNull() ? QString() : e.certificate().issuerDisplayName();
            const QString byWhom
                = issuer.isEmpty() ? QString() : tr(" (it was issued by \"%1\")").arg(issuer);
            return Raw::failure(
                ErrorKind::UnknownCa,
                tr("the server's certificate is not signed by the CA in %1%2: make sure CAPATH is "
                   "the CA that signed the server certificate, or create the server certificate "
                   "again")
                    .arg(f.caPath, byWhom));
        }
    }
    for (const QSslError& e : f.sslErrors) {
        if (e.error() == QSslError::CertificateExpired)
            return Raw::failure(
                ErrorKind::ServerCertificateExpired,
                tr("the server's certificate expired on %1: create the server certificate again "
                   "and restart the server with it")
                    .arg(utcText(e.certificate().expiryDate())));
        if (e.error() == QSslError::CertificateNotYetValid)
            return Raw::failure(ErrorKind::ServerCertificateExpired,
                                tr("the server's certificate is valid only from %1: check the clocks of this "
                                   "computer and of the server")
                                    .arg(utcText(e.certificate().effectiveDate())));
    }
    for (const QSslError& e : f.sslErrors) {
        if (e.error() == QSslError::HostNameMismatch)
            return Raw::failure(
                ErrorKind::HostNameMismatch,
                tr("the server's certificate is for %1, not %2: set HOSTNAME to one of its names "
                   "(map it in /etc/hosts) or create the server certificate for this name")
                    .arg(serverNames(e.certificate()), f.host));
    }
    return Raw::failure(
        ErrorKind::Tls,
        tr("the server's certificate is not acceptable: %1: create the server certificate again")
            .arg(f.sslErrors.first().errorString()));
}

Reply<QByteArray> CallOutcome::httpFailure(const CallFacts& f)
{
    const int status = f.httpStatus;
    if (status >= 300 && status < 400)
        return Raw::failure(
            ErrorKind::Http,
            tr("the server answered HTTP %1 to %2 with a redirect to %3, which the protocol does not "
               "use: check HOSTNAME and CICD_PORT")
                .arg(status)
                .arg(f.name, QString::fromUtf8(f.location.left(200))),
            status);
    // nginx checks client certificates after the handshake and answers 400 (or 495/496).
    if ((status == 400 || status == 495 || status == 496)
        && (f.body.contains("SSL certificate error") || f.body.contains("No required SSL certificate")))
        return Raw::failure(
            ErrorKind::ClientCertificateRefused,
            tr("the server refused our client certificate (%1): make sure the server trusts the CA "
               "that issued it (the server's client CA), or create the client certificate again")
                .arg(f.clientCertPath),
            status);
    QString detail;
    const QJsonDocument doc = QJsonDocument::fromJson(f.body);
    if (doc.isObject()) {
        const QJsonValue text = doc.object().value(QLatin1String("status"));
        if (text.isString())
            detail = text.toString().trimmed();
        if (detail.isEmpty()) {
            for (const char* key : { "message", "error", "detail" }) {
                if (doc.object().value(QLatin1String(key)).isString()) {
                    detail = doc.object().value(QLatin1String(key)).toString().trimmed();
                    break;
                }
            }
        }
    }
    if (detail.isEmpty() && !doc.isObject())
        detail = plainText(f.body);
    if (detail.isEmpty())
        detail = QString::fromUtf8(f.reasonPhrase).trimmed();
    if (detail.isEmpty())
        return Raw::failure(
            ErrorKind::Http,
            tr("the server answered HTTP %1 to %2 without saying why").arg(status).arg(f.name), status);
    return Raw::failure(ErrorKind::Http,
                        tr("the server answered HTTP %1 to %2: %3").arg(status).arg(f.name, detail), status);
}

} // namespace sbs::api
