#pragma once

#include <QGroupBox>
#include <QPointer>
#include <memory>

namespace Ui {
class RegistryChooser;
}

namespace sbs::models {
class ConfigFieldModel;
}

namespace sbs::gui {

// The registry switch on the Registry page: Docker Hub, or IBM Cloud Container Registry in a
// region. Choosing one fills or empties the server and user keys (models::RegistryChoice); the
// switch follows the document when DOCKER_PUSH_SERVER changes by other means.
class RegistryChooser : public QGroupBox
{
    Q_OBJECT

public:
    explicit RegistryChooser(models::ConfigFieldModel* model, QWidget* parent = nullptr);
    ~RegistryChooser() override;

private:
    void refresh();
    void chooseDockerHub();
    void chooseIbmCloud();

    const std::unique_ptr<Ui::RegistryChooser> m_ui;
    QPointer<models::ConfigFieldModel> m_model;
};

} // namespace sbs::gui
