#include "LocalEnvBuildTest.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTest>
#include <utility>

using namespace sbs::test;

// Faults during a real build against scripts/local-env.sh: each gives a clear failed status
// and log, keeps the record of the last good build, and leaks no secret.
class TestSbsServerFaults : public LocalEnvBuildTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { stopEnvironment(); }
    void faultsFailTheBuild_data();
    void faultsFailTheBuild();
    void cleanDuringBuild_data();
    void cleanDuringBuild();
    void diskFullFailsTheBuild();

private:
    QStringList workspaceProcesses() const;
};

void TestSbsServerFaults::initTestCase()
{
    startEnvironment();
    if (QTest::currentTestFailed())
        return;
    // A good build first: the faults must not lose its record.
    QCOMPARE(call("POST", "/image", QJsonDocument(initBody(env("SBS_GIT_BRANCH"))).toJson()).httpStatus, 200);
    const QJsonObject status = runBuild(initBody(env("SBS_GIT_BRANCH")));
    QVERIFY2(status.value("status").toString() == QLatin1String("success"),
             qPrintable(status.value("status").toString() + "\n"
                        + call("GET", "/log/build").json.value("log").toString()));
}

void TestSbsServerFaults::faultsFailTheBuild_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("command"); // the failed command starts so
    QTest::addColumn<int>("steps"); // statuses reached before the failure
    QTest::addColumn<QString>("logText"); // what the log says, in lower case

    QString missing = env("SBS_GIT_URL");
    missing.replace("sample-app.git", "no-such-app.git");
    QTest::newRow("git URL that does not exist") << QJsonObject { { "GITHUB_URL", missing } } << "git clone"
                                                 << 1 << "could not read from remote repository";

    const QString keyFile = m_work.filePath("wrong-key/id_ed25519");
    QDir().mkpath(m_work.filePath("wrong-key"));
    QFile::remove(keyFile);
    QProcess keygen;
    keygen.start("ssh-keygen", { "-q", "-t", "ed25519", "-N", "", "-C", "wrong", "-f", keyFile });
    keygen.waitForFinished(30000);
    QTest::newRow("wrong deploy key") << QJsonObject { { "GITHUB_KEY", QString::fromUtf8(readAll(keyFile)) } }
                                      << "git clone" << 1 << "permission denied";

    QTest::newRow("wrong registry credentials")
        << QJsonObject { { "DOCKER_PASSWORD", "wrong-password-3c9d1f" } } << "buildah " << 3
        << "unauthorized";

    // A registry that is down: nothing listens on the port.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    QTest::newRow("registry down") << QJsonObject { { "DOCKER_PUSH_SERVER",
                                                      QStringLiteral("127.0.0.1:%1").arg(closedPort) } }
                                   << "buildah " << 3 << "connection refused";
}

void TestSbsServerFaults::faultsFailTheBuild()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, command);
    QFETCH(int, steps);
    QFETCH(QString, logText);

    const QString lastTag = call("GET", "/image").json.value("image_tag").toString();
    QJsonObject body = initBody(env("SBS_GIT_BRANCH"));
    for (auto it = changes.begin(); it != changes.end(); ++it)
        body.insert(it.key(), it.value());
    m_statusAnswers.clear();
    const QJsonObject status = runBuild(body);
    const QString text = status.value("status").toString();
    const Answer log = call("GET", "/log/build");
    const QString logText2 = log.json.value("log").toString();
    QVERIFY2(text.startsWith("exiting due to a non-zero return value: ")
                 && text.contains(", cmd: " + command),
             qPrintable(text + "\n" + logText2));
    QCOMPARE(stepNames(status).size(), steps + 1); // the failure is the last step
    QVERIFY2(logText2.toLower().contains(logText), qPrintable(logText2));
    QVERIFY(logText2.contains(text));
    // The record of the last good build is kept, and nothing secret came out.
    QCOMPARE(status.value("image_tag").toString(), lastTag);
    QVERIFY(!lastTag.isEmpty());
    verifyNoSecret(body, log.body, "GET /log/build");
    for (const QByteArray& answer : std::as_const(m_statusAnswers))
        verifyNoSecret(body, answer, "GET /image");
}

QStringList TestSbsServerFaults::workspaceProcesses() const
{
    // Processes whose command line names the server's workspace: its tools.
    QStringList found;
    const QByteArray workspace = m_work.filePath("data/workspace").toUtf8();
    for (const QString& pid : QDir("/proc").entryList(QDir::Dirs)) {
        bool number = false;
        pid.toInt(&number);
        if (!number)
            continue;
        QByteArray cmdline = readAll("/proc/" + pid + "/cmdline");
        if (cmdline.contains(workspace))
            found << pid + ": " + QString::fromUtf8(cmdline.replace('\0', ' '));
    }
    return found;
}

