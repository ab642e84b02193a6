#pragma once

#include <QByteArray>

namespace sbs::pki {

// Bytes that hold a secret (a private key in PEM form). The buffer is wiped with
// OPENSSL_cleanse when it is destroyed or reassigned. Copies are not allowed, so there is
// one buffer to wipe; moves hand it over.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(const char* data, qsizetype size);
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    ~SecretBytes();

    const QByteArray& bytes() const { return m_bytes; }
    const char* constData() const { return m_bytes.constData(); }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }

    // An independent buffer with the same bytes, for the rare place that needs two.
    SecretBytes clone() const;

    // Overwrites the bytes of a plain QByteArray that held a secret (when not shared).
    static void wipe(QByteArray& bytes);

private:
    QByteArray m_bytes;
};

} // namespace sbs::pki
