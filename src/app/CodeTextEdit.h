#pragma once

#include <QPlainTextEdit>
#include <QStringList>

namespace sbs::gui {

// A read-only, fixed-pitch, unwrapped text view with a gutter on the left (the CodeEditor
// pattern of the Qt examples): block numbers by default, or one label per block when the
// caller has its own numbering (a diff shows the line of each side).
class CodeTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeTextEdit(QWidget* parent = nullptr);
    ~CodeTextEdit() override;

    // Labels for the gutter, one per block; empty: the block numbers.
    void setGutterLabels(const QStringList& labels);
    int gutterWidth() const;
    // Paints the gutter; called by the gutter widget.
    void paintGutter(QPaintEvent* event);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateGutterWidth();
    void updateGutter(const QRect& rect, int dy);
    QString labelOf(int blockNumber) const;

    QWidget* m_gutter = nullptr;
    QStringList m_labels;
};

} // namespace sbs::gui
