#pragma once

#include "history/BuildHistory.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sbs::models {
class ManifestLibraryModel;
}

namespace sbs::gui {

// The library side of the manifest workbench: the buttons that fetch the latest manifest or
// that of a build name (offered from the build history), import a .sig.tbz and open a review
// bundle, and the table of the manifests in the library. The page runs what they ask for.
class LibraryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPanel(models::ManifestLibraryModel* model, QWidget* parent = nullptr);

    // Offers the names of the succeeded builds, newest first; keeps what was typed.
    void setBuilds(const QList<history::BuildRecord>& builds);
    // Makes path the current row without currentChanged; false when it is not in the library.
    bool selectPath(const QString& path, bool scrollTo);
    void setActionsEnabled(bool actions, bool table);

Q_SIGNALS:
    void fetchRequested(const QString& buildName); // empty: the latest
    void importRequested(const QString& sigTbzPath); // the paths were asked for already
    void openBundleRequested(const QString& zipPath);
    void currentChanged(const QString& path); // the user chose another row

private:
    models::ManifestLibraryModel* const m_model;
    QSortFilterProxyModel* m_proxy = nullptr;
    QPushButton* m_fetchLatestButton = nullptr;
    QComboBox* m_buildNameCombo = nullptr;
    QPushButton* m_fetchBuildButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_openBundleButton = nullptr;
    QTableView* m_table = nullptr;
    bool m_quietSelection = false;
};

} // namespace sbs::gui
