#include "CompareView.h"

#include "ChartPalette.h"
#include "CodeTextEdit.h"
#include "FileViewer.h"
#include "LogLineDelegate.h"
#include "MessageWidget.h"
#include "WorkerSet.h"
#include "history/BuildRecord.h"
#include "manifest/ManifestArchive.h"

#include <QCheckBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>
#include <atomic>

namespace sbs::gui {

using manifest::ManifestArchive;
using manifest::ManifestCompare;
using manifest::ManifestDifference;
using manifest::ReadControl;
using manifest::TextDiffLine;

namespace {

// A diff of larger files would be slow to compute and to read; the reviewer extracts them.
constexpr qint64 DiffReadLimit = 8LL << 20;
constexpr int ProgressSteps = 1000;

int permilleOf(qint64 done, qint64 total)
{
    return total > 0 ? int(std::clamp<qint64>(done * ProgressSteps / total, 0, ProgressSteps)) : 0;
}
enum DifferenceColumn { KindColumn, PathColumn, SizeBeforeColumn, SizeAfterColumn };

struct DiffOutcome
{
    QString message; // instead of lines: binary, too large, unreadable
    QList<TextDiffLine> lines;
};

QColor kindColor(ManifestDifference::Kind kind, const QPalette& palette)
{
    switch (kind) {
    case ManifestDifference::Kind::Added:
        return resultColor(history::BuildRecord::Result::Succeeded, palette);
    case ManifestDifference::Kind::Removed:
        return LogLineDelegate::textColor(models::LogModel::Severity::Error, palette);
    case ManifestDifference::Kind::Changed:
        break;
    }
    return LogLineDelegate::textColor(models::LogModel::Severity::Warning, palette);
}

QString kindText(ManifestDifference::Kind kind)
{
    switch (kind) {
    case ManifestDifference::Kind::Added:
        return CompareView::tr("Added");
    case ManifestDifference::Kind::Removed:
        return CompareView::tr("Removed");
    case ManifestDifference::Kind::Changed:
        break;
    }
    return CompareView::tr("Changed");
}

QString sizeText(qint64 size)
{
    return size < 0 ? QString() : QLocale().formattedDataSize(size);
}

// One side of a diff: the file's text, empty when the side has no such file.
Result<QString> readSide(const QString& manifestPath, const QString& path, qint64 size,
                         const ReadControl& control)
{
    if (size < 0)
        return Result<QString>::ok(QString());
    if (size > DiffReadLimit) {
        return Result<QString>::fail(CompareView::tr("%1 holds %2, too much to compare here.")
                                         .arg(path, QLocale().formattedDataSize(size)));
    }
    const Result<QByteArray> data = ManifestArchive::readFile(manifestPath, path, DiffReadLimit, control);
    if (!data)
        return Result<QString>::fail(data.error());
    const std::optional<QString> text = FileViewer::decodeText(data.value());
    if (!text)
        return Result<QString>::fail(CompareView::tr("Binary files differ."));
    return Result<QString>::ok(*text);
}

} // namespace

struct CompareView::Private
{
    CompareView* q = nullptr;
    MessageWidget* message = nullptr;
    QLabel* summary = nullptr;
    QCheckBox* gitMetadata = nullptr;
    QProgressBar* progress = nullptr;
    QPushButton* cancelButton = nullptr;
    QTreeWidget* list = nullptr;
    CodeTextEdit* diff = nullptr;
    QTableWidget* buildTable = nullptr;

