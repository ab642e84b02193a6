#include "OnboardingAdvice.h"

namespace sbs::gui {

using api::ErrorKind;

QString OnboardingAdvice::headline(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return tr("Connected");
    case ErrorKind::Cancelled:
        return tr("Cancelled");
    case ErrorKind::Timeout:
        return tr("No answer in time");
    case ErrorKind::ConnectionRefused:
        return tr("Connection refused");
    case ErrorKind::HostNotFound:
        return tr("Host name not found");
    case ErrorKind::ConnectionDropped:
        return tr("Connection closed by the server");
    case ErrorKind::UnknownCa:
        return tr("The server's certificate is not from this profile's CA");
    case ErrorKind::HostNameMismatch:
        return tr("The server's certificate is for another name");
    case ErrorKind::ServerCertificateExpired:
        return tr("The server's certificate is expired");
    case ErrorKind::ClientCertificateRefused:
        return tr("The server refused this profile's client certificate");
    case ErrorKind::Tls:
        return tr("Secure connection failed");
    case ErrorKind::Http:
        return tr("The server answered with an error");
    case ErrorKind::NotJson:
    case ErrorKind::BadShape:
    case ErrorKind::TooLarge:
        return tr("Not a Secure Build Server");
    case ErrorKind::Local:
        return tr("A certificate file of this profile is missing or unusable");
    }
    return {};
}

QString OnboardingAdvice::howToFix(ErrorKind kind, const QString& host, quint16 port)
{
    const QString address = QStringLiteral("%1:%2").arg(host).arg(port);
    switch (kind) {
    case ErrorKind::None:
    case ErrorKind::Cancelled:
        return {};
    case ErrorKind::Timeout:
        return tr("Check that the server runs and that HOSTNAME and CICD_PORT (%1) are its address and port. "
                  "A firewall or security group that drops the port looks the same: open the port for "
                  "this computer.")
            .arg(address);
    case ErrorKind::ConnectionRefused:
        return tr("Nothing listens at %1. Start the server, or wait until it has finished starting, and "
                  "check "
                  "that CICD_PORT is the port it listens on.")
            .arg(address);
    case ErrorKind::HostNotFound:
        return tr("Check the spelling of HOSTNAME (%1). When it is a name you chose for the server "
                  "certificate, map the server's IP address to it in /etc/hosts.")
            .arg(host);
    case ErrorKind::ConnectionDropped:
        return tr("The server may be restarting, or it does not speak HTTPS on port %1: check CICD_PORT and "
                  "try again in a moment.")
            .arg(port);
    case ErrorKind::UnknownCa:
        return tr("The server was started with other certificates than this profile's. Give it the instance "
                  "env of this profile (CLIENT_CA, SERVER_CRT, SERVER_KEY) and restart it, or set CAPATH to "
                  "the CA that signed the server's certificate.");
    case ErrorKind::HostNameMismatch:
        return tr("Map the server's IP address to HOSTNAME (%1) in /etc/hosts, or create the server "
                  "certificate for the name or address you connect to and give the server the new instance "
                  "env.")
            .arg(host);
    case ErrorKind::ServerCertificateExpired:
        return tr("Renew the server certificate (Certificates page, or sbsctl renew-certs) and restart the "
                  "server with the new instance env. Check that the clock of this computer is right.");
    case ErrorKind::ClientCertificateRefused:
        return tr("The server trusts another client CA. Give it the instance env of this profile and restart "
                  "it, or set CLIENT_CRT_KEY to the client certificate that was made for that server.");
    case ErrorKind::Tls:
        return tr("Check that %1 is a Secure Build Server that speaks HTTPS, and that CAPATH and "
                  "CLIENT_CRT_KEY name this profile's certificate files.")
            .arg(address);
    case ErrorKind::Http:
        return tr("Something answers at %1, but not as a Secure Build Server does. Check HOSTNAME and "
                  "CICD_PORT; when they are right, look at the server's log.")
            .arg(address);
    case ErrorKind::NotJson:
    case ErrorKind::BadShape:
    case ErrorKind::TooLarge:
        return tr("Another service answers at %1. Check HOSTNAME and CICD_PORT.").arg(address);
    case ErrorKind::Local:
        return tr(
            "Create the certificates on the Certificates page of this wizard, or correct CLIENT_CRT_KEY "
            "and CAPATH in the configuration.");
    }
    return {};
}

} // namespace sbs::gui
