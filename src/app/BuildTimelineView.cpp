#include "BuildTimelineView.h"

#include "models/BuildTimelineModel.h"
#include "util/Duration.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QVBoxLayout>

namespace sbs::gui {

using models::BuildTimelineModel;
using State = BuildTimelineModel::StageState;

namespace {

constexpr int MarkerSize = 22;
constexpr int LineThickness = 2;
constexpr int ProgressSteps = 1000;

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

// c blended over base with the given opacity.
QColor blend(const QColor& c, const QColor& base, double opacity)
{
    return QColor::fromRgbF(float(c.redF() * opacity + base.redF() * (1 - opacity)),
                            float(c.greenF() * opacity + base.greenF() * (1 - opacity)),
                            float(c.blueF() * opacity + base.blueF() * (1 - opacity)));
}

QColor doneColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
}

QColor failedColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
}

QColor pendingColor(const QPalette& palette)
{
    return blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.35);
}

// Secondary text (stages not reached, usual durations): between the text and the window, so it
// stays readable in any theme, whatever the theme's placeholder colour is.
QColor mutedColor(const QPalette& palette)
{
    return blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.6);
}

void setTextColor(QLabel* label, const QColor& color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

// A duration that a narrow column wraps before or after, never inside ("1 min 10 s").
QString durationText(qint64 ms)
{
    QString text = util::formatDuration(ms);
    text.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
    return text;
}

QColor stateColor(State state, const QPalette& palette)
{
    switch (state) {
    case State::Done:
        return doneColor(palette);
    case State::Running:
        return palette.color(QPalette::Highlight);
    case State::Failed:
        return failedColor(palette);
    case State::Pending:
        return pendingColor(palette);
    }
    return pendingColor(palette);
}

// The round marker of a stage: a filled circle with a check (Done) or a cross (Failed), a ring
// with a dot (Running), an empty ring (Pending).
QPixmap markerPixmap(State state, const QPalette& palette, qreal ratio)
{
    QPixmap pixmap(QSize(MarkerSize, MarkerSize) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor color = stateColor(state, palette);
    const QRectF box(1.5, 1.5, MarkerSize - 3, MarkerSize - 3);
    // White on the strong fills reads in both light and dark themes; on the light dark-theme
    // fills the window colour gives more contrast.
    const QColor mark = isDark(palette) ? palette.color(QPalette::Window) : QColor(Qt::white);
    switch (state) {
    case State::Done: {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(box);
        QPainterPath check;
        check.moveTo(6.5, 11.5);
        check.lineTo(9.5, 14.5);
        check.lineTo(15.5, 7.5);
        p.setPen(QPen(mark, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(check);
        break;
    }
    case State::Failed: {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(box);
        p.setPen(QPen(mark, 2.2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(7.5, 7.5), QPointF(14.5, 14.5));
        p.drawLine(QPointF(14.5, 7.5), QPointF(7.5, 14.5));
        break;
    }
    case State::Running:
        p.setPen(QPen(color, 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QPointF(MarkerSize / 2.0, MarkerSize / 2.0), 4.5, 4.5);
        break;
    case State::Pending:
        p.setPen(QPen(color, 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box);
        break;
    }
    return pixmap;
}

QString stateName(State state)
{
    switch (state) {
    case State::Done:
        return BuildTimelineView::tr("done");
    case State::Running:
        return BuildTimelineView::tr("running");
    case State::Failed:
        return BuildTimelineView::tr("failed");
    case State::Pending:
        return BuildTimelineView::tr("not reached");
    }
    return QString();
}

void setLineColor(QWidget* line, const QColor& color)
{
    QPalette palette = line->palette();
    palette.setColor(QPalette::Window, color);
    line->setPalette(palette);
}

// Server texts are shown as they are: never as rich text, and a long unbreakable command must
// not make the whole page wider, so the label takes the width it is given and wraps in it.
void makePlainWrappingLabel(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    label->setSizePolicy(policy);
}

} // namespace

BuildTimelineView::BuildTimelineView(QWidget* parent)
    : QWidget(parent)
    , m_stages(new QWidget(this))
    , m_grid(new QGridLayout(m_stages))
    , m_statusText(new QLabel(this))
    , m_failurePanel(new QFrame(this))
    , m_failedStage(new QLabel(m_failurePanel))
    , m_failedCommand(new QLabel(m_failurePanel))
    , m_exitCode(new QLabel(m_failurePanel))
{
    setObjectName(QStringLiteral("buildTimelineView"));
    m_stages->setObjectName(QStringLiteral("stagesWidget"));
    // No room between the columns: the lines of neighbouring markers meet.
    m_grid->setContentsMargins(0, 2, 0, 0);
    m_grid->setHorizontalSpacing(0);
    m_grid->setVerticalSpacing(2);

    m_statusText->setObjectName(QStringLiteral("statusTextLabel"));
    makePlainWrappingLabel(m_statusText);
    m_statusText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_failurePanel->setObjectName(QStringLiteral("failurePanel"));
    m_failurePanel->setFrameShape(QFrame::StyledPanel);
    auto* failureLayout = new QVBoxLayout(m_failurePanel);
    failureLayout->setContentsMargins(10, 8, 10, 8);
    failureLayout->setSpacing(4);
    m_failedStage->setObjectName(QStringLiteral("failedStageLabel"));
    m_failedStage->setTextFormat(Qt::PlainText);
    QFont bold = m_failedStage->font();
    bold.setBold(true);
    m_failedStage->setFont(bold);
    m_failedCommand->setObjectName(QStringLiteral("failedCommandLabel"));
    makePlainWrappingLabel(m_failedCommand);
    m_failedCommand->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_failedCommand->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_failedCommand->setCursor(Qt::IBeamCursor);
    m_exitCode->setObjectName(QStringLiteral("exitCodeLabel"));
    m_exitCode->setTextFormat(Qt::PlainText);
    m_exitCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    failureLayout->addWidget(m_failedStage);
    failureLayout->addWidget(m_failedCommand);
    failureLayout->addWidget(m_exitCode);
    m_failurePanel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_stages);
    layout->addWidget(m_statusText);
    layout->addWidget(m_failurePanel);

    refresh();
}

BuildTimelineView::~BuildTimelineView() = default;

void BuildTimelineView::setModel(BuildTimelineModel* model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this, &BuildTimelineView::refresh);
        connect(m_model, &QAbstractItemModel::modelReset, this, &BuildTimelineView::rebuildCards);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &BuildTimelineView::rebuildCards);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BuildTimelineView::rebuildCards);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &BuildTimelineView::rebuildCards);
        connect(m_model, &QObject::destroyed, this, &BuildTimelineView::rebuildCards);
    }
    rebuildCards();
}

