#pragma once

#include "manifest/ManifestVerifier.h"
#include "models/ManifestLibraryModel.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sbs::gui {

// The Verification tab of the manifest workbench: a badge with the state of the selected
// manifest, the key's fingerprint, the check in words, the digest of the inner archive, the
// openssl commands that repeat the check (with a copy button), and the buttons that check
// again, run the tamper test and export a review bundle. The page runs what they ask for.
class VerificationPanel : public QWidget
{
    Q_OBJECT

public:
    using State = models::ManifestLibraryModel::State;

    explicit VerificationPanel(QWidget* parent = nullptr);

    void showNothing(); // no manifest is selected
    // keyPath is empty when there is no key; verification is the last finished check, if any.
    void showVerification(const QString& sigTbzPath, const QString& keyPath, State state,
                          const manifest::Verification* verification);
    void setState(State state); // the badge only
    void showTamperResult(const QString& text, bool passed); // an empty text clears it
    void setActionsEnabled(bool selected, bool hasKey, bool busy);

    QString badgeText() const;
    QString tamperResult() const { return m_tamperText; }
    QString opensslCommands() const;

Q_SIGNALS:
    void verifyRequested();
    void tamperTestRequested();
    void exportRequested(const QString& zipPath); // the path was asked for already
    void commandsCopied(); // the openssl commands are on the clipboard

private:
    QLabel* detailLabel(const char* name);

    QLabel* m_badge = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_fingerprintLabel = nullptr;
    QLabel* m_checkLabel = nullptr;
    QLabel* m_archiveLabel = nullptr;
    QPlainTextEdit* m_commandsEdit = nullptr;
    QLabel* m_commandsHint = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_tamperButton = nullptr;
    QLabel* m_tamperLabel = nullptr;
    QPushButton* m_exportButton = nullptr;
    QString m_path; // the manifest shown
    QString m_tamperText;
};

} // namespace sbs::gui
