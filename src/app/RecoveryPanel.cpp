#include "RecoveryPanel.h"

#include "Icons.h"
#include "Prompts.h"
#include "models/ConfigFieldModel.h"
#include "models/ProfileSession.h"
#include "models/StateImageListModel.h"
#include "state/StateImageFile.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sbs::gui {

using models::RecoveryFlow;
using models::StateImageListModel;
using state::StateImageFile;
using state::StateImageRecord;
using Match = StateImageListModel::Match;
using Type = MessageWidget::Type;

namespace {

constexpr int IconSize = 16;

// The texts keep the translation context of the page they are shown on.
struct PageText
{
    Q_DECLARE_TR_FUNCTIONS(sbs::gui::StatePage)
};

// What the reading worker hands back; default-constructible for QFuture.
struct ReadResult
{
    std::optional<StateImageFile> file;
    QString error;
};

// "statusStep", "initStep", ...: the prefix of the object names of a step's labels.
QString stepName(RecoveryFlow::Step step)
{
    switch (step) {
    case RecoveryFlow::Step::Status:
        return QStringLiteral("statusStep");
    case RecoveryFlow::Step::Init:
        return QStringLiteral("initStep");
    case RecoveryFlow::Step::PostState:
        return QStringLiteral("postStateStep");
    case RecoveryFlow::Step::Update:
        return QStringLiteral("updateStep");
    case RecoveryFlow::Step::Build:
        return QStringLiteral("buildStep");
    }
    return {};
}

QLabel* wrappingLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton* button(QWidget* parent, const QString& text, const char* objectName, const QIcon& icon,
                    const QString& toolTip)
{
    auto* b = new QPushButton(icon, text, parent);
    b->setObjectName(QLatin1String(objectName));
    b->setToolTip(toolTip);
    return b;
}

} // namespace

void readStateImageFile(QObject* context, WorkerSet& workers, const QString& path,
                        std::function<void(const Result<StateImageFile>&)> done)
{
    // State images can be as large as 1 GiB: never read on the GUI thread.
    QFuture<ReadResult> future = QtConcurrent::run([path] {
        Result<StateImageFile> file = StateImageFile::read(path, false);
        if (!file)
            return ReadResult { std::nullopt, file.error() };
        return ReadResult { file.take(), QString() };
    });
    auto* watcher = new QFutureWatcher<ReadResult>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        const ReadResult read = watcher->result();
        done(read.file ? Result<StateImageFile>::ok(*read.file) : Result<StateImageFile>::fail(read.error));
    });
    watcher->setFuture(future);
    workers.track(QFuture<void>(future));
}