    QString before;
    QString after;
    ManifestDifference difference;
    QList<TextDiffLine> shownLines;
    quint64 generation = 0; // one per compare(); late reports of an earlier one are dropped
    bool comparing = false;
    CancelFlag compareCancel;
    CancelFlag diffCancel;
    quint64 diffToken = 0;
    WorkerSet workers; // waited for by the destructor
    void setBusy(bool busy);
    void finishCompare(const Result<ManifestDifference>& result);
    void fillList();
    void updateSummary();
    bool isShown(const ManifestDifference::Entry& entry) const;
    void fillBuildTable();
    void showCurrent();
    void showLines(const QList<TextDiffLine>& lines);
    void showDiffMessage(const QString& text);
};

CompareView::CompareView(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->message = new MessageWidget(this);
    d->message->setObjectName(QStringLiteral("compareMessageWidget"));
    d->message->hide();

    d->summary = new QLabel(tr("Choose two manifests to compare."), this);
    d->summary->setObjectName(QStringLiteral("compareSummaryLabel"));
    d->summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A clone's .git folder differs between any two commits (objects, refs, index): shown only
    // on request, so the list is about the source.
    d->gitMetadata = new QCheckBox(tr("Show changes inside .git"), this);
    d->gitMetadata->setObjectName(QStringLiteral("showGitMetadataCheckBox"));
    d->gitMetadata->setToolTip(tr("The git/ folder of a manifest holds the clone, with its .git "
                                  "folder; its files change with every commit."));
    connect(d->gitMetadata, &QCheckBox::toggled, this, [this] {
        d->fillList();
        d->updateSummary();
    });
    d->progress = new QProgressBar(this);
    d->progress->setObjectName(QStringLiteral("compareProgressBar"));
    d->progress->setRange(0, ProgressSteps);
    d->cancelButton = new QPushButton(tr("Cancel"), this);
    d->cancelButton->setObjectName(QStringLiteral("compareCancelButton"));

    d->list = new QTreeWidget(this);
    d->list->setObjectName(QStringLiteral("differenceList"));
    d->list->setColumnCount(4);
    d->list->setHeaderLabels({ tr("Kind"), tr("Path"), tr("Before"), tr("After") });
    d->list->setRootIsDecorated(false);
    d->list->setUniformRowHeights(true);
    d->list->setSelectionMode(QAbstractItemView::SingleSelection);
    d->list->header()->setStretchLastSection(false);
    d->list->header()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    d->list->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    const int sizeWidth = d->list->fontMetrics().horizontalAdvance(QStringLiteral("999.9 MiB  MM"));
    d->list->header()->resizeSection(SizeBeforeColumn, sizeWidth);
    d->list->header()->resizeSection(SizeAfterColumn, sizeWidth);

    d->diff = new CodeTextEdit(this);
    d->diff->setObjectName(QStringLiteral("diffTextEdit"));

    d->buildTable = new QTableWidget(0, 3, this);
    d->buildTable->setObjectName(QStringLiteral("buildRecordTable"));
    d->buildTable->setHorizontalHeaderLabels({ tr("Key"), tr("Before"), tr("After") });
    d->buildTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    d->buildTable->verticalHeader()->hide();
    d->buildTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    d->buildTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    d->buildTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    d->buildTable->setWordWrap(false);

    auto* top = new QHBoxLayout;
    top->addWidget(d->summary, 1);
    top->addWidget(d->gitMetadata);
    top->addWidget(d->progress);
    top->addWidget(d->cancelButton);

    // The summary wraps rather than widening the window; the paths get the room they need.
    d->summary->setWordWrap(true);
    d->summary->setMinimumWidth(200);
    auto* files = new QSplitter(Qt::Horizontal, this);
    files->addWidget(d->list);
    files->addWidget(d->diff);
    files->setStretchFactor(0, 1);
    files->setStretchFactor(1, 1);
    d->list->setMinimumWidth(280);
    d->diff->setMinimumWidth(200);
    auto* sections = new QSplitter(Qt::Vertical, this);
    sections->setObjectName(QStringLiteral("compareSplitter"));
    sections->addWidget(files);
    sections->addWidget(d->buildTable);
    sections->setStretchFactor(0, 3);
    sections->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->message);
    layout->addLayout(top);
    layout->addWidget(sections, 1);

    connect(d->cancelButton, &QPushButton::clicked, this, &CompareView::cancel);
    connect(d->list, &QTreeWidget::currentItemChanged, this, [this] { d->showCurrent(); });
    d->setBusy(false);
}

