#pragma once

#include "api/Answers.h"
#include "api/ApiError.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sbs::api {
class PendingCall;
}

namespace sbs::models {
class ProfileSession;
}

namespace sbs::gui {

class CodeTextEdit;
class ContractBuilder;
class MessageWidget;

// The Deploy page of a profile: from a finished build to a deployable contract. The image by
// digest (get-digest) with copy; a docker-compose.yml for it saved through a file dialog; the
// signed-image public key (get-signed-image-publickey) saved as the reference client saves it,
// and the contract's matching images section; and the contract env builder (ContractBuilder).
class DeployPage : public QWidget
{
    Q_OBJECT

public:
    explicit DeployPage(models::ProfileSession* session, QWidget* parent = nullptr);
    ~DeployPage() override;

    ContractBuilder* contractBuilder() const { return m_builder; }
    MessageWidget* messageWidget() const { return m_message; }
    // The digest reference shown (empty before it was fetched).
    QString digestReference() const;
    // Fetches the digest and the signed-image key (also when the page is first shown and after
    // a build succeeded).
    void refresh();
    // True while the digest or the key is being fetched.
    bool isFetching() const;
    // The push server the key file and the images section are for: DOCKER_PUSH_SERVER of the
    // configuration, docker.io when it is not set.
    QString pushServer() const;

Q_SIGNALS:
    void progressChanged(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildDigestSection(QWidget* parent);
    QWidget* buildComposeSection(QWidget* parent);
    QWidget* buildKeySection(QWidget* parent);
    void onDigest(const api::Reply<QString>& reply);
    void onKey(const api::Reply<api::SignedImageKey>& reply);
    void onStatus(const api::ServerStatus& status);
    void showFailure(const QString& text);
    void updateCompose();
    void updateKey();
    void updateProgress();
    void copyDigest();
    void copyImages();
    void saveCompose();
    void saveKey();
    // Writes bytes to the file the user chose (atomically); says where, or why not.
    void writeChosenFile(const QString& path, const QByteArray& bytes, const QString& what);
    QString configuredPushServer() const;
    QString repository() const;
    QString workDir() const;

    QPointer<models::ProfileSession> m_session;
    ContractBuilder* m_builder = nullptr;
    MessageWidget* m_message = nullptr;

    QLabel* m_progressLabel = nullptr;
    QLineEdit* m_digestEdit = nullptr;
    QPushButton* m_copyDigestButton = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QLabel* m_digestStatusLabel = nullptr;
    QLineEdit* m_serviceNameEdit = nullptr;
    CodeTextEdit* m_composePreview = nullptr;
    QPushButton* m_saveComposeButton = nullptr;
    QLabel* m_keyStatusLabel = nullptr;
    QLabel* m_keySummaryLabel = nullptr;
    QLabel* m_keyFormLabel = nullptr;
    QPushButton* m_saveKeyButton = nullptr;
    CodeTextEdit* m_imagesPreview = nullptr;
    QPushButton* m_copyImagesButton = nullptr;

    QPointer<api::PendingCall> m_digestCall;
    QPointer<api::PendingCall> m_keyCall;
    QString m_digest;
    std::optional<api::SignedImageKey> m_key;
    QStringList m_failures; // the errors of the current refresh, each shown once
    QString m_builderProgress;
    int m_fetchToken = 0; // counts the refreshes: only the latest one's answers are used
    QString m_seenBuildName; // the last successful build's name seen in a status answer
    bool m_fetched = false; // refresh() ran at least once
    bool m_serviceNameEdited = false; // the user typed a service name: keep it
};

} // namespace sbs::gui
