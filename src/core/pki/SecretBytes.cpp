#include "pki/SecretBytes.h"

#include <openssl/crypto.h>
#include <utility>

namespace sbs::pki {

SecretBytes::SecretBytes(const char* data, qsizetype size)
    : m_bytes(data, size)
{ }

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{ }

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe(m_bytes);
}

SecretBytes SecretBytes::clone() const
{
    return SecretBytes(m_bytes.constData(), m_bytes.size());
}

void SecretBytes::wipe(QByteArray& bytes)
{
    // Only an unshared buffer is ours to wipe: detaching a shared one would copy the secret.
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace sbs::pki
