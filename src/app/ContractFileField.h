#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sbs::gui {

// One file of the contract builder (the encryption certificate, the workload section, the
// signing key): its path, a button that chooses it through Prompts, and a status line below
// saying whether it was accepted or why not. The builder reads and checks the file; this
// widget only shows the path and the outcome.
class ContractFileField : public QWidget
{
    Q_OBJECT

public:
    enum class State { Empty, Checking, Accepted, Refused };

    struct Names
    {
        QString edit; // e.g. "workloadEdit"
        QString button; // e.g. "chooseWorkloadButton"
        QString label; // e.g. "workloadStatusLabel"
    };

    ContractFileField(const Names& names, const QString& caption, const QString& filter,
                      QWidget* parent = nullptr);
    ~ContractFileField() override;

    QString path() const;
    void setPath(const QString& path);
    // Where the file dialog starts when no file is chosen yet.
    void setStartFolder(const QString& folder) { m_startFolder = folder; }
    void setPlaceholderText(const QString& text);

    void setStatus(State state, const QString& text);
    State state() const { return m_state; }
    QString statusText() const;

Q_SIGNALS:
    // A file was chosen in the dialog or typed in (empty: the field was cleared).
    void pathChosen(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void choose();
    void commitTyped();
    void applyStyle();

    QLineEdit* m_edit;
    QPushButton* m_button;
    QLabel* m_label;
    QString m_caption;
    QString m_filter;
    QString m_startFolder;
    QString m_committed; // the last path announced by pathChosen()
    State m_state = State::Empty;
};

} // namespace sbs::gui
