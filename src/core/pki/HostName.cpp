#include "pki/HostName.h"

#include "pki/OpenSslError.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <utility>

namespace sbs::pki {

HostName::HostName(QString text, bool isIp)
    : m_text(std::move(text))
    , m_isIp(isIp)
{ }

Result<HostName> HostName::parse(const QString& value, const QString& sourceName)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return Result<HostName>::fail(
            tr("%1 has no HOSTNAME; add the server's host name (the name clients connect to).")
                .arg(sourceName));
    QHostAddress address;
    if (address.setAddress(text)) {
        if (address.protocol() == QAbstractSocket::IPv6Protocol && !address.scopeId().isEmpty())
            return Result<HostName>::fail(
                tr("%1: HOSTNAME %2 has an IPv6 scope, which a certificate cannot name; drop the %-part.")
                    .arg(sourceName, text));
        return Result<HostName>::ok(HostName(address.toString(), true));
    }
    // Labels of letters, digits, '-' and '_' separated by dots; a leading "*." for a wildcard.
    static const QRegularExpression dnsName(QStringLiteral(
        "^(\\*\\.)?([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)(\\.[A-Za-z0-9_]([A-Za-z0-9_-]"
        "{0,61}[A-Za-z0-9_])?)*\\.?$"));
    if (text.size() > 253 || !dnsName.match(text).hasMatch())
        return Result<HostName>::fail(
            tr("%1: HOSTNAME \"%2\" is neither a DNS name nor an IP address; give the server's host name.")
                .arg(sourceName, text));
    QString name = text.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return Result<HostName>::ok(HostName(name, false));
}

QString HostName::sanEntry() const
{
    return (m_isIp ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + m_text;
}

bool HostName::isIn(const QStringList& sanEntries) const
{
    for (const QString& entry : sanEntries) {
        if (m_isIp && entry.startsWith(QLatin1String("IP:"))) {
            if (QHostAddress(entry.mid(3)) == QHostAddress(m_text))
                return true;
        } else if (!m_isIp && entry.startsWith(QLatin1String("DNS:"))) {
            QString name = entry.mid(4).toLower();
            if (name.endsWith(QLatin1Char('.')))
                name.chop(1);
            if (name == m_text)
                return true;
        }
    }
    return false;
}

Result<X509ExtensionPtr> HostName::createExtension() const
{
    OpenSslError::clear();
    GeneralNamesPtr names(GENERAL_NAMES_new());
    GENERAL_NAME* name = GENERAL_NAME_new();
    if (!names || !name) {
        GENERAL_NAME_free(name);
        return Result<X509ExtensionPtr>::fail(OpenSslError::take());
    }
    const QByteArray bytes = m_text.toUtf8();
    if (m_isIp) {
        ASN1_OCTET_STRING* ip = a2i_IPADDRESS(bytes.constData());
        if (!ip) {
            GENERAL_NAME_free(name);
            return Result<X509ExtensionPtr>::fail(OpenSslError::take());
        }
        GENERAL_NAME_set0_value(name, GEN_IPADD, ip);
    } else {
        ASN1_IA5STRING* dns = ASN1_IA5STRING_new();
        if (!dns || !ASN1_STRING_set(dns, bytes.constData(), int(bytes.size()))) {
            ASN1_IA5STRING_free(dns);
            GENERAL_NAME_free(name);
            return Result<X509ExtensionPtr>::fail(OpenSslError::take());
        }
        GENERAL_NAME_set0_value(name, GEN_DNS, dns);
    }
    if (!sk_GENERAL_NAME_push(names.get(), name)) {
        GENERAL_NAME_free(name);
        return Result<X509ExtensionPtr>::fail(OpenSslError::take());
    }
    X509ExtensionPtr extension(X509V3_EXT_i2d(NID_subject_alt_name, 0, names.get()));
    if (!extension)
        return Result<X509ExtensionPtr>::fail(OpenSslError::take());
    return Result<X509ExtensionPtr>::ok(std::move(extension));
}

} // namespace sbs::pki
