#include "LibraryPanel.h"

#include "Prompts.h"
#include "models/ManifestLibraryModel.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sbs::gui {

using models::ManifestLibraryModel;

namespace {

// The texts keep the translation context of the page they were written for.
struct PageText
{
    Q_DECLARE_TR_FUNCTIONS(sbs::gui::ManifestsPage)
};

} // namespace

LibraryPanel::LibraryPanel(ManifestLibraryModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_fetchLatestButton = new QPushButton(PageText::tr("Fetch &Latest"), this);
    m_fetchLatestButton->setObjectName(QStringLiteral("fetchLatestButton"));
    m_fetchLatestButton->setToolTip(
        PageText::tr("Download the manifest of the server's last build and its public key"));
    m_buildNameCombo = new QComboBox(this);
    m_buildNameCombo->setObjectName(QStringLiteral("buildNameComboBox"));
    // Build names are long: the box shows what fits instead of widening the window.
    m_buildNameCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_buildNameCombo->setMinimumContentsLength(16);
    m_buildNameCombo->setEditable(true);
    m_buildNameCombo->setInsertPolicy(QComboBox::NoInsert);
    m_buildNameCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_buildNameCombo->setMinimumContentsLength(16);
    m_buildNameCombo->lineEdit()->setPlaceholderText(PageText::tr("Build name"));
    m_buildNameCombo->setToolTip(
        PageText::tr("The succeeded builds of this profile, newest first; or type a build name"));
    m_fetchBuildButton = new QPushButton(PageText::tr("&Fetch"), this);
    m_fetchBuildButton->setObjectName(QStringLiteral("fetchBuildButton"));
    m_fetchBuildButton->setToolTip(PageText::tr("Download the manifest of this build and its public key"));
    m_importButton = new QPushButton(PageText::tr("&Import…"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(
        PageText::tr("Copy a .sig.tbz (and its public key beside it) into the library"));
    m_openBundleButton = new QPushButton(PageText::tr("Open Review &Bundle…"), this);
    m_openBundleButton->setObjectName(QStringLiteral("openBundleButton"));
    m_openBundleButton->setToolTip(PageText::tr("Check a manifest someone handed over as a review bundle"));

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ManifestLibraryModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("libraryTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ManifestLibraryModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Build names are long and differ at both ends (repository, tag, time): one line each,
    // shortened in the middle; the tooltip has the whole path.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ManifestLibraryModel::BuildNameColumn, QHeaderView::Stretch);

    auto* fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_fetchLatestButton);
    fetchRow->addWidget(m_buildNameCombo, 1);
    fetchRow->addWidget(m_fetchBuildButton);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_importButton);
    fileRow->addWidget(m_openBundleButton);
    fileRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fetchRow);
    layout->addLayout(fileRow);
    layout->addWidget(m_table, 1);

    connect(m_fetchLatestButton, &QPushButton::clicked, this, [this] { Q_EMIT fetchRequested(QString()); });
    connect(m_fetchBuildButton, &QPushButton::clicked, this,
            [this] { Q_EMIT fetchRequested(m_buildNameCombo->currentText().trimmed()); });
    connect(m_buildNameCombo->lineEdit(), &QLineEdit::returnPressed, this,
            [this] { Q_EMIT fetchRequested(m_buildNameCombo->currentText().trimmed()); });
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString path = Prompts::openFileName(this, PageText::tr("Import a Manifest"), QDir::homePath(),
                                                   PageText::tr("Manifests (*.sig.tbz);;All files (*)"));
        if (!path.isEmpty())
            Q_EMIT importRequested(path);
    });
    connect(m_openBundleButton, &QPushButton::clicked, this, [this] {
        const QString path
            = Prompts::openFileName(this, PageText::tr("Open a Review Bundle"), QDir::homePath(),
                                    PageText::tr("Review bundles (*.zip);;All files (*)"));
        if (!path.isEmpty())
            Q_EMIT openBundleRequested(path);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!m_quietSelection)
                    Q_EMIT currentChanged(current.data(ManifestLibraryModel::PathRole).toString());
            });
}

void LibraryPanel::setBuilds(const QList<history::BuildRecord>& builds)
{
    const QString typed = m_buildNameCombo->currentText();
    QStringList names;
    for (auto it = builds.crbegin(); it != builds.crend(); ++it) {
        if (it->result == history::BuildRecord::Result::Succeeded && !it->buildName.isEmpty()
            && !names.contains(it->buildName))
            names << it->buildName;
    }
    const QSignalBlocker blocker(m_buildNameCombo);
    m_buildNameCombo->clear();
    m_buildNameCombo->addItems(names);
    if (!typed.isEmpty())
        m_buildNameCombo->setEditText(typed);
}

bool LibraryPanel::selectPath(const QString& path, bool scrollTo)
{
    const int row = m_model->rowOf(path);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_quietSelection = true;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_quietSelection = false;
    if (scrollTo)
        m_table->scrollTo(index);
    return true;
}

void LibraryPanel::setActionsEnabled(bool actions, bool table)
{
    m_fetchLatestButton->setEnabled(actions);
    m_fetchBuildButton->setEnabled(actions);
    m_importButton->setEnabled(actions);
    m_openBundleButton->setEnabled(actions);
    m_table->setEnabled(table);
}

} // namespace sbs::gui