void TestSbsServerFaults::cleanDuringBuild_data()
{
    QTest::addColumn<QString>("step"); // the status after which clean interrupts the build
    QTest::addColumn<bool>("exact"); // whether clean must come while that status is current
    // buildah bud runs after "github cloned"; buildah push and the signing copy after "image built".
    QTest::newRow("build") << "github cloned" << false;
    QTest::newRow("push") << "image built" << true;
}

void TestSbsServerFaults::cleanDuringBuild()
{
    QFETCH(QString, step);
    QFETCH(bool, exact);
    // clean while a tool runs: every tool goes, status says so, and the next build works.
    QCOMPARE(call("PATCH", "/image", QJsonDocument(initBody(env("SBS_GIT_BRANCH"))).toJson()).httpStatus,
             200);
    QCOMPARE(call("PUT", "/image").httpStatus, 200);
    const QStringList order { "github cloned", "image built", "image pushed", "success" };
    const QStringList reached = order.mid(order.indexOf(step));
    QString seen;
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired()) {
        seen = call("GET", "/image").json.value("status").toString();
        if (reached.contains(seen) || seen.startsWith("exiting due to"))
            break;
        QTest::qWait(20);
    }
    QVERIFY2(reached.contains(seen), qPrintable(seen));
    const bool missed = exact && seen != step;
    const Answer cleaned = call("DELETE", "/image");
    QCOMPARE(cleaned.json.value("status").toString(), QString("restarted cicd"));
    qInfo("clean after status \"%s\"", qPrintable(seen));
    QTRY_VERIFY2_WITH_TIMEOUT(workspaceProcesses().isEmpty(), qPrintable(workspaceProcesses().join('\n')),
                              15000);
    QCOMPARE(call("GET", "/image").json.value("status").toString(), QString("restarted cicd"));

    QCOMPARE(call("PUT", "/image").httpStatus, 200);
    const QJsonObject status = waitForEnd(240000);
    QVERIFY2(status.value("status").toString() == QLatin1String("success"),
             qPrintable(status.value("status").toString() + "\n"
                        + call("GET", "/log/build").json.value("log").toString()));
    if (missed)
        QSKIP(qPrintable("the build passed \"" + step + "\" before clean came (status \"" + seen + "\")"));
}

void TestSbsServerFaults::diskFullFailsTheBuild()
{
    // A second server whose container storage is a tmpfs too small for the base image.
    const QString full = m_work.filePath("full");
    QVERIFY(QDir().mkpath(full));
    const ToolRun mounted = tool("mount", { "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", full });
    if (mounted.exitCode != 0)
        QSKIP(qPrintable("cannot mount a tmpfs: " + mounted.output));
    const auto unmount = qScopeGuard([&] { tool("umount", { full }); });

    ServerProcess small;
    QVERIFY2(small.start(m_pki, m_work.filePath("data-full"),
                         m_serverOptions
                             + QStringList { "--containers-root", full + "/root", "--containers-runroot",
                                             m_work.filePath("full-run") },
                         m_env),
             qPrintable(small.output()));
    const auto ask = [&](const QByteArray& method, const QByteArray& body = QByteArray()) {
        return request(m_pki.clientTls(), small.port(), method, "/image", body);
    };
    QCOMPARE(ask("POST", QJsonDocument(initBody(env("SBS_GIT_BRANCH"))).toJson()).httpStatus, 200);
    QCOMPARE(ask("PUT").httpStatus, 200);
    const QJsonObject status = waitForEnd(240000, &small);
    const QString text = status.value("status").toString();
    const QString log
        = request(m_pki.clientTls(), small.port(), "GET", "/log/build").json.value("log").toString();
    QVERIFY2(text.startsWith("exiting due to a non-zero return value: ") && text.contains(", cmd: buildah "),
             qPrintable(text + "\n" + log));
    QVERIFY2(log.contains("no space left on device"), qPrintable(log));
    QVERIFY(log.contains("$ git clone"));
    // The server still answers, with the failure on record.
    const Answer after = ask("GET");
    QCOMPARE(after.httpStatus, 200);
    QCOMPARE(after.json.value("status").toString(), text);
    small.stop();
}

QTEST_GUILESS_MAIN(TestSbsServerFaults)
#include "tst_sbsserver_faults.moc"