CompareView::~CompareView()
{
    for (const CancelFlag& flag : { d->compareCancel, d->diffCancel }) {
        if (flag)
            *flag = true;
    }
    d->workers.waitForAll();
}

void CompareView::compare(const QString& before, const QString& after)
{
    cancel();
    const quint64 gen = ++d->generation;
    const CancelFlag cancelFlag = std::make_shared<std::atomic_bool>(false);
    d->compareCancel = cancelFlag;
    d->before = before;
    d->after = after;
    d->difference = ManifestDifference();
    d->fillList();
    d->fillBuildTable();
    d->showDiffMessage(QString());
    d->message->hideMessage();
    d->progress->setValue(0);
    d->summary->setText(tr("Comparing…"));
    d->setBusy(true);

    CompareView* view = this;
    auto* watcher = new QFutureWatcher<Result<ManifestDifference>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, gen] {
        watcher->deleteLater();
        if (gen == d->generation)
            d->finishCompare(watcher->result());
    });
    const QFuture<Result<ManifestDifference>> future
        = QtConcurrent::run([view, gen, before, after, cancelFlag] {
              ReadControl control;
              control.cancelled = [cancelFlag] {
                  return cancelFlag->load();
              };
              int lastPermille = -1;
              control.progress = [&](qint64 done, qint64 total) {
                  const int permille = permilleOf(done, total);
                  if (permille == lastPermille)
                      return;
                  lastPermille = permille;
                  // The destructor waits for this worker, so view is alive for every post.
                  QMetaObject::invokeMethod(
                      view,
                      [view, gen, permille] {
                          if (gen == view->d->generation)
                              view->d->progress->setValue(permille);
                      },
                      Qt::QueuedConnection);
              };
              return ManifestCompare::compare(before, after, control);
          });
    watcher->setFuture(future);
    d->workers.track(QFuture<void>(future));
}

bool CompareView::isComparing() const
{
    return d->comparing;
}

void CompareView::cancel()
{
    if (d->compareCancel)
        *d->compareCancel = true;
    if (d->diffCancel)
        *d->diffCancel = true;
}

const ManifestDifference& CompareView::difference() const
{
    return d->difference;
}

bool CompareView::showDiff(const QString& path)
{
    for (int row = 0; row < d->list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = d->list->topLevelItem(row);
        if (item->text(PathColumn) != path)
            continue;
        if (d->list->currentItem() == item)
            d->showCurrent(); // read again: no currentItemChanged for the same row
        else
            d->list->setCurrentItem(item);
        d->list->scrollToItem(item);
        return true;
    }
    return false;
}

QList<TextDiffLine> CompareView::shownDiff() const
{
    return d->shownLines;
}

void CompareView::Private::setBusy(bool busy)
{
    comparing = busy;
    progress->setVisible(busy);
    cancelButton->setVisible(busy);
}

void CompareView::Private::finishCompare(const Result<ManifestDifference>& result)
{
    setBusy(false);
    if (!result) {
        const bool cancelled = compareCancel && compareCancel->load();
        const QString text = cancelled ? tr("The comparison was cancelled.") : result.error();
        summary->setText(cancelled ? text : tr("The manifests could not be compared."));
        message->showMessage(text, cancelled ? MessageWidget::Type::Information : MessageWidget::Type::Error);
        Q_EMIT q->compareFailed(text);
        return;
    }
    difference = result.value();
    updateSummary();
    fillList();
    fillBuildTable();
    showDiffMessage(difference.entries.isEmpty() ? tr("The files of both manifests are the same.")
                                                 : tr("Select a file to see what changed in it."));
    Q_EMIT q->compared();
}

bool CompareView::Private::isShown(const ManifestDifference::Entry& entry) const
{
    if (gitMetadata->isChecked())
        return true;
    return !entry.path.contains(QLatin1String("/.git/")) && !entry.path.endsWith(QLatin1String("/.git"));
}

