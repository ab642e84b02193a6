#pragma once

#include "manifest/ManifestVerifier.h"

#include <QObject>
#include <QPointer>

namespace sbs::api {
class PendingCall;
class SbsClient;
struct ManifestDownload;
} // namespace sbs::api

namespace sbs::models {
class ManifestLibraryModel;
}

namespace sbs::gui {

class JobRunner;

// What changes the manifest library of the workbench, as jobs of its JobRunner: fetching a
// manifest and its key from the server, importing a .sig.tbz, writing and opening review
// bundles. The caller checks that no other job runs; the outcome comes as a signal.
// The names and key files of the library, and the checks run in workers, are here too.
class LibraryActions : public QObject
{
    Q_OBJECT

public:
    explicit LibraryActions(JobRunner* jobs, QObject* parent = nullptr);

    // The latest manifest when buildName is empty, then its key; both are stored in folder.
    void fetch(api::SbsClient* client, const QString& folder, const QString& buildName);
    bool import(const QString& folder, const QString& sigTbzPath); // false: refused at once
    void exportBundle(const QString& zipPath, const QString& sigTbzPath, const QString& keyPath);
    void openBundle(const QString& zipPath, const QString& folder);
    void tamperTest(const QString& sigTbzPath, const QString& keyPath);

    static QString sigTbzSuffix(); // ".sig.tbz"
    static QString manifestNameOf(const QString& sigTbzPath); // "manifest.<build name>"
    static QString buildNameOf(const QString& manifestName);
    static QString keyFileName(const QString& manifestName); // "<manifestName>-public.pem"
    // The key of a manifest of the library, also one put beside it since; empty when none.
    static QString keyPathOf(const models::ManifestLibraryModel& model, const QString& sigTbzPath);

    // In a worker: the check of a manifest with the key at keyPath; an unreadable key is
    // reported as unusable.
    static manifest::Verification verifyWithKeyFile(const QString& sigTbzPath, const QString& keyPath,
                                                    const manifest::ReadControl& control);

Q_SIGNALS:
    void fetched(const QString& path, const QString& keyProblem); // stored; keyProblem: why no key
    void imported(const QString& path);
    void bundleWritten(const QString& zipPath, const QString& path,
                       const sbs::manifest::Verification& verification);
    // The bundle's manifest was added to the library at path and checked again; note says where
    // it came from.
    void bundleOpened(const QString& path, const QString& note,
                      const sbs::manifest::Verification& verification);
    void tamperTested(const QString& path, bool passed, const QString& result);
    void failed(const QString& message);

private:
    void fetchKey(api::SbsClient* client, const QString& folder, int token,
                  const api::ManifestDownload& download);
    void watch(int token, api::PendingCall* call);
    void store(const QString& folder, const api::ManifestDownload& download, const QByteArray& pem,
               const QString& keyProblem);

    JobRunner* const m_jobs;
    QPointer<api::PendingCall> m_call;
};

} // namespace sbs::gui
