#include "LogView.h"

#include "LogLineDelegate.h"
#include "Prompts.h"
#include "models/LogModel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sbs::gui {

using models::LogModel;
using models::LogProblemsModel;
using models::LogSearch;

namespace {

constexpr int SearchDelayMs = 150;

int digitsOf(int n)
{
    return int(QString::number(n).size());
}

} // namespace

LogView::LogView(QWidget* parent)
    : QWidget(parent)
{
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Find in log"));
    m_searchEdit->setClearButtonEnabled(true);

    m_previousButton = new QToolButton(this);
    m_previousButton->setObjectName(QStringLiteral("findPreviousButton"));
    m_previousButton->setText(tr("Previous"));
    m_previousButton->setArrowType(Qt::UpArrow);
    m_previousButton->setToolTip(tr("Previous match (Shift+F3)"));

    m_nextButton = new QToolButton(this);
    m_nextButton->setObjectName(QStringLiteral("findNextButton"));
    m_nextButton->setText(tr("Next"));
    m_nextButton->setArrowType(Qt::DownArrow);
    m_nextButton->setToolTip(tr("Next match (F3 or Enter)"));

    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    m_matchLabel->setMinimumWidth(m_matchLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000000 of 0000000")));

    m_problemsOnlyCheckBox = new QCheckBox(tr("Only errors and warnings"), this);
    m_problemsOnlyCheckBox->setObjectName(QStringLiteral("problemsOnlyCheckBox"));

    m_followCheckBox = new QCheckBox(tr("Follow"), this);
    m_followCheckBox->setObjectName(QStringLiteral("followCheckBox"));
    m_followCheckBox->setToolTip(tr("Stay at the end of the log as lines come in"));
    m_followCheckBox->setChecked(true);

    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the selected lines"));

    m_saveAsButton = new QToolButton(this);
    m_saveAsButton->setObjectName(QStringLiteral("saveAsButton"));
    m_saveAsButton->setText(tr("Save As…"));
    m_saveAsButton->setToolTip(tr("Save the whole log as received"));

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("logListView"));
    m_list->setUniformItemSizes(true);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Pixel scrolling keeps the scroll range a product of row count and height; per-item
    // scrolling would walk every row's position each time the range is set.
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_delegate = new LogLineDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->installEventFilter(this);

    auto* copyAction = new QAction(tr("Copy"), m_list);
    connect(copyAction, &QAction::triggered, this, &LogView::copySelection);
    auto* selectAllAction = new QAction(tr("Select All"), m_list);
    connect(selectAllAction, &QAction::triggered, m_list, &QListView::selectAll);
    m_list->addActions({ copyAction, selectAllAction });
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_previousButton);
    bar->addWidget(m_nextButton);
    bar->addWidget(m_matchLabel);
    bar->addSpacing(12);
    bar->addWidget(m_problemsOnlyCheckBox);
    bar->addWidget(m_followCheckBox);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_saveAsButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &LogView::applySearch);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) { // clearing shows at once
            m_searchDelay.stop();
            applySearch();
        } else {
            m_searchDelay.start();
        }
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { find(1); });
    connect(m_nextButton, &QToolButton::clicked, this, [this] { find(1); });
    connect(m_previousButton, &QToolButton::clicked, this, [this] { find(-1); });
    new QShortcut(QKeySequence::FindNext, this, this, [this] { find(1); }, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence::FindPrevious, this, this, [this] { find(-1); }, Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence::Find, this, this,
        [this] {
            m_searchEdit->setFocus(Qt::ShortcutFocusReason);
            m_searchEdit->selectAll();
        },
        Qt::WidgetWithChildrenShortcut);

    connect(m_problemsOnlyCheckBox, &QCheckBox::toggled, this, &LogView::applyProblemsOnly);
    connect(m_followCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            followNow();
        Q_EMIT followingChanged(on);
    });
    connect(m_copyButton, &QToolButton::clicked, this, &LogView::copySelection);
    connect(m_saveAsButton, &QToolButton::clicked, this, &LogView::saveAs);

    m_followTimer.setSingleShot(true);
    m_followTimer.setInterval(0);
    connect(&m_followTimer, &QTimer::timeout, this, &LogView::followNow);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, &LogView::onScrolled);
    updateMatchLabel();
}

LogView::~LogView()
{
    // The children go after this: nothing the model says may reach a half-gone view.
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
}

