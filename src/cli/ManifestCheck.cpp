#include "ManifestCheck.h"

#include "ExitCode.h"
#include "manifest/ManifestVerifier.h"

#include <QFileInfo>

namespace sbs::cli {

int ManifestCheck::run(Console& console, const QString& manifestPath, const QByteArray& publicKeyPem,
                       bool tamperTest)
{
    using manifest::ManifestVerifier;
    using manifest::Verification;
    const Verification result = ManifestVerifier::verifyFile(manifestPath, publicKeyPem);
    if (!result.isVerified()) {
        console.print(QStringLiteral("verify=NG"));
        console.error(result.message);
        return Failure;
    }
    console.print(QStringLiteral("verify=OK"));
    console.note(tr("%1: the signature over SHA-256 of %2.tbz (%3) is valid for the %4 key %5.")
                     .arg(QFileInfo(manifestPath).fileName(), result.manifestName,
                          QString::fromLatin1(result.tbzSha256.toHex()), result.keyDescription,
                          result.keyFingerprint));
    if (!tamperTest)
        return Success;
    const Status tampered = ManifestVerifier::tamperTest(manifestPath, publicKeyPem);
    if (!tampered) {
        console.print(QStringLiteral("verify-test=NG"));
        console.error(tampered.error());
        return Failure;
    }
    console.print(QStringLiteral("verify-test=OK"));
    console.note(tr("A copy with one more file in git/, made in memory, failed verification, as it must. The "
                    "file on disk was not changed."));
    return Success;
}

} // namespace sbs::cli
