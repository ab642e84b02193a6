#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;

namespace sbs::models {
class ManifestLibraryModel;
}

namespace sbs::gui {

class CompareView;

// The Compare tab of the manifest workbench: the other manifests of the library to choose
// from, and the comparison of the selected manifest (after) with the chosen one (before).
class ComparePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePanel(models::ManifestLibraryModel* model, QWidget* parent = nullptr);

    CompareView* view() const { return m_view; }
    void updateChoices(const QString& selectedPath); // every manifest of the library but that one
    void choose(const QString& otherPath);
    void setCompareEnabled(bool selected);

Q_SIGNALS:
    void compareRequested(const QString& otherPath);

private:
    models::ManifestLibraryModel* const m_model;
    QComboBox* m_combo = nullptr;
    QPushButton* m_button = nullptr;
    CompareView* m_view = nullptr;
};

} // namespace sbs::gui
