#include "ContractBuilder.h"

#include "CodeTextEdit.h"
#include "ContractEnvForm.h"
#include "ContractFileField.h"
#include "Icons.h"
#include "MessageWidget.h"
#include "Prompts.h"
#include "SectionHeading.h"
#include "WorkerSet.h"
#include "models/ProfileSession.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace sbs::gui {

using contract::ContractEnv;
using contract::ContractSigner;
using contract::ContractYaml;
using contract::EncryptionCertificate;
using contract::HyperProtectCipher;
using State = ContractFileField::State;

namespace {

// A workload section is a line of base64; anything far larger is not one.
constexpr qint64 MaxWorkloadBytes = 16 << 20;

struct SigningKey
{
    pki::PrivateKey key;
    QString publicKeyPem;
    QString description;
};

// In a worker: the workload section from the file the user chose.
Result<QString> readWorkloadFile(const QString& path)
{
    using R = Result<QString>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::fail(
            ContractBuilder::tr("%1 cannot be read: %2. Choose the encrypted workload section file.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > MaxWorkloadBytes)
        return R::fail(ContractBuilder::tr("%1 is %2 MiB, far larger than an encrypted workload section; "
                                           "choose the workload file from IBM.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(file.size() >> 20));
    return ContractYaml::readWorkload(file.readAll(), QDir::toNativeSeparators(path));
}

// In a worker: the key that signs the contract; only RSA makes an envWorkloadSignature.
Result<SigningKey> readSigningKey(const QString& path)
{
    using R = Result<SigningKey>;
    Result<pki::PrivateKey> key = pki::PrivateKey::load(path, ContractBuilder::tr("contract signing key"));
    if (!key)
        return R::fail(key.error());
    const pki::KeyInfo info = key->info();
    if (info.algorithm != QLatin1String("RSA"))
        return R::fail(
            ContractBuilder::tr("%1 holds an %2 key; envWorkloadSignature needs an RSA key. Make one "
                                "with: openssl genrsa -out signing-key.pem 4096")
                .arg(QDir::toNativeSeparators(path), info.text()));
    SigningKey signing;
    signing.publicKeyPem = QString::fromLatin1(key->publicKeyPem());
    signing.description = ContractBuilder::tr("%1 private key; its public half goes into the env section as "
                                              "signingKey.")
                              .arg(info.text());
    signing.key = key.take();
    return R::ok(std::move(signing));
}

// In a worker: the whole user-data.yaml. The certificate is checked again first: it may have
// expired since it was chosen.
Result<QByteArray> makeUserData(const ContractEnv& env, const EncryptionCertificate& certificate,
                                const QString& certificateSource, const QString& workload,
                                const std::optional<pki::PrivateKey>& signingKey)
{
    using R = Result<QByteArray>;
    const Result<EncryptionCertificate> current
        = EncryptionCertificate::fromPem(certificate.certificate().toPem(), certificateSource);
    if (!current)
        return R::fail(current.error());
    Result<QByteArray> section = env.toYaml();
    if (!section)
        return R::fail(section.error());
    const Result<QString> encryptedEnv = HyperProtectCipher::encrypt(section.value(), current.value());
    section.value().fill('\0');
    if (!encryptedEnv)
        return R::fail(encryptedEnv.error());
    QString signature;
    if (signingKey) {
        const Result<QString> made = ContractSigner::sign(workload, encryptedEnv.value(), *signingKey);
        if (!made)
            return R::fail(made.error());
        signature = made.value();
    }
    return R::ok(ContractYaml::userData(workload, encryptedEnv.value(), signature));
}

} // namespace

ContractBuilder::ContractBuilder(models::ProfileSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_message(new MessageWidget(this))
    , m_form(new ContractEnvForm(session, m_message, this))
    , m_previewEdit(new CodeTextEdit(this))
    , m_previewProblemLabel(new QLabel(this))
    , m_certificateField(new ContractFileField({ QStringLiteral("encryptionCertificateEdit"),
                                                 QStringLiteral("chooseCertificateButton"),
                                                 QStringLiteral("certificateStatusLabel") },
                                               tr("Choose the platform's encryption certificate"),
                                               tr("Certificates (*.crt *.pem *.cer);;All files (*)"), this))
    , m_workloadField(
          new ContractFileField({ QStringLiteral("workloadEdit"), QStringLiteral("chooseWorkloadButton"),
                                  QStringLiteral("workloadStatusLabel") },
                                tr("Choose the encrypted workload section"),
                                tr("Workload files (*.yaml *.yml *.txt);;All files (*)"), this))
    , m_signCheckBox(new QCheckBox(tr("Sign the contract (envWorkloadSignature)"), this))
    , m_signingKeyField(
          new ContractFileField({ QStringLiteral("signingKeyEdit"), QStringLiteral("chooseSigningKeyButton"),
                                  QStringLiteral("signingKeyStatusLabel") },
                                tr("Choose the RSA private key that signs the contract"),
                                tr("PEM keys (*.pem *.key);;All files (*)"), this))
    , m_saveButton(
          new QPushButton(Icons::themed(QStringLiteral("document-save-as"), QStringLiteral("folder")),
                          tr("Save user-data.yaml…"), this))
    , m_saveHintLabel(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    m_message->setObjectName(QStringLiteral("contractMessageWidget"));
    m_message->hide();
    m_signCheckBox->setObjectName(QStringLiteral("signContractCheckBox"));
    m_signCheckBox->setToolTip(
        tr("Adds envWorkloadSignature, and the key's public half as signingKey, so the "
           "platform refuses a contract whose sections were swapped"));
    m_saveButton->setObjectName(QStringLiteral("saveUserDataButton"));
    m_saveButton->setToolTip(tr("Encrypt the env section to the platform's certificate and save it with the "
                                "workload section as user-data.yaml"));
    m_saveHintLabel->setObjectName(QStringLiteral("saveHintLabel"));
    m_saveHintLabel->setWordWrap(true);
    m_saveHintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_previewEdit->setObjectName(QStringLiteral("previewEdit"));
    m_previewEdit->setMinimumHeight(180);
    m_previewProblemLabel->setObjectName(QStringLiteral("previewProblemLabel"));
    m_previewProblemLabel->setWordWrap(true);
    m_previewProblemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewProblemLabel->hide();

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);

    const QString folder = workDir();
    m_certificateField->setStartFolder(folder);
    m_workloadField->setStartFolder(folder);
    m_signingKeyField->setStartFolder(folder);
    m_certificateField->setPlaceholderText(tr("The platform's encryption certificate (RSA, PEM)"));
    m_workloadField->setPlaceholderText(
        tr("The encrypted workload section from IBM (hyper-protect-basic.…)"));
    m_signingKeyField->setPlaceholderText(tr("An RSA private key (PEM, not encrypted)"));
    m_signingKeyField->setEnabled(false);

    auto* files = new QFormLayout;
    files->addRow(tr("E&ncryption certificate:"), m_certificateField);
    files->addRow(tr("&Workload section:"), m_workloadField);
    files->addRow(QString(), m_signCheckBox);
    files->addRow(tr("Signing &key:"), m_signingKeyField);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveHintLabel, 1);
    saveRow->addWidget(m_saveButton, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_form);
    layout->addWidget(makeSectionHeading(tr("Encryption and Workload"), this, 10, 4));
    layout->addLayout(files);
    layout->addWidget(makeSectionHeading(tr("Env Section Preview (before encryption)"), this, 10, 4));
    layout->addWidget(m_previewProblemLabel);
    layout->addWidget(m_previewEdit, 1);
    layout->addLayout(saveRow);

    connect(m_previewTimer, &QTimer::timeout, this, &ContractBuilder::updatePreview);
    connect(m_form, &ContractEnvForm::changed, this, &ContractBuilder::schedulePreview);
    connect(m_form, &ContractEnvForm::progressChanged, this, [this](const QString& text) {
        updateSaveState();
        Q_EMIT progressChanged(text);
    });
    connect(m_certificateField, &ContractFileField::pathChosen, this, &ContractBuilder::loadCertificate);
    connect(m_workloadField, &ContractFileField::pathChosen, this, &ContractBuilder::loadWorkload);
    connect(m_signingKeyField, &ContractFileField::pathChosen, this, &ContractBuilder::loadSigningKey);
    connect(m_signCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_signingKeyField->setEnabled(on);
        schedulePreview();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &ContractBuilder::saveUserData);
    updatePreview();
}

ContractBuilder::~ContractBuilder() = default;

bool ContractBuilder::isBusy() const
{
    return !m_busyText.isEmpty() || m_form->isBusy();
}

QString ContractBuilder::previewText() const
{
    return m_previewEdit->toPlainText();
}

QString ContractBuilder::workDir() const
{
    return m_session ? m_session->profile().workDir : QDir::homePath();
}

ContractEnv ContractBuilder::formEnv() const
{
    ContractEnv env = m_form->env();
    if (m_signCheckBox->isChecked() && m_signingKey)
        env.signingKeyPem = m_signingKeyPem;
    return env;
}

void ContractBuilder::schedulePreview()
{
    m_previewTimer->start();
    updateSaveState();
}

void ContractBuilder::updatePreview()
{
    m_previewTimer->stop();
    ContractEnv env = formEnv();
    QString problem;
    const Status checked = env.check();
    if (!checked) {
        problem = checked.error();
    } else {
        // The ingestion key and the volume seed stay hidden on screen (and in screenshots) until
        // the user shows them.
        if (!m_form->isKeyRevealed()) {
            if (!env.loggingIngestionKey.isEmpty())
                env.loggingIngestionKey = QString::fromLatin1(MaskedKey);
            env.volumeSeed = QString::fromLatin1(MaskedKey);
        }
        Result<QByteArray> yaml = env.toYaml();
        if (yaml) {
            m_previewEdit->setPlainText(QString::fromUtf8(yaml.value()));
            yaml.value().fill('\0');
        } else {
            problem = yaml.error();
        }
    }
    if (!problem.isEmpty())
        m_previewEdit->clear();
    m_previewProblemLabel->setText(problem);
    m_previewProblemLabel->setVisible(!problem.isEmpty());
    updateSaveState();
}

void ContractBuilder::updateSaveState()
{
    const Status envChecked = formEnv().check();
    const bool signing = m_signCheckBox->isChecked();
    bool ready = false;
    QString hint;
    if (!m_busyText.isEmpty())
        hint = m_busyText;
    else if (m_form->isBusy())
        hint = tr("Wait until the instance env values are filled in.");
    else if (!envChecked)
        hint = tr("Complete the env section first: the preview above says what is missing.");
    else if (m_certificateField->state() == State::Checking)
        hint = tr("Checking the encryption certificate…");
    else if (m_certificateField->state() == State::Refused)
        hint = tr("The encryption certificate was refused (see above); choose the platform's certificate.");
    else if (!m_certificate)
        hint = tr("Choose the platform's encryption certificate.");
    else if (m_workloadField->state() == State::Checking)
        hint = tr("Reading the workload section…");
    else if (m_workloadField->state() == State::Refused)
        hint = tr("The workload section was refused (see above); choose the encrypted workload file.");
    else if (m_workload.isEmpty())
        hint = tr("Choose the encrypted workload section.");
    else if (signing && m_signingKeyField->state() == State::Checking)
        hint = tr("Reading the signing key…");
    else if (signing && m_signingKeyField->state() == State::Refused)
        hint = tr("The signing key was refused (see above); choose an RSA private key or turn signing off.");
    else if (signing && !m_signingKey)
        hint = tr("Choose the signing key, or turn signing off.");
    else
        ready = true;
    if (ready)
        hint = signing
            ? tr("Ready: the env section is encrypted to %1 and the contract is signed when you save.")
                  .arg(m_certificate->subject())
            : tr("Ready: the env section is encrypted to %1 when you save.").arg(m_certificate->subject());
    m_saveButton->setEnabled(ready);
    m_saveHintLabel->setText(hint);
}

void ContractBuilder::loadCertificate(const QString& path)
{
    m_certificate.reset();
    const int token = ++m_certificateToken;
    if (path.isEmpty()) {
        m_certificateField->setStatus(State::Empty, QString());
        updateSaveState();
        return;
    }
    m_certificateField->setStatus(State::Checking, tr("Checking the certificate…"));
    updateSaveState();
    whenDone(this, QtConcurrent::run([path] { return EncryptionCertificate::load(path); }),
             [this, token](const Result<EncryptionCertificate>& certificate) {
                 if (token != m_certificateToken)
                     return;
                 if (certificate) {
                     m_certificate = certificate.value();
                     m_certificateField->setStatus(State::Accepted, certificate->summary());
                 } else {
                     m_certificateField->setStatus(State::Refused, certificate.error());
                 }
                 updateSaveState();
             });
}

void ContractBuilder::loadWorkload(const QString& path)
{
    m_workload.clear();
    const int token = ++m_workloadToken;
    if (path.isEmpty()) {
        m_workloadField->setStatus(State::Empty, QString());
        updateSaveState();
        return;
    }
    m_workloadField->setStatus(State::Checking, tr("Reading the workload section…"));
    updateSaveState();
    whenDone(this, QtConcurrent::run(readWorkloadFile, path), [this, token](const Result<QString>& workload) {
        if (token != m_workloadToken)
            return;
        if (workload) {
            m_workload = workload.value();
            m_workloadField->setStatus(
                State::Accepted,
                tr("An encrypted workload section (hyper-protect-basic, %n characters).", nullptr,
                   int(m_workload.size())));
        } else {
            m_workloadField->setStatus(State::Refused, workload.error());
        }
        updateSaveState();
    });
}

void ContractBuilder::loadSigningKey(const QString& path)
{
    m_signingKey.reset();
    m_signingKeyPem.clear();
    const int token = ++m_signingKeyToken;
    schedulePreview();
    if (path.isEmpty()) {
        m_signingKeyField->setStatus(State::Empty, QString());
        return;
    }
    m_signingKeyField->setStatus(State::Checking, tr("Reading the key…"));
    whenDone(this, QtConcurrent::run(readSigningKey, path), [this, token](const Result<SigningKey>& key) {
        if (token != m_signingKeyToken)
            return;
        if (key) {
            m_signingKey = key->key;
            m_signingKeyPem = key->publicKeyPem;
            m_signingKeyField->setStatus(State::Accepted, key->description);
        } else {
            m_signingKeyField->setStatus(State::Refused, key.error());
        }
        schedulePreview();
    });
}

void ContractBuilder::saveUserData()
{
    if (isBusy())
        return;
    const ContractEnv env = formEnv();
    const Status checked = env.check();
    if (!checked) {
        m_message->showMessage(checked.error(), MessageWidget::Type::Error);
        return;
    }
    const bool signing = m_signCheckBox->isChecked();
    if (!m_certificate || m_workload.isEmpty() || (signing && !m_signingKey))
        return;
    setBusy(signing ? tr("Encrypting and signing the contract…") : tr("Encrypting the env section…"));
    const std::optional<pki::PrivateKey> key = signing ? m_signingKey : std::nullopt;
    whenDone(
        this,
        QtConcurrent::run(makeUserData, env, *m_certificate, m_certificateField->path(), m_workload, key),
        [this](const Result<QByteArray>& userData) {
            setBusy(QString());
            if (!userData) {
                m_message->showMessage(tr("Nothing was saved: %1").arg(userData.error()),
                                       MessageWidget::Type::Error);
                updateSaveState();
                return;
            }
            writeUserData(userData.value());
        });
}

void ContractBuilder::writeUserData(const QByteArray& bytes)
{
    const QString suggested = QDir(workDir()).filePath(QStringLiteral("user-data.yaml"));
    const QString target = Prompts::saveFileName(this, tr("Save user-data.yaml"), suggested,
                                                 tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (target.isEmpty())
        return;
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_message->showMessage(tr("Nothing was saved: %1 cannot be written (%2); choose another folder.")
                                   .arg(QDir::toNativeSeparators(target), file.errorString()),
                               MessageWidget::Type::Error);
        return;
    }
    const bool signedContract = bytes.contains("envWorkloadSignature");
    m_message->showMessage(
        signedContract
            ? tr("Saved the signed contract to %1: the workload section and the env section encrypted to "
                 "the platform's certificate, with envWorkloadSignature.")
                  .arg(QDir::toNativeSeparators(target))
            : tr("Saved the contract to %1: the workload section and the env section encrypted to the "
                 "platform's certificate.")
                  .arg(QDir::toNativeSeparators(target)),
        MessageWidget::Type::Positive);
}

void ContractBuilder::setBusy(const QString& text)
{
    m_busyText = text;
    updateSaveState();
    Q_EMIT progressChanged(text);
}

} // namespace sbs::gui
