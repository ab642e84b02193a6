#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QFrame;
class QHBoxLayout;
class QLabel;
class QTimer;
class QToolButton;

namespace sbs::gui {

// A message bar at the top of a page, after KeePassXC's MessageWidget: a coloured strip with an
// icon, text that can be selected and copied, optional action buttons and a close button.
// Information messages hide by themselves after a while; the others stay until closed or replaced.
class MessageWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Type { Error, Warning, Information, Positive };
    Q_ENUM(Type)

    static constexpr int DefaultAutoHideMs = 8000;
    static constexpr int NoAutoHide = 0;
    static constexpr int AutoHideForType = -1;

    explicit MessageWidget(QWidget* parent = nullptr);
    ~MessageWidget() override;

    // Shows text (plain text). autoHideMs: AutoHideForType hides Information messages after
    // DefaultAutoHideMs and keeps the others; NoAutoHide keeps any message.
    void showMessage(const QString& text, Type type, int autoHideMs = AutoHideForType);
    void hideMessage();

    QString text() const;
    Type type() const { return m_type; }
    // The time after which the current message hides itself, or 0 when it stays.
    int autoHideMs() const;
    bool isCloseButtonVisible() const;
    void setCloseButtonVisible(bool visible);

    // Buttons shown on the right of the text, until clearActions() or the next showMessage().
    void addMessageAction(QAction* action);
    void clearActions();

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void closed();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyStyle();
    void updateHeight();

    QFrame* m_frame;
    QLabel* m_iconLabel;
    QLabel* m_textLabel;
    QHBoxLayout* m_actionsLayout;
    QToolButton* m_closeButton;
    QTimer* m_autoHideTimer;
    QList<QPointer<QToolButton>> m_actionButtons;
    Type m_type = Type::Information;
};

} // namespace sbs::gui
