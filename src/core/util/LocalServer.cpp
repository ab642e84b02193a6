#include "LocalServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace sbs::util {

namespace {

constexpr int KillAfterMs = 5000;

bool hasPrograms(const QString& binDir)
{
    return QFileInfo(binDir + QStringLiteral("/sbs-server")).isExecutable()
        && QFileInfo(binDir + QStringLiteral("/sbsctl")).isExecutable();
}

// "demo: error: no server certificate in …" → "no server certificate in …".
QString withoutPrefix(const QString& line)
{
    static const QString marker = QStringLiteral(": error: ");
    const int at = line.indexOf(marker);
    return at < 0 ? line.trimmed() : line.mid(at + marker.size()).trimmed();
}

// Adds the loopback names to a NO_PROXY-style list, so that curl and git in the script never
// go through a proxy to reach 127.0.0.1.
QString withLoopback(const QString& list)
{
    QStringList entries = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& name : { QStringLiteral("127.0.0.1"), QStringLiteral("localhost") }) {
        if (!entries.contains(name))
            entries << name;
    }
    return entries.join(QLatin1Char(','));
}

} // namespace

LocalServer::LocalServer(QObject* parent)
    : QObject(parent)
    , m_scriptPath(findScript())
    , m_environment(QProcessEnvironment::systemEnvironment())
{ }

LocalServer::~LocalServer()
{
    if (isRunning()) {
        m_process->disconnect(this);
        signalGroup(SIGTERM);
        if (!m_process->waitForFinished(1000)) {
            signalGroup(SIGKILL);
            m_process->waitForFinished(1000);
        }
    }
}

QString LocalServer::findScript()
{
    const QString fromEnvironment = qEnvironmentVariable("SBS_DEMO_SCRIPT");
    if (!fromEnvironment.isEmpty())
        return QFileInfo::exists(fromEnvironment) ? QFileInfo(fromEnvironment).absoluteFilePath() : QString();
    QStringList candidates;
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath()
                + QStringLiteral("/../share/sbs-desktop/scripts/demo.sh");
#ifdef SBS_SOURCE_DIR
    candidates << QStringLiteral(SBS_SOURCE_DIR "/scripts/demo.sh");
#endif
    for (const QString& candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (info.isFile())
            return QDir::cleanPath(info.absoluteFilePath());
    }
    return QString();
}

bool LocalServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

Result<QString> LocalServer::buildDir() const
{
    using R = Result<QString>;
    // demo.sh runs $SBS_BUILD_DIR/bin/sbs-server and sbsctl, by default those of the build/
    // folder next to its scripts/ folder.
    const QString given = m_environment.value(QStringLiteral("SBS_BUILD_DIR"));
    if (!given.isEmpty()) {
        if (hasPrograms(given + QStringLiteral("/bin")))
            return R::ok(given);
        return R::fail(
            tr("SBS_BUILD_DIR is %1, but its bin folder has no sbs-server and sbsctl: build them or "
               "correct SBS_BUILD_DIR.")
                .arg(QDir::toNativeSeparators(given)));
    }
    if (QCoreApplication::instance()) {
        const QDir programDir(QCoreApplication::applicationDirPath());
        if (programDir.dirName() == QLatin1String("bin") && hasPrograms(programDir.absolutePath()))
            return R::ok(QDir::cleanPath(programDir.absoluteFilePath(QStringLiteral(".."))));
    }
    const QString sourceBuild
        = QDir::cleanPath(QFileInfo(m_scriptPath).absolutePath() + QStringLiteral("/../build"));
    if (hasPrograms(sourceBuild + QStringLiteral("/bin")))
        return R::ok(sourceBuild);
    return R::fail(
        tr("sbs-server and sbsctl were not found next to this program: install them with it, or set "
           "SBS_BUILD_DIR to the build folder that holds them in bin."));
}

void LocalServer::start()
{
    run(Command::Start);
}

void LocalServer::stop()
{
    run(Command::Stop);
}