void CompareView::Private::updateSummary()
{
    int counts[3] = { 0, 0, 0 };
    int hidden = 0;
    for (const ManifestDifference::Entry& entry : std::as_const(difference.entries)) {
        if (isShown(entry))
            ++counts[int(entry.kind)];
        else
            ++hidden;
    }
    const QLocale locale;
    QString text = tr("%1 added, %2 removed, %3 changed, %4 unchanged")
                       .arg(locale.toString(counts[int(ManifestDifference::Kind::Added)]),
                            locale.toString(counts[int(ManifestDifference::Kind::Removed)]),
                            locale.toString(counts[int(ManifestDifference::Kind::Changed)]),
                            locale.toString(difference.unchanged));
    if (hidden > 0)
        text += QLatin1Char(' ') + tr("(%n difference(s) inside .git not listed)", nullptr, hidden);
    summary->setText(text);
}

void CompareView::Private::fillList()
{
    list->clear();
    const QPalette palette = list->palette();
    QList<QTreeWidgetItem*> items;
    items.reserve(difference.entries.size());
    for (const ManifestDifference::Entry& entry : std::as_const(difference.entries)) {
        if (!isShown(entry))
            continue;
        auto* item = new QTreeWidgetItem;
        item->setText(KindColumn, kindText(entry.kind));
        item->setForeground(KindColumn, kindColor(entry.kind, palette));
        item->setData(KindColumn, Qt::UserRole, int(entry.kind));
        item->setText(PathColumn, entry.path);
        item->setToolTip(PathColumn, entry.path);
        item->setText(SizeBeforeColumn, sizeText(entry.sizeBefore));
        item->setText(SizeAfterColumn, sizeText(entry.sizeAfter));
        item->setTextAlignment(SizeBeforeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(SizeAfterColumn, Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    list->addTopLevelItems(items);
}

void CompareView::Private::fillBuildTable()
{
    const QStringList keys = difference.changedBuildKeys();
    buildTable->setRowCount(int(keys.size()));
    const QString absent = tr("(not set)");
    for (int row = 0; row < keys.size(); ++row) {
        const QString& key = keys.at(row);
        buildTable->setItem(row, 0, new QTableWidgetItem(key));
        int column = 1;
        for (const QJsonObject* record : { &difference.buildBefore, &difference.buildAfter }) {
            const QString text
                = record->contains(key) ? FileViewer::jsonValueText(record->value(key)) : absent;
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(text);
            buildTable->setItem(row, column++, item);
        }
    }
}

void CompareView::Private::showCurrent()
{
    if (diffCancel)
        *diffCancel = true;
    const quint64 token = ++diffToken;
    shownLines.clear();
    QTreeWidgetItem* item = list->currentItem();
    if (!item) {
        showDiffMessage(QString());
        return;
    }
    const QString path = item->text(PathColumn);
    const ManifestDifference::Entry* entry = nullptr;
    for (const ManifestDifference::Entry& candidate : std::as_const(difference.entries)) {
        if (candidate.path == path) {
            entry = &candidate;
            break;
        }
    }
    if (!entry)
        return;
    showDiffMessage(tr("Reading %1…").arg(path));

    const CancelFlag cancelFlag = std::make_shared<std::atomic_bool>(false);
    diffCancel = cancelFlag;
    const QString beforePath = before;
    const QString afterPath = after;
    const qint64 sizeBefore = entry->sizeBefore;
    const qint64 sizeAfter = entry->sizeAfter;
    auto* watcher = new QFutureWatcher<DiffOutcome>(q);
    QObject::connect(watcher, &QFutureWatcherBase::finished, q, [this, watcher, token, path] {
        watcher->deleteLater();
        if (token != diffToken)
            return;
        const DiffOutcome outcome = watcher->result();
        if (outcome.message.isEmpty())
            showLines(outcome.lines);
        else
            showDiffMessage(outcome.message);
        Q_EMIT q->diffShown(path);
    });
    const QFuture<DiffOutcome> future
        = QtConcurrent::run([beforePath, afterPath, path, sizeBefore, sizeAfter, cancelFlag] {
              ReadControl control;
              control.cancelled = [cancelFlag] {
                  return cancelFlag->load();
              };
              DiffOutcome outcome;
              const Result<QString> oldText = readSide(beforePath, path, sizeBefore, control);
              const Result<QString> newText = oldText ? readSide(afterPath, path, sizeAfter, control)
                                                      : Result<QString>::fail(QString());
              if (!oldText || !newText) {
                  outcome.message = oldText ? newText.error() : oldText.error();
                  return outcome;
              }
              Result<QList<TextDiffLine>> lines = manifest::diffLines(oldText.value(), newText.value());
              if (!lines)
                  outcome.message = lines.error();
              else
                  outcome.lines = lines.take();
              return outcome;
          });
    watcher->setFuture(future);
    workers.track(QFuture<void>(future));
}

void CompareView::Private::showDiffMessage(const QString& text)
{
    diff->setGutterLabels({ QString() });
    diff->setPlainText(text);
}

void CompareView::Private::showLines(const QList<TextDiffLine>& lines)
{
    shownLines = lines;
    const QPalette palette = diff->palette();
    QTextBlockFormat removed;
    removed.setBackground(LogLineDelegate::backgroundColor(models::LogModel::Severity::Error, palette));
    QTextBlockFormat added;
    added.setBackground(blendColors(palette.color(QPalette::Base),
                                    resultColor(history::BuildRecord::Result::Succeeded, palette),
                                    isDarkPalette(palette) ? 0.3 : 0.15));
    const QTextBlockFormat same;
    const QTextCharFormat text;
    QTextCharFormat gapText;
    gapText.setForeground(palette.color(QPalette::PlaceholderText));

    int largest = 1;
    for (const TextDiffLine& line : lines)
        largest = qMax(largest, qMax(line.lineBefore, line.lineAfter));
    const int width = int(QString::number(largest).size());

    // Line numbers of both sides go in the gutter, so the text holds only the "-"/"+" marks.
    QStringList labels;
    diff->clear();
    QTextCursor cursor(diff->document());
    cursor.beginEditBlock();
    bool first = true;
    const auto startBlock = [&](const QTextBlockFormat& format) {
        if (first)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format);
        first = false;
    };
    int lastBefore = 0;
    int lastAfter = 0;
    for (const TextDiffLine& line : lines) {
        // Unchanged lines left out between two changes (or before the first) show as one "…".
        const bool gap = (line.lineBefore > 0 && line.lineBefore != lastBefore + 1)
            || (line.lineAfter > 0 && line.lineAfter != lastAfter + 1);
        if (gap) {
            startBlock(same);
            cursor.insertText(QStringLiteral("\u22ef"), gapText);
            labels << QString();
        }
        QChar mark = QLatin1Char(' ');
        if (line.kind == TextDiffLine::Kind::Removed) {
            startBlock(removed);
            mark = QLatin1Char('-');
        } else if (line.kind == TextDiffLine::Kind::Added) {
            startBlock(added);
            mark = QLatin1Char('+');
        } else {
            startBlock(same);
        }
        cursor.insertText(mark + QLatin1Char(' ') + line.text, text);
        labels << QStringLiteral("%1 %2")
                      .arg(line.lineBefore > 0 ? QString::number(line.lineBefore) : QString(), width)
                      .arg(line.lineAfter > 0 ? QString::number(line.lineAfter) : QString(), width);
        if (line.lineBefore > 0)
            lastBefore = line.lineBefore;
        if (line.lineAfter > 0)
            lastAfter = line.lineAfter;
    }
    cursor.endEditBlock();
    diff->setGutterLabels(labels);
    diff->moveCursor(QTextCursor::Start);
}

} // namespace sbs::gui
