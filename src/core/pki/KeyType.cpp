#include "pki/KeyType.h"

#include <QStringList>

namespace sbs::pki {

QList<KeyType> allKeyTypes()
{
    return { KeyType::Rsa2048, KeyType::Rsa3072, KeyType::Rsa4096, KeyType::EcP256, KeyType::EcP384 };
}

QString keyTypeName(KeyType type)
{
    switch (type) {
    case KeyType::Rsa2048:
        return QStringLiteral("rsa2048");
    case KeyType::Rsa3072:
        return QStringLiteral("rsa3072");
    case KeyType::Rsa4096:
        return QStringLiteral("rsa4096");
    case KeyType::EcP256:
        return QStringLiteral("p256");
    case KeyType::EcP384:
        return QStringLiteral("p384");
    }
    return QString();
}

std::optional<KeyType> keyTypeFromName(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (KeyType type : allKeyTypes()) {
        if (keyTypeName(type) == wanted)
            return type;
    }
    return std::nullopt;
}

QString keyTypeChoices()
{
    QStringList names;
    for (KeyType type : allKeyTypes())
        names.append(keyTypeName(type));
    return names.join(QLatin1Char('|'));
}

} // namespace sbs::pki