QString BuildTimelineView::stageText(int row) const
{
    if (row < 0 || row >= m_cards.size())
        return QString();
    const StageCard& card = m_cards.at(row);
    QStringList texts;
    for (const QLabel* label : { card.title, card.duration, card.median }) {
        if (!label->isHidden() && !label->text().isEmpty())
            texts.append(label->text());
    }
    // The durations keep their parts together with no-break spaces; a reader sees spaces.
    return texts.join(QLatin1Char('\n')).replace(QChar(QChar::Nbsp), QLatin1Char(' '));
}

QProgressBar* BuildTimelineView::progressBar(int row) const
{
    return row >= 0 && row < m_cards.size() ? m_cards.at(row).progress : nullptr;
}

void BuildTimelineView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        refresh();
}

void BuildTimelineView::rebuildCards()
{
    for (const StageCard& card : std::as_const(m_cards)) {
        for (QWidget* w : { static_cast<QWidget*>(card.title), static_cast<QWidget*>(card.duration),
                            static_cast<QWidget*>(card.median) })
            delete w;
        delete card.marker->parentWidget(); // the track with the marker and its lines
        delete card.progress->parentWidget();
    }
    m_cards.clear();

    const int rows = m_model ? m_model->rowCount() : 0;
    QFont titleFont = font();
    titleFont.setBold(true);
    QFont smallFont = font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.9);
    for (int row = 0; row < rows; ++row) {
        StageCard card;
        const QString prefix = QStringLiteral("stage%1").arg(row);

        auto* track = new QWidget(m_stages);
        auto* trackLayout = new QHBoxLayout(track);
        trackLayout->setContentsMargins(0, 0, 0, 0);
        trackLayout->setSpacing(4);
        auto makeLine = [track] {
            auto* line = new QWidget(track);
            line->setFixedHeight(LineThickness);
            line->setMinimumWidth(4);
            line->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            line->setAutoFillBackground(true);
            return line;
        };
        card.leftLine = makeLine();
        card.marker = new QLabel(track);
        card.marker->setObjectName(prefix + QStringLiteral("MarkerLabel"));
        card.marker->setFixedSize(MarkerSize, MarkerSize);
        card.rightLine = makeLine();
        trackLayout->addWidget(card.leftLine, 1);
        trackLayout->addWidget(card.marker, 0);
        trackLayout->addWidget(card.rightLine, 1);

        auto makeLabel = [this, &prefix](const QString& kind, const QFont& labelFont) {
            auto* label = new QLabel(m_stages);
            label->setObjectName(prefix + kind);
            label->setTextFormat(Qt::PlainText);
            label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
            label->setWordWrap(true);
            label->setContentsMargins(6, 0, 6, 0);
            label->setFont(labelFont);
            // Narrow windows share the width equally; titles wrap rather than push.
            QSizePolicy policy = label->sizePolicy();
            policy.setHorizontalPolicy(QSizePolicy::Ignored);
            label->setSizePolicy(policy);
            return label;
        };
        card.title = makeLabel(QStringLiteral("TitleLabel"), titleFont);
        card.duration = makeLabel(QStringLiteral("DurationLabel"), font());
        card.median = makeLabel(QStringLiteral("MedianLabel"), smallFont);

        auto* progressBox = new QWidget(m_stages);
        auto* progressLayout = new QHBoxLayout(progressBox);
        progressLayout->setContentsMargins(14, 2, 14, 0);
        card.progress = new QProgressBar(progressBox);
        card.progress->setObjectName(prefix + QStringLiteral("ProgressBar"));
        card.progress->setTextVisible(false);
        card.progress->setMaximumHeight(6);
        card.progress->setMinimumWidth(10);
        // The row keeps its height while no stage runs, so the page does not jump.
        QSizePolicy barPolicy = card.progress->sizePolicy();
        barPolicy.setRetainSizeWhenHidden(true);
        card.progress->setSizePolicy(barPolicy);
        card.progress->hide();
        progressLayout->addWidget(card.progress);

        m_grid->addWidget(track, 0, row);
        m_grid->addWidget(card.title, 1, row);
        m_grid->addWidget(card.duration, 2, row);
        m_grid->addWidget(card.median, 3, row);
        m_grid->addWidget(progressBox, 4, row);
        m_grid->setColumnStretch(row, 1);
        m_cards.append(card);
    }
    refresh();
}

