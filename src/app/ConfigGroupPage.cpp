#include "ConfigGroupPage.h"

#include "ConfigFieldWidget.h"
#include "SectionHeading.h"
#include "models/ConfigFieldModel.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sbs::gui {

using models::ConfigFieldModel;

namespace {

constexpr int MaxFormWidth = 960;

// One sentence under each group's title, by group id of config::ConfigSchema.
QString groupDescription(const QString& groupId)
{
    if (groupId == QLatin1String("server"))
        return ConfigGroupPage::tr("How to reach the build server, and the identity and secret of this "
                                   "configuration.");
    if (groupId == QLatin1String("source"))
        return ConfigGroupPage::tr("The git repository the server clones and builds.");
    if (groupId == QLatin1String("registry"))
        return ConfigGroupPage::tr(
            "Where the built image is pushed, and the accounts that push and pull it.");
    if (groupId == QLatin1String("base"))
        return ConfigGroupPage::tr(
            "Access to the Dockerfile's base image, and whether its signature is checked.");
    if (groupId == QLatin1String("build"))
        return ConfigGroupPage::tr(
            "How the image is built, the build arguments, and the environment variables "
            "the deployed container may receive.");
    if (groupId == QLatin1String("storage"))
        return ConfigGroupPage::tr(
            "IBM Cloud Object Storage for manifests and state images. The COS_ keys serve "
            "both unless a MANIFEST_ or STATE_ key overrides them.");
    if (groupId == QLatin1String("certificates"))
        return ConfigGroupPage::tr(
            "Your own CA and certificate files. Leave them empty to use the certificates "
            "this program creates next to the configuration.");
    if (groupId == QLatin1String(ConfigFieldModel::OtherGroupId))
        return ConfigGroupPage::tr(
            "Keys in the file that this program does not know. They are kept as they are "
            "when the file is saved.");
    return {};
}

// Section headings inside long groups, before the key that starts the section.
QString sectionBefore(const QString& key)
{
    if (key == QLatin1String("COS_API_KEY_ID"))
        return ConfigGroupPage::tr("Shared settings");
    if (key == QLatin1String("MANIFEST_BUCKET_NAME"))
        return ConfigGroupPage::tr("Manifests");
    if (key == QLatin1String("STATE_BUCKET_NAME"))
        return ConfigGroupPage::tr("State images");
    return {};
}

} // namespace

ConfigGroupPage::ConfigGroupPage(ConfigFieldModel* model, const QString& groupId, QWidget* parent)
    : QScrollArea(parent)
    , m_groupId(groupId)
    , m_headerLayout(new QVBoxLayout)
    , m_grid(new QGridLayout)
{
    setObjectName(ConfigFieldWidget::objectNameStem(groupId) + QStringLiteral("Page"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    auto* content = new QWidget(this);
    content->setObjectName(objectName() + QStringLiteral("Content"));
    auto* outer = new QHBoxLayout(content);
    outer->setContentsMargins(24, 16, 24, 24);
    auto* form = new QWidget(content);
    form->setMaximumWidth(MaxFormWidth);
    outer->addWidget(form, 1);
    outer->addStretch(0);

    auto* column = new QVBoxLayout(form);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);

    const QModelIndex group = model->groupIndex(groupId);
    auto* title = new QLabel(group.data().toString(), form);
    title->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    column->addWidget(title);

    const QString description = groupDescription(groupId);
    if (!description.isEmpty()) {
        auto* text = new QLabel(description, form);
        text->setObjectName(QStringLiteral("pageDescriptionLabel"));
        text->setWordWrap(true);
        column->addWidget(text);
    }
    column->addSpacing(8);

    m_headerLayout->setContentsMargins(0, 0, 0, 8);
    m_headerLayout->setSpacing(6);
    column->addLayout(m_headerLayout);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(14);
    m_grid->setColumnStretch(1, 1);
    column->addLayout(m_grid);
    column->addStretch(1);

    int row = 0;
    for (int i = 0; i < model->rowCount(group); ++i) {
        const QString key
            = model->index(i, ConfigFieldModel::KeyColumn, group).data(ConfigFieldModel::KeyRole).toString();
        const QString section = sectionBefore(key);
        if (!section.isEmpty())
            addSection(section, row++);
        auto* field = new ConfigFieldWidget(model, key, form);
        m_grid->addWidget(field->label(), row, 0, Qt::AlignTop | Qt::AlignLeft);
        m_grid->addWidget(field, row, 1);
        m_fields.insert(key.toUpper(), field);
        ++row;
    }
    setWidget(content);
}

void ConfigGroupPage::addHeaderWidget(QWidget* widget)
{
    m_headerLayout->addWidget(widget);
}

ConfigFieldWidget* ConfigGroupPage::fieldWidget(const QString& key) const
{
    return m_fields.value(key.toUpper());
}

void ConfigGroupPage::showField(const QString& key)
{
    ConfigFieldWidget* field = fieldWidget(key);
    if (!field)
        return;
    ensureWidgetVisible(field->label(), 40, 60);
    ensureWidgetVisible(field, 40, 60);
    field->focusEditor();
}

void ConfigGroupPage::addSection(const QString& title, int row)
{
    m_grid->addWidget(makeSectionHeading(title, widget() ? widget() : this, row == 0 ? 0 : 10, 4), row, 0, 1,
                      2);
}

} // namespace sbs::gui
