#include "pki/OpenSslError.h"

#include <QCoreApplication>
#include <QStringList>
#include <openssl/err.h>

namespace sbs::pki {

QString OpenSslError::take(const QString& fallback)
{
    QStringList parts;
    const char* data = nullptr;
    int flags = 0;
    unsigned long code = 0;
    while ((code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) != 0) {
        const char* reason = ERR_reason_error_string(code);
        QString text = reason ? QString::fromUtf8(reason) : QString();
        if (text.isEmpty()) {
            char buffer[256];
            ERR_error_string_n(code, buffer, sizeof buffer);
            text = QString::fromUtf8(buffer);
        }
        if (data && (flags & ERR_TXT_STRING) && *data)
            text += QStringLiteral(" (%1)").arg(QString::fromUtf8(data));
        if (!parts.contains(text))
            parts.append(text);
    }
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("; "));
    if (!fallback.isEmpty())
        return fallback;
    return QCoreApplication::translate("sbs::pki::OpenSslError", "unknown OpenSSL error");
}

void OpenSslError::clear()
{
    ERR_clear_error();
}

} // namespace sbs::pki
