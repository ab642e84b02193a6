#include "DeployPage.h"

#include "CodeTextEdit.h"
#include "ContractBuilder.h"
#include "Icons.h"
#include "MessageWidget.h"
#include "Prompts.h"
#include "SectionHeading.h"
#include "api/SbsClient.h"
#include "contract/ContractYaml.h"
#include "models/ConfigFieldModel.h"
#include "models/ProfileSession.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace sbs::gui {

using api::ErrorKind;
using contract::ContractYaml;

namespace {

constexpr const char* DockerHub = "docker.io";

QPushButton* makeButton(const QString& name, const QIcon& icon, const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(icon, text, parent);
    button->setObjectName(name);
    return button;
}

QLabel* makeLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A read-only YAML view a few lines high.
CodeTextEdit* makePreview(const QString& name, int lines, QWidget* parent)
{
    auto* preview = new CodeTextEdit(parent);
    preview->setObjectName(name);
    preview->setFixedHeight(preview->fontMetrics().lineSpacing() * lines + 2 * preview->frameWidth() + 8);
    return preview;
}

// The SHA-256 of the key text in groups of four hex digits, to compare with what others see.
QString fingerprint(const QString& key)
{
    const QByteArray hex = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

// The 404 of a server that has nothing of the kind yet.
bool isNotFound(ErrorKind kind, int httpStatus)
{
    return kind == ErrorKind::Http && httpStatus == 404;
}

} // namespace

DeployPage::DeployPage(models::ProfileSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("deployMessageWidget"));
    m_message->hide();
    m_progressLabel = makeLabel(QStringLiteral("deployProgressLabel"), this);
    m_progressLabel->setForegroundRole(QPalette::PlaceholderText);
    m_progressLabel->hide();

    // The profile's tabs put the page in a scroll area: it is laid out at its full height.
    m_builder = new ContractBuilder(session, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_progressLabel);
    layout->addWidget(makeSectionHeading(tr("Image by Digest"), this, 0, 4));
    layout->addWidget(buildDigestSection(this));
    layout->addWidget(makeSectionHeading(tr("docker-compose.yml"), this, 12, 4));
    layout->addWidget(buildComposeSection(this));
    layout->addWidget(makeSectionHeading(tr("Signed-Image Public Key"), this, 12, 4));
    layout->addWidget(buildKeySection(this));
    layout->addWidget(makeSectionHeading(tr("Contract (user-data.yaml)"), this, 12, 4));
    layout->addWidget(m_builder, 1);

    connect(m_builder, &ContractBuilder::progressChanged, this, [this](const QString& text) {
        m_builderProgress = text;
        updateProgress();
    });
    if (session) {
        connect(session, &models::ProfileSession::statusChanged, this, &DeployPage::onStatus);
        if (session->health().status)
            onStatus(*session->health().status);
    }
    updateCompose();
    updateKey();
}

// A call still running is aborted when the page, its context, goes.
DeployPage::~DeployPage() = default;

QWidget* DeployPage::buildDigestSection(QWidget* parent)
{
    auto* box = new QWidget(parent);
    m_digestEdit = new QLineEdit(box);
    m_digestEdit->setObjectName(QStringLiteral("digestEdit"));
    m_digestEdit->setReadOnly(true);
    m_digestEdit->setPlaceholderText(tr("registry/namespace/repository@sha256:…"));
    m_copyDigestButton
        = makeButton(QStringLiteral("copyDigestButton"),
                     Icons::themed(QStringLiteral("edit-copy"), QStringLiteral("json")), tr("Copy"), box);
    m_copyDigestButton->setToolTip(tr("Copy the image reference with its digest"));
    m_refreshButton = makeButton(QStringLiteral("refreshButton"),
                                 Icons::themed(QStringLiteral("view-refresh"), QStringLiteral("server")),
                                 tr("Refresh"), box);
    m_refreshButton->setToolTip(
        tr("Fetch the image digest and the signed-image public key from the server again"));
    m_digestStatusLabel = makeLabel(QStringLiteral("digestStatusLabel"), box);

    auto* row = new QHBoxLayout;
    row->addWidget(m_digestEdit, 1);
    row->addWidget(m_copyDigestButton);
    row->addWidget(m_refreshButton);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_digestStatusLabel);

    connect(m_copyDigestButton, &QPushButton::clicked, this, &DeployPage::copyDigest);
    connect(m_refreshButton, &QPushButton::clicked, this, &DeployPage::refresh);
    return box;
}