void BuildTimelineView::refresh()
{
    for (int row = 0; row < m_cards.size(); ++row)
        refreshCard(row);
    refreshLines();
    refreshStatus();
}

void BuildTimelineView::refreshCard(int row)
{
    if (!m_model || row < 0 || row >= m_cards.size())
        return;
    const StageCard& card = m_cards.at(row);
    const QModelIndex index = m_model->index(row, 0);
    const State state = State(index.data(BuildTimelineModel::StateRole).toInt());
    const qint64 duration = index.data(BuildTimelineModel::DurationRole).toLongLong();
    const qint64 median = index.data(BuildTimelineModel::MedianRole).toLongLong();
    const double progress = index.data(BuildTimelineModel::ProgressRole).toDouble();

    card.marker->setPixmap(markerPixmap(state, palette(), devicePixelRatioF()));
    card.marker->setToolTip(stateName(state));
    card.marker->setAccessibleName(stateName(state));

    card.title->setText(index.data(Qt::DisplayRole).toString());
    const QPalette pal = palette();
    setTextColor(card.title, state == State::Pending ? mutedColor(pal) : pal.color(QPalette::WindowText));
    setTextColor(card.median, mutedColor(pal));

    QString timeText;
    switch (state) {
    case State::Done:
        timeText = durationText(duration);
        break;
    case State::Running:
        timeText = duration >= 0 ? tr("running for %1").arg(durationText(duration)) : tr("running");
        break;
    case State::Failed:
        timeText = duration >= 0 ? tr("failed after %1").arg(durationText(duration)) : tr("failed");
        break;
    case State::Pending:
        break;
    }
    card.duration->setText(timeText);
    card.median->setText(median >= 0 ? tr("usual %1").arg(durationText(median)) : QString());

    if (state == State::Running) {
        if (progress >= 0) {
            card.progress->setRange(0, ProgressSteps);
            card.progress->setValue(int(progress * ProgressSteps));
        } else {
            card.progress->setRange(0, 0); // busy: no usual duration to measure against
        }
        card.progress->show();
    } else {
        card.progress->hide();
        card.progress->setRange(0, ProgressSteps);
        card.progress->reset();
    }
}

