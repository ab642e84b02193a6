#include "ConfigTableEditor.h"

#include "ConfigTableDelegate.h"
#include "Icons.h"
#include "models/ConfigListModel.h"
#include "models/ConfigPairsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace sbs::gui {

namespace {

constexpr int MinVisibleRows = 2;
constexpr int MaxVisibleRows = 10;

QToolButton* makeButton(QWidget* parent, const QString& objectName, const QIcon& icon, const QString& text,
                        const QString& toolTip)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(icon);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ConfigTableEditor::ConfigTableEditor(models::ConfigFieldModel* fields, const QString& key, bool isMap,
                                     bool secret, const QString& stem, QWidget* parent)
    : QWidget(parent)
    , m_model(isMap ? static_cast<QAbstractItemModel*>(new models::ConfigPairsModel(fields, key, this))
                    : static_cast<QAbstractItemModel*>(new models::ConfigListModel(fields, key, this)))
    , m_view(new QTableView(this))
    , m_delegate(
          new ConfigTableDelegate(secret && isMap ? int(models::ConfigPairsModel::ValueColumn) : -1, this))
    , m_addButton(makeButton(this, stem + QStringLiteral("AddButton"),
                             Icons::themed(QStringLiteral("list-add"), QStringLiteral("add")), tr("Add"),
                             isMap ? tr("Add a row to %1").arg(key) : tr("Add a name to %1").arg(key)))
    , m_removeButton(makeButton(this, stem + QStringLiteral("RemoveButton"),
                                Icons::themed(QStringLiteral("list-remove"), QStringLiteral("remove")),
                                tr("Remove"), tr("Remove the selected rows from %1").arg(key)))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_view->setObjectName(stem + QStringLiteral("Table"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (isMap)
        m_view->setColumnWidth(models::ConfigPairsModel::NameColumn, 240);
    layout->addWidget(m_view);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    if (secret && isMap) {
        m_delegate->setMasked(true);
        m_revealButton
            = makeButton(this, stem + QStringLiteral("RevealButton"), Icons::bundled(QStringLiteral("eye")),
                         tr("Show values"), tr("Show or hide the values of %1").arg(key));
        m_revealButton->setCheckable(true);
        connect(m_revealButton, &QToolButton::toggled, this, [this](bool revealed) {
            m_delegate->setMasked(!revealed);
            m_revealButton->setIcon(
                Icons::bundled(revealed ? QStringLiteral("eye-off") : QStringLiteral("eye")));
            m_revealButton->setText(revealed ? tr("Hide values") : tr("Show values"));
            m_view->viewport()->update();
        });
        buttons->addWidget(m_revealButton);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_addButton, &QToolButton::clicked, this, &ConfigTableEditor::addRow);
    connect(m_removeButton, &QToolButton::clicked, this, &ConfigTableEditor::removeSelectedRows);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConfigTableEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConfigTableEditor::updateHeight);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConfigTableEditor::updateHeight);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConfigTableEditor::updateHeight);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConfigTableEditor::updateButtons);
    updateHeight();
    updateButtons();
}

void ConfigTableEditor::addRow()
{
    QModelIndex index;
    if (auto* pairs = qobject_cast<models::ConfigPairsModel*>(m_model))
        index = pairs->appendRow();
    else if (auto* list = qobject_cast<models::ConfigListModel*>(m_model))
        index = list->appendRow();
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(index);
}

void ConfigTableEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_model->removeRow(row);
    updateButtons();
}

void ConfigTableEditor::updateHeight()
{
    // One free row below the last one, so the table does not look full.
    const int rows = std::clamp(m_model->rowCount() + 1, MinVisibleRows, MaxVisibleRows);
    const int rowHeight = m_view->verticalHeader()->defaultSectionSize();
    const int height
        = m_view->horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * m_view->frameWidth();
    m_view->setFixedHeight(height);
}

void ConfigTableEditor::updateButtons()
{
    m_removeButton->setEnabled(m_view->selectionModel()->hasSelection());
}

} // namespace sbs::gui
