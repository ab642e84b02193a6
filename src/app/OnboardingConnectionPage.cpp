#include "OnboardingConnectionPage.h"

#include "Icons.h"
#include "OnboardingAdvice.h"
#include "OnboardingContext.h"
#include "models/ConfigFieldModel.h"

#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sbs::gui {

using api::ErrorKind;

namespace {

// The client's sentences start in lower case so that they can follow a prefix; shown on their
// own they start with a capital and end with a full stop.
QString asSentence(QString text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return text;
    text[0] = text.at(0).toUpper();
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!'))
        && !text.endsWith(QLatin1Char('?')))
        text += QLatin1Char('.');
    return text;
}

QLabel* valueLabel(const QString& name, QWidget* parent, bool wrap = true)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

OnboardingConnectionPage::OnboardingConnectionPage(OnboardingContext* context, QWidget* parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_serverLabel(valueLabel(QStringLiteral("serverAddressLabel"), this, false))
    , m_clientCertLabel(valueLabel(QStringLiteral("clientCertificateLabel"), this, false))
    , m_caLabel(valueLabel(QStringLiteral("caCertificateLabel"), this, false))
    , m_testButton(new QPushButton(tr("Test Connection"), this))
    , m_cancelButton(new QPushButton(tr("Cancel Test"), this))
    , m_progress(new QProgressBar(this))
    , m_resultFrame(new QFrame(this))
    , m_resultIcon(new QLabel(m_resultFrame))
    , m_headlineLabel(valueLabel(QStringLiteral("connectionHeadlineLabel"), m_resultFrame))
    , m_resultLabel(valueLabel(QStringLiteral("connectionResultLabel"), m_resultFrame))
    , m_helpLabel(valueLabel(QStringLiteral("connectionHelpLabel"), m_resultFrame))
    , m_detailsLabel(valueLabel(QStringLiteral("connectionDetailsLabel"), m_resultFrame))
{
    m_helpLabel->setTextFormat(Qt::RichText);
    setObjectName(QStringLiteral("connectionPage"));
    setTitle(tr("Test the connection"));
    setSubTitle(tr("Asks the server for its status over mutual TLS, with the certificates of this profile."));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Server:"), m_serverLabel);
    form->addRow(tr("Client certificate:"), m_clientCertLabel);
    form->addRow(tr("CA certificate:"), m_caLabel);
    layout->addLayout(form);

    auto* actions = new QHBoxLayout;
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setIcon(Icons::bundled(QStringLiteral("server")));
    m_cancelButton->setObjectName(QStringLiteral("cancelTestButton"));
    m_progress->setObjectName(QStringLiteral("connectionProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    actions->addWidget(m_testButton);
    actions->addWidget(m_progress);
    actions->addWidget(m_cancelButton);
    actions->addStretch(1);
    layout->addLayout(actions);

    m_resultFrame->setObjectName(QStringLiteral("connectionResultFrame"));
    m_resultFrame->setFrameShape(QFrame::StyledPanel);
    auto* resultRow = new QHBoxLayout(m_resultFrame);
    resultRow->setContentsMargins(12, 10, 12, 10);
    resultRow->setSpacing(10);
    m_resultIcon->setObjectName(QStringLiteral("connectionIconLabel"));
    m_resultIcon->setFixedSize(24, 24);
    resultRow->addWidget(m_resultIcon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(6);
    QFont bold = m_headlineLabel->font();
    bold.setBold(true);
    m_headlineLabel->setFont(bold);
    texts->addWidget(m_headlineLabel);
    texts->addWidget(m_resultLabel);
    texts->addWidget(m_helpLabel);
    texts->addWidget(m_detailsLabel);
    resultRow->addLayout(texts, 1);
    layout->addWidget(m_resultFrame);
    layout->addStretch(1);

    connect(m_testButton, &QPushButton::clicked, this, &OnboardingConnectionPage::testConnection);
    connect(m_cancelButton, &QPushButton::clicked, this, &OnboardingConnectionPage::cancelTest);
    setState(State::Idle);
}

// The client is a child: it goes with the page, and its handlers, whose context is the page,
// do not run any more.
OnboardingConnectionPage::~OnboardingConnectionPage() = default;

void OnboardingConnectionPage::initializePage()
{
    showEndpoint();
    testConnection();
}

void OnboardingConnectionPage::cleanupPage()
{
    cancelTest();
}

int OnboardingConnectionPage::nextId() const
{
    return -1;
}

void OnboardingConnectionPage::showEndpoint()
{
    const Result<pki::CertificateLayout> layout = m_context->layout();
    const config::ConfigDocument& doc = m_context->model()->document();
    if (!layout) {
        m_serverLabel->setText(doc.string(QStringLiteral("HOSTNAME")));
        m_clientCertLabel->clear();
        m_caLabel->clear();
        return;
    }
    const Result<api::Endpoint> endpoint = api::Endpoint::fromConfig(doc, layout.value());
    m_serverLabel->setText(endpoint ? endpoint->baseUrl() : doc.string(QStringLiteral("HOSTNAME")));
    m_clientCertLabel->setText(m_context->displayPath(layout->clientCrtKeyPath()));
    m_clientCertLabel->setToolTip(QDir::toNativeSeparators(layout->clientCrtKeyPath()));
    m_caLabel->setText(m_context->displayPath(layout->caCertPath()));
    m_caLabel->setToolTip(QDir::toNativeSeparators(layout->caCertPath()));
}

void OnboardingConnectionPage::testConnection()
{
    if (m_state == State::Testing)
        return;
    showEndpoint();
    const config::ConfigDocument& doc = m_context->model()->document();
    const QString host = doc.string(QStringLiteral("HOSTNAME")).trimmed();
    const Result<pki::CertificateLayout> layout = m_context->layout();
    if (!layout) {
        showFailure(ErrorKind::Local, layout.error(), host, 0);
        return;
    }
    const Result<api::Endpoint> endpoint = api::Endpoint::fromConfig(doc, layout.value());
    if (!endpoint) {
        showFailure(ErrorKind::Local, endpoint.error(), host, 0);
        return;
    }
    // A new client each time: no connection or TLS session of an earlier try is reused.
    if (m_client)
        m_client->deleteLater();
    m_client = new api::SbsClient(this);
    m_client->setTimeoutScale(m_timeoutScale);
    m_client->setSecrets(api::SbsClient::secretsOf(doc));
    const Status ready = m_client->setEndpoint(endpoint.value());
    if (!ready) {
        showFailure(ErrorKind::Local, ready.error(), endpoint->host, endpoint->port);
        return;
    }
    setState(State::Testing);
    m_headlineLabel->setText(tr("Testing…"));
    m_resultLabel->setText(tr("Asking %1 for its status.").arg(endpoint->baseUrl()));
    m_helpLabel->clear();
    m_helpLabel->hide();
    m_detailsLabel->hide();
    m_call = m_client->status(this, [this](const api::Reply<api::ServerStatus>& reply) { onReply(reply); });
}

void OnboardingConnectionPage::cancelTest()
{
    if (m_call)
        m_call->cancel();
}

void OnboardingConnectionPage::onReply(const api::Reply<api::ServerStatus>& reply)
{
    m_call = nullptr;
    const api::Endpoint endpoint = m_client ? m_client->endpoint() : api::Endpoint();
    if (reply.isOk()) {
        m_lastKind = ErrorKind::None;
        const api::ServerStatus& status = reply.result.value();
        const QString build
            = status.phase() == api::ServerStatus::Phase::NotInitialized ? tr("no build yet") : status.status;
        m_headlineLabel->setText(OnboardingAdvice::headline(ErrorKind::None));
        m_resultLabel->setText(tr("%1 answers with this profile's certificates.").arg(endpoint.baseUrl()));
        QStringList details { tr("Build status: %1").arg(build) };
        if (!status.buildName.isEmpty())
            details << tr("Last build: %1").arg(status.buildName);
        if (!status.imageTag.isEmpty())
            details << tr("Image tag: %1").arg(status.imageTag);
        m_detailsLabel->setText(details.join(QLatin1Char('\n')));
        m_detailsLabel->show();
        m_helpLabel->clear();
        m_helpLabel->hide();
        setState(State::Succeeded);
        return;
    }
    if (reply.kind == ErrorKind::Cancelled) {
        m_lastKind = ErrorKind::Cancelled;
        m_headlineLabel->setText(OnboardingAdvice::headline(ErrorKind::Cancelled));
        m_resultLabel->setText(tr("The test was cancelled. Press Test Connection to try again."));
        m_helpLabel->clear();
        m_helpLabel->hide();
        m_detailsLabel->hide();
        setState(State::Cancelled);
        return;
    }
    showFailure(reply.kind, reply.error(), endpoint.host, endpoint.port);
}

void OnboardingConnectionPage::showFailure(ErrorKind kind, const QString& sentence, const QString& host,
                                           quint16 port)
{
    m_lastKind = kind;
    m_headlineLabel->setText(OnboardingAdvice::headline(kind));
    m_resultLabel->setText(asSentence(sentence));
    const QString fix = OnboardingAdvice::howToFix(kind, host, port);
    m_helpLabel->setText(
        fix.isEmpty()
            ? QString()
            : QStringLiteral("<b>%1</b> %2").arg(tr("How to fix:").toHtmlEscaped(), fix.toHtmlEscaped()));
    m_helpLabel->setVisible(!fix.isEmpty());
    m_detailsLabel->hide();
    setState(State::Failed);
}

void OnboardingConnectionPage::setState(State state)
{
    m_state = state;
    const bool testing = state == State::Testing;
    m_testButton->setEnabled(!testing);
    m_cancelButton->setVisible(testing);
    m_progress->setVisible(testing);
    m_resultFrame->setVisible(state != State::Idle);

    QString stateName;
    QString iconName;
    QColor accent;
    switch (state) {
    case State::Idle:
    case State::Testing:
        stateName = state == State::Idle ? QStringLiteral("idle") : QStringLiteral("testing");
        iconName = QStringLiteral("info");
        accent = QColor(0x1e, 0x73, 0xbe);
        break;
    case State::Succeeded:
        stateName = QStringLiteral("succeeded");
        iconName = QStringLiteral("positive");
        accent = QColor(0x2e, 0x7d, 0x32);
        break;
    case State::Failed:
        stateName = QStringLiteral("failed");
        iconName = QStringLiteral("error");
        accent = QColor(0xd3, 0x2f, 0x2f);
        break;
    case State::Cancelled:
        stateName = QStringLiteral("cancelled");
        iconName = QStringLiteral("warning");
        accent = QColor(0xe0, 0x8a, 0x00);
        break;
    }
    m_resultLabel->setProperty("state", stateName);
    m_resultIcon->setPixmap(Icons::bundled(iconName).pixmap(24, 24));
    const QColor base = palette().color(QPalette::Base);
    const QColor background = QColor::fromRgbF(float(accent.redF() * 0.12 + base.redF() * 0.88),
                                               float(accent.greenF() * 0.12 + base.greenF() * 0.88),
                                               float(accent.blueF() * 0.12 + base.blueF() * 0.88));
    m_resultFrame->setStyleSheet(
        QStringLiteral(
            "QFrame#connectionResultFrame { background: %1; border: 1px solid %2; border-radius: 4px; }")
            .arg(background.name(), accent.name()));
    Q_EMIT stateChanged(state);
}

} // namespace sbs::gui
