#pragma once

#include "Result.h"

#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QTimer;

namespace sbs::util {

// A working local Secure Build Server in one step, for a user without a cloud account: runs the
// project's scripts/demo.sh, which starts the local environment (a TLS registry, an SSH git
// server with a sample application), makes a profile folder with sbs-config.json and its
// certificates with sbsctl, and starts sbs-server on 127.0.0.1:18443. Asynchronous: the
// script's messages arrive as progress() lines, the result as finished() with the path of the
// profile's sbs-config.json (its last line on standard output).
class LocalServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPort = 18443;

    explicit LocalServer(QObject* parent = nullptr);
    // Ends a script that still runs (what it already started keeps running).
    ~LocalServer() override;

    // The script: $SBS_DEMO_SCRIPT when set, else <folder of the program>/../share/sbs-desktop/
    // scripts/demo.sh (installed), else scripts/demo.sh of the source tree. Empty when none
    // of them exists.
    static QString findScript();

    // Default: findScript() and the process environment of this program.
    void setScriptPath(const QString& path) { m_scriptPath = path; }
    QString scriptPath() const { return m_scriptPath; }
    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    QProcessEnvironment environment() const { return m_environment; }

    // "demo.sh start": finished() with the configuration's path, or an error sentence. When
    // the script or the programs it needs are missing, finished() comes before start() returns.
    void start();
    // "demo.sh stop": ends sbs-server and the local environment and keeps their files;
    // stopped() when done.
    void stop();
    // Ends the running script and everything it runs at the moment; finished() (or stopped())
    // follows with an error and wasCancelled() is true. Services that had already started
    // keep running and are reused by the next start().
    void cancel();

    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled; }
    // Every line the script wrote to standard error so far, in order.
    const QStringList& log() const { return m_log; }

Q_SIGNALS:
    void progress(const QString& line);
    void finished(const sbs::Result<QString>& configPath);
    void stopped(const sbs::Status& status);

private:
    enum class Command { None, Start, Stop };

    // The folder whose bin/ holds sbs-server and sbsctl for the script (its SBS_BUILD_DIR), or
    // an error naming what is missing.
    Result<QString> buildDir() const;
    void run(Command command);
    void readErrors(bool flush);
    void onFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void onErrorOccurred(QProcess::ProcessError error);
    void complete(const Result<QString>& result);
    void signalGroup(int signal);
    QString failureText(int exitCode) const;

    QString m_scriptPath;
    QProcessEnvironment m_environment;
    QProcess* m_process = nullptr;
    QTimer* m_killTimer = nullptr;
    Command m_command = Command::None;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QStringList m_log;
    bool m_cancelled = false;
};

} // namespace sbs::util
