#include "ConfigFieldWidget.h"

#include "ConfigTableEditor.h"
#include "Icons.h"
#include "Prompts.h"
#include "config/ConfigRules.h"
#include "config/ConfigSchema.h"
#include "config/ConfigValidator.h"
#include "models/ConfigFieldModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace sbs::gui {

using models::ConfigFieldModel;
using FieldType = config::FieldType;

namespace {

// The reference writes these files (create-server-cert); the others must exist already.
bool isOutputPath(const QString& key)
{
    return key.compare(QLatin1String("CSRPATH"), Qt::CaseInsensitive) == 0
        || key.compare(QLatin1String("CERTPATH"), Qt::CaseInsensitive) == 0;
}

QColor severityColor(int severity)
{
    switch (config::Finding::Severity(severity)) {
    case config::Finding::Severity::Error:
        return QColor(0xb7, 0x1c, 0x1c);
    case config::Finding::Severity::Warning:
        return QColor(0x8a, 0x55, 0x00);
    case config::Finding::Severity::Info:
        return QColor(0x1a, 0x5c, 0x9e);
    }
    return {};
}

} // namespace

ConfigFieldWidget::ConfigFieldWidget(ConfigFieldModel* model, const QString& key, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_key(key)
    , m_stem(objectNameStem(key))
{
    setObjectName(m_stem + QStringLiteral("Field"));
    build();
    refreshValue();
    refreshFindings();
    connect(model, &QAbstractItemModel::dataChanged, this, &ConfigFieldWidget::onModelDataChanged);
}

ConfigFieldWidget::~ConfigFieldWidget() = default;

QString ConfigFieldWidget::objectNameStem(const QString& key)
{
    QString stem;
    bool upperNext = false;
    for (const QChar c : key) {
        if (!c.isLetterOrNumber()) {
            upperNext = !stem.isEmpty();
            continue;
        }
        if (stem.isEmpty() && c.isDigit())
            stem += QLatin1Char('k');
        stem += upperNext ? c.toUpper() : c.toLower();
        upperNext = false;
    }
    return stem.isEmpty() ? QStringLiteral("unnamed") : stem;
}

void ConfigFieldWidget::focusEditor()
{
    if (m_editor)
        m_editor->setFocus(Qt::OtherFocusReason);
}

void ConfigFieldWidget::build()
{
    const QModelIndex index = m_model->fieldIndex(m_key, ConfigFieldModel::KeyColumn);
    const int type = index.data(ConfigFieldModel::FieldTypeRole).toInt();
    const bool secret = index.data(ConfigFieldModel::SecretRole).toBool();
    const QString help = index.data(ConfigFieldModel::HelpTextRole).toString();
    const bool required
        = index.data(ConfigFieldModel::RequirementRole).toInt() == int(config::Requirement::Always);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);

    m_label = new QLabel(index.data(Qt::DisplayRole).toString(), this);
    m_label->setObjectName(m_stem + QStringLiteral("Label"));
    m_label->setToolTip(help);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    switch (FieldType(type)) {
    case FieldType::Boolean:
        buildCheckBox();
        break;
    case FieldType::Enum:
        buildComboBox();
        break;
    case FieldType::StringMap:
    case FieldType::StringList:
        buildTable(type, secret);
        break;
    default:
        buildLineEdit(type, secret);
        break;
    }
    m_label->setBuddy(m_editor);
    m_label->setMinimumHeight(m_editor == m_table ? 26 : m_editor->sizeHint().height());
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    // Keys of the Other page need no hint: the page says what they are.
    const bool known = m_model->groupOfKey(m_key) != QLatin1String(ConfigFieldModel::OtherGroupId);
    if (FieldType(type) != FieldType::Boolean && !help.isEmpty() && known) {
        m_hintLabel = new QLabel(required ? tr("Required. %1").arg(help) : help, this);
        m_hintLabel->setObjectName(m_stem + QStringLiteral("HintLabel"));
        m_hintLabel->setWordWrap(true);
        QFont small = m_hintLabel->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        m_hintLabel->setFont(small);
        QPalette pal = m_hintLabel->palette();
        const QColor text = pal.color(QPalette::WindowText);
        const QColor window = pal.color(QPalette::Window);
        pal.setColor(QPalette::WindowText,
                     QColor((text.red() * 3 + window.red() * 2) / 5,
                            (text.green() * 3 + window.green() * 2) / 5,
                            (text.blue() * 3 + window.blue() * 2) / 5));
        m_hintLabel->setPalette(pal);
        layout->addWidget(m_hintLabel);
    }

    m_findingRow = new QWidget(this);
    auto* findingLayout = new QHBoxLayout(m_findingRow);
    findingLayout->setContentsMargins(0, 0, 0, 0);
    findingLayout->setSpacing(5);
    m_findingIcon = new QLabel(m_findingRow);
    m_findingIcon->setFixedSize(16, 16);
    m_findingLabel = new QLabel(m_findingRow);
    m_findingLabel->setObjectName(m_stem + QStringLiteral("FindingLabel"));
    m_findingLabel->setWordWrap(true);
    m_findingLabel->setTextFormat(Qt::PlainText);
    m_findingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    findingLayout->addWidget(m_findingIcon, 0, Qt::AlignTop);
    findingLayout->addWidget(m_findingLabel, 1);
    m_findingRow->hide();
    layout->addWidget(m_findingRow);
}