void LogView::setModel(LogModel* model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    // The list lets go of the old models before they go.
    QItemSelectionModel* oldSelection = m_list->selectionModel();
    m_list->setModel(nullptr);
    delete oldSelection;
    delete m_search;
    m_search = nullptr;
    delete m_problems;
    m_problems = nullptr;
    m_model = model;
    m_pendingStep = 0;
    if (model) {
        m_problems = new LogProblemsModel(model, this);
        m_search = new LogSearch(model, this);
        const auto searchMoved = [this] {
            if (m_pendingStep != 0) {
                const int step = m_pendingStep;
                m_pendingStep = 0;
                find(step);
            }
            updateMatchLabel();
        };
        connect(m_search, &LogSearch::matchesChanged, this, searchMoved);
        connect(m_search, &LogSearch::finished, this, searchMoved);
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
            if (isFollowing() && !m_followTimer.isActive())
                m_followTimer.start();
            // The gutter widens with the line numbers.
            const int digits = digitsOf(m_model->rowCount());
            if (digits != m_shownDigits) {
                m_shownDigits = digits;
                m_list->viewport()->update();
            }
        });
        connect(model, &QAbstractItemModel::modelReset, this, &LogView::onLogReset);
        connect(model, &QObject::destroyed, this, [this] {
            QItemSelectionModel* selection = m_list->selectionModel();
            m_list->setModel(nullptr);
            delete selection;
            delete m_search;
            m_search = nullptr;
            delete m_problems;
            m_problems = nullptr;
            updateMatchLabel();
        });
        m_shownDigits = digitsOf(model->rowCount());
    }
    attachListModel();
    if (m_search)
        m_search->setText(m_delegate->highlight());
    if (isFollowing())
        followNow();
    updateMatchLabel();
}

LogModel* LogView::model() const
{
    return m_model;
}

bool LogView::isFollowing() const
{
    return m_followCheckBox->isChecked();
}

void LogView::setFollowing(bool follow)
{
    m_followCheckBox->setChecked(follow);
}

bool LogView::problemsOnly() const
{
    return m_problemsOnlyCheckBox->isChecked();
}

void LogView::setProblemsOnly(bool problemsOnly)
{
    m_problemsOnlyCheckBox->setChecked(problemsOnly);
}

QListView* LogView::listView() const
{
    return m_list;
}

template<typename F> void LogView::programmatic(F&& scroll)
{
    ++m_programmatic;
    scroll();
    --m_programmatic;
}

void LogView::attachListModel()
{
    QAbstractItemModel* wanted = nullptr;
    if (m_model)
        wanted = problemsOnly() ? static_cast<QAbstractItemModel*>(m_problems) : m_model.data();
    if (m_list->model() != wanted) {
        // setModel() makes a new selection model and leaves the old one to its owner.
        QItemSelectionModel* old = m_list->selectionModel();
        m_list->setModel(wanted);
        if (old != m_list->selectionModel())
            delete old;
    }
    if (QItemSelectionModel* selection = m_list->selectionModel())
        connect(selection, &QItemSelectionModel::currentChanged, this, &LogView::updateMatchLabel,
                Qt::UniqueConnection);
}

int LogView::sourceRowOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return -1;
    if (m_problems && index.model() == m_problems)
        return m_problems->sourceRow(index.row());
    return index.row();
}

QModelIndex LogView::viewIndexOf(int sourceRow) const
{
    if (!m_model || sourceRow < 0 || sourceRow >= m_model->rowCount())
        return {};
    if (m_list->model() == m_problems) {
        const int row = m_problems->rowAtOrAfter(sourceRow);
        return row >= 0 && m_problems->sourceRow(row) == sourceRow ? m_problems->index(row) : QModelIndex();
    }
    return m_model->index(sourceRow);
}

int LogView::currentRow() const
{
    return sourceRowOf(m_list->currentIndex());
}

void LogView::showRow(int sourceRow)
{
    if (!m_model || sourceRow < 0 || sourceRow >= m_model->rowCount())
        return;
    setFollowing(false);
    const LogModel::Severity severity = m_model->severity(sourceRow);
    if (problemsOnly() && severity != LogModel::Severity::Warning && severity != LogModel::Severity::Error)
        setProblemsOnly(false);
    const QModelIndex index = viewIndexOf(sourceRow);
    if (!index.isValid())
        return;
    programmatic([&] {
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    });
    updateMatchLabel();
}

void LogView::applyProblemsOnly(bool problemsOnly)
{
    const int current = currentRow(); // of the model the list shows until now
    programmatic([&] {
        attachListModel();
        m_list->doItemsLayout();
        if (current >= 0 && m_model) {
            QModelIndex index = m_model->index(current);
            if (problemsOnly) {
                const int row = m_problems->rowAtOrAfter(current);
                index = row >= 0 ? m_problems->index(row) : QModelIndex();
            }
            if (index.isValid()) {
                m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
                m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
            }
        }
        if (isFollowing())
            m_list->scrollToBottom();
    });
    updateMatchLabel();
}

void LogView::followNow()
{
    m_followTimer.stop();
    programmatic([this] { m_list->scrollToBottom(); });
}