void LocalServer::run(Command command)
{
    if (isRunning())
        return;
    m_command = command;
    m_cancelled = false;
    m_stdout.clear();
    m_stderr.clear();
    m_log.clear();

    if (m_scriptPath.isEmpty() || !QFileInfo(m_scriptPath).isFile()) {
        complete(Result<QString>::fail(
            tr("The script that starts a local server (scripts/demo.sh) was not found: install it with "
               "sbs-desktop, or set SBS_DEMO_SCRIPT to its path.")));
        return;
    }
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (bash.isEmpty()) {
        complete(Result<QString>::fail(tr("bash was not found: install it to start a local server.")));
        return;
    }
    QProcessEnvironment environment = m_environment;
    if (command == Command::Start) {
        const Result<QString> build = buildDir();
        if (!build) {
            complete(Result<QString>::fail(build.error()));
            return;
        }
        environment.insert(QStringLiteral("SBS_BUILD_DIR"), build.value());
    } else if (!environment.contains(QStringLiteral("SBS_BUILD_DIR"))) {
        const Result<QString> build = buildDir();
        if (build)
            environment.insert(QStringLiteral("SBS_BUILD_DIR"), build.value());
    }
    for (const QString& name : { QStringLiteral("NO_PROXY"), QStringLiteral("no_proxy") })
        environment.insert(name, withLoopback(environment.value(name)));

    if (!m_process) {
        m_process = new QProcess(this);
        // The script runs in a process group of its own, so that cancel() reaches whatever it
        // runs at the moment, and nothing it starts gets a signal meant for this program.
        m_process->setChildProcessModifier([] { ::setsid(); });
        connect(m_process, &QProcess::readyReadStandardOutput, this,
                [this] { m_stdout += m_process->readAllStandardOutput(); });
        connect(m_process, &QProcess::readyReadStandardError, this, [this] { readErrors(false); });
        connect(m_process, &QProcess::finished, this, &LocalServer::onFinished);
        connect(m_process, &QProcess::errorOccurred, this, &LocalServer::onErrorOccurred);
    }
    m_process->setProcessEnvironment(environment);
    m_process->setWorkingDirectory(QFileInfo(m_scriptPath).absolutePath());
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->start(
        bash, { m_scriptPath, command == Command::Start ? QStringLiteral("start") : QStringLiteral("stop") });
}

void LocalServer::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    signalGroup(SIGTERM);
    if (!m_killTimer) {
        m_killTimer = new QTimer(this);
        m_killTimer->setSingleShot(true);
        connect(m_killTimer, &QTimer::timeout, this, [this] {
            if (isRunning())
                signalGroup(SIGKILL);
        });
    }
    m_killTimer->start(KillAfterMs);
}

void LocalServer::signalGroup(int signal)
{
    const qint64 pid = m_process ? m_process->processId() : 0;
    if (pid > 0)
        ::kill(-pid_t(pid), signal);
}

void LocalServer::readErrors(bool flush)
{
    m_stderr += m_process->readAllStandardError();
    for (;;) {
        int end = m_stderr.indexOf('\n');
        if (end < 0) {
            if (!flush || m_stderr.isEmpty())
                return;
            end = m_stderr.size();
        }
        // Progress meters redraw their line with carriage returns: keep the last state.
        const QStringList states
            = QString::fromUtf8(m_stderr.left(end)).split(QLatin1Char('\r'), Qt::SkipEmptyParts);
        m_stderr.remove(0, end + 1);
        const QString line = states.isEmpty() ? QString() : states.constLast();
        if (line.trimmed().isEmpty())
            continue;
        m_log << line;
        Q_EMIT progress(line);
    }
}

QString LocalServer::failureText(int exitCode) const
{
    // The first error line names the cause; the script's own follows with its consequence.
    QString cause;
    for (const QString& line : m_log) {
        if (line.contains(QLatin1String(": error: "))) {
            cause = withoutPrefix(line);
            break;
        }
    }
    if (cause.isEmpty() && !m_log.isEmpty())
        cause = m_log.constLast().trimmed();
    if (m_command == Command::Stop) {
        if (cause.isEmpty())
            return tr("The local server did not stop (exit code %1): see its output.").arg(exitCode);
        return tr("The local server did not stop: %1.").arg(cause);
    }
    if (cause.isEmpty())
        return tr("The local server did not start (exit code %1): see its output.").arg(exitCode);
    return tr("The local server did not start: %1.").arg(cause);
}

void LocalServer::onFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    if (m_killTimer)
        m_killTimer->stop();
    m_stdout += m_process->readAllStandardOutput();
    readErrors(true);
    using R = Result<QString>;
    if (m_cancelled) {
        complete(R::fail(m_command == Command::Start
                             ? tr("Cancelled. What had already started keeps running and is reused the next "
                                  "time.")
                             : tr("Cancelled.")));
        return;
    }
    if (exitStatus != QProcess::NormalExit) {
        complete(R::fail(tr("The script that starts the local server crashed: start it again.")));
        return;
    }
    if (exitCode != 0) {
        complete(R::fail(failureText(exitCode)));
        return;
    }
    if (m_command == Command::Stop) {
        complete(R::ok(QString()));
        return;
    }
    // The last line on standard output is the configuration's path.
    const QStringList lines = QString::fromUtf8(m_stdout).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString path = lines.isEmpty() ? QString() : lines.constLast().trimmed();
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        complete(R::fail(tr("The local server started, but the script named no configuration file: see its "
                            "output.")));
        return;
    }
    complete(R::ok(QFileInfo(path).absoluteFilePath()));
}

void LocalServer::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // the others end in finished()
    complete(
        Result<QString>::fail(tr("bash could not run %1: %2.")
                                  .arg(QDir::toNativeSeparators(m_scriptPath), m_process->errorString())));
}

void LocalServer::complete(const Result<QString>& result)
{
    const Command command = m_command;
    m_command = Command::None;
    if (command == Command::Stop) {
        Q_EMIT stopped(result ? Status::ok() : Status::fail(result.error()));
        return;
    }
    Q_EMIT finished(result);
}

} // namespace sbs::util
