#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSslConfiguration>
#include <QString>

namespace sbs::api {

struct Endpoint;

// The TLS side of an endpoint, read from its files: the client certificate and key from the
// one CLIENT_CRT_KEY file (certificate first, then the key) and the CA certificates of CAPATH.
// Private to SbsClient.
class ClientTlsFiles
{
    Q_DECLARE_TR_FUNCTIONS(sbs::api::ClientTlsFiles)

public:
    // A configuration that trusts only the CAs of CAPATH, checks the peer and presents the
    // client certificate. Every error names the file and says what to do.
    static Result<ClientTlsFiles> load(const Endpoint& endpoint);

    const QSslConfiguration& configuration() const { return m_configuration; }
    // The validity of the client certificate, for the message when the server refuses it.
    const QDateTime& clientNotBefore() const { return m_notBefore; }
    const QDateTime& clientNotAfter() const { return m_notAfter; }

private:
    QSslConfiguration m_configuration;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
};

} // namespace sbs::api