void LogView::onScrolled(int value)
{
    if (m_programmatic)
        return;
    // The user moved the view: away from the end stops following, back at the end resumes.
    const bool atEnd = value >= m_list->verticalScrollBar()->maximum();
    if (atEnd != isFollowing())
        setFollowing(atEnd);
}

void LogView::onLogReset()
{
    m_pendingStep = 0;
    m_shownDigits = m_model ? digitsOf(m_model->rowCount()) : 0;
    programmatic([this] {
        m_list->doItemsLayout();
        m_list->horizontalScrollBar()->setValue(0);
        if (isFollowing())
            m_list->scrollToBottom();
        else
            m_list->scrollToTop();
    });
    updateMatchLabel();
}

void LogView::applySearch()
{
    m_searchDelay.stop();
    m_pendingStep = 0;
    const QString text = m_searchEdit->text();
    m_delegate->setHighlight(text);
    if (m_search)
        m_search->setText(text);
    m_list->viewport()->update();
    updateMatchLabel();
}

void LogView::find(int step)
{
    if (m_searchDelay.isActive())
        applySearch();
    if (!m_search || m_search->text().isEmpty())
        return;
    const int from = currentRow();
    const int row = step > 0 ? m_search->next(from) : m_search->previous(from);
    // While the search runs, "none" or a wrap may only mean the match is not found yet: the
    // step is taken again when more matches come.
    const bool wrapped = row >= 0 && from >= 0 && (step > 0 ? row <= from : row >= from);
    if (m_search->isSearching() && (row < 0 || wrapped)) {
        m_pendingStep = step;
        updateMatchLabel();
        return;
    }
    m_pendingStep = 0;
    if (row >= 0)
        showRow(row);
    updateMatchLabel();
}

void LogView::updateMatchLabel()
{
    if (!m_search || m_search->text().isEmpty()) {
        m_matchLabel->clear();
        return;
    }
    const QVector<int>& matches = m_search->matches();
    const QLocale locale;
    if (matches.isEmpty()) {
        m_matchLabel->setText(m_search->isSearching() ? tr("Searching…") : tr("No matches"));
        return;
    }
    const int row = currentRow();
    const auto it = std::lower_bound(matches.cbegin(), matches.cend(), row);
    if (row >= 0 && it != matches.cend() && *it == row) {
        m_matchLabel->setText(
            tr("%1 of %2").arg(locale.toString(int(it - matches.cbegin()) + 1), locale.toString(matches.size())));
    } else if (matches.size() == 1) {
        m_matchLabel->setText(tr("1 match"));
    } else {
        m_matchLabel->setText(tr("%1 matches").arg(locale.toString(matches.size())));
    }
}

QString LogView::selectedText() const
{
    const QItemSelectionModel* selection = m_list->selectionModel();
    if (!m_model || !selection)
        return {};
    // Ranges rather than selectedIndexes(): a select-all over a million lines stays one range.
    QVector<QPair<int, int>> ranges;
    for (const QItemSelectionRange& range : selection->selection())
        ranges.append({ range.top(), range.bottom() });
    std::sort(ranges.begin(), ranges.end());
    QString text;
    int last = -1;
    bool first = true;
    for (const auto& [top, bottom] : std::as_const(ranges)) {
        for (int row = std::max(top, last + 1); row <= bottom; ++row) {
            const int source = sourceRowOf(m_list->model()->index(row, 0));
            if (source < 0)
                continue;
            if (!first)
                text += QLatin1Char('\n');
            text += m_model->lineText(source);
            first = false;
        }
        last = std::max(last, bottom);
    }
    return text;
}

void LogView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

Status LogView::saveTo(const QString& path) const
{
    if (!m_model)
        return Status::fail(tr("There is no log to save."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!m_model->writeTo(&file)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    if (!file.commit())
        return Status::fail(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::ok();
}

void LogView::saveAs()
{
    if (!m_model)
        return;
    const QString path = Prompts::saveFileName(this, tr("Save Log As"),
                                               QDir::home().filePath(QStringLiteral("build.log")),
                                               tr("Log files (*.log);;Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status saved = saveTo(path);
    if (saved)
        return;
    const QString title = tr("Cannot save the log");
    // Tests answer prompts instead of seeing a window.
    if (Prompts::isTestMode())
        Prompts::question(this, title, saved.error(), QMessageBox::Ok, QMessageBox::Ok);
    else
        QMessageBox::warning(this, title, saved.error());
}

bool LogView::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+C on the list copies the selected lines (the list alone would copy the current one).
    // Accepting the override keeps a window-wide Copy shortcut from taking the key.
    if (watched == m_list && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        if (static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                copySelection();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sbs::gui
