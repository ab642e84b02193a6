#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sbs::server {

// What a successful build leaves: its names and the manifest key that signed its manifest.
struct BuildResult
{
    QString buildName;
    QString imageTag;
    QString manifestPublicKey; // PEM
    QString manifestKeyGen; // when the manifest key was generated (ISO-8601 UTC)
    QString imageDigest; // <registry>/<repository>@sha256:... of the pushed image
};

// The status GET /image reports (PROTOCOL.md §2): the status string, the name and tag of the
// last successful build, and (a project choice of sbs-server) the steps of the current build
// with their UTC times and the time the build started.
class BuildStatus
{
public:
    static constexpr const char* CleanedUp = "cleaned up";
    static constexpr const char* GithubCloned = "github cloned";
    static constexpr const char* ImageBuilt = "image built";
    static constexpr const char* ImagePushed = "image pushed";
    static constexpr const char* Success = "success";
    static constexpr const char* RestartedCicd = "restarted cicd";

    // "exiting due to a non-zero return value: <rc>, cmd: <command>"
    static QString failureText(int rc, const QString& maskedCommand);

    const QString& status() const { return m_status; }
    bool isRunning() const { return m_running; }

    // A new build: no steps yet, running, started now.
    void startBuild(const QDateTime& now);
    // Records a status and its time; success and failures end the build.
    void setStep(const QString& status, const QDateTime& now);
    void setFailure(int rc, const QString& maskedCommand, const QDateTime& now);
    // After clean: not running, no steps, status "restarted cicd".
    void reset();
    void setResult(const BuildResult& result);

    const QString& buildName() const { return m_buildName; }
    const QString& imageTag() const { return m_imageTag; }
    const QString& imageDigest() const { return m_imageDigest; }

    // The GET /image answer.
    QJsonObject toResponse() const;
    // The stored record, and back. A record that says a build was running (the server was
    // stopped during it) comes back as a failed build.
    QJsonObject toStored() const;
    static BuildStatus fromStored(const QJsonObject& stored, const QDateTime& now);

private:
    struct Step
    {
        QString status;
        QDateTime time;
    };
    QString m_status;
    bool m_running = false;
    QDateTime m_started;
    QList<Step> m_steps;
    QString m_buildName;
    QString m_imageTag;
    QString m_manifestPublicKey;
    QString m_manifestKeyGen;
    QString m_imageDigest;
};

} // namespace sbs::server
