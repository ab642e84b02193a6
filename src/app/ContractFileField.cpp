#include "ContractFileField.h"

#include "ChartPalette.h"
#include "Icons.h"
#include "Prompts.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sbs::gui {

ContractFileField::ContractFileField(const Names& names, const QString& caption, const QString& filter,
                                     QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QPushButton(Icons::themed(QStringLiteral("document-open"), QStringLiteral("folder")),
                               tr("Choose…"), this))
    , m_label(new QLabel(this))
    , m_caption(caption)
    , m_filter(filter)
{
    m_edit->setObjectName(names.edit);
    m_button->setObjectName(names.button);
    m_label->setObjectName(names.label);
    m_edit->setClearButtonEnabled(true);
    m_button->setToolTip(caption);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->hide();
    // A form label's shortcut reaches the path.
    setFocusProxy(m_edit);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_button);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_label);

    connect(m_button, &QPushButton::clicked, this, &ContractFileField::choose);
    connect(m_edit, &QLineEdit::editingFinished, this, &ContractFileField::commitTyped);
    // The clear button empties the field without an editingFinished.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !m_edit->hasFocus())
            commitTyped();
    });
}

ContractFileField::~ContractFileField() = default;

QString ContractFileField::path() const
{
    return m_edit->text().trimmed();
}

void ContractFileField::setPath(const QString& path)
{
    m_edit->setText(QDir::toNativeSeparators(path));
    m_committed = this->path();
}

void ContractFileField::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

QString ContractFileField::statusText() const
{
    return m_label->text();
}

void ContractFileField::setStatus(State state, const QString& text)
{
    m_state = state;
    m_label->setText(text);
    m_label->setVisible(!text.isEmpty());
    applyStyle();
}

void ContractFileField::choose()
{
    const QString current = path();
    const QString start = current.isEmpty() ? m_startFolder : QFileInfo(current).absolutePath();
    const QString chosen = Prompts::openFileName(this, m_caption, start, m_filter);
    if (chosen.isEmpty())
        return;
    setPath(chosen);
    Q_EMIT pathChosen(path());
}

void ContractFileField::commitTyped()
{
    if (path() == m_committed)
        return;
    m_committed = path();
    Q_EMIT pathChosen(m_committed);
}

void ContractFileField::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void ContractFileField::applyStyle()
{
    const bool dark = isDarkPalette(palette());
    QString style;
    switch (m_state) {
    case State::Refused:
        style = QStringLiteral("color: %1;")
                    .arg((dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28)).name());
        break;
    case State::Accepted:
        style = QStringLiteral("color: %1;")
                    .arg((dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32)).name());
        break;
    case State::Checking:
    case State::Empty:
        break;
    }
    // Setting a style sheet sends a PaletteChange only when it differs.
    if (m_label->styleSheet() != style)
        m_label->setStyleSheet(style);
    m_label->setForegroundRole(m_state == State::Checking ? QPalette::PlaceholderText : QPalette::WindowText);
}

} // namespace sbs::gui
