#include "OnboardingEnvPage.h"

#include "ConfigFieldWidget.h"
#include "MessageWidget.h"
#include "OnboardingContext.h"
#include "OnboardingPageId.h"
#include "Prompts.h"
#include "models/ConfigFieldModel.h"
#include "pki/OpenPgpEncryptor.h"
#include "pki/PemFile.h"
#include "util/NewFile.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sbs::gui {

namespace {

const QString KeyFileKey = QStringLiteral("HPVS_PUBLIC_KEY_FILE");

// On a worker thread: judges the platform's key as sbsctl instance-env does, then builds.
Result<contract::InstanceEnv> buildEnv(const pki::CertificateLayout& layout,
                                       const contract::InstanceEnv::Options& options)
{
    using R = Result<contract::InstanceEnv>;
    if (!options.plainServerKey && !options.pgpPublicKeyPath.isEmpty()) {
        const Result<QByteArray> key = pki::PemFile::read(
            options.pgpPublicKeyPath, OnboardingEnvPage::tr("OpenPGP public key (HPVS_PUBLIC_KEY_FILE)"));
        if (!key)
            return R::fail(key.error());
        switch (pki::OpenPgpEncryptor::classify(key.value())) {
        case pki::OpenPgpEncryptor::KeyDataKind::SecretKey:
            return R::fail(OnboardingEnvPage::tr("%1 is an OpenPGP secret key export; choose the platform's "
                                                 "public key instead (never hand out a secret key).")
                               .arg(QDir::toNativeSeparators(options.pgpPublicKeyPath)));
        case pki::OpenPgpEncryptor::KeyDataKind::NotOpenPgp:
            return R::fail(
                OnboardingEnvPage::tr("%1 is not an OpenPGP public key; choose the platform's public "
                                      "key file (armoured or binary).")
                    .arg(QDir::toNativeSeparators(options.pgpPublicKeyPath)));
        case pki::OpenPgpEncryptor::KeyDataKind::PublicKey:
            break;
        }
    }
    return contract::InstanceEnv::build(layout, options);
}

} // namespace

