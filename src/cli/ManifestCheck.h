#pragma once

#include "Console.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sbs::cli {

// Verifies a downloaded or given manifest with a public key and prints the outcome the way
// the reference does ("verify=OK"), plus what was checked; optionally runs the tamper test.
class ManifestCheck
{
    Q_DECLARE_TR_FUNCTIONS(ManifestCheck)

public:
    // Returns an ExitCode.
    static int run(Console& console, const QString& manifestPath, const QByteArray& publicKeyPem,
                   bool tamperTest);
};

} // namespace sbs::cli
