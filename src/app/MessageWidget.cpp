#include "MessageWidget.h"

#include "Icons.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace sbs::gui {

namespace {

QColor accentOf(MessageWidget::Type type)
{
    switch (type) {
    case MessageWidget::Type::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case MessageWidget::Type::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case MessageWidget::Type::Information:
        return QColor(0x1e, 0x73, 0xbe);
    case MessageWidget::Type::Positive:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

QString iconNameOf(MessageWidget::Type type)
{
    switch (type) {
    case MessageWidget::Type::Error:
        return QStringLiteral("error");
    case MessageWidget::Type::Warning:
        return QStringLiteral("warning");
    case MessageWidget::Type::Information:
        return QStringLiteral("info");
    case MessageWidget::Type::Positive:
        return QStringLiteral("positive");
    }
    return {};
}

// c blended over base with the given opacity.
QColor blend(const QColor& c, const QColor& base, double opacity)
{
    return QColor::fromRgbF(float(c.redF() * opacity + base.redF() * (1 - opacity)),
                            float(c.greenF() * opacity + base.greenF() * (1 - opacity)),
                            float(c.blueF() * opacity + base.blueF() * (1 - opacity)));
}

} // namespace

MessageWidget::MessageWidget(QWidget* parent)
    : QWidget(parent)
    , m_frame(new QFrame(this))
    , m_iconLabel(new QLabel(m_frame))
    , m_textLabel(new QLabel(m_frame))
    , m_actionsLayout(new QHBoxLayout)
    , m_closeButton(new QToolButton(m_frame))
    , m_autoHideTimer(new QTimer(this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_frame);

    m_frame->setObjectName(QStringLiteral("messageFrame"));
    auto* row = new QHBoxLayout(m_frame);
    row->setContentsMargins(10, 6, 6, 6);
    row->setSpacing(8);

    m_iconLabel->setObjectName(QStringLiteral("messageIconLabel"));
    m_iconLabel->setFixedSize(20, 20);
    row->addWidget(m_iconLabel, 0, Qt::AlignTop);

    m_textLabel->setObjectName(QStringLiteral("messageTextLabel"));
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_textLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_textLabel->setMinimumHeight(20);
    row->addWidget(m_textLabel, 1);

    m_actionsLayout->setSpacing(4);
    row->addLayout(m_actionsLayout);

    m_closeButton->setObjectName(QStringLiteral("messageCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close this message"));
    row->addWidget(m_closeButton, 0, Qt::AlignTop);
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hideMessage();
        Q_EMIT closed();
    });

    m_autoHideTimer->setSingleShot(true);
    connect(m_autoHideTimer, &QTimer::timeout, this, &MessageWidget::hideMessage);

    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    applyStyle();
    QWidget::setVisible(false);
}

MessageWidget::~MessageWidget() = default;

void MessageWidget::showMessage(const QString& text, Type type, int autoHideMs)
{
    m_type = type;
    m_textLabel->setText(text);
    applyStyle();
    if (autoHideMs == AutoHideForType)
        autoHideMs = type == Type::Information ? DefaultAutoHideMs : NoAutoHide;
    if (autoHideMs > 0)
        m_autoHideTimer->start(autoHideMs);
    else
        m_autoHideTimer->stop();
    show();
    updateHeight();
    // A message the user cannot see is lost: in a scrolled page, bring it into view once the
    // layout has made room for it.
    QTimer::singleShot(0, this, [this] {
        if (!isVisible())
            return;
        for (QWidget* widget = parentWidget(); widget; widget = widget->parentWidget()) {
            if (auto* area = qobject_cast<QScrollArea*>(widget)) {
                area->ensureWidgetVisible(this, 0, 0);
                return;
            }
        }
    });
}

void MessageWidget::hideMessage()
{
    m_autoHideTimer->stop();
    hide();
}

QString MessageWidget::text() const
{
    return m_textLabel->text();
}

int MessageWidget::heightForWidth(int width) const
{
    return layout()->heightForWidth(width);
}

void MessageWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateHeight();
}

// A word-wrapped text needs as many lines as the width allows, and no more: keep the bar exactly
// as high as its text at the current width.
void MessageWidget::updateHeight()
{
    const int h = heightForWidth(width());
    if (h > 0 && h != maximumHeight())
        setFixedHeight(h);
}

int MessageWidget::autoHideMs() const
{
    return m_autoHideTimer->isActive() ? m_autoHideTimer->interval() : 0;
}

bool MessageWidget::isCloseButtonVisible() const
{
    return !m_closeButton->isHidden();
}

void MessageWidget::setCloseButtonVisible(bool visible)
{
    m_closeButton->setVisible(visible);
}

void MessageWidget::addMessageAction(QAction* action)
{
    auto* button = new QToolButton(m_frame);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    button->setCursor(Qt::PointingHandCursor);
    if (!action->objectName().isEmpty())
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setVisible(action->isVisible());
    connect(action, &QAction::changed, button, [button, action] { button->setVisible(action->isVisible()); });
    m_actionsLayout->addWidget(button, 0, Qt::AlignTop);
    m_actionButtons << button;
}

void MessageWidget::clearActions()
{
    for (const QPointer<QToolButton>& button : std::as_const(m_actionButtons)) {
        if (button) {
            button->hide();
            button->setParent(nullptr);
            button->deleteLater();
        }
    }
    m_actionButtons.clear();
}

void MessageWidget::applyStyle()
{
    const QColor accent = accentOf(m_type);
    const QColor base = palette().color(QPalette::Window);
    const QColor background = blend(accent, base, 0.14);
    const QColor border = blend(accent, base, 0.55);
    const bool darkBase = base.lightnessF() < 0.5;
    const QColor textColor
        = darkBase ? palette().color(QPalette::WindowText) : blend(accent, QColor(Qt::black), 0.45);
    m_frame->setStyleSheet(QStringLiteral("QFrame#messageFrame { background: %1; border: 1px solid %2; "
                                          "border-radius: 4px; }"
                                          "QLabel#messageTextLabel { color: %3; }")
                               .arg(background.name(), border.name(), textColor.name()));
    m_iconLabel->setPixmap(Icons::bundled(iconNameOf(m_type)).pixmap(20, 20, QIcon::Normal));
}

} // namespace sbs::gui
