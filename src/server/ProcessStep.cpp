#include "ProcessStep.h"

#include <QFile>
#include <QRegularExpression>
#include <QTimer>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace sbs::server {

namespace {

constexpr qsizetype MaxKeptOutput = 1024 * 1024;
constexpr int KillGraceMs = 3000;

QString quoted(const QString& arg)
{
    if (!arg.isEmpty() && !arg.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./:=@%+,-]"))))
        return arg;
    QString q = arg;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

} // namespace

ProcessStep::ProcessStep(QString program, QStringList arguments, QString logPath, Mask mask, QObject* parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_logPath(std::move(logPath))
    , m_mask(std::move(mask))
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readFrom(QProcess::StandardOutput); });
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { readFrom(QProcess::StandardError); });
    connect(&m_process, &QProcess::finished, this, &ProcessStep::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && !m_done) {
            m_done = true;
            appendLog(tr("cannot start %1: %2\n").arg(m_program, m_process.errorString()));
            Q_EMIT finished(-1);
        }
    });
}

ProcessStep::~ProcessStep()
{
    if (m_process.state() != QProcess::NotRunning) {
        if (m_pid > 0)
            ::kill(-pid_t(m_pid), SIGKILL);
        m_process.waitForFinished(KillGraceMs);
    }
}

QString ProcessStep::maskedCommand() const
{
    QStringList parts { quoted(m_program) };
    for (const QString& a : m_arguments)
        parts << quoted(a);
    return m_mask(parts.join(QLatin1Char(' ')));
}

void ProcessStep::start()
{
    appendLog(QStringLiteral("$ ") + maskedCommand() + QLatin1Char('\n'));
    m_process.setProcessEnvironment(m_env);
    if (!m_workDir.isEmpty())
        m_process.setWorkingDirectory(m_workDir);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
    m_process.start(m_program, m_arguments);
    m_pid = m_process.processId();
}

void ProcessStep::kill()
{
    if (m_process.state() == QProcess::NotRunning || m_pid <= 0)
        return;
    const pid_t group = pid_t(m_pid);
    ::kill(-group, SIGTERM);
    QTimer::singleShot(KillGraceMs, this, [this, group] {
        if (m_process.state() != QProcess::NotRunning)
            ::kill(-group, SIGKILL);
    });
}

void ProcessStep::readFrom(QProcess::ProcessChannel channel)
{
    m_process.setReadChannel(channel);
    const QByteArray data = m_process.readAll();
    QByteArray& partial = channel == QProcess::StandardOutput ? m_partialOut : m_partialErr;
    if (channel == QProcess::StandardOutput && m_stdout.size() < MaxKeptOutput)
        m_stdout.append(data.left(MaxKeptOutput - m_stdout.size()));
    partial.append(data);
    const qsizetype lastNewline = partial.lastIndexOf('\n');
    if (lastNewline < 0)
        return;
    appendLog(QString::fromUtf8(partial.left(lastNewline + 1)));
    partial.remove(0, lastNewline + 1);
}

void ProcessStep::flushPartial(QByteArray& partial)
{
    if (partial.isEmpty())
        return;
    appendLog(QString::fromUtf8(partial) + QLatin1Char('\n'));
    partial.clear();
}

void ProcessStep::appendLog(const QString& text)
{
    QFile log(m_logPath);
    if (log.open(QIODevice::WriteOnly | QIODevice::Append))
        log.write(m_mask(text).toUtf8());
}

void ProcessStep::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readFrom(QProcess::StandardOutput);
    readFrom(QProcess::StandardError);
    flushPartial(m_partialOut);
    flushPartial(m_partialErr);
    if (m_done)
        return;
    m_done = true;
    // On a crash QProcess reports the signal number as the exit code.
    Q_EMIT finished(status == QProcess::NormalExit ? exitCode : 128 + exitCode);
}

} // namespace sbs::server
