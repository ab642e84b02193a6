#include "pki/KeyInfo.h"

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/objects.h>

namespace sbs::pki {

KeyInfo KeyInfo::of(const EVP_PKEY* key)
{
    KeyInfo info;
    if (!key)
        return info;
    info.bits = EVP_PKEY_get_bits(key);
    if (EVP_PKEY_is_a(key, "RSA")) {
        info.algorithm = QStringLiteral("RSA");
    } else if (EVP_PKEY_is_a(key, "EC")) {
        info.algorithm = QStringLiteral("EC");
        char group[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length)) {
            const int nid = OBJ_sn2nid(group);
            const char* nist = nid != NID_undef ? EC_curve_nid2nist(nid) : nullptr;
            info.curve = QString::fromUtf8(nist ? nist : group);
        }
    } else {
        const char* name = EVP_PKEY_get0_type_name(key);
        info.algorithm = QString::fromUtf8(name ? name : "unknown");
    }
    return info;
}

QString KeyInfo::text() const
{
    if (!curve.isEmpty())
        return QStringLiteral("%1 %2").arg(algorithm, curve);
    return QStringLiteral("%1 %2").arg(algorithm).arg(bits);
}

KeyType KeyInfo::closestKeyType() const
{
    if (algorithm == QLatin1String("EC"))
        return bits > 256 ? KeyType::EcP384 : KeyType::EcP256;
    if (bits > 3072)
        return KeyType::Rsa4096;
    if (bits > 2048)
        return KeyType::Rsa3072;
    return KeyType::Rsa2048;
}

} // namespace sbs::pki
