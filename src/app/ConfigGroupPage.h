#pragma once

#include <QHash>
#include <QScrollArea>
#include <QString>

class QGridLayout;
class QVBoxLayout;

namespace sbs::models {
class ConfigFieldModel;
}

namespace sbs::gui {

class ConfigFieldWidget;

// One page of the configuration editor: the title of a group and a form with one
// ConfigFieldWidget per field of that group, built from the field model's rows. Object name:
// <groupId>Page (serverPage, registryPage, ...).
class ConfigGroupPage : public QScrollArea
{
    Q_OBJECT

public:
    ConfigGroupPage(models::ConfigFieldModel* model, const QString& groupId, QWidget* parent = nullptr);

    QString groupId() const { return m_groupId; }
    // Adds a widget between the title and the fields (the registry choice, for example).
    void addHeaderWidget(QWidget* widget);
    ConfigFieldWidget* fieldWidget(const QString& key) const;
    // Scrolls to the field and puts the focus in its editor.
    void showField(const QString& key);

private:
    void addSection(const QString& title, int row);

    QString m_groupId;
    QVBoxLayout* m_headerLayout;
    QGridLayout* m_grid;
    QHash<QString, ConfigFieldWidget*> m_fields; // by upper-case key
};

} // namespace sbs::gui
