#include "OnboardingStartPage.h"

#include "Icons.h"
#include "MessageWidget.h"
#include "OnboardingContext.h"
#include "OnboardingPageId.h"
#include "Prompts.h"
#include "models/ConfigFieldModel.h"
#include "util/LocalServer.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace sbs::gui {

namespace {

// How far the text under a radio button is indented so that it lines up with the button's text.
int indentOf(const QWidget* widget)
{
    const QStyle* style = widget->style();
    return style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, widget)
        + style->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, widget);
}

} // namespace

OnboardingStartPage::OnboardingStartPage(OnboardingContext* context, QWidget* parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_message(new MessageWidget(this))
    , m_choices(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("startPage"));
    setTitle(tr("Welcome to SBS Desktop"));
    setSubTitle(tr("Connect to a Secure Build Server. How do you want to begin?"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(18);
    m_message->setObjectName(QStringLiteral("startMessageWidget"));
    m_message->hide();
    layout->addWidget(m_message);

    m_newRadio = addChoice(QStringLiteral("newConfigRadioButton"), QStringLiteral("add"),
                           tr("Create a new configuration"),
                           tr("Fill in the essential settings, create the certificates and get the values "
                              "for the server's contract."));

    auto* fileRow = new QHBoxLayout;
    m_existingEdit = new QLineEdit(this);
    m_existingEdit->setObjectName(QStringLiteral("existingConfigEdit"));
    m_existingEdit->setPlaceholderText(tr("Path of sbs-config.json"));
    m_existingEdit->setClearButtonEnabled(true);
    m_browseButton = new QPushButton(Icons::themed(QStringLiteral("document-open"), QStringLiteral("folder")),
                                     tr("Browse…"), this);
    m_browseButton->setObjectName(QStringLiteral("browseExistingConfigButton"));
    fileRow->addWidget(m_existingEdit, 1);
    fileRow->addWidget(m_browseButton);
    m_existingRadio = addChoice(
        QStringLiteral("existingConfigRadioButton"), QStringLiteral("json"),
        tr("Use an existing configuration"),
        tr("An sbs-config.json you have already. Its certificate files are in its folder."), fileRow);

    m_localServerNote = new QLabel(
        tr("Not available: the script that sets up the local server (scripts/demo.sh) is not installed."),
        this);
    m_localServerNote->setObjectName(QStringLiteral("localServerNoteLabel"));
    m_localServerNote->setWordWrap(true);
    auto* noteRow = new QVBoxLayout;
    noteRow->addWidget(m_localServerNote);
    m_localServerRadio = addChoice(
        QStringLiteral("localServerRadioButton"), QStringLiteral("server"), tr("Start a local server"),
        tr("Try everything on this computer, without a cloud account: a registry, a git server with a "
           "sample application, the certificates and sbs-server on 127.0.0.1:%1. The first start takes "
           "about a minute.")
            .arg(util::LocalServer::DefaultPort),
        noteRow);
    layout->addStretch(1);
    auto* hint
        = new QLabel(tr("Each server is a profile: one sbs-config.json with its certificate files in the "
                        "same folder. You can add more servers later."),
                     this);
    hint->setObjectName(QStringLiteral("startHintLabel"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    const bool localServerAvailable = !util::LocalServer::findScript().isEmpty();
    m_localServerRadio->setEnabled(localServerAvailable);
    m_localServerNote->setVisible(!localServerAvailable);
    m_newRadio->setChecked(true);

    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateState();
    });
    connect(m_existingEdit, &QLineEdit::textChanged, this, [this] {
        m_message->hideMessage();
        Q_EMIT completeChanged();
    });
    connect(m_existingEdit, &QLineEdit::returnPressed, this, [this] {
        if (isComplete() && wizard())
            wizard()->next();
    });
    connect(m_browseButton, &QPushButton::clicked, this, &OnboardingStartPage::browse);
    updateState();
}

OnboardingStartPage::~OnboardingStartPage() = default;

QRadioButton* OnboardingStartPage::addChoice(const QString& name, const QString& iconName,
                                             const QString& title, const QString& description, QLayout* extra)
{
    auto* row = new QHBoxLayout;
    row->setSpacing(12);
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::bundled(iconName).pixmap(32, 32));
    icon->setFixedSize(32, 32);
    row->addWidget(icon, 0, Qt::AlignTop);

    auto* column = new QVBoxLayout;
    column->setSpacing(3);
    auto* radio = new QRadioButton(title, this);
    radio->setObjectName(name);
    QFont bold = radio->font();
    bold.setBold(true);
    radio->setFont(bold);
    m_choices->addButton(radio, m_choices->buttons().size());
    column->addWidget(radio);
    auto* label = new QLabel(description, this);
    label->setObjectName(name.chopped(int(qstrlen("RadioButton"))) + QStringLiteral("DescriptionLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(indentOf(this), 0, 0, 0);
    column->addWidget(label);
    if (extra) {
        extra->setContentsMargins(indentOf(this), 4, 0, 0);
        column->addLayout(extra);
    }
    row->addLayout(column, 1);
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
    return radio;
}

void OnboardingStartPage::updateState()
{
    const bool existing = m_existingRadio->isChecked();
    m_existingEdit->setEnabled(existing);
    m_browseButton->setEnabled(existing);
    m_message->hideMessage();
    if (existing && m_existingEdit->text().isEmpty())
        m_existingEdit->setFocus(Qt::OtherFocusReason);
    Q_EMIT completeChanged();
}

void OnboardingStartPage::browse()
{
    const QString current = m_existingEdit->text().trimmed();
    const QString start = current.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(current).absolutePath();
    const QString chosen = Prompts::openFileName(this, tr("Open Configuration"), start,
                                                 tr("SBS configuration (*.json);;All files (*)"));
    if (!chosen.isEmpty())
        m_existingEdit->setText(QDir::toNativeSeparators(chosen));
}

bool OnboardingStartPage::isComplete() const
{
    if (m_existingRadio->isChecked())
        return !m_existingEdit->text().trimmed().isEmpty();
    return true;
}

bool OnboardingStartPage::validatePage()
{
    models::ConfigFieldModel* model = m_context->model();
    m_message->hideMessage();
    if (m_localServerRadio->isChecked()) {
        m_context->setStart(OnboardingContext::Start::LocalServer);
        return true;
    }
    if (m_newRadio->isChecked()) {
        m_context->setStart(OnboardingContext::Start::New);
        if (m_context->modelSource() == OnboardingContext::Start::New)
            return true; // keep what was typed before going back
        const Status made = model->newFromTemplate();
        if (!made) {
            m_message->showMessage(made.error(), MessageWidget::Type::Error);
            return false;
        }
        m_context->setModelSource(OnboardingContext::Start::New);
        return true;
    }
    m_context->setStart(OnboardingContext::Start::Existing);
    const QString path
        = QFileInfo(QDir::fromNativeSeparators(m_existingEdit->text().trimmed())).absoluteFilePath();
    if (!QFileInfo(path).isFile()) {
        m_message->showMessage(tr("%1 does not exist: choose an existing sbs-config.json, or create a new "
                                  "configuration.")
                                   .arg(QDir::toNativeSeparators(path)),
                               MessageWidget::Type::Error);
        return false;
    }
    if (m_context->modelSource() == OnboardingContext::Start::Existing && path == m_loadedPath
        && model->filePath() == path)
        return true; // keep what was changed on the later pages
    const Status loaded = model->loadFile(path);
    if (!loaded) {
        m_message->showMessage(loaded.error(), MessageWidget::Type::Error);
        return false;
    }
    m_loadedPath = path;
    m_context->setModelSource(OnboardingContext::Start::Existing);
    return true;
}

int OnboardingStartPage::nextId() const
{
    if (m_localServerRadio->isChecked())
        return OnboardingLocalServerPageId;
    if (m_existingRadio->isChecked())
        return OnboardingCertificatesPageId;
    return OnboardingConfigPageId;
}

} // namespace sbs::gui
