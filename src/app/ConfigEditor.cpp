#include "ConfigEditor.h"

#include "ConfigGroupPage.h"
#include "GroupListDelegate.h"
#include "Icons.h"
#include "RegistryChooser.h"
#include "config/SecretMask.h"
#include "models/ConfigFieldModel.h"
#include "models/Findings.h"
#include "ui_ConfigEditor.h"

#include <QAction>
#include <QDataStream>
#include <QFontDatabase>
#include <QIODevice>
#include <QListWidgetItem>
#include <QScrollBar>
#include <algorithm>

namespace sbs::gui {

using config::Finding;
using models::ConfigFieldModel;

namespace {

constexpr int PageIdRole = Qt::UserRole + 1;
constexpr quint32 StateVersion = 1;

} // namespace

ConfigEditor::ConfigEditor(ConfigFieldModel* model, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ConfigEditor)
    , m_model(model)
    , m_showFindingAction(new QAction(tr("Show"), this))
{
    m_ui->setupUi(this);

    m_ui->groupList->setItemDelegate(new GroupListDelegate(m_ui->groupList));
    m_ui->groupList->setSpacing(1);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 240, 760 });

    QFont titleFont = m_ui->rawJsonTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->rawJsonTitleLabel->setFont(titleFont);
    m_ui->rawJsonEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_ui->findingsMessageWidget->setCloseButtonVisible(true);
    m_showFindingAction->setObjectName(QStringLiteral("showFindingAction"));
    m_showFindingAction->setToolTip(tr("Go to the field this message is about"));
    m_ui->findingsMessageWidget->addMessageAction(m_showFindingAction);
    connect(m_showFindingAction, &QAction::triggered, this, [this] {
        if (!m_firstFindingKey.isEmpty())
            showField(m_firstFindingKey);
    });
    connect(m_ui->findingsMessageWidget, &MessageWidget::closed, this,
            [this] { m_dismissedFindingsText = m_ui->findingsMessageWidget->text(); });

    connect(m_ui->groupList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_ui->pageStack->setCurrentIndex(row);
        if (currentPageId() == QLatin1String(RawJsonId))
            updateRawJson();
    });
    connect(m_ui->showSecretsCheckBox, &QCheckBox::toggled, this, [this] {
        m_rawJsonStale = true;
        updateRawJson();
    });

    connect(model, &QAbstractItemModel::modelReset, this, &ConfigEditor::rebuildPages);
    connect(model, &ConfigFieldModel::findingsChanged, this, [this] {
        updateGroupBadges();
        updateFindingsMessage();
    });
    connect(model, &ConfigFieldModel::documentChanged, this, [this] {
        m_rawJsonStale = true;
        if (currentPageId() == QLatin1String(RawJsonId))
            updateRawJson();
    });

    rebuildPages();
}

ConfigEditor::~ConfigEditor() = default;

void ConfigEditor::showMessage(const QString& text, MessageWidget::Type type, int autoHideMs)
{
    m_ui->messageWidget->showMessage(text, type, autoHideMs);
}

void ConfigEditor::hideMessage()
{
    m_ui->messageWidget->hideMessage();
}

MessageWidget* ConfigEditor::messageWidget() const
{
    return m_ui->messageWidget;
}

QStringList ConfigEditor::pageIds() const
{
    QStringList ids;
    for (int i = 0; i < m_ui->groupList->count(); ++i)
        ids << m_ui->groupList->item(i)->data(PageIdRole).toString();
    return ids;
}

QString ConfigEditor::currentPageId() const
{
    const QListWidgetItem* item = m_ui->groupList->currentItem();
    return item ? item->data(PageIdRole).toString() : QString();
}

void ConfigEditor::showPage(const QString& id)
{
    const int row = int(pageIds().indexOf(id));
    if (row >= 0)
        m_ui->groupList->setCurrentRow(row);
}

ConfigGroupPage* ConfigEditor::groupPage(const QString& groupId) const
{
    for (ConfigGroupPage* page : m_pages) {
        if (page->groupId() == groupId)
            return page;
    }
    return nullptr;
}

void ConfigEditor::showField(const QString& key)
{
    if (!m_model)
        return;
    const QString groupId = m_model->groupOfKey(key);
    ConfigGroupPage* page = groupPage(groupId);
    if (!page)
        return;
    showPage(groupId);
    page->showField(key);
}

QByteArray ConfigEditor::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << StateVersion << m_ui->splitter->saveState() << currentPageId();
    return state;
}

void ConfigEditor::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray splitter;
    QString page;
    in >> version >> splitter >> page;
    if (in.status() != QDataStream::Ok || version != StateVersion)
        return;
    m_ui->splitter->restoreState(splitter);
    showPage(page);
}

