#include "BuildPipeline.h"
#include "BuildStatus.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace sbs::server;

// The names a build gets (PROTOCOL.md §3) and the status record across a restart.
class TestBuildRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageTag_data();
    void imageTag();
    void buildName();
    void failureText();
    void interruptedBuildIsReportedAsFailed();
    void finishedBuildIsKept();
};

void TestBuildRecord::imageTag_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("tag");
    QTest::newRow("prefix") << "v1"
                            << "v1-d14cdc8";
    QTest::newRow("no prefix") << ""
                               << "d14cdc8";
}

void TestBuildRecord::imageTag()
{
    QFETCH(QString, prefix);
    QFETCH(QString, tag);
    QCOMPARE(BuildPipeline::imageTag(prefix, "d14cdc8a1b2c3d4e5f60718293a4b5c6d7e8f901"), tag);
}

void TestBuildRecord::buildName()
{
    // The example of PROTOCOL.md §3: 2021-02-04 13:25:52.512466 UTC.
    const qint64 micros
        = QDateTime(QDate(2021, 2, 4), QTime(13, 25, 52), Qt::UTC).toMSecsSinceEpoch() * 1000 + 512466;
    QCOMPARE(BuildPipeline::buildName("docker.io", "alice/nginxapp", "v1-d14cdc8", micros),
             QString("docker.io.alice.nginxapp.v1-d14cdc8.2021-02-04_13-25-52.512466"));
}

void TestBuildRecord::failureText()
{
    QCOMPARE(BuildStatus::failureText(3, "buildah bud -t x ."),
             QString("exiting due to a non-zero return value: 3, cmd: buildah bud -t x ."));
}

void TestBuildRecord::interruptedBuildIsReportedAsFailed()
{
    BuildStatus running;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    running.startBuild(t0);
    running.setStep(BuildStatus::CleanedUp, t0);
    QVERIFY(running.isRunning());
    const BuildStatus restored = BuildStatus::fromStored(running.toStored(), t0.addSecs(5));
    QVERIFY(!restored.isRunning());
    QVERIFY(restored.status().startsWith("exiting due to a non-zero return value: "));
    QCOMPARE(restored.toResponse().value("steps").toArray().size(), 2);
}

void TestBuildRecord::finishedBuildIsKept()
{
    BuildStatus done;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    done.startBuild(t0);
    for (const char* s : { BuildStatus::CleanedUp, BuildStatus::GithubCloned, BuildStatus::ImageBuilt,
                           BuildStatus::ImagePushed })
        done.setStep(s, t0);
    done.setResult({ "docker.io.a.b.v1-1234567.2021-01-01_00-00-00.000001", "v1-1234567", "PEM",
                     "2021-01-01T00:00:00Z", "docker.io/a/b@sha256:" + QString(64, QLatin1Char('0')) });
    done.setStep(BuildStatus::Success, t0);
    QVERIFY(!done.isRunning());
    const BuildStatus restored = BuildStatus::fromStored(done.toStored(), t0.addSecs(60));
    QCOMPARE(restored.status(), QString("success"));
    QCOMPARE(restored.toResponse(), done.toResponse());
    QCOMPARE(restored.imageDigest(), done.imageDigest());
}

QTEST_GUILESS_MAIN(TestBuildRecord)
#include "tst_buildrecord.moc"
