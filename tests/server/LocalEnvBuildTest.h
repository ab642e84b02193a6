#pragma once

#include "ServerFixture.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace sbs::test {

// Base of the test classes that run sbs-server against the real parts of
// scripts/local-env.sh: the registry with TLS and htpasswd, sshd with the deploy key, buildah,
// skopeo and gpg. The derived class calls startEnvironment() in initTestCase() and
// stopEnvironment() in cleanupTestCase().
class LocalEnvBuildTest : public QObject
{
    Q_OBJECT

protected:
    struct ToolRun
    {
        int exitCode = -1;
        QString output;
    };

    // Starts the local environment in a temporary folder, loads its env.sh, makes the
    // certificates and starts sbs-server with its data in <work>/data.
    void startEnvironment();
    // Stops the server and the local environment (removing its folder).
    void stopEnvironment();

    QString env(const char* name) const { return m_env.value(QLatin1String(name)); }
    // The settings of an sbs-config.json for the local environment: the sample repository over
    // SSH with its deploy key, the registry with its push and read-only users, the image tag.
    QJsonObject profileSettings(const QString& repository, const QString& tagPrefix,
                                const QString& greeting) const;
    // An init body for the sample repository at branch, with every kind of secret in it.
    QJsonObject initBody(const QString& branch) const;
    Answer call(const QByteArray& method, const QString& path, const QByteArray& body = QByteArray())
    {
        return request(m_pki.clientTls(), m_server.port(), method, path, body);
    }
    // The environment sbs-server runs in: the system's, with loopback kept off any proxy.
    static QProcessEnvironment serverEnvironment();
    // Starts another sbs-server with the main one's container options, its data in <work>/<name>
    // and its signatures in <work>/<name>-signatures; with shareStateSecret it is started with
    // the main server's state secret file, so it can import the main server's state images.
    bool startSecondServer(ServerProcess& server, const QString& name, bool shareStateSecret);
    // Writes <dir>/sbs-config.json for a desktop profile of the main server: profileSettings(),
    // the server on 127.0.0.1, the test certificates (the client bundle in dir) and a fixed
    // SECRET. Returns its path.
    QString writeDesktopProfile(const QString& dir, const QString& repository, const QString& tagPrefix,
                                const QString& greeting);
    // Writes a skopeo policy to policyPath that accepts images of the local registry only when
    // signed by the OpenPGP key in keyPath (and anything for dir:), and returns policyPath.
    QString writeSignedByPolicy(const QString& keyPath, const QString& policyPath) const;
    // skopeo copy of image (registry/repository:tag) to the folder destination under policy,
    // with the signatures found through registriesD.
    ToolRun copyUnderPolicy(const QString& policy, const QString& registriesD, const QString& image,
                            const QString& destination) const;
    // Polls GET /image (of server, or the main one) until this build succeeded or failed.
    QJsonObject waitForEnd(int timeoutMs, ServerProcess* server = nullptr);
    // update with body, build, and wait for the end.
    QJsonObject runBuild(const QJsonObject& body);
    ToolRun tool(const QString& program, const QStringList& arguments,
                 const QProcessEnvironment& environment = QProcessEnvironment()) const;
    static QStringList stepNames(const QJsonObject& status);

    // Every secret value of body, in the forms a leak would take.
    static QStringList secretValues(const QJsonObject& body);
    static void verifyNoSecret(const QJsonObject& body, const QByteArray& text, const QString& where);
    static void verifyNoSecretInFiles(const QJsonObject& body, const QString& dir,
                                      const QStringList& skipped);

    QTemporaryDir m_work;
    TestPki m_pki;
    QProcessEnvironment m_env;
    ServerProcess m_server;
    QStringList m_serverOptions; // the container options, without the storage folders
    QList<QByteArray> m_statusAnswers; // every GET /image answer waitForEnd saw

private:
    QString localEnv(const QStringList& arguments, int* exitCode);
    bool m_started = false;
};

} // namespace sbs::test
