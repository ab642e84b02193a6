#pragma once

#include <QString>

namespace sbs::pki {

// Turns OpenSSL's thread-local error queue into text for a Result's error message.
class OpenSslError
{
public:
    // Drains the queue and returns its entries, oldest first, joined by "; ".
    // Returns fallback (or a generic text) when the queue is empty.
    static QString take(const QString& fallback = QString());

    // Empties the queue so that a later take() reports only the errors of the next call.
    static void clear();
};

} // namespace sbs::pki