RecoveryPanel::RecoveryPanel(models::ProfileSession* session, StateImageListModel* images, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_images(images)
    , m_flow(new RecoveryFlow(session, this))
{
    buildUi();
    connect(m_flow, &RecoveryFlow::stepStarted, this, &RecoveryPanel::onStepStarted);
    connect(m_flow, &RecoveryFlow::stepFinished, this, &RecoveryPanel::onStepFinished);
    connect(m_flow, &RecoveryFlow::finished, this, &RecoveryPanel::onFinished);
    connect(m_recoverButton, &QPushButton::clicked, this, [this] {
        if (m_selected)
            recoverRecord(*m_selected);
    });
    connect(m_fromFileButton, &QPushButton::clicked, this, [this] {
        const QString path = Prompts::openFileName(this, PageText::tr("Recover from a State Image File"),
                                                   m_folder, PageText::tr("All files (*)"));
        if (!path.isEmpty())
            recoverFromFile(path);
    });
    connect(m_fromBucketButton, &QPushButton::clicked, this, [this] { recoverFromBucket(bucket(), name()); });
    connect(m_startButton, &QPushButton::clicked, this, &RecoveryPanel::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &RecoveryPanel::cancel);
    for (QLineEdit* edit : { m_bucketEdit, m_nameEdit })
        connect(edit, &QLineEdit::textChanged, this, &RecoveryPanel::updateButtons);
    connect(m_buildCheck, &QCheckBox::toggled, this, [this] {
        if (!m_running)
            resetSteps();
    });
    resetSteps();
    updateIntro();
    updateButtons();
}

RecoveryPanel::~RecoveryPanel()
{
    // The flow's late answers and the readers' results must not reach a panel that is going away.
    ++m_readToken;
    disconnect(m_flow, nullptr, this, nullptr);
    m_flow->cancel();
    m_workers.waitForAll();
}

void RecoveryPanel::buildUi()
{
    m_introLabel = wrappingLabel(this, QStringLiteral("recoveryIntroLabel"));
    m_recoverButton = button(this, PageText::tr("Recover o&n This Server…"), "recoverButton",
                             Icons::bundled(QStringLiteral("server")),
                             PageText::tr("Check the image selected in the list and prepare its recovery"));
    m_fromFileButton = button(this, PageText::tr("Recover from F&ile…"), "recoverFromFileButton",
                              Icons::bundled(QStringLiteral("folder")),
                              PageText::tr("Check a state image file and prepare its recovery"));
    m_bucketEdit = new QLineEdit(this);
    m_bucketEdit->setObjectName(QStringLiteral("recoveryBucketEdit"));
    m_bucketEdit->setPlaceholderText(PageText::tr("Bucket"));
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("recoveryNameEdit"));
    m_nameEdit->setPlaceholderText(PageText::tr("State image name"));
    m_nameEdit->setToolTip(
        PageText::tr("The name of the state image in the bucket, as its metadata file says"));
    m_fromBucketButton = button(this, PageText::tr("Recover from Buc&ket…"), "recoverFromBucketButton",
                                Icons::bundled(QStringLiteral("storage")),
                                PageText::tr("The server fetches the image with this name from this bucket"));
    auto* chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_recoverButton);
    chooseRow->addWidget(m_fromFileButton);
    chooseRow->addStretch(1);
    auto* bucketRow = new QHBoxLayout;
    bucketRow->addWidget(m_bucketEdit, 1);
    bucketRow->addWidget(m_nameEdit, 2);
    bucketRow->addWidget(m_fromBucketButton);

    m_sourceLabel = wrappingLabel(this, QStringLiteral("recoverySourceLabel"));
    QFont bold = m_sourceLabel->font();
    bold.setBold(true);
    m_sourceLabel->setFont(bold);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < RecoveryFlow::StepCount; ++i)
        addStepRow(Step(i), i, grid);

    m_buildCheck = new QCheckBox(PageText::tr("Build after recovery"), this);
    m_buildCheck->setObjectName(QStringLiteral("buildAfterRecoveryCheckBox"));
    m_buildCheck->setChecked(true);
    m_buildCheck->setToolTip(PageText::tr("Start a build as the last step"));
    m_startButton = button(this, PageText::tr("Start Recover&y"), "startRecoveryButton",
                           Icons::bundled(QStringLiteral("positive")),
                           PageText::tr("Run the steps on the profile's server"));
    m_cancelButton = button(this, PageText::tr("Cancel"), "cancelRecoveryButton",
                            QIcon::fromTheme(QStringLiteral("process-stop"),
                                             style()->standardIcon(QStyle::SP_DialogCancelButton)),
                            PageText::tr("Stop after the step that runs; what was done stays done"));
    // The option on a line of its own keeps the panel narrow (translations make the row long).
    auto* startRow = new QHBoxLayout;
    startRow->addStretch(1);
    startRow->addWidget(m_startButton);
    startRow->addWidget(m_cancelButton);

    m_closingIcon = new QLabel(this);
    m_closingIcon->setObjectName(QStringLiteral("recoveryResultIconLabel"));
    m_closingIcon->setFixedSize(IconSize, IconSize);
    m_closingLabel = wrappingLabel(this, QStringLiteral("recoveryResultLabel"));
    auto* closingRow = new QHBoxLayout;
    closingRow->addWidget(m_closingIcon, 0, Qt::AlignTop);
    closingRow->addWidget(m_closingLabel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_introLabel);
    layout->addLayout(chooseRow);
    layout->addLayout(bucketRow);
    layout->addWidget(m_sourceLabel);
    layout->addLayout(grid);
    layout->addWidget(m_buildCheck);
    layout->addLayout(startRow);
    layout->addLayout(closingRow);
    layout->addStretch(1);
}

void RecoveryPanel::addStepRow(Step step, int row, QGridLayout* grid)
{
    const QString prefix = stepName(step);
    StepRow r;
    r.icon = new QLabel(this);
    r.icon->setObjectName(prefix + QStringLiteral("IconLabel"));
    r.icon->setFixedSize(IconSize, IconSize);
    auto* title = new QLabel(RecoveryFlow::titleOf(step), this);
    r.state = new QLabel(this);
    r.state->setObjectName(prefix + QStringLiteral("StateLabel"));
    // The step's result goes under its title, where a long answer has the panel's width.
    r.result = wrappingLabel(this, prefix + QStringLiteral("ResultLabel"));
    r.result->hide();
    grid->addWidget(r.icon, 2 * row, 0, Qt::AlignTop);
    grid->addWidget(title, 2 * row, 1, Qt::AlignTop);
    grid->addWidget(r.state, 2 * row, 2, Qt::AlignTop);
    grid->addWidget(r.result, 2 * row + 1, 1, 1, 2);
    m_steps.append(r);
}

