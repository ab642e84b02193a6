#include "ComparePanel.h"

#include "CompareView.h"
#include "models/ManifestLibraryModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace sbs::gui {

namespace {

// The texts keep the translation context of the page they were written for.
struct PageText
{
    Q_DECLARE_TR_FUNCTIONS(sbs::gui::ManifestsPage)
};

} // namespace

ComparePanel::ComparePanel(models::ManifestLibraryModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("compareWithComboBox"));
    // Build names are long: the box shows what fits instead of widening the window.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_button = new QPushButton(PageText::tr("C&ompare"), this);
    m_button->setObjectName(QStringLiteral("compareButton"));
    m_button->setToolTip(PageText::tr("Compare the selected manifest (after) with this one (before)"));
    m_view = new CompareView(this);
    m_view->setObjectName(QStringLiteral("compareView"));
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(PageText::tr("Compare with:"), this));
    row->addWidget(m_combo, 1);
    row->addWidget(m_button);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);

    connect(m_button, &QPushButton::clicked, this,
            [this] { Q_EMIT compareRequested(m_combo->currentData().toString()); });
}

void ComparePanel::updateChoices(const QString& selectedPath)
{
    const QString chosen = m_combo->currentData().toString();
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const manifest::LibraryItem item = m_model->item(row);
        if (item.path != selectedPath)
            m_combo->addItem(item.buildName, item.path);
    }
    choose(chosen);
}

void ComparePanel::choose(const QString& otherPath)
{
    const int index = m_combo->findData(otherPath);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

void ComparePanel::setCompareEnabled(bool selected)
{
    m_button->setEnabled(selected && m_combo->count() > 0);
}

} // namespace sbs::gui
