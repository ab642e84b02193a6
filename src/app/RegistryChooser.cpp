#include "RegistryChooser.h"

#include "models/ConfigFieldModel.h"
#include "models/RegistryChoice.h"
#include "ui_RegistryChooser.h"

#include <QLineEdit>
#include <QSignalBlocker>

namespace sbs::gui {

using models::ConfigFieldModel;
namespace RegistryChoice = models::RegistryChoice;

RegistryChooser::RegistryChooser(ConfigFieldModel* model, QWidget* parent)
    : QGroupBox(parent)
    , m_ui(new Ui::RegistryChooser)
    , m_model(model)
{
    m_ui->setupUi(this);
    m_ui->icrDomainComboBox->addItems(RegistryChoice::ibmCloudDomains());
    m_ui->icrDomainComboBox->setInsertPolicy(QComboBox::NoInsert);
    QFont small = m_ui->registryHintLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_ui->registryHintLabel->setFont(small);

    connect(m_ui->dockerHubRadioButton, &QRadioButton::clicked, this, &RegistryChooser::chooseDockerHub);
    connect(m_ui->ibmCloudRadioButton, &QRadioButton::clicked, this, &RegistryChooser::chooseIbmCloud);
    connect(m_ui->icrDomainComboBox, &QComboBox::activated, this, &RegistryChooser::chooseIbmCloud);
    connect(m_ui->icrDomainComboBox->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_ui->ibmCloudRadioButton->isChecked())
            chooseIbmCloud();
    });
    connect(model, &ConfigFieldModel::documentChanged, this, &RegistryChooser::refresh);
    refresh();
}

RegistryChooser::~RegistryChooser() = default;

void RegistryChooser::refresh()
{
    if (!m_model)
        return;
    const QString domain = RegistryChoice::ibmCloudDomain(m_model->document());
    const QSignalBlocker hubBlocker(m_ui->dockerHubRadioButton);
    const QSignalBlocker icrBlocker(m_ui->ibmCloudRadioButton);
    const QSignalBlocker comboBlocker(m_ui->icrDomainComboBox);
    const QString push = m_model->valueText(QStringLiteral("DOCKER_PUSH_SERVER")).trimmed().toLower();
    const bool dockerHub = push.isEmpty() || push == QLatin1String("docker.io")
        || push == QLatin1String("index.docker.io") || push == QLatin1String("https://index.docker.io/v1/");
    if (domain.isEmpty() && dockerHub) {
        m_ui->dockerHubRadioButton->setChecked(true);
    } else if (domain.isEmpty()) {
        // Another registry, named in DOCKER_PUSH_SERVER: neither choice applies.
        m_ui->dockerHubRadioButton->setAutoExclusive(false);
        m_ui->ibmCloudRadioButton->setAutoExclusive(false);
        m_ui->dockerHubRadioButton->setChecked(false);
        m_ui->ibmCloudRadioButton->setChecked(false);
        m_ui->dockerHubRadioButton->setAutoExclusive(true);
        m_ui->ibmCloudRadioButton->setAutoExclusive(true);
    } else {
        m_ui->ibmCloudRadioButton->setChecked(true);
        if (!m_ui->icrDomainComboBox->lineEdit()->hasFocus())
            m_ui->icrDomainComboBox->setCurrentText(domain);
    }
}

void RegistryChooser::chooseDockerHub()
{
    if (m_model)
        RegistryChoice::useDockerHub(*m_model);
}

void RegistryChooser::chooseIbmCloud()
{
    const QString domain = m_ui->icrDomainComboBox->currentText().trimmed();
    if (!m_model || domain.isEmpty())
        return;
    m_ui->ibmCloudRadioButton->setChecked(true);
    RegistryChoice::useIbmCloud(*m_model, domain);
}

} // namespace sbs::gui
