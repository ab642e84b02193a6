#pragma once

#include "BuildConfig.h"
#include "BuildStatus.h"
#include "DataDir.h"
#include "ServerOptions.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace sbs::server {

class OpenPgpHome;
class ProcessStep;

// One build (DESIGN.md, the on-premises server): clean the workspace, clone, buildah bud,
// push and sign with skopeo, record the result. Each tool runs as a ProcessStep whose output
// goes to logs/build.log with every secret masked. Emits the PROTOCOL.md §2 statuses.
class BuildPipeline : public QObject
{
    Q_OBJECT

public:
    BuildPipeline(BuildConfig config, const ServerOptions& options, const DataDir& dataDir,
                  OpenPgpHome* signer, QObject* parent = nullptr);
    ~BuildPipeline() override;

    QString logPath() const { return m_dataDir.filePath(QStringLiteral("logs/build.log")); }

    void start();
    // Kills the running tool's process group; no signal follows.
    void cancel();

    // IMAGE_TAG_PREFIX-<first seven hex digits of commit> (the short commit alone without a prefix).
    static QString imageTag(const QString& prefix, const QString& commit);
    // <registry>.<namespace>.<repository>.<tag>.<UTC %Y-%m-%d_%H-%M-%S.%f>, '/' replaced by '.'.
    // The time is given in microseconds since the epoch (%f is the microsecond).
    static QString buildName(const QString& registry, const QString& repo, const QString& tag,
                             qint64 microsecondsSinceEpoch);

Q_SIGNALS:
    void stepReached(const QString& status);
    void buildFailed(int exitCode, const QString& maskedCommand);
    void buildSucceeded(const sbs::server::BuildResult& result);

private:
    using Next = std::function<void(ProcessStep*)>;

    void run(const QStringList& command, const Next& next);
    void fail(int exitCode, const QString& what);
    void logLine(const QString& text);
    QString mask(const QString& text) const;
    QProcessEnvironment toolEnvironment() const;
    QStringList buildahGlobalArgs() const;
    QString pushServer() const;
    QString imageReference() const;
    // The registries.d naming the lookaside store (written from --signature-store when needed).
    QString registriesDir() const;

    void cleanWorkspace();
    void clone();
    void verifyBaseImage();
    void buildImage();
    void pushImage();
    void signImage();
    void record();
    void emitStep(const char* status);

    BuildConfig m_config;
    config::ConfigDocument m_maskDoc;
    ServerOptions m_options;
    DataDir m_dataDir;
    OpenPgpHome* m_signer;
    std::unique_ptr<QTemporaryDir> m_secretsDir;
    QPointer<ProcessStep> m_current;
    QString m_cloneDir;
    QString m_commit;
    QString m_imageTag;
    QString m_imageDigest; // <registry>/<repository>@sha256:... once pushed
    QString m_failureHint; // logged when the running tool fails
    QJsonArray m_steps;
    QDateTime m_started;
    bool m_cancelled = false;
};

} // namespace sbs::server
