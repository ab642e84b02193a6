#include "OnboardingConfigPage.h"

#include "ConfigFieldWidget.h"
#include "MessageWidget.h"
#include "OnboardingContext.h"
#include "OnboardingPageId.h"
#include "Prompts.h"
#include "SectionHeading.h"
#include "config/ConfigValidator.h"
#include "models/ConfigFieldModel.h"

#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sbs::gui {

using models::ConfigFieldModel;

namespace {

// The keys without which neither the certificates nor the connection test can be made.
bool isBlocking(const QString& key)
{
    return key == QLatin1String("HOSTNAME") || key == QLatin1String("CICD_PORT");
}

} // namespace

OnboardingConfigPage::OnboardingConfigPage(OnboardingContext* context, QWidget* parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_message(new MessageWidget(this))
    , m_scrollArea(new QScrollArea(this))
    , m_pathLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("configPage"));
    setTitle(tr("Server and build settings"));
    setSubTitle(tr("The essential settings of the new configuration. Every other setting is in the "
                   "configuration editor later."));

    auto* layout = new QVBoxLayout(this);
    m_message->setObjectName(QStringLiteral("configMessageWidget"));
    m_message->hide();
    layout->addWidget(m_message);
    m_scrollArea->setObjectName(QStringLiteral("configScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scrollArea, 1);
    m_pathLabel->setObjectName(QStringLiteral("configPathLabel"));
    m_pathLabel->setWordWrap(true);
    m_pathLabel->setTextFormat(Qt::PlainText);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_pathLabel);
}

OnboardingConfigPage::~OnboardingConfigPage() = default;

QStringList OnboardingConfigPage::essentialKeys()
{
    return { QStringLiteral("HOSTNAME"),        QStringLiteral("CICD_PORT"),
             QStringLiteral("RUNTIME_TYPE"),    QStringLiteral("IMAGE_TAG"),
             QStringLiteral("GITHUB_URL"),      QStringLiteral("GITHUB_BRANCH"),
             QStringLiteral("GITHUB_KEY_FILE"), QStringLiteral("DOCKER_PUSH_SERVER"),
             QStringLiteral("DOCKER_REPO"),     QStringLiteral("DOCKER_USER"),
             QStringLiteral("DOCKER_PASSWORD") };
}

void OnboardingConfigPage::initializePage()
{
    // The field widgets read the model's rows when they are made: make them for the document
    // that is in the model now.
    buildForm();
    m_message->hideMessage();
    updatePathLabel();
    if (ConfigFieldWidget* first = fieldWidget(QStringLiteral("HOSTNAME")))
        first->focusEditor();
}

void OnboardingConfigPage::buildForm()
{
    ConfigFieldModel* model = m_context->model();
    m_fields.clear();
    m_form = new QWidget;
    m_form->setObjectName(QStringLiteral("configForm"));
    m_grid = new QGridLayout(m_form);
    m_grid->setContentsMargins(0, 0, 12, 0);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(10);
    m_grid->setColumnStretch(1, 1);

    int row = 0;
    QString lastGroup;
    for (const QString& key : essentialKeys()) {
        const QString group = model->groupOfKey(key);
        if (group != lastGroup) {
            addSection(model->groupIndex(group).data().toString(), row++);
            lastGroup = group;
        }
        auto* field = new ConfigFieldWidget(model, key, m_form);
        m_grid->addWidget(field->label(), row, 0, Qt::AlignTop | Qt::AlignLeft);
        m_grid->addWidget(field, row, 1);
        m_fields << field;
        ++row;
    }
    m_grid->setRowStretch(row, 1);
    m_scrollArea->setWidget(m_form); // deletes the previous form
}

void OnboardingConfigPage::addSection(const QString& title, int row)
{
    m_grid->addWidget(makeSectionHeading(title, m_form, row == 0 ? 0 : 8, 3), row, 0, 1, 2);
}

ConfigFieldWidget* OnboardingConfigPage::fieldWidget(const QString& key) const
{
    for (ConfigFieldWidget* field : m_fields) {
        if (field->key() == key)
            return field;
    }
    return nullptr;
}

void OnboardingConfigPage::updatePathLabel()
{
    const QString path = m_context->model()->filePath();
    m_pathLabel->setText(
        path.isEmpty() ? tr("Next saves the configuration. Give it a folder of its own: the certificate "
                            "files are made next to it.")
                       : tr("Saved as %1; Next saves your changes.").arg(QDir::toNativeSeparators(path)));
}

bool OnboardingConfigPage::validatePage()
{
    ConfigFieldModel* model = m_context->model();
    m_message->hideMessage();

    // HOSTNAME and CICD_PORT are needed for the certificates and the connection test; the
    // others can be completed later (their findings show next to them).
    for (const QString& key : essentialKeys()) {
        if (!isBlocking(key))
            continue;
        for (const config::Finding& finding : model->findingsFor(key)) {
            if (finding.severity != config::Finding::Severity::Error)
                continue;
            m_message->showMessage(finding.message, MessageWidget::Type::Error);
            if (ConfigFieldWidget* field = fieldWidget(key))
                field->focusEditor();
            return false;
        }
    }

    QString path = model->filePath();
    if (path.isEmpty()) {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(QStringLiteral("sbs-config.json"));
        path = Prompts::saveFileName(this, tr("Save Configuration"), suggested,
                                     tr("SBS configuration (*.json);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    if (path == model->filePath() && !model->isModified())
        return true;
    const auto saved = path == model->filePath() ? model->saveFile() : model->saveFileAs(path);
    if (!saved) {
        m_message->showMessage(saved.error(), MessageWidget::Type::Error);
        return false;
    }
    updatePathLabel();
    return true;
}

int OnboardingConfigPage::nextId() const
{
    return OnboardingCertificatesPageId;
}

} // namespace sbs::gui
