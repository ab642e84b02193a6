#pragma once

#include "Result.h"

#include <QString>
#include <utility>

namespace sbs::api {

// What kind of failure a call met. The GUI picks its badge and advice from it; the message
// itself is the one sentence in Reply::result.error().
enum class ErrorKind {
    None,
    Cancelled, // the caller cancelled
    Timeout, // no answer within the call's time
    ConnectionRefused, // nothing listens at HOSTNAME:CICD_PORT
    HostNotFound, // HOSTNAME does not resolve
    ConnectionDropped, // the server closed the connection before the answer was complete
    UnknownCa, // the server's certificate is not signed by the profile's CA
    HostNameMismatch, // the server's certificate is for other names
    ServerCertificateExpired, // the server's certificate is expired or not yet valid
    ClientCertificateRefused, // the server refused our client certificate
    Tls, // another TLS failure
    Http, // an HTTP error status
    NotJson, // the body is not a JSON object
    BadShape, // keys missing, wrong types, invalid base64
    TooLarge, // the answer exceeds the call's size limit
    Local, // a local file (certificate, key, CA) is missing or unusable
};

// True for the kinds that mean "the server could not be reached at all".
inline bool isUnreachable(ErrorKind kind)
{
    return kind == ErrorKind::ConnectionRefused || kind == ErrorKind::HostNotFound
        || kind == ErrorKind::Timeout;
}

// The outcome of one call: the typed value or one sentence saying what went wrong and what to
// do, with the kind of failure and the HTTP status when there was one.
template<typename T> struct Reply
{
    Reply(Result<T> r, ErrorKind k = ErrorKind::None, int status = 0)
        : result(std::move(r))
        , kind(k)
        , httpStatus(status)
    { }
    static Reply failure(ErrorKind k, QString message, int status = 0)
    {
        return Reply(Result<T>::fail(std::move(message)), k, status);
    }

    bool isOk() const { return result.isOk(); }
    explicit operator bool() const { return result.isOk(); }
    const QString& error() const { return result.error(); }

    Result<T> result;
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;
};

} // namespace sbs::api
