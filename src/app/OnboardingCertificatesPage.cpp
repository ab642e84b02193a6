#include "OnboardingCertificatesPage.h"

#include "ConfigFieldWidget.h"
#include "Icons.h"
#include "MessageWidget.h"
#include "OnboardingContext.h"
#include "OnboardingPageId.h"
#include "models/ConfigFieldModel.h"
#include "pki/CertificateManager.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace sbs::gui {

namespace {

const pki::KeyType DefaultKeyType = pki::KeyType::Rsa2048;

int indentOf(const QWidget* widget)
{
    const QStyle* style = widget->style();
    return style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, widget)
        + style->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, widget);
}

QLabel* descriptionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(indentOf(parent), 0, 0, 0);
    return label;
}

} // namespace

OnboardingCertificatesPage::OnboardingCertificatesPage(OnboardingContext* context, QWidget* parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_message(new MessageWidget(this))
{
    setObjectName(QStringLiteral("certificatesPage"));
    setTitle(tr("Certificates"));
    setSubTitle(tr("The client certificate proves to the server who you are; the server certificate proves "
                   "the server to you. One CA signs both."));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    m_message->setObjectName(QStringLiteral("certificatesMessageWidget"));
    m_message->hide();
    layout->addWidget(m_message);

    m_newCaRadio = new QRadioButton(tr("Create a new CA for this server (recommended)"), this);
    m_newCaRadio->setObjectName(QStringLiteral("newCaRadioButton"));
    layout->addWidget(m_newCaRadio);
    layout->addWidget(descriptionLabel(tr("The CA, the client certificate and the server certificate are "
                                          "made in the configuration's folder."),
                                       this));
    layout->addSpacing(4);
    m_ownCaRadio = new QRadioButton(tr("Use my own CA"), this);
    m_ownCaRadio->setObjectName(QStringLiteral("ownCaRadioButton"));
    layout->addWidget(m_ownCaRadio);
    layout->addWidget(
        descriptionLabel(tr("Your CA certificate (CAPATH) and its private key (CAKEYPATH) issue the client "
                            "and server certificates."),
                         this));
    m_ownCaBox = new QWidget(this);
    m_ownCaBox->setObjectName(QStringLiteral("ownCaWidget"));
    m_ownCaGrid = new QGridLayout(m_ownCaBox);
    m_ownCaGrid->setContentsMargins(indentOf(this), 4, 0, 0);
    m_ownCaGrid->setHorizontalSpacing(18);
    m_ownCaGrid->setVerticalSpacing(8);
    m_ownCaGrid->setColumnStretch(1, 1);
    layout->addWidget(m_ownCaBox);
    layout->addSpacing(8);

    auto* files = new QGroupBox(tr("Files of this profile"), this);
    files->setObjectName(QStringLiteral("certificateFilesGroupBox"));
    auto* grid = new QGridLayout(files);
    grid->setColumnStretch(2, 1);
    grid->setVerticalSpacing(6);
    auto addRow = [&](int row, const QString& name, const QString& title, QLabel** icon, QLabel** text) {
        *icon = new QLabel(files);
        (*icon)->setFixedSize(16, 16);
        auto* label = new QLabel(title, files);
        *text = new QLabel(files);
        (*text)->setObjectName(name);
        (*text)->setWordWrap(true);
        (*text)->setTextFormat(Qt::PlainText);
        (*text)->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(*icon, row, 0, Qt::AlignTop);
        grid->addWidget(label, row, 1, Qt::AlignTop);
        grid->addWidget(*text, row, 2);
    };
    addRow(0, QStringLiteral("caStatusLabel"), tr("CA certificate:"), &m_caIcon, &m_caStatus);
    addRow(1, QStringLiteral("clientCertificateStatusLabel"), tr("Client certificate:"), &m_clientIcon,
           &m_clientStatus);
    addRow(2, QStringLiteral("serverCertificateStatusLabel"), tr("Server certificate:"), &m_serverIcon,
           &m_serverStatus);
    layout->addWidget(files);

    m_replaceServerCheck
        = new QCheckBox(tr("Replace a server certificate made for another host name (the old files are "
                           "backed up)"),
                        this);
    m_replaceServerCheck->setObjectName(QStringLiteral("replaceServerCertificateCheckBox"));
    layout->addWidget(m_replaceServerCheck);

    auto* actions = new QHBoxLayout;
    m_createButton
        = new QPushButton(Icons::bundled(QStringLiteral("certificate")), tr("Create Certificates"), this);
    m_createButton->setObjectName(QStringLiteral("createCertificatesButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("certificatesProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    actions->addWidget(m_createButton);
    actions->addWidget(m_progress);
    actions->addStretch(1);
    layout->addLayout(actions);
    layout->addStretch(1);

    connect(m_ownCaRadio, &QRadioButton::toggled, this, &OnboardingCertificatesPage::onModeToggled);
    connect(m_createButton, &QPushButton::clicked, this, &OnboardingCertificatesPage::createCertificates);
    connect(&m_clientWatcher, &ReportWatcher::finished, this, &OnboardingCertificatesPage::onClientDone);
    connect(&m_serverWatcher, &ReportWatcher::finished, this, &OnboardingCertificatesPage::onServerDone);
    m_newCaRadio->setChecked(true);
}

OnboardingCertificatesPage::~OnboardingCertificatesPage()
{
    // The workers write files: let them finish rather than leave half a set behind.
    m_clientWatcher.waitForFinished();
    m_serverWatcher.waitForFinished();
}

void OnboardingCertificatesPage::initializePage()
{
    buildCaFields();
    const config::ConfigDocument& doc = m_context->model()->document();
    const bool ownCa = !doc.string(QStringLiteral("CAPATH")).trimmed().isEmpty()
        || !doc.string(QStringLiteral("CAKEYPATH")).trimmed().isEmpty();
    {
        const QSignalBlocker blocker(m_ownCaRadio);
        (ownCa ? m_ownCaRadio : m_newCaRadio)->setChecked(true);
    }
    m_ownCaBox->setVisible(ownCa);
    m_message->hideMessage();
    refreshStatus();
}

void OnboardingCertificatesPage::buildCaFields()
{
    qDeleteAll(m_caFields);
    m_caFields.clear();
    int row = 0;
    for (const QString& key : { QStringLiteral("CAPATH"), QStringLiteral("CAKEYPATH") }) {
        auto* field = new ConfigFieldWidget(m_context->model(), key, m_ownCaBox);
        m_ownCaGrid->addWidget(field->label(), row, 0, Qt::AlignTop | Qt::AlignLeft);
        m_ownCaGrid->addWidget(field, row, 1);
        m_caFields << field;
        ++row;
    }
}

void OnboardingCertificatesPage::onModeToggled()
{
    const bool ownCa = m_ownCaRadio->isChecked();
    m_ownCaBox->setVisible(ownCa);
    if (!ownCa) {
        // Back to the default layout: the CA is the one made next to the configuration.
        m_context->model()->setValueText(QStringLiteral("CAPATH"), QString());
        m_context->model()->setValueText(QStringLiteral("CAKEYPATH"), QString());
    } else if (!m_caFields.isEmpty()) {
        m_caFields.constFirst()->focusEditor();
    }
    m_message->hideMessage();
    refreshStatus();
}

void OnboardingCertificatesPage::setStatus(QLabel* icon, QLabel* text, bool present,
                                           const QString& description)
{
    icon->setPixmap(
        Icons::bundled(present ? QStringLiteral("positive") : QStringLiteral("info")).pixmap(16, 16));
    text->setText(description);
}

void OnboardingCertificatesPage::refreshStatus()
{
    const Result<pki::CertificateLayout> layout = m_context->layout();
    const QString hostname = m_context->model()->document().string(QStringLiteral("HOSTNAME")).trimmed();
    if (!layout) {
        // A configuration without UUID has no default file names yet: they come with the CA.
        const QString notYet = tr("not created yet");
        setStatus(m_caIcon, m_caStatus, false, notYet);
        setStatus(m_clientIcon, m_clientStatus, false, notYet);
        setStatus(m_serverIcon, m_serverStatus, false, notYet);
        m_clientReady = false;
        Q_EMIT completeChanged();
        return;
    }
    const bool ca = QFileInfo::exists(layout->caCertPath());
    const bool client = QFileInfo::exists(layout->clientCrtKeyPath());
    const bool server = QFileInfo::exists(layout->serverCertPath());
    const bool ownCa = layout->mode() == pki::CertificateLayout::Mode::OwnCa;
    setStatus(m_caIcon, m_caStatus, ca,
              ca ? m_context->displayPath(layout->caCertPath())
                 : (ownCa ? tr("%1 does not exist: choose your CA certificate in CAPATH.")
                                .arg(m_context->displayPath(layout->caCertPath()))
                          : tr("not created yet")));
    setStatus(m_clientIcon, m_clientStatus, client,
              client ? m_context->displayPath(layout->clientCrtKeyPath()) : tr("not created yet"));
    setStatus(m_serverIcon, m_serverStatus, server,
              server ? m_context->displayPath(layout->serverCertPath())
                     : (hostname.isEmpty() ? tr("not created yet; set HOSTNAME first")
                                           : tr("not created yet (for %1)").arg(hostname)));
    m_clientReady = ca && client;
    Q_EMIT completeChanged();
}

void OnboardingCertificatesPage::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_createButton->setEnabled(!busy);
    m_newCaRadio->setEnabled(!busy);
    m_ownCaRadio->setEnabled(!busy);
    m_ownCaBox->setEnabled(!busy);
    m_replaceServerCheck->setEnabled(!busy);
    Q_EMIT completeChanged();
}

void OnboardingCertificatesPage::createCertificates()
{
    if (m_busy)
        return;
    m_message->hideMessage();
    m_reportMessages.clear();
    // UUID and SECRET name the files and protect the state: the configuration gets them first,
    // as sbsctl create-client-cert does.
    const Status saved = m_context->completeAndSave();
    if (!saved) {
        finish(saved.error());
        return;
    }
    const Result<pki::CertificateLayout> layout = m_context->layout();
    if (!layout) {
        finish(layout.error());
        return;
    }
    refreshStatus();
    setBusy(true);
    const bool defaultLayout = layout->mode() == pki::CertificateLayout::Mode::Default;
    if (defaultLayout && m_clientReady) {
        // The CA and client certificate of this profile exist: keep them.
        m_reportMessages << tr("Kept the client CA and client certificate %1.")
                                .arg(m_context->displayPath(layout->clientCrtKeyPath()));
        startServerCertificate();
        return;
    }
    m_clientWatcher.setFuture(
        pki::CertificateManager(layout.value()).createClientCertificatesAsync(DefaultKeyType));
}

void OnboardingCertificatesPage::onClientDone()
{
    const Result<pki::CertificateReport> report = m_clientWatcher.result();
    if (!report) {
        finish(report.error());
        return;
    }
    m_reportMessages << report->messages;
    startServerCertificate();
}

void OnboardingCertificatesPage::startServerCertificate()
{
    const Result<pki::CertificateLayout> layout = m_context->layout();
    if (!layout) {
        finish(layout.error());
        return;
    }
    const QString hostname = m_context->model()->document().string(QStringLiteral("HOSTNAME")).trimmed();
    m_serverWatcher.setFuture(
        pki::CertificateManager(layout.value())
            .createServerCertificateAsync(hostname, DefaultKeyType, m_replaceServerCheck->isChecked()));
}

void OnboardingCertificatesPage::onServerDone()
{
    const Result<pki::CertificateReport> report = m_serverWatcher.result();
    if (!report) {
        finish(report.error());
        return;
    }
    m_reportMessages << report->messages;
    finish(QString());
}

void OnboardingCertificatesPage::finish(const QString& error)
{
    setBusy(false);
    refreshStatus();
    if (!error.isEmpty()) {
        m_message->showMessage(error, MessageWidget::Type::Error);
        return;
    }
    m_message->showMessage(m_reportMessages.join(QLatin1Char('\n')), MessageWidget::Type::Positive);
}

bool OnboardingCertificatesPage::isComplete() const
{
    return !m_busy && m_clientReady;
}

int OnboardingCertificatesPage::nextId() const
{
    return OnboardingEnvPageId;
}

} // namespace sbs::gui
