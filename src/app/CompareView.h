#pragma once

#include "manifest/ManifestCompare.h"

#include <QWidget>
#include <memory>

class QTableView;
class QTreeWidget;

namespace sbs::gui {

// Two manifests side by side: the files added, removed and changed (a list with counts), the
// text diff of the changed file selected, and the build.json values that differ in two columns.
// The comparison runs in a worker with progress and cancel.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget* parent = nullptr);
    ~CompareView() override;

    // Starts comparing (before, after: .sig.tbz paths).
    void compare(const QString& before, const QString& after);
    bool isComparing() const;
    void cancel();
    // The last result; empty before the first.
    const manifest::ManifestDifference& difference() const;
    // Selects a changed file and shows its diff; the diff's lines, for tests.
    bool showDiff(const QString& path);
    QList<manifest::TextDiffLine> shownDiff() const;

Q_SIGNALS:
    void compared(); // difference() is the new result
    void compareFailed(const QString& message);
    void diffShown(const QString& path); // the diff of path (or why there is none) is shown

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sbs::gui
