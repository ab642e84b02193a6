#pragma once

#include "manifest/ManifestVerifier.h"

#include <QPointer>
#include <QWidget>
#include <memory>

namespace sbs::history {
class BuildHistory;
}

namespace sbs::models {
class ManifestLibraryModel;
class ProfileSession;
} // namespace sbs::models

namespace sbs::gui {

class CompareView;
class ManifestBrowser;
class MessageWidget;

// The manifest workbench of a profile, for security reviewers. On the left the library (the
// "manifests" folder next to the config): fetch the latest manifest or a chosen build name
// (offered from the build history) with its public key, import a .sig.tbz, open a review
// bundle. On the right the selected manifest: its verification (a badge: verified with the
// key's SHA-256 fingerprint, signature invalid, key missing, archive malformed; the check in
// words; the openssl commands to copy; the tamper test; export as a review bundle), its
// contents (ManifestBrowser), and a comparison with another manifest of the library. Reading,
// hashing and zipping run in workers with progress and cancel; the page never blocks.
class ManifestsPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { VerificationTab, ContentsTab, CompareTab };

    ManifestsPage(models::ProfileSession* session, history::BuildHistory* history, QWidget* parent = nullptr);
    ~ManifestsPage() override;

    models::ManifestLibraryModel* libraryModel() const;
    ManifestBrowser* browser() const;
    CompareView* compareView() const;
    MessageWidget* messageWidget() const;

    // The actions, as the buttons run them (tests call them; the buttons ask for paths first).
    void fetchLatest();
    void fetchBuild(const QString& buildName);
    bool importManifest(const QString& sigTbzPath);
    bool selectManifest(const QString& path); // selects a library row; it is verified at once
    void verifySelected();
    void runTamperTest();
    void exportBundle(const QString& zipPath);
    void openBundle(const QString& zipPath);
    void compareWith(const QString& otherPath); // the selected one is "after", other "before"

    QString selectedPath() const;
    bool isBusy() const;
    // The badge's state and text for the selected manifest.
    QString badgeText() const;
    QString tamperResult() const; // empty until the tamper test ran
    QString opensslCommands() const;

Q_SIGNALS:
    void fetched(const QString& path); // a download was stored (or was there already)
    void verified(const QString& path, const sbs::manifest::Verification& verification);
    void tamperTestFinished(bool passed);
    void bundleExported(const QString& zipPath);
    void bundleOpened(const QString& manifestPath);
    void failed(const QString& message); // any action that did not succeed, as shown

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sbs::gui
