#pragma once

#include "Result.h"
#include "manifest/ManifestVerifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace sbs::manifest {

// A review bundle: a zip (QuaZip) that hands a manifest and the evidence of its check to
// someone without access to the server. Members, all at the top level:
//   <manifestName>.sig.tbz           the manifest as downloaded
//   <manifestName>-public.pem        the public key it was checked with
//   build.json                       the manifest's data/build.json
//   verification-report.txt          what was checked, with which key fingerprint, when, result
//   verification-report.html         the same as a small HTML page
//   bundle.json                      {"format": "sbs-review-bundle", "version": 1,
//                                     "manifest": "<manifestName>.sig.tbz",
//                                     "public_key": "<manifestName>-public.pem"}
class ReviewBundle
{
    Q_DECLARE_TR_FUNCTIONS(ReviewBundle)

public:
    // The report texts for a verification made at checkedAt (UTC).
    static QString reportText(const Verification& verification, const QString& manifestFile,
                              const QDateTime& checkedAt);
    static QString reportHtml(const Verification& verification, const QString& manifestFile,
                              const QDateTime& checkedAt);

    // Verifies the manifest with the key (in the calling thread: run it in a worker), then
    // writes the bundle to zipPath through a temporary file that replaces nothing: an existing
    // zipPath is an error. control gives progress and cancel of the verification.
    static Result<Verification> write(const QString& zipPath, const QString& sigTbzPath,
                                      const QString& publicKeyPath, const ReadControl& control = {});

    struct Opened
    {
        QString folder; // where the members were unpacked (a new folder)
        QString manifestPath; // <folder>/<manifestName>.sig.tbz
        QString publicKeyPath;
        QString reportText; // the report as the bundle carries it
        Verification verification; // checked again here, now
    };
    // Unpacks a bundle into a new folder under targetParent and verifies it again. Refuses,
    // writing nothing, a file that is not a zip, a member whose name is not a plain file name
    // (absolute, "..", folders), a member that is not one of the above, a missing member, or
    // members larger than the limits.
    static Result<Opened> open(const QString& zipPath, const QString& targetParent,
                               const ReadControl& control = {});
};

} // namespace sbs::manifest