void ConfigEditor::rebuildPages()
{
    if (!m_model)
        return;
    const QString current = currentPageId();

    const QSignalBlocker blocker(m_ui->groupList);
    m_ui->groupList->clear();
    for (ConfigGroupPage* page : std::as_const(m_pages)) {
        m_ui->pageStack->removeWidget(page);
        page->hide();
        page->setParent(nullptr); // out of findChild() at once; deleted by the event loop
        page->deleteLater();
    }
    m_pages.clear();

    const QStringList groups = m_model->groupIds();
    for (int i = 0; i < groups.size(); ++i) {
        const QString& id = groups.at(i);
        auto* page = new ConfigGroupPage(m_model, id);
        if (id == QLatin1String("registry"))
            page->addHeaderWidget(new RegistryChooser(m_model, page));
        m_ui->pageStack->insertWidget(i, page);
        m_pages << page;

        auto* item = new QListWidgetItem(Icons::group(id), m_model->groupIndex(id).data().toString());
        item->setData(PageIdRole, id);
        m_ui->groupList->addItem(item);
    }
    auto* raw = new QListWidgetItem(Icons::bundled(QStringLiteral("json")), tr("Raw JSON"));
    raw->setData(PageIdRole, QString::fromLatin1(RawJsonId));
    m_ui->groupList->addItem(raw);

    // Wide enough for the longest title and its badge.
    const int listWidth = m_ui->groupList->sizeHintForColumn(0) + 2 * m_ui->groupList->frameWidth() + 4;
    m_ui->groupList->setMinimumWidth(std::clamp(listWidth, 200, 380));

    int row = int(pageIds().indexOf(current));
    if (row < 0)
        row = 0;
    m_ui->groupList->setCurrentRow(row);
    m_ui->pageStack->setCurrentIndex(row);

    m_rawJsonStale = true;
    m_dismissedFindingsText.clear();
    updateGroupBadges();
    updateFindingsMessage();
    if (currentPageId() == QLatin1String(RawJsonId))
        updateRawJson();
}

void ConfigEditor::updateGroupBadges()
{
    if (!m_model)
        return;
    for (int i = 0; i < m_ui->groupList->count(); ++i) {
        QListWidgetItem* item = m_ui->groupList->item(i);
        const QModelIndex group = m_model->groupIndex(item->data(PageIdRole).toString());
        const int errors = group.isValid() ? group.data(ConfigFieldModel::ErrorCountRole).toInt() : 0;
        const int warnings = group.isValid() ? group.data(ConfigFieldModel::WarningCountRole).toInt() : 0;
        item->setData(GroupListDelegate::ErrorCountRole, errors);
        item->setData(GroupListDelegate::WarningCountRole, warnings);
        const QString counts = group.isValid()
            ? group.siblingAtColumn(ConfigFieldModel::FindingColumn).data().toString()
            : QString();
        item->setToolTip(counts.isEmpty() ? item->text() : tr("%1: %2").arg(item->text(), counts));
    }
}

void ConfigEditor::updateFindingsMessage()
{
    if (!m_model)
        return;
    const QList<Finding>& findings = m_model->findings();
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    const Finding* first = nullptr;
    for (const Finding& f : findings) {
        switch (f.severity) {
        case Finding::Severity::Error:
            ++errors;
            break;
        case Finding::Severity::Warning:
            ++warnings;
            break;
        case Finding::Severity::Info:
            ++notes;
            break;
        }
        if (!first || int(f.severity) < int(first->severity))
            first = &f;
    }
    MessageWidget* bar = m_ui->findingsMessageWidget;
    if (!first) {
        bar->hideMessage();
        m_firstFindingKey.clear();
        return;
    }
    const QString text
        = tr("%1. %2").arg(models::Findings::countText(errors, warnings, notes), first->message);
    m_firstFindingKey = first->key;
    m_showFindingAction->setVisible(!first->key.isEmpty() && groupPage(m_model->groupOfKey(first->key)));
    if (text == m_dismissedFindingsText)
        return;
    m_dismissedFindingsText.clear();
    const MessageWidget::Type type = errors > 0 ? MessageWidget::Type::Error
        : warnings > 0                          ? MessageWidget::Type::Warning
                                                : MessageWidget::Type::Information;
    bar->showMessage(text, type, MessageWidget::NoAutoHide);
}

void ConfigEditor::updateRawJson()
{
    if (!m_model || !m_rawJsonStale)
        return;
    const QByteArray json = m_ui->showSecretsCheckBox->isChecked() ? m_model->document().toJson()
                                                                   : config::maskedJson(m_model->document());
    const int scroll = m_ui->rawJsonEdit->verticalScrollBar()->value();
    m_ui->rawJsonEdit->setPlainText(QString::fromUtf8(json));
    m_ui->rawJsonEdit->verticalScrollBar()->setValue(scroll);
    m_rawJsonStale = false;
}

} // namespace sbs::gui
