#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace sbs::models {
class ConfigFieldModel;
}

namespace sbs::gui {

class ConfigEditor;

// The application window. It owns the configuration being edited and hosts its editor as the
// first page of the central stack; the File menu opens, creates, saves and reverts it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // What the window shows first: fileArgument when given, else the most recent file that still
    // exists, else a new configuration from the template.
    void startUp(const QString& fileArgument);

    // These act at once; the menu actions first ask about unsaved changes.
    bool openFile(const QString& path);
    bool newFromTemplate();
    bool save();
    bool saveAs();
    void revert();

    models::ConfigFieldModel* configModel() const { return m_model; }
    ConfigEditor* configEditor() const { return m_editor; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    bool maybeSave();
    bool saveTo(const QString& path);
    void openWithPrompt();
    void openRecent(const QString& path);
    void revertWithPrompt();
    void showAbout();
    void updateTitle();
    void updateActions();
    void updateStatus();
    void updateRecentMenu();
    QString documentName() const;
    QString dialogFolder() const;

    const std::unique_ptr<Ui::MainWindow> m_ui;
    models::ConfigFieldModel* m_model;
    ConfigEditor* m_editor;
    QLabel* m_filePathLabel;
    QLabel* m_findingsLabel;
};

} // namespace sbs::gui