// ---- choosing the image ----------------------------------------------------------------------

void RecoveryPanel::setSelectedRecord(const std::optional<StateImageRecord>& record)
{
    m_selected = record;
    updateButtons();
}

void RecoveryPanel::setServer(const QString& server)
{
    m_server = server;
    updateIntro();
}

void RecoveryPanel::setActionsEnabled(bool enabled)
{
    m_enabled = enabled;
    updateButtons();
}

void RecoveryPanel::recoverRecord(const StateImageRecord& record)
{
    if (refuseWhenBusy() || refuseOlder(record))
        return;
    if (record.where == StateImageRecord::Where::File) {
        prepareFromFile(record.path, record);
        return;
    }
    if (!record.bucket.isEmpty()) {
        recoverFromBucket(record.bucket, record.name);
        return;
    }
    fill(QString(), record.name);
    m_bucketEdit->setFocus();
    Q_EMIT message(PageText::tr("%1 is kept in object storage, in a bucket this profile does not know: "
                                "enter the bucket and choose Recover from Bucket.")
                       .arg(record.name),
                   Type::Information);
}

void RecoveryPanel::recoverFromFile(const QString& path)
{
    if (refuseWhenBusy())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const std::optional<StateImageRecord> record = m_images->recordForPath(absolute))
        recoverRecord(*record);
    else
        prepareFromFile(absolute, std::nullopt);
}

void RecoveryPanel::recoverFromBucket(const QString& bucket, const QString& name)
{
    if (refuseWhenBusy())
        return;
    const QString b = bucket.trimmed();
    const QString n = name.trimmed();
    if (b.isEmpty() || n.isEmpty()) {
        Q_EMIT message(PageText::tr("Enter the bucket and the name of the state image in it."), Type::Error);
        return;
    }
    std::optional<StateImageRecord> known;
    for (int row = 0; row < m_images->rowCount() && !known; ++row) {
        const std::optional<StateImageRecord> record = m_images->recordAt(row);
        if (record->where == StateImageRecord::Where::Bucket && record->bucket == b && record->name == n)
            known = record;
    }
    if (known && refuseOlder(*known))
        return;
    if ((!known || m_images->matchOf(*known) == Match::Unknown) && !confirmUnknown(n))
        return;
    RecoveryFlow::Source source;
    source.bucket = b;
    source.name = n;
    fill(b, n);
    prepare(source, PageText::tr("%1 from bucket %2").arg(n, b), known);
}

bool RecoveryPanel::refuseOlder(const StateImageRecord& record)
{
    if (m_images->matchOf(record) != Match::Older)
        return false;
    // The Secret column's tooltip says when the secret was replaced.
    QString why;
    for (int row = 0; row < m_images->rowCount() && why.isEmpty(); ++row) {
        if (m_images->recordAt(row)->path == record.path)
            why = m_images->index(row, StateImageListModel::SecretColumn).data(Qt::ToolTipRole).toString();
    }
    Q_EMIT message(PageText::tr("%1 was made under an older SECRET and cannot be recovered. %2 Use an image "
                                "exported after the last secret rotation.")
                       .arg(record.name, why),
                   Type::Error);
    return true;
}