void BuildTimelineView::refreshLines()
{
    const QPalette pal = palette();
    for (int row = 0; row < m_cards.size(); ++row) {
        const StageCard& card = m_cards.at(row);
        // Nothing leads into the first stage or out of the last: their outer halves stay blank.
        card.leftLine->setAutoFillBackground(row > 0);
        card.rightLine->setAutoFillBackground(row < m_cards.size() - 1);
        if (row == 0)
            continue;
        // The line into a stage is drawn as far as the build got: solid once the stage before
        // it is done.
        const State before = State(m_model->index(row - 1, 0).data(BuildTimelineModel::StateRole).toInt());
        const QColor color = before == State::Done ? doneColor(pal) : pendingColor(pal);
        setLineColor(card.leftLine, color);
        setLineColor(m_cards.at(row - 1).rightLine, color);
    }
}

void BuildTimelineView::refreshStatus()
{
    const QPalette pal = palette();
    if (!m_model) {
        m_statusText->clear();
        m_statusText->show();
        m_failurePanel->hide();
        return;
    }
    const models::BuildProgress& progress = m_model->progress();
    if (progress.statusText.isEmpty())
        m_statusText->setText(tr("Server status: none reported"));
    else if (progress.unknownStatus)
        m_statusText->setText(tr("Server status: %1\nThis app does not know this status; the stages show "
                                 "what was known before it.")
                                  .arg(progress.statusText));
    else
        m_statusText->setText(tr("Server status: %1").arg(progress.statusText));

    int failedRow = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (State(m_model->index(row, 0).data(BuildTimelineModel::StateRole).toInt()) == State::Failed) {
            failedRow = row;
            break;
        }
    }
    // The failure text holds the whole command, which the failure panel shows: the status line
    // says only that the build failed, with its exit code.
    m_statusText->setVisible(failedRow < 0);
    if (failedRow < 0) {
        m_failurePanel->hide();
        return;
    }
    const QModelIndex failed = m_model->index(failedRow, 0);
    m_failedStage->setText(tr("Failed in the stage: %1").arg(failed.data(Qt::DisplayRole).toString()));
    const QString command = failed.data(BuildTimelineModel::FailedCommandRole).toString();
    m_failedCommand->setText(command.isEmpty() ? tr("(the server named no command)") : command);
    m_failedCommand->setToolTip(command);
    const int exitCode = progress.record.exitCode;
    m_exitCode->setText(tr("Exit code: %1").arg(exitCode));
    m_exitCode->setVisible(exitCode >= 0);

    const QColor accent = failedColor(pal);
    const QColor base = pal.color(QPalette::Base);
    const QString style = QStringLiteral("QFrame#failurePanel { background-color: %1; border: 1px solid %2; "
                                         "border-radius: 4px; }")
                              .arg(blend(accent, base, 0.12).name(), blend(accent, base, 0.6).name());
    if (m_failurePanel->styleSheet() != style)
        m_failurePanel->setStyleSheet(style);
    m_failurePanel->show();
}

} // namespace sbs::gui