void ConfigFieldWidget::buildLineEdit(int fieldType, bool secret)
{
    const QModelIndex index = m_model->fieldIndex(m_key);
    m_lineEdit = new QLineEdit(this);
    m_lineEdit->setObjectName(m_stem + QStringLiteral("Edit"));
    m_lineEdit->setToolTip(index.data(ConfigFieldModel::HelpTextRole).toString());
    m_lineEdit->setPlaceholderText(index.data(ConfigFieldModel::PlaceholderRole).toString());
    if (!index.data(ConfigFieldModel::EditableRole).toBool()) {
        m_lineEdit->setReadOnly(true);
        QPalette pal = m_lineEdit->palette();
        pal.setColor(QPalette::Base, pal.color(QPalette::Window));
        m_lineEdit->setPalette(pal);
    }
    m_lineEdit->setClearButtonEnabled(false);
    connect(m_lineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_model)
            m_model->setValueText(m_key, text);
    });
    m_editor = m_lineEdit;

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_lineEdit, 1);

    if (FieldType(fieldType) == FieldType::Port) {
        m_lineEdit->setValidator(new QIntValidator(1, 65535, m_lineEdit));
        m_lineEdit->setMaximumWidth(m_lineEdit->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 10
                                    + 24);
        row->addStretch(1);
    }
    if (secret || FieldType(fieldType) == FieldType::Secret) {
        m_lineEdit->setEchoMode(QLineEdit::Password);
        m_revealAction = new QAction(m_lineEdit);
        m_revealAction->setObjectName(m_stem + QStringLiteral("RevealAction"));
        m_revealAction->setCheckable(true);
        m_lineEdit->addAction(m_revealAction, QLineEdit::TrailingPosition);
        connect(m_revealAction, &QAction::toggled, this, &ConfigFieldWidget::setRevealed);
        setRevealed(false);
    }
    if (FieldType(fieldType) == FieldType::FilePath) {
        m_browseButton = new QToolButton(this);
        m_browseButton->setObjectName(m_stem + QStringLiteral("BrowseButton"));
        m_browseButton->setIcon(
            Icons::themed(QStringLiteral("document-open-folder"), QStringLiteral("folder")));
        m_browseButton->setText(tr("Browse…"));
        m_browseButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_browseButton->setToolTip(tr("Choose the file for %1").arg(m_key));
        connect(m_browseButton, &QToolButton::clicked, this, &ConfigFieldWidget::browse);
        row->addWidget(m_browseButton);
    }
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
}

void ConfigFieldWidget::buildCheckBox()
{
    const QModelIndex index = m_model->fieldIndex(m_key);
    m_checkBox = new QCheckBox(index.data(ConfigFieldModel::HelpTextRole).toString(), this);
    m_checkBox->setObjectName(m_stem + QStringLiteral("CheckBox"));
    connect(m_checkBox, &QCheckBox::clicked, this, [this](bool checked) {
        if (m_model)
            m_model->setChecked(m_key, checked);
    });
    m_editor = m_checkBox;
    layout()->addWidget(m_checkBox);
}

void ConfigFieldWidget::buildComboBox()
{
    const QModelIndex index = m_model->fieldIndex(m_key);
    m_comboBox = new QComboBox(this);
    m_comboBox->setObjectName(m_stem + QStringLiteral("ComboBox"));
    m_comboBox->addItems(index.data(ConfigFieldModel::ChoicesRole).toStringList());
    m_comboBox->setPlaceholderText(tr("Not set"));
    m_comboBox->setToolTip(index.data(ConfigFieldModel::HelpTextRole).toString());
    m_comboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_comboBox->setMinimumWidth(160);
    connect(m_comboBox, &QComboBox::activated, this, [this](int i) {
        if (m_model && i >= 0)
            m_model->setValueText(m_key, m_comboBox->itemText(i));
    });
    m_editor = m_comboBox;
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_comboBox);
    row->addStretch(1);
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
}

