#include "SectionHeading.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace sbs::gui {

QWidget* makeSectionHeading(const QString& title, QWidget* parent, int topMargin, int spacing)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, topMargin, 0, 0);
    layout->setSpacing(spacing);
    auto* label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    auto* line = new QFrame(box);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(label);
    layout->addWidget(line);
    return box;
}

} // namespace sbs::gui