QWidget* DeployPage::buildComposeSection(QWidget* parent)
{
    auto* box = new QWidget(parent);
    m_serviceNameEdit = new QLineEdit(box);
    m_serviceNameEdit->setObjectName(QStringLiteral("serviceNameEdit"));
    m_serviceNameEdit->setToolTip(tr("The name of the service in docker-compose.yml"));
    m_composePreview = makePreview(QStringLiteral("composePreview"), 4, box);
    m_saveComposeButton
        = makeButton(QStringLiteral("saveComposeButton"),
                     Icons::themed(QStringLiteral("document-save-as"), QStringLiteral("folder")),
                     tr("Save docker-compose.yml…"), box);

    auto* form = new QFormLayout;
    form->addRow(tr("&Service name:"), m_serviceNameEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveComposeButton);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_composePreview);
    layout->addLayout(buttons);

    connect(m_serviceNameEdit, &QLineEdit::textEdited, this, [this] { m_serviceNameEdited = true; });
    connect(m_serviceNameEdit, &QLineEdit::textChanged, this, &DeployPage::updateCompose);
    connect(m_saveComposeButton, &QPushButton::clicked, this, &DeployPage::saveCompose);
    return box;
}

QWidget* DeployPage::buildKeySection(QWidget* parent)
{
    auto* box = new QWidget(parent);
    m_keyStatusLabel = makeLabel(QStringLiteral("keyStatusLabel"), box);
    m_keySummaryLabel = makeLabel(QStringLiteral("keySummaryLabel"), box);
    m_keyFormLabel = makeLabel(QStringLiteral("keyFormLabel"), box);
    m_saveKeyButton = makeButton(QStringLiteral("saveKeyButton"),
                                 Icons::themed(QStringLiteral("document-save-as"), QStringLiteral("trust")),
                                 tr("Save Public Key…"), box);
    m_imagesPreview = makePreview(QStringLiteral("imagesPreview"), 6, box);
    m_copyImagesButton = makeButton(QStringLiteral("copyImagesButton"),
                                    Icons::themed(QStringLiteral("edit-copy"), QStringLiteral("json")),
                                    tr("Copy Images Section"), box);
    m_copyImagesButton->setToolTip(tr("Copy the contract's images section for this image"));

    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_keyFormLabel, 1);
    saveRow->addWidget(m_saveKeyButton, 0, Qt::AlignTop);
    auto* copyRow = new QHBoxLayout;
    copyRow->addStretch(1);
    copyRow->addWidget(m_copyImagesButton);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_keyStatusLabel);
    layout->addWidget(m_keySummaryLabel);
    layout->addLayout(saveRow);
    layout->addWidget(new QLabel(tr("The contract's images section:"), box));
    layout->addWidget(m_imagesPreview);
    layout->addLayout(copyRow);

    connect(m_saveKeyButton, &QPushButton::clicked, this, &DeployPage::saveKey);
    connect(m_copyImagesButton, &QPushButton::clicked, this, &DeployPage::copyImages);
    return box;
}

QString DeployPage::digestReference() const
{
    return m_digest;
}

bool DeployPage::isFetching() const
{
    return m_digestCall || m_keyCall;
}

void DeployPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_fetched)
        refresh();
}

void DeployPage::refresh()
{
    if (!m_session)
        return;
    m_fetched = true;
    m_failures.clear();
    m_message->hideMessage();
    // The answers of an earlier refresh still under way are dropped.
    const int token = ++m_fetchToken;
    for (api::PendingCall* call : { m_digestCall.data(), m_keyCall.data() }) {
        if (call)
            call->cancel();
    }
    api::SbsClient* client = m_session->client();
    m_digestStatusLabel->setText(tr("Fetching the image digest…"));
    m_keyStatusLabel->setText(tr("Fetching the signed-image public key…"));
    m_digestCall = client->imageDigest(this, [this, token](const api::Reply<QString>& reply) {
        if (token == m_fetchToken)
            onDigest(reply);
    });
    m_keyCall
        = client->signedImagePublicKey(this, [this, token](const api::Reply<api::SignedImageKey>& reply) {
              if (token == m_fetchToken)
                  onKey(reply);
          });
    updateProgress();
}