bool RecoveryPanel::confirmUnknown(const QString& name)
{
    return Prompts::question(
               this, PageText::tr("Secret Not Known"),
               PageText::tr("Whether %1 was made under the current SECRET is not known. Try it "
                            "anyway? The server checks, and refuses an image made under another "
                            "secret.")
                   .arg(name),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void RecoveryPanel::prepareFromFile(const QString& path, const std::optional<StateImageRecord>& record)
{
    const QString shown = QDir::toNativeSeparators(path);
    const int token = ++m_readToken;
    setReading(true, PageText::tr("Reading %1…").arg(shown));
    readStateImageFile(this, m_workers, path, [=](const Result<StateImageFile>& file) {
        if (token != m_readToken)
            return;
        setReading(false);
        if (!file) {
            Q_EMIT message(file.error(), Type::Error);
            return;
        }
        if (file->isMetadataOnly()) {
            fill(record ? record->bucket : QString(), file->name);
            Q_EMIT message(PageText::tr("%1 holds no state, only the metadata of %2, which is kept in object "
                                        "storage: enter its bucket and choose Recover from Bucket.")
                               .arg(shown, file->name),
                           Type::Error);
            return;
        }
        const QString name = file->name.isEmpty() ? QFileInfo(path).fileName() : file->name;
        if ((!record || m_images->matchOf(*record) == Match::Unknown) && !confirmUnknown(name))
            return;
        RecoveryFlow::Source source;
        source.file = file.value();
        const QFileInfo info(path);
        prepare(source, info.fileName() == name
                    ? PageText::tr("%1 (in %2)").arg(name, QDir::toNativeSeparators(info.absolutePath()))
                    : PageText::tr("%1 (%2)").arg(name, shown),
                record);
    });
}

bool RecoveryPanel::refuseWhenBusy()
{
    if (!isBusy() && m_enabled)
        return false;
    Q_EMIT message(PageText::tr("Another task of this page is running; wait for it or cancel it first."),
                   Type::Error);
    return true;
}

void RecoveryPanel::setReading(bool reading, const QString& text)
{
    m_reading = reading;
    updateButtons();
    Q_EMIT progressChanged(text);
    Q_EMIT busyChanged(isBusy());
}

// ---- the steps -------------------------------------------------------------------------------

void RecoveryPanel::prepare(const RecoveryFlow::Source& source, const QString& description,
                            const std::optional<StateImageRecord>& record)
{
    if (m_running)
        return;
    m_source = source;
    m_preparedRecord = record;
    m_hasSource = true;
    m_description = description;
    setClosing(QString(), false);
    resetSteps();
    updateButtons();
    Q_EMIT message(PageText::tr("The image is ready to be recovered: check the steps and press Start "
                                "Recovery."),
                   Type::Information);
}

void RecoveryPanel::start()
{
    if (!m_hasSource || !m_session || refuseWhenBusy())
        return;
    // The flow sends the configuration and SECRET the session holds: only saved ones, so the
    // server and the file never disagree.
    // The secret may have been rotated since the image was chosen.
    if (m_preparedRecord) {
        const std::optional<StateImageRecord> now = m_images->recordForPath(m_preparedRecord->path);
        if (refuseOlder(now.value_or(*m_preparedRecord))) {
            m_hasSource = false;
            updateButtons();
            return;
        }
    }
    if (m_session->config()->isModified()) {
        Q_EMIT message(PageText::tr("The configuration has unsaved changes: save it first (File → Save), "
                                    "then start the recovery. It sends the saved settings and SECRET."),
                       Type::Warning);
        return;
    }
    resetSteps();
    setClosing(QString(), false);
    m_running = true;
    updateButtons();
    Q_EMIT busyChanged(true);
    m_flow->start(m_source, m_buildCheck->isChecked());
}

void RecoveryPanel::cancel()
{
    if (m_reading) {
        ++m_readToken;
        setReading(false);
        Q_EMIT message(PageText::tr("Cancelled."), Type::Information);
        return;
    }
    if (!m_running)
        return;
    m_flow->cancel();
    // The flow may end quietly on cancel: the panel ends the run itself then.
    if (m_running)
        onFinished(false,
                   PageText::tr("Recovery cancelled. The steps marked done took effect on the "
                                "server; check its status before you start again."));
}

QString RecoveryPanel::bucket() const
{
    return m_bucketEdit->text().trimmed();
}

QString RecoveryPanel::name() const
{
    return m_nameEdit->text().trimmed();
}

void RecoveryPanel::fill(const QString& bucket, const QString& name)
{
    m_bucketEdit->setText(bucket);
    m_nameEdit->setText(name);
}

RecoveryPanel::StepState RecoveryPanel::stepState(Step step) const
{
    return m_steps.at(int(step)).value;
}

QString RecoveryPanel::stepText(Step step) const
{
    return m_steps.at(int(step)).result->text();
}

QString RecoveryPanel::closingText() const
{
    return m_closingLabel->text();
}

QString RecoveryPanel::stateText(StepState state)
{
    switch (state) {
    case StepState::Waiting:
        return PageText::tr("Waiting");
    case StepState::Running:
        return PageText::tr("Running");
    case StepState::Done:
        return PageText::tr("Done");
    case StepState::Failed:
        return PageText::tr("Failed");
    case StepState::Skipped:
        return PageText::tr("Not run");
    }
    return {};
}

void RecoveryPanel::setStep(Step step, StepState state, const QString& text)
{
    StepRow& row = m_steps[int(step)];
    row.value = state;
    QIcon icon;
    switch (state) {
    case StepState::Waiting:
        break;
    case StepState::Running:
        icon = QIcon::fromTheme(QStringLiteral("media-playback-start"),
                                style()->standardIcon(QStyle::SP_MediaPlay));
        break;
    case StepState::Done:
        icon = Icons::bundled(QStringLiteral("positive"));
        break;
    case StepState::Failed:
        icon = Icons::bundled(QStringLiteral("error"));
        break;
    case StepState::Skipped:
        icon = QIcon::fromTheme(QStringLiteral("media-skip-forward"),
                                style()->standardIcon(QStyle::SP_MediaSkipForward));
        break;
    }
    row.icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(IconSize, IconSize));
    row.state->setText(stateText(state));
    row.result->setText(text);
    row.result->setVisible(!text.isEmpty());
    // A failure stands out; the other results are secondary.
    row.result->setForegroundRole(state == StepState::Failed ? QPalette::WindowText
                                                             : QPalette::PlaceholderText);
}

void RecoveryPanel::setClosing(const QString& text, bool succeeded)
{
    m_closingLabel->setText(text);
    const QIcon icon = text.isEmpty()
        ? QIcon()
        : Icons::bundled(succeeded ? QStringLiteral("positive") : QStringLiteral("error"));
    m_closingIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(IconSize, IconSize));
}

