#pragma once

#include "Result.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace sbs::models {
class LogModel;
class LogProblemsModel;
class LogSearch;
} // namespace sbs::models

namespace sbs::gui {

class LogLineDelegate;

// A build log as it comes: a list of its lines with line numbers, errors and warnings marked,
// a search that runs while the log grows, a filter to the warning and error lines, Follow (stay
// at the end as lines come; it turns off when the user scrolls up and on again at the bottom),
// copy of the selected lines and Save As of the whole log as received. It never holds the log
// as text: the rows come from the model as they are painted.
class LogView : public QWidget
{
    Q_OBJECT

public:
    explicit LogView(QWidget* parent = nullptr);
    ~LogView() override;

    // The view does not own the model.
    void setModel(models::LogModel* model);
    models::LogModel* model() const;

    bool isFollowing() const;
    void setFollowing(bool follow);

    // Selects a row of the log (a source row) and centres it; Follow goes off. With only problems
    // shown and the row not one of them, the filter goes off first.
    void showRow(int sourceRow);
    // The source row of the current line; -1 when there is none.
    int currentRow() const;

    bool problemsOnly() const;
    void setProblemsOnly(bool problemsOnly);

    // Writes the whole log, byte for byte as received, atomically.
    Status saveTo(const QString& path) const;
    // The selected lines, whole, in log order, joined by '\n'.
    QString selectedText() const;

    QListView* listView() const;

Q_SIGNALS:
    void followingChanged(bool following);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applySearch();
    void find(int step);
    void copySelection();
    void saveAs();
    void applyProblemsOnly(bool problemsOnly);
    void attachListModel();
    void updateMatchLabel();
    void followNow();
    void onScrolled(int value);
    void onLogReset();
    int sourceRowOf(const QModelIndex& index) const;
    QModelIndex viewIndexOf(int sourceRow) const;
    // Scrolls and selects without the scroll bar's moves counting as the user's.
    template<typename F> void programmatic(F&& scroll);

    QPointer<models::LogModel> m_model;
    models::LogProblemsModel* m_problems = nullptr;
    models::LogSearch* m_search = nullptr;
    LogLineDelegate* m_delegate = nullptr;

    QLineEdit* m_searchEdit = nullptr;
    QToolButton* m_previousButton = nullptr;
    QToolButton* m_nextButton = nullptr;
    QLabel* m_matchLabel = nullptr;
    QCheckBox* m_problemsOnlyCheckBox = nullptr;
    QCheckBox* m_followCheckBox = nullptr;
    QToolButton* m_copyButton = nullptr;
    QToolButton* m_saveAsButton = nullptr;
    QListView* m_list = nullptr;

    QTimer m_searchDelay; // typing settles before the search starts
    QTimer m_followTimer; // one scroll to the end for all the lines of one event loop pass
    int m_programmatic = 0;
    int m_pendingStep = 0; // a find asked for while the search had no match yet
    int m_shownDigits = 0;
};

} // namespace sbs::gui