void DeployPage::onDigest(const api::Reply<QString>& reply)
{
    m_digestCall.clear();
    updateProgress();
    // Cancelled: the session connected again (answers of an older refresh never come here).
    if (reply.kind == ErrorKind::Cancelled) {
        m_digestStatusLabel->setText(
            tr("Not fetched: the connection changed. Press Refresh to fetch again."));
        return;
    }
    m_digest.clear();
    if (reply) {
        m_digest = reply.result.value();
        m_digestStatusLabel->setText(tr("The image of the last successful build, by digest: a contract or "
                                        "docker-compose.yml that names it runs exactly this image."));
    } else if (isNotFound(reply.kind, reply.httpStatus)) {
        m_digestStatusLabel->setText(tr("No image yet: the server has not pushed one. Build first."));
    } else {
        m_digestStatusLabel->setText(tr("No image digest is known."));
        showFailure(tr("The image digest could not be fetched: %1").arg(reply.error()));
    }
    m_digestEdit->setText(m_digest);
    m_digestEdit->setCursorPosition(0);
    if (!m_serviceNameEdited && !m_digest.isEmpty())
        m_serviceNameEdit->setText(ContractYaml::serviceName(m_digest.section(QLatin1Char('@'), 0, 0)));
    updateCompose();
    updateKey();
}

void DeployPage::onKey(const api::Reply<api::SignedImageKey>& reply)
{
    m_keyCall.clear();
    updateProgress();
    if (reply.kind == ErrorKind::Cancelled) {
        m_keyStatusLabel->setText(tr("Not fetched: the connection changed. Press Refresh to fetch again."));
        return;
    }
    m_key.reset();
    if (reply) {
        m_key = reply.result.value();
        m_keyStatusLabel->setText(tr("Repository: %1").arg(m_key->repositoryName));
    } else if (isNotFound(reply.kind, reply.httpStatus)) {
        m_keyStatusLabel->setText(tr("No signed-image key yet: the server makes it when it signs its first "
                                     "image. Build first."));
    } else {
        m_keyStatusLabel->setText(tr("No signed-image key is known."));
        showFailure(tr("The signed-image public key could not be fetched: %1").arg(reply.error()));
    }
    updateKey();
}

void DeployPage::onStatus(const api::ServerStatus& status)
{
    if (status.phase() != api::ServerStatus::Phase::Succeeded || status.buildName.isEmpty()
        || status.buildName == m_seenBuildName)
        return;
    const bool first = m_seenBuildName.isEmpty();
    m_seenBuildName = status.buildName;
    // A build that succeeded since the page fetched, or the first success seen when the page
    // has no image yet. A fetch under way for an older build is replaced.
    if (m_fetched && (!first || (m_digest.isEmpty() && !isFetching())))
        refresh();
}

void DeployPage::showFailure(const QString& text)
{
    // Both calls fail alike when the server cannot be reached: say it once.
    if (!m_failures.contains(text))
        m_failures << text;
    m_message->showMessage(m_failures.join(QLatin1Char('\n')), MessageWidget::Type::Error);
}

void DeployPage::updateProgress()
{
    QString text = m_builderProgress;
    if (isFetching())
        text = tr("Fetching the image digest and the signed-image public key…");
    m_progressLabel->setText(text);
    m_progressLabel->setVisible(!text.isEmpty());
    m_refreshButton->setEnabled(!isFetching() && m_session);
    Q_EMIT progressChanged(text);
}

void DeployPage::updateCompose()
{
    const QString service = m_serviceNameEdit->text().trimmed();
    const bool ready = !m_digest.isEmpty() && !service.isEmpty();
    m_composePreview->setPlainText(ready ? QString::fromUtf8(ContractYaml::compose(service, m_digest))
                                         : QString());
    m_composePreview->setPlaceholderText(m_digest.isEmpty() ? tr("Known once the server has pushed an image.")
                                                            : tr("Enter a service name."));
    m_saveComposeButton->setEnabled(ready);
    m_copyDigestButton->setEnabled(!m_digest.isEmpty());
    m_serviceNameEdit->setEnabled(!m_digest.isEmpty());
}

