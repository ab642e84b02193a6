#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace sbs::state {

// The encryption of a state image (PROTOCOL.md §6, project choice for sbs-server):
// AES-256-GCM under a key derived with HKDF-SHA-256 from two secrets, the user's SECRET and
// a secret only the server holds. The sealed form is
//   "SBSSTATE1" | salt (16) | nonce (12) | ciphertext | tag (16)
// with the header as associated data, so a wrong secret, a truncated or altered blob, and a
// blob sealed by a server with another secret all fail to open.
class StateCipher
{
    Q_DECLARE_TR_FUNCTIONS(StateCipher)

public:
    static Result<QByteArray> seal(const QByteArray& plaintext, const QByteArray& userSecret,
                                   const QByteArray& serverSecret);
    static Result<QByteArray> open(const QByteArray& sealed, const QByteArray& userSecret,
                                   const QByteArray& serverSecret);
};

} // namespace sbs::state
