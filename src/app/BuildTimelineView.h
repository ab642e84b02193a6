#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QFrame;
class QGridLayout;
class QLabel;
class QProgressBar;

namespace sbs::models {
class BuildTimelineModel;
}

namespace sbs::gui {

// The stages of one build side by side, as a stepper: a marker per stage joined by lines, the
// stage's title, how long it took (or has been running), and how long it usually takes. Under
// it, the server's status text as it is, and when a stage failed, the failing command and its
// exit code in a panel whose text can be selected and copied.
class BuildTimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit BuildTimelineView(QWidget* parent = nullptr);
    ~BuildTimelineView() override;

    void setModel(models::BuildTimelineModel* model);
    models::BuildTimelineModel* model() const { return m_model; }

    // For tests: the texts of a stage's card joined by '\n' (title, duration, usual duration).
    QString stageText(int row) const;
    // For tests: the running stage's progress bar (hidden on other stages); null past the rows.
    QProgressBar* progressBar(int row) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    // The widgets of one stage's column.
    struct StageCard
    {
        QWidget* leftLine = nullptr;
        QLabel* marker = nullptr;
        QWidget* rightLine = nullptr;
        QLabel* title = nullptr;
        QLabel* duration = nullptr;
        QLabel* median = nullptr;
        QProgressBar* progress = nullptr;
    };

    void rebuildCards();
    void refresh();
    void refreshCard(int row);
    void refreshLines();
    void refreshStatus();

    QPointer<models::BuildTimelineModel> m_model;
    QList<StageCard> m_cards;
    QWidget* m_stages;
    QGridLayout* m_grid;
    QLabel* m_statusText;
    QFrame* m_failurePanel;
    QLabel* m_failedStage;
    QLabel* m_failedCommand;
    QLabel* m_exitCode;
};

} // namespace sbs::gui
