#pragma once

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <QVariant>

class QWidget;

namespace sbs::gui {

// Every file dialog and message box of the application goes through here, so tests can answer
// them. In test mode no dialog is ever shown: each prompt takes the next queued answer (a file
// name for file dialogs, a QMessageBox::StandardButton for questions), or cancels when the queue
// is empty and records that it was left unanswered.
class Prompts
{
    Q_DECLARE_TR_FUNCTIONS(sbs::gui::Prompts)

public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& dir,
                                const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                const QString& filter, QFileDialog::Options options = {});
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // Save / Discard / Cancel before unsaved changes would be lost.
    static QMessageBox::StandardButton unsavedChanges(QWidget* parent, const QString& documentName);
    static void about(QWidget* parent, const QString& title, const QString& text);

    // Test hooks.
    static void setTestMode(bool on);
    static bool isTestMode();
    static void enqueueFileName(const QString& path);
    static void enqueueButton(QMessageBox::StandardButton button);
    static int pendingAnswers();
    static void clear();
    // Captions of the prompts answered (or left unanswered) in test mode, oldest first.
    static QStringList asked();
    static QStringList unanswered();
    // The texts of the questions asked in test mode, oldest first.
    static QStringList questionTexts();

private:
    static bool takeAnswer(const QString& caption, QVariant* answer);
};

} // namespace sbs::gui