OnboardingEnvPage::OnboardingEnvPage(OnboardingContext* context, QWidget* parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_message(new MessageWidget(this))
    , m_keyBox(new QWidget(this))
    , m_keyGrid(new QGridLayout(m_keyBox))
    , m_plainCheck(new QCheckBox(this))
    , m_envEdit(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(tr("Copy"), this))
    , m_saveButton(new QPushButton(tr("Save…"), this))
    , m_progress(new QProgressBar(this))
    , m_buildTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("envPage"));
    setTitle(tr("Values for the server's contract"));
    setSubTitle(tr("The server needs these values in the env section of its contract to trust this profile. "
                   "You can skip this step and come back to it later."));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    m_message->setObjectName(QStringLiteral("envMessageWidget"));
    m_message->hide();
    layout->addWidget(m_message);

    m_keyBox->setObjectName(QStringLiteral("pgpKeyWidget"));
    m_keyGrid->setContentsMargins(0, 0, 0, 0);
    m_keyGrid->setHorizontalSpacing(18);
    m_keyGrid->setColumnStretch(1, 1);
    layout->addWidget(m_keyBox);

    m_plainCheck->setObjectName(QStringLiteral("plainServerKeyCheckBox"));
    m_plainCheck->setText(tr("For a local sbs-server: leave SERVER_KEY unencrypted (never in a contract)"));
    layout->addWidget(m_plainCheck);

    m_envEdit->setObjectName(QStringLiteral("instanceEnvTextEdit"));
    m_envEdit->setReadOnly(true);
    m_envEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_envEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_envEdit->setPlaceholderText(
        tr("Choose the platform's OpenPGP public key to see the values, or skip this "
           "step for a server you start yourself."));
    m_envEdit->setMinimumHeight(120);
    layout->addWidget(m_envEdit, 1);

    auto* actions = new QHBoxLayout;
    m_copyButton->setObjectName(QStringLiteral("copyEnvButton"));
    m_copyButton->setToolTip(tr("Copy the values to the clipboard"));
    m_saveButton->setObjectName(QStringLiteral("saveEnvButton"));
    m_saveButton->setToolTip(tr("Save the values to a new file"));
    m_progress->setObjectName(QStringLiteral("envProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    actions->addWidget(m_copyButton);
    actions->addWidget(m_saveButton);
    actions->addWidget(m_progress);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_copyButton->setEnabled(false);
    m_saveButton->setEnabled(false);

    m_buildTimer->setSingleShot(true);
    m_buildTimer->setInterval(300);
    connect(m_buildTimer, &QTimer::timeout, this, &OnboardingEnvPage::build);
    connect(m_plainCheck, &QCheckBox::toggled, this, [this](bool plain) {
        m_keyBox->setEnabled(!plain);
        scheduleBuild();
    });
    connect(m_context->model(), &models::ConfigFieldModel::documentChanged, this, [this] {
        if (isVisible())
            scheduleBuild();
    });
    connect(&m_watcher, &EnvWatcher::finished, this, &OnboardingEnvPage::onBuilt);
    connect(m_copyButton, &QPushButton::clicked, this, &OnboardingEnvPage::copy);
    connect(m_saveButton, &QPushButton::clicked, this, &OnboardingEnvPage::save);
}

OnboardingEnvPage::~OnboardingEnvPage()
{
    m_watcher.waitForFinished();
}

void OnboardingEnvPage::initializePage()
{
    buildKeyField();
    m_message->hideMessage();
    build();
}

void OnboardingEnvPage::buildKeyField()
{
    delete m_keyField;
    m_keyField = new ConfigFieldWidget(m_context->model(), KeyFileKey, m_keyBox);
    m_keyGrid->addWidget(m_keyField->label(), 0, 0, Qt::AlignTop | Qt::AlignLeft);
    m_keyGrid->addWidget(m_keyField, 0, 1);
}

bool OnboardingEnvPage::isBusy() const
{
    return m_watcher.isRunning();
}

void OnboardingEnvPage::scheduleBuild()
{
    m_buildTimer->start();
}

void OnboardingEnvPage::build()
{
    m_buildTimer->stop();
    if (m_watcher.isRunning()) {
        m_rebuildWhenDone = true;
        return;
    }
    m_message->hideMessage();
    const Result<pki::CertificateLayout> layout = m_context->layout();
    if (!layout) {
        setEnvText(QString(), QString());
        m_message->showMessage(layout.error(), MessageWidget::Type::Error);
        return;
    }
    contract::InstanceEnv::Options options;
    options.plainServerKey = m_plainCheck->isChecked();
    const models::Profile profile = m_context->profile();
    options.pgpPublicKeyPath
        = contract::InstanceEnv::pgpKeyPath(m_context->model()->document(), profile.workDir);
    if (!options.plainServerKey && options.pgpPublicKeyPath.isEmpty()) {
        setEnvText(QString(), QString()); // the placeholder says what to do
        return;
    }
    m_progress->show();
    m_watcher.setFuture(QtConcurrent::run(buildEnv, layout.value(), options));
}

void OnboardingEnvPage::onBuilt()
{
    m_progress->hide();
    if (m_rebuildWhenDone) {
        m_rebuildWhenDone = false;
        build();
        return;
    }
    const Result<contract::InstanceEnv> env = m_watcher.result();
    if (!env) {
        setEnvText(QString(), QString());
        m_message->showMessage(env.error(), MessageWidget::Type::Error);
        return;
    }
    const QString runtimeType = m_context->model()->document().string(QStringLiteral("RUNTIME_TYPE"));
    const QString full = env->format(runtimeType);
    QString shown = full;
    if (m_plainCheck->isChecked()) {
        // The unencrypted server key is a secret: copied and saved, never shown.
        const QString key = env->value(QStringLiteral("SERVER_KEY"));
        if (!key.isEmpty())
            shown.replace(key, tr("(hidden: the unencrypted server key; Copy and Save include it)"));
    }
    setEnvText(full, shown);
    QStringList notes = env->warnings();
    if (m_plainCheck->isChecked())
        notes.prepend(
            tr("SERVER_KEY is not encrypted: use these values only for a local sbs-server, never in a "
               "contract."));
    if (!notes.isEmpty())
        m_message->showMessage(notes.join(QLatin1Char('\n')), MessageWidget::Type::Warning);
}

void OnboardingEnvPage::setEnvText(const QString& full, const QString& shown)
{
    m_envText = full;
    m_envEdit->setPlainText(shown);
    m_copyButton->setEnabled(!full.isEmpty());
    m_saveButton->setEnabled(!full.isEmpty());
}

void OnboardingEnvPage::copy()
{
    if (m_envText.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_envText);
    m_message->showMessage(tr("Copied the values to the clipboard."), MessageWidget::Type::Information);
}

void OnboardingEnvPage::save()
{
    if (m_envText.isEmpty())
        return;
    const bool classic
        = m_context->model()->document().string(QStringLiteral("RUNTIME_TYPE")) == QLatin1String("classic");
    const QString suggested
        = QDir(m_context->profile().workDir)
              .filePath(classic ? QStringLiteral("instance-env.txt") : QStringLiteral("instance-env.yaml"));
    const QString path = Prompts::saveFileName(this, tr("Save Instance Env"), suggested,
                                               tr("YAML (*.yaml *.yml);;Text (*.txt);;All files (*)"),
                                               QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    // Owner-only: with an unencrypted SERVER_KEY the file holds a secret.
    const Result<util::NewFile::Outcome> written = util::NewFile::write(
        path, (m_envText + QLatin1Char('\n')).toUtf8(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!written) {
        m_message->showMessage(written.error(), MessageWidget::Type::Error);
        return;
    }
    m_message->showMessage(
        written.value() == util::NewFile::Outcome::Written
            ? tr("Saved the values as %1.").arg(QDir::toNativeSeparators(path))
            : tr("%1 holds these values already; it was left as it is.").arg(QDir::toNativeSeparators(path)),
        MessageWidget::Type::Positive);
}

bool OnboardingEnvPage::validatePage()
{
    // A key file chosen here belongs to the profile.
    const Status saved = m_context->completeAndSave();
    if (!saved) {
        m_message->showMessage(saved.error(), MessageWidget::Type::Error);
        return false;
    }
    return true;
}

int OnboardingEnvPage::nextId() const
{
    return OnboardingConnectionPageId;
}

} // namespace sbs::gui
