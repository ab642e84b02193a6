#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace sbs::pki {

// The key types the project generates. Rsa2048 is the default, as in the reference client.
enum class KeyType {
    Rsa2048,
    Rsa3072,
    Rsa4096,
    EcP256,
    EcP384,
};

// Every key type, in the order of the --key-type help text.
QList<KeyType> allKeyTypes();

// The command-line spelling: rsa2048, rsa3072, rsa4096, p256, p384.
QString keyTypeName(KeyType type);

// Parses a command-line spelling (case-insensitive); nullopt when unknown.
std::optional<KeyType> keyTypeFromName(const QString& name);

// "rsa2048|rsa3072|rsa4096|p256|p384", for help texts and error messages.
QString keyTypeChoices();

} // namespace sbs::pki
