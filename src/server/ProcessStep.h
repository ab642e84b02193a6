#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <functional>

namespace sbs::server {

// One tool of the build pipeline as a child process in its own process group, so that
// kill() reaches everything it started. Its output, stdout and stderr, goes line by line
// through mask() and is appended to the log file. stdout is also kept for the caller.
class ProcessStep : public QObject
{
    Q_OBJECT

public:
    using Mask = std::function<QString(const QString&)>;

    ProcessStep(QString program, QStringList arguments, QString logPath, Mask mask,
                QObject* parent = nullptr);
    ~ProcessStep() override;

    void setEnvironment(const QProcessEnvironment& env) { m_env = env; }
    void setWorkingDirectory(const QString& dir) { m_workDir = dir; }

    // The command as one line with secrets masked, for the log and the failure status.
    QString maskedCommand() const;
    const QByteArray& standardOutput() const { return m_stdout; }

    void start();
    // SIGTERM to the process group, SIGKILL to it a few seconds later if it still runs.
    void kill();

Q_SIGNALS:
    // exitCode is the tool's exit status; a crash or a signal gives 128 + the signal number
    // (-1 when the program could not be started).
    void finished(int exitCode);

private:
    void readFrom(QProcess::ProcessChannel channel);
    void appendLog(const QString& text);
    void flushPartial(QByteArray& partial);
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QString m_program;
    QStringList m_arguments;
    QString m_logPath;
    Mask m_mask;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_workDir;
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_partialOut;
    QByteArray m_partialErr;
    qint64 m_pid = 0;
    bool m_done = false;
};

} // namespace sbs::server