void RecoveryPanel::resetSteps()
{
    for (int i = 0; i < RecoveryFlow::StepCount; ++i)
        setStep(Step(i), StepState::Waiting, QString());
    if (!m_buildCheck->isChecked())
        setStep(Step::Build, StepState::Skipped,
                PageText::tr("Build after recovery is off: build from the Overview when you are ready."));
}

void RecoveryPanel::onStepStarted(Step step)
{
    setStep(step, StepState::Running, QString());
    Q_EMIT progressChanged(PageText::tr("Recovery: %1…").arg(RecoveryFlow::titleOf(step)));
}

void RecoveryPanel::onStepFinished(Step step, bool ok, const QString& text)
{
    setStep(step, ok ? StepState::Done : StepState::Failed, text);
}

void RecoveryPanel::onFinished(bool succeeded, const QString& message)
{
    if (!m_running)
        return;
    m_running = false;
    // What did not run is marked so; a step cut short by a cancel failed.
    for (int i = 0; i < RecoveryFlow::StepCount; ++i) {
        const StepState state = m_steps.at(i).value;
        if (state == StepState::Running)
            setStep(Step(i), StepState::Failed, PageText::tr("Cancelled."));
        else if (state == StepState::Waiting)
            setStep(Step(i), StepState::Skipped, PageText::tr("An earlier step did not succeed."));
    }
    setClosing(message, succeeded);
    updateButtons();
    Q_EMIT progressChanged(QString());
    Q_EMIT busyChanged(false);
    Q_EMIT finished(succeeded, message);
}

void RecoveryPanel::updateButtons()
{
    const bool free = m_enabled && !isBusy();
    m_recoverButton->setEnabled(free && m_selected && m_session);
    m_fromFileButton->setEnabled(free && m_session);
    m_fromBucketButton->setEnabled(free && m_session && !bucket().isEmpty() && !name().isEmpty());
    m_startButton->setEnabled(free && m_hasSource && m_session);
    m_cancelButton->setEnabled(isBusy());
    m_buildCheck->setEnabled(!m_running);
    if (m_reading)
        m_sourceLabel->setText(PageText::tr("Reading the state image…"));
    else if (m_hasSource)
        m_sourceLabel->setText(PageText::tr("To recover: %1").arg(m_description));
    else
        m_sourceLabel->setText(
            PageText::tr("No state image chosen yet: choose one in the list, a file, or a bucket."));
}

void RecoveryPanel::updateIntro()
{
    const QString where
        = m_server.isEmpty() ? PageText::tr("the profile's HOSTNAME and CICD_PORT") : m_server;
    m_introLabel->setText(
        PageText::tr("Recovery needs a freshly started server at %1, started with the same server secret "
                     "as the old one (sbs-server: --state-secret-file with the old server's "
                     "keys/state-secret). It then takes this profile's configuration and the state image "
                     "under its SECRET, and can build right away.")
            .arg(where));
}

} // namespace sbs::gui
