#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace sbs::models {
class ManifestTreeModel;
}

namespace sbs::gui {

class FileViewer;

// The contents of one manifest: the inner archive's tree (loaded in a worker, in batches, with
// progress and cancel), a search box that filters it, and on the right the selected entry:
// text with line numbers, a hex view for binary data, data/build.json as a property table, and
// data/build.log in the log viewer. Unsafe entries are red with their reason and are never
// written; "Extract to Folder…" writes only the safe ones.
class ManifestBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit ManifestBrowser(QWidget* parent = nullptr);
    ~ManifestBrowser() override;

    // Starts reading the manifest at path (a .sig.tbz); an empty path clears the browser.
    void setManifest(const QString& path);
    QString manifest() const { return m_path; }
    bool isLoading() const;
    void cancel();
    models::ManifestTreeModel* treeModel() const { return m_model; }
    QTreeView* treeView() const { return m_tree; }
    FileViewer* fileViewer() const { return m_viewer; }
    // Selects the entry at path ("git/app.sh") and shows it once its data is read.
    bool showPath(const QString& path);
    // The folder dialog's answer, for tests: extracts into folder without asking.
    void extractTo(const QString& folder);

Q_SIGNALS:
    void loaded(int entries, int problems); // the tree is complete
    void loadFailed(const QString& message);
    void entryShown(const QString& path); // the viewer shows the entry's data
    void extracted(int written, int skipped, const QString& folder);
    void extractFailed(const QString& message);

private:
    QString m_path;
    models::ManifestTreeModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTreeView* m_tree = nullptr;
    FileViewer* m_viewer = nullptr;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sbs::gui
