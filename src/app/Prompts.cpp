#include "Prompts.h"

#include <QQueue>

namespace sbs::gui {

namespace {

struct TestState
{
    bool on = false;
    QQueue<QVariant> answers;
    QStringList asked;
    QStringList unanswered;
    QStringList questionTexts;
};

TestState& testState()
{
    static TestState state;
    return state;
}

} // namespace

bool Prompts::takeAnswer(const QString& caption, QVariant* answer)
{
    TestState& state = testState();
    if (!state.on)
        return false;
    state.asked << caption;
    if (state.answers.isEmpty()) {
        state.unanswered << caption;
        *answer = QVariant();
    } else {
        *answer = state.answers.dequeue();
    }
    return true;
}

QString Prompts::openFileName(QWidget* parent, const QString& caption, const QString& dir,
                              const QString& filter)
{
    QVariant answer;
    if (takeAnswer(caption, &answer))
        return answer.typeId() == QMetaType::QString ? answer.toString() : QString();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString Prompts::saveFileName(QWidget* parent, const QString& caption, const QString& dir,
                              const QString& filter, QFileDialog::Options options)
{
    QVariant answer;
    if (takeAnswer(caption, &answer))
        return answer.typeId() == QMetaType::QString ? answer.toString() : QString();
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, nullptr, options);
}

QMessageBox::StandardButton Prompts::question(QWidget* parent, const QString& title, const QString& text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    QVariant answer;
    if (isTestMode())
        testState().questionTexts << text;
    if (takeAnswer(title, &answer)) {
        if (answer.canConvert<int>() && answer.typeId() != QMetaType::QString) {
            const auto button = QMessageBox::StandardButton(answer.toInt());
            if (buttons.testFlag(button))
                return button;
        }
        return buttons.testFlag(QMessageBox::Cancel) ? QMessageBox::Cancel : QMessageBox::NoButton;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setWindowModality(Qt::WindowModal);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton Prompts::unsavedChanges(QWidget* parent, const QString& documentName)
{
    return question(parent, tr("Unsaved changes"),
                    tr("%1 has changes that are not saved. Save them before you go on?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

void Prompts::about(QWidget* parent, const QString& title, const QString& text)
{
    if (testState().on) {
        testState().asked << title; // nothing to answer: it only has an OK button
        return;
    }
    QMessageBox::about(parent, title, text);
}

void Prompts::setTestMode(bool on)
{
    testState().on = on;
}

bool Prompts::isTestMode()
{
    return testState().on;
}

void Prompts::enqueueFileName(const QString& path)
{
    testState().answers.enqueue(QVariant(path));
}

void Prompts::enqueueButton(QMessageBox::StandardButton button)
{
    testState().answers.enqueue(QVariant(int(button)));
}

int Prompts::pendingAnswers()
{
    return int(testState().answers.size());
}

void Prompts::clear()
{
    TestState& state = testState();
    state.answers.clear();
    state.asked.clear();
    state.unanswered.clear();
    state.questionTexts.clear();
}

QStringList Prompts::questionTexts()
{
    return testState().questionTexts;
}

QStringList Prompts::asked()
{
    return testState().asked;
}

QStringList Prompts::unanswered()
{
    return testState().unanswered;
}

} // namespace sbs::gui