QString DeployPage::configuredPushServer() const
{
    return m_session ? m_session->config()->document().string(QStringLiteral("DOCKER_PUSH_SERVER")).trimmed()
                     : QString();
}

QString DeployPage::pushServer() const
{
    const QString configured = configuredPushServer();
    return configured.isEmpty() ? QString::fromLatin1(DockerHub) : configured;
}

QString DeployPage::repository() const
{
    if (!m_digest.isEmpty())
        return m_digest.section(QLatin1Char('@'), 0, 0);
    if (m_key)
        return pushServer() + QLatin1Char('/') + m_key->repositoryName;
    return QString();
}

void DeployPage::updateKey()
{
    m_saveKeyButton->setEnabled(m_key.has_value());
    m_copyImagesButton->setEnabled(m_key.has_value());
    if (!m_key) {
        m_keySummaryLabel->clear();
        m_keyFormLabel->clear();
        m_imagesPreview->clear();
        return;
    }
    const QString firstLine = m_key->publicKey.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    m_keySummaryLabel->setText(
        tr("%1\nSHA-256 of the key: %2").arg(firstLine, fingerprint(m_key->publicKey)));
    // As sbsctl get-signed-image-publickey saves it: the configured push server decides.
    const QByteArray content = m_key->fileContent(configuredPushServer());
    const bool base64 = content != m_key->publicKey.toUtf8();
    m_keyFormLabel->setText(
        base64 ? tr("The push server is %1 (Red Hat simple signing): %2 holds the key base64-encoded, as the "
                    "contract's images.rhs section takes it.")
                     .arg(pushServer(), m_key->fileName())
               : tr("The push server is %1 (Docker Content Trust): %2 holds the key as the server sent it.")
                     .arg(pushServer(), m_key->fileName()));
    m_imagesPreview->setPlainText(
        QString::fromUtf8(ContractYaml::imagesSection(repository(), content, pushServer())));
}

QString DeployPage::workDir() const
{
    return m_session ? m_session->profile().workDir : QDir::homePath();
}

void DeployPage::copyDigest()
{
    if (m_digest.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_digest);
    m_message->showMessage(tr("Copied the image reference to the clipboard."),
                           MessageWidget::Type::Information);
}

void DeployPage::copyImages()
{
    const QString text = m_imagesPreview->toPlainText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    m_message->showMessage(tr("Copied the images section to the clipboard."),
                           MessageWidget::Type::Information);
}

void DeployPage::saveCompose()
{
    const QString service = m_serviceNameEdit->text().trimmed();
    if (m_digest.isEmpty() || service.isEmpty())
        return;
    const QByteArray bytes = ContractYaml::compose(service, m_digest);
    const QString path = Prompts::saveFileName(this, tr("Save docker-compose.yml"),
                                               QDir(workDir()).filePath(QStringLiteral("docker-compose.yml")),
                                               tr("Compose files (*.yml *.yaml);;All files (*)"));
    if (!path.isEmpty())
        writeChosenFile(path, bytes, tr("docker-compose.yml"));
}

void DeployPage::saveKey()
{
    if (!m_key)
        return;
    const QByteArray bytes = m_key->fileContent(configuredPushServer());
    const QString path = Prompts::saveFileName(this, tr("Save the signed image's public key"),
                                               QDir(workDir()).filePath(m_key->fileName()),
                                               tr("Key files (*.key);;All files (*)"));
    if (!path.isEmpty())
        writeChosenFile(path, bytes, tr("the signed image's public key"));
}

void DeployPage::writeChosenFile(const QString& path, const QByteArray& bytes, const QString& what)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_message->showMessage(tr("Nothing was saved: %1 cannot be written (%2); choose another folder.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()),
                               MessageWidget::Type::Error);
        return;
    }
    m_message->showMessage(tr("Saved %1 to %2.").arg(what, QDir::toNativeSeparators(path)),
                           MessageWidget::Type::Positive);
}

} // namespace sbs::gui