void ConfigFieldWidget::buildTable(int fieldType, bool secret)
{
    m_table = new ConfigTableEditor(m_model, m_key, FieldType(fieldType) == FieldType::StringMap, secret,
                                    m_stem, this);
    m_editor = m_table;
    layout()->addWidget(m_table);
}

void ConfigFieldWidget::browse()
{
    if (!m_model)
        return;
    const QString baseDir = m_model->baseDir();
    const QString current = m_model->valueText(m_key);
    const QString start = current.isEmpty() ? baseDir : config::resolvePath(current, baseDir);
    const QString caption = tr("Choose the file for %1").arg(m_key);
    const QString filter = tr("All files (*)");
    const QString chosen = isOutputPath(m_key)
        ? Prompts::saveFileName(this, caption, start, filter, QFileDialog::DontConfirmOverwrite)
        : Prompts::openFileName(this, caption, start, filter);
    if (chosen.isEmpty())
        return;
    // A file inside the configuration's folder is stored relative to it, so the folder can move.
    const QString absolute = QFileInfo(chosen).absoluteFilePath();
    const QString relative = QDir(baseDir).relativeFilePath(absolute);
    const bool inside
        = !baseDir.isEmpty() && !relative.startsWith(QLatin1String("..")) && !QDir::isAbsolutePath(relative);
    const QString value = inside ? relative : QDir::toNativeSeparators(absolute);
    m_model->setValueText(m_key, value);
    m_lineEdit->setFocus(Qt::OtherFocusReason);
}

void ConfigFieldWidget::setRevealed(bool revealed)
{
    m_lineEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_revealAction->setIcon(Icons::bundled(revealed ? QStringLiteral("eye-off") : QStringLiteral("eye")));
    m_revealAction->setText(revealed ? tr("Hide the value") : tr("Show the value"));
    m_revealAction->setToolTip(m_revealAction->text());
}

void ConfigFieldWidget::onModelDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (!m_model)
        return;
    const QModelIndex mine = m_model->fieldIndex(m_key, ConfigFieldModel::KeyColumn);
    if (!mine.isValid() || mine.parent() != topLeft.parent() || mine.row() < topLeft.row()
        || mine.row() > bottomRight.row())
        return;
    if (topLeft.column() <= ConfigFieldModel::ValueColumn)
        refreshValue();
    if (bottomRight.column() >= ConfigFieldModel::FindingColumn)
        refreshFindings();
}

void ConfigFieldWidget::refreshValue()
{
    if (!m_model)
        return;
    const QModelIndex index = m_model->fieldIndex(m_key);
    if (!index.isValid())
        return;
    m_label->setText(m_model->fieldIndex(m_key, ConfigFieldModel::KeyColumn).data().toString());
    if (m_lineEdit) {
        const QString text = index.data(Qt::EditRole).toString();
        if (m_lineEdit->text() != text) {
            m_lineEdit->setText(text);
            if (!m_lineEdit->hasFocus())
                m_lineEdit->setCursorPosition(0); // show the start of a long value
        }
    } else if (m_checkBox) {
        m_checkBox->setChecked(m_model->isChecked(m_key));
    } else if (m_comboBox) {
        const QSignalBlocker blocker(m_comboBox);
        const QString text = m_model->document().contains(m_key) ? m_model->valueText(m_key) : QString();
        int i = text.isEmpty() ? -1 : m_comboBox->findText(text);
        if (i < 0 && !text.isEmpty()) {
            m_comboBox->addItem(text);
            i = m_comboBox->count() - 1;
        }
        m_comboBox->setCurrentIndex(i);
    }
}

void ConfigFieldWidget::refreshFindings()
{
    if (!m_model)
        return;
    const QModelIndex index = m_model->fieldIndex(m_key, ConfigFieldModel::FindingColumn);
    const QVariant severity = index.data(ConfigFieldModel::FindingSeverityRole);
    if (!severity.isValid()) {
        m_findingRow->hide();
        m_findingLabel->clear();
        return;
    }
    m_findingIcon->setPixmap(Icons::severity(severity.toInt()).pixmap(16, 16));
    m_findingLabel->setText(index.data(ConfigFieldModel::FindingMessageRole).toString());
    m_findingLabel->setStyleSheet(QStringLiteral("color: %1;").arg(severityColor(severity.toInt()).name()));
    m_findingRow->show();
}

} // namespace sbs::gui
