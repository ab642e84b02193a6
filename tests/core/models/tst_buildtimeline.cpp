#include "api/Answers.h"
#include "history/BuildHistory.h"
#include "models/BuildTimelineModel.h"
#include "models/BuildTracker.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using sbs::api::ServerStatus;
using sbs::history::BuildHistory;
using sbs::history::BuildRecord;
using sbs::models::BuildProgress;
using sbs::models::BuildTimelineModel;
using sbs::models::BuildTracker;
using State = BuildTimelineModel::StageState;

namespace {

const QString Profile = QStringLiteral("/profiles/web-app/sbs-config.json");
const QString Failure
    = QStringLiteral("exiting due to a non-zero return value: 2, cmd: docker build -t app .");

// 2026-11-29 10:00:00 UTC plus seconds.
QDateTime at(int seconds)
{
    return QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC).addSecs(seconds);
}

QString iso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

ServerStatus parse(const QJsonObject& json)
{
    const auto status = ServerStatus::fromJson(json);
    if (!status)
        qFatal("test status does not parse: %s", qUtf8Printable(status.error()));
    return status.value();
}

// A status as the reference server sends it: the text and nothing about its times.
ServerStatus plain(const QString& text, const QString& buildName = QString(),
                   const QString& imageTag = QString())
{
    return parse({ { "status", text }, { "build_name", buildName }, { "image_tag", imageTag } });
}

struct Step
{
    QString status;
    QDateTime time;
};

// A status as sbs-server sends it, with the build's steps and its start.
ServerStatus withSteps(const QString& text, const QList<Step>& steps, const QDateTime& started,
                       const QString& buildName = QString(), const QString& imageTag = QString())
{
    QJsonArray list;
    for (const Step& step : steps)
        list.append(QJsonObject { { "status", step.status }, { "time", iso(step.time) } });
    return parse({ { "status", text },
                   { "build_name", buildName },
                   { "image_tag", imageTag },
                   { "manifest_key_gen", "" },
                   { "manifest_public_key", "" },
                   { "root_ssh_enabled", "" },
                   { "steps", list },
                   { "build_started", iso(started) } });
}

State stateAt(const BuildTimelineModel* model, int row)
{
    return State(model->index(row).data(BuildTimelineModel::StateRole).toInt());
}

QList<State> states(const BuildTimelineModel* model)
{
    QList<State> list;
    for (int row = 0; row < model->rowCount(); ++row)
        list << stateAt(model, row);
    return list;
}

qint64 durationAt(const BuildTimelineModel* model, int row)
{
    return model->index(row).data(BuildTimelineModel::DurationRole).toLongLong();
}

QDateTime reachedAt(const BuildTimelineModel* model, int row)
{
    return model->index(row).data(BuildTimelineModel::ReachedRole).toDateTime();
}

// Parses "DRPPF" into states, one letter per stage.
QList<State> statesOf(const QString& letters)
{
    QList<State> list;
    for (QChar c : letters) {
        switch (c.toLatin1()) {
        case 'D':
            list << State::Done;
            break;
        case 'R':
            list << State::Running;
            break;
        case 'F':
            list << State::Failed;
            break;
        default:
            list << State::Pending;
        }
    }
    return list;
}

} // namespace

class TestBuildTimeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_historyCount = 0;

    // A fresh history database for one test.
    std::unique_ptr<BuildHistory> openHistory()
    {
        auto history = std::make_unique<BuildHistory>();
        const QString path = m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_historyCount));
        const auto opened = history->open(path);
        if (!opened)
            qWarning("%s", qUtf8Printable(opened.error()));
        return history;
    }

    // Feeds a whole watched build without steps: requested at 0 s, then the stages.
    static void feedSuccessfulBuild(BuildTracker& tracker, int offset, int builtAfter = 80)
    {
        tracker.noteBuildRequested(at(offset));
        tracker.onStatus(plain("cleaned up"), at(offset + 5));
        tracker.onStatus(plain("github cloned"), at(offset + 20));
        tracker.onStatus(plain("image built"), at(offset + 20 + builtAfter));
        tracker.onStatus(plain("image pushed"), at(offset + 40 + builtAfter));
        tracker.onStatus(plain("success", "docker.io.alice.app.v1-abc1234.x", "v1-abc1234"),
                         at(offset + 50 + builtAfter));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void wholeBuildKeepsTheModelConsistent()
    {
        BuildTracker tracker(Profile, nullptr);
        BuildTimelineModel* model = tracker.timeline();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->index(0).data().toString(), QStringLiteral("Workspace cleaned"));
        QCOMPARE(model->index(4).data(BuildTimelineModel::StatusTextRole).toString(),
                 QStringLiteral("success"));
        QCOMPARE(states(model), statesOf("PPPPP"));
        QCOMPARE(durationAt(model, 0), -1);

        tracker.onStatus(plain(""), at(-60));
        QCOMPARE(states(model), statesOf("PPPPP"));

        feedSuccessfulBuild(tracker, 0);
        QCOMPARE(states(model), statesOf("DDDDD"));
        QCOMPARE(model->activeRow(), -1);
        // Requested at 0 s; each stage from the previous one's first sighting.
        const QList<qint64> expected = { 5000, 15000, 80000, 20000, 10000 };
        for (int row = 0; row < 5; ++row)
            QCOMPARE(durationAt(model, row), expected.at(row));
        const BuildRecord& record = tracker.progress().record;
        QCOMPARE(record.started, at(0));
        QCOMPARE(record.ended, at(130));
        QCOMPARE(record.key, QStringLiteral("seen:2026-11-29T10:00:00.000Z"));
        QCOMPARE(record.buildName, QStringLiteral("docker.io.alice.app.v1-abc1234.x"));
        QCOMPARE(record.imageTag, QStringLiteral("v1-abc1234"));
        QVERIFY(!record.timesFromServer);

        model->clear();
        QCOMPARE(states(model), statesOf("PPPPP"));
    }

    void statesPerStatus_data()
    {
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("activeRow");
        QTest::addColumn<bool>("running");

        QTest::newRow("nothing seen") << QStringList() << "PPPPP" << -1 << false;
        QTest::newRow("not initialised") << QStringList { "" } << "PPPPP" << -1 << false;
        QTest::newRow("cleaned up") << QStringList { "cleaned up" } << "DRPPP" << 1 << true;
        QTest::newRow("github cloned")
            << QStringList { "cleaned up", "github cloned" } << "DDRPP" << 2 << true;
        QTest::newRow("image built") << QStringList { "cleaned up", "github cloned", "image built" }
                                     << "DDDRP" << 3 << true;
        QTest::newRow("image pushed")
            << QStringList { "cleaned up", "github cloned", "image built", "image pushed" } << "DDDDR" << 4
            << true;
        QTest::newRow("success") << QStringList { "cleaned up", "image pushed", "success" } << "DDDDD" << -1
                                 << false;
        QTest::newRow("failed while building")
            << QStringList { "cleaned up", "github cloned", Failure } << "DDFPP" << 2 << false;
        QTest::newRow("failed while cloning")
            << QStringList { "cleaned up", Failure } << "DFPPP" << 1 << false;
        QTest::newRow("stopped") << QStringList { "cleaned up", "github cloned", "restarted cicd" } << "DDPPP"
                                 << -1 << false;
        QTest::newRow("stopped, polled again")
            << QStringList { "cleaned up", "restarted cicd", "restarted cicd" } << "DPPPP" << -1 << false;
        QTest::newRow("cleaned after success")
            << QStringList { "cleaned up", "success", "restarted cicd" } << "PPPPP" << -1 << false;
        QTest::newRow("restarted, no build") << QStringList { "restarted cicd" } << "PPPPP" << -1 << false;
        QTest::newRow("unknown text mid-build")
            << QStringList { "cleaned up", "github cloned", "signing layers" } << "DDRPP" << 2 << true;
        QTest::newRow("unknown text first") << QStringList { "warming up" } << "PPPPP" << -1 << false;
        QTest::newRow("success seen first") << QStringList { "success" } << "DDDDD" << -1 << false;
        QTest::newRow("next build after success")
            << QStringList { "cleaned up", "success", "cleaned up" } << "DRPPP" << 1 << true;
    }

    void statesPerStatus()
    {
        QFETCH(QStringList, statuses);
        QFETCH(QString, expected);
        QFETCH(int, activeRow);
        QFETCH(bool, running);
        BuildTracker tracker(Profile, nullptr);
        QAbstractItemModelTester tester(tracker.timeline(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        int second = 0;
        for (const QString& status : statuses)
            tracker.onStatus(plain(status), at(second += 10));
        QCOMPARE(states(tracker.timeline()), statesOf(expected));
        QCOMPARE(tracker.timeline()->activeRow(), activeRow);
        QCOMPARE(tracker.progress().running, running);
        if (!statuses.isEmpty())
            QCOMPARE(tracker.progress().statusText, statuses.constLast());
    }

    void durationsFromFixedTimes()
    {
        BuildTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BuildProgress progress;
        progress.running = true;
        progress.statusText = QStringLiteral("github cloned");
        progress.record.started = at(0);
        progress.record.stageReached[0] = at(10);
        progress.record.stageReached[1] = at(30);
        model.setProgress(progress, at(45));

        QCOMPARE(states(&model), statesOf("DDRPP"));
        QCOMPARE(durationAt(&model, 0), 10000);
        QCOMPARE(durationAt(&model, 1), 20000);
        QCOMPARE(durationAt(&model, 2), 15000); // running since the clone was seen
        QCOMPARE(durationAt(&model, 3), -1);
        QCOMPARE(reachedAt(&model, 1), at(30));
        QVERIFY(!reachedAt(&model, 2).isValid());
        QCOMPARE(model.index(2).data(BuildTimelineModel::ProgressRole).toDouble(), -1.0); // no median yet

        // The clock moves only the running stage's row.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.tick(at(75));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(durationAt(&model, 2), 45000);

        // With the usual durations the running stage shows how far along it probably is.
        changed.clear();
        model.setMedians({ 9000, 21000, 90000, 30000, 5000 });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(BuildTimelineModel::MedianRole));
        QVERIFY(roles.contains(BuildTimelineModel::ProgressRole));
        QCOMPARE(model.index(2).data(BuildTimelineModel::MedianRole).toLongLong(), 90000);
        QCOMPARE(model.index(2).data(BuildTimelineModel::ProgressRole).toDouble(), 0.5);
        QCOMPARE(model.index(1).data(BuildTimelineModel::ProgressRole).toDouble(), -1.0); // done
        model.tick(at(400)); // far over the usual time: never shown as finished
        QCOMPARE(model.index(2).data(BuildTimelineModel::ProgressRole).toDouble(), 0.99);

        // A failed build: the failed stage took from its start to the failure.
        progress.running = false;
        progress.record.result = BuildRecord::Result::Failed;
        progress.record.ended = at(100);
        progress.record.failedCommand = QStringLiteral("docker build -t app .");
        progress.record.exitCode = 2;
        changed.clear();
        model.setProgress(progress, at(500));
        QCOMPARE(states(&model), statesOf("DDFPP"));
        QCOMPARE(durationAt(&model, 2), 70000);
        QCOMPARE(model.index(2).data(BuildTimelineModel::FailedCommandRole).toString(),
                 QStringLiteral("docker build -t app ."));
        QCOMPARE(model.index(1).data(BuildTimelineModel::FailedCommandRole).toString(), QString());
        QCOMPARE(model.index(2).data(BuildTimelineModel::ProgressRole).toDouble(), -1.0);
        // Nothing runs: the clock changes nothing.
        changed.clear();
        model.tick(at(600));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(durationAt(&model, 2), 70000);

        // Stopped: the stage it was on was cut short, not failed, and keeps no clock.
        progress.record.result = BuildRecord::Result::Stopped;
        progress.record.failedCommand.clear();
        model.setProgress(progress, at(700));
        QCOMPARE(states(&model), statesOf("DDPPP"));
        QCOMPARE(durationAt(&model, 2), -1);
        QCOMPARE(model.activeRow(), -1);
    }

    void serverStepsGiveTheTimes()
    {
        BuildTracker tracker(Profile, nullptr);
        QAbstractItemModelTester tester(tracker.timeline(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy started(&tracker, &BuildTracker::buildStarted);
        QSignalSpy ended(&tracker, &BuildTracker::buildEnded);
        BuildTimelineModel* model = tracker.timeline();

        // The app is opened five minutes into the build: the server still knows when each
        // stage was reached.
        const QList<Step> steps
            = { { "cleaned up", at(5) }, { "github cloned", at(20) }, { "image built", at(80) } };
        tracker.onStatus(withSteps("image built", steps, at(0)), at(300));
        QCOMPARE(started.size(), 1);
        QCOMPARE(states(model), statesOf("DDDRP"));
        QCOMPARE(reachedAt(model, 0), at(5));
        QCOMPARE(reachedAt(model, 2), at(80));
        QCOMPARE(durationAt(model, 0), 5000);
        QCOMPARE(durationAt(model, 2), 60000);
        QCOMPARE(durationAt(model, 3), 220000); // running since 80 s, seen at 300 s
        const BuildRecord& record = tracker.progress().record;
        QCOMPARE(record.started, at(0));
        QCOMPARE(record.key, QStringLiteral("started:2026-11-29T10:00:00.000Z"));
        QVERIFY(record.timesFromServer);

        tracker.onStatus(
            withSteps("success", steps + QList<Step> { { "image pushed", at(100) }, { "success", at(110) } },
                      at(0), "docker.io.alice.app.v1-abc1234.x", "v1-abc1234"),
            at(330));
        QCOMPARE(states(model), statesOf("DDDDD"));
        QCOMPARE(started.size(), 1);
        QCOMPARE(ended.size(), 1);
        const auto endedRecord = ended.at(0).at(0).value<BuildRecord>();
        QCOMPARE(endedRecord.ended, at(110)); // the server's time, not when it was seen
        QCOMPARE(endedRecord.durationMs(), 110000);
        QCOMPARE(endedRecord.stageDurationMs(sbs::history::Stage::ImagePushed), 20000);
        QCOMPARE(endedRecord.buildName, QStringLiteral("docker.io.alice.app.v1-abc1234.x"));

        // The next build has begun; the server cleared the steps and the status is still the
        // previous build's until the first stage is reached.
        tracker.onStatus(withSteps("success", {}, at(600)), at(602));
        QCOMPARE(started.size(), 2);
        QCOMPARE(states(model), statesOf("RPPPP"));
        QCOMPARE(durationAt(model, 0), 2000);
        QCOMPARE(tracker.progress().record.started, at(600));
        QVERIFY(tracker.progress().running);
    }

    void statusOnlyTimesAreWhenFirstSeen()
    {
        BuildTracker tracker(Profile, nullptr);
        BuildTimelineModel* model = tracker.timeline();
        tracker.onStatus(plain("cleaned up"), at(5));
        tracker.onStatus(plain("cleaned up"), at(10));
        tracker.onStatus(plain("github cloned"), at(25));
        tracker.onStatus(plain("github cloned"), at(30));
        QCOMPARE(reachedAt(model, 0), at(5));
        QCOMPARE(reachedAt(model, 1), at(25));
        // Without a request here, the build starts when its first status was seen.
        QCOMPARE(tracker.progress().record.started, at(5));
        QCOMPARE(tracker.progress().record.key, QStringLiteral("seen:2026-11-29T10:00:05.000Z"));
        QCOMPARE(durationAt(model, 0), 0);
        QCOMPARE(durationAt(model, 1), 20000);
        QCOMPARE(durationAt(model, 2), 5000); // running since 25 s, last seen at 30 s
        QVERIFY(!tracker.progress().record.timesFromServer);
    }

    void skippedStagesAreDoneWithoutTimes()
    {
        BuildTracker tracker(Profile, nullptr);
        BuildTimelineModel* model = tracker.timeline();
        tracker.onStatus(plain("cleaned up"), at(5));
        tracker.onStatus(plain("image pushed"), at(100)); // cloned and built between two polls
        QCOMPARE(states(model), statesOf("DDDDR"));
        QVERIFY(!reachedAt(model, 1).isValid());
        QVERIFY(!reachedAt(model, 2).isValid());
        QCOMPARE(reachedAt(model, 3), at(100));
        QCOMPARE(durationAt(model, 1), -1);
        QCOMPARE(durationAt(model, 2), -1);
        QCOMPARE(durationAt(model, 3), -1); // its start is unknown
        QCOMPARE(durationAt(model, 4), 0);
        tracker.timeline()->tick(at(112));
        QCOMPARE(durationAt(model, 4), 12000);
    }

    void failureShowsTheCommandAndExitCode()
    {
        auto history = openHistory();
        QVERIFY(history->isOpen());
        BuildTracker tracker(Profile, history.get());
        QSignalSpy ended(&tracker, &BuildTracker::buildEnded);
        tracker.onStatus(plain("cleaned up"), at(5));
        tracker.onStatus(plain("github cloned"), at(20));
        for (int poll = 0; poll < 4; ++poll)
            tracker.onStatus(plain(Failure), at(60 + poll * 5));

        BuildTimelineModel* model = tracker.timeline();
        QCOMPARE(states(model), statesOf("DDFPP"));
        QCOMPARE(model->activeRow(), 2);
        QCOMPARE(model->index(2).data(BuildTimelineModel::FailedCommandRole).toString(),
                 QStringLiteral("docker build -t app ."));
        QCOMPARE(durationAt(model, 2), 40000);
        QCOMPARE(ended.size(), 1);
        const auto record = ended.at(0).at(0).value<BuildRecord>();
        QCOMPARE(record.result, BuildRecord::Result::Failed);
        QCOMPARE(record.exitCode, 2);
        QCOMPARE(record.failedCommand, QStringLiteral("docker build -t app ."));
        QCOMPARE(record.ended, at(60));
        QVERIFY(record.id > 0);
        const QList<BuildRecord> stored = history->builds(Profile);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).result, BuildRecord::Result::Failed);
        QCOMPARE(stored.at(0).exitCode, 2);
    }

    void unknownStatusTextChangesNothingElse()
    {
        BuildTracker tracker(Profile, nullptr);
        QSignalSpy progressed(&tracker, &BuildTracker::progressChanged);
        tracker.onStatus(plain("cleaned up"), at(5));
        tracker.onStatus(plain("github cloned"), at(20));
        const BuildRecord before = tracker.progress().record;

        tracker.onStatus(plain("compressing layers"), at(40));
        QCOMPARE(progressed.size(), 3);
        const auto shown = progressed.constLast().at(0).value<BuildProgress>();
        QCOMPARE(shown.statusText, QStringLiteral("compressing layers"));
        QVERIFY(shown.unknownStatus);
        QVERIFY(shown.running);
        QCOMPARE(tracker.timeline()->progress().statusText, QStringLiteral("compressing layers"));
        QCOMPARE(tracker.progress().record.stageReached, before.stageReached);
        QCOMPARE(tracker.progress().record.key, before.key);
        QCOMPARE(states(tracker.timeline()), statesOf("DDRPP"));

        tracker.onStatus(plain("image built"), at(80));
        QVERIFY(!tracker.progress().unknownStatus);
        QCOMPARE(states(tracker.timeline()), statesOf("DDDRP"));
        QCOMPARE(tracker.progress().record.key, before.key); // still the same build
    }

    void restartedDuringBuildIsStoredAsStopped()
    {
        auto history = openHistory();
        BuildTracker tracker(Profile, history.get());
        QSignalSpy ended(&tracker, &BuildTracker::buildEnded);
        tracker.onStatus(plain("cleaned up"), at(5));
        tracker.onStatus(plain("github cloned"), at(20));
        tracker.onStatus(plain("restarted cicd"), at(30));
        tracker.onStatus(plain("restarted cicd"), at(35));

        QCOMPARE(ended.size(), 1);
        const auto record = ended.at(0).at(0).value<BuildRecord>();
        QCOMPARE(record.result, BuildRecord::Result::Stopped);
        QCOMPARE(record.ended, at(30));
        const QList<BuildRecord> stored = history->builds(Profile);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).result, BuildRecord::Result::Stopped);
        QCOMPARE(stored.at(0).id, record.id);
        QVERIFY(!tracker.progress().running);
        QCOMPARE(states(tracker.timeline()), statesOf("DDPPP"));
    }

    void terminalStatusOnManyPollsIsStoredOnce()
    {
        auto history = openHistory();
        BuildTracker tracker(Profile, history.get());
        QSignalSpy ended(&tracker, &BuildTracker::buildEnded);
        QSignalSpy started(&tracker, &BuildTracker::buildStarted);
        feedSuccessfulBuild(tracker, 0);
        for (int poll = 0; poll < 5; ++poll)
            tracker.onStatus(plain("success", "docker.io.alice.app.v1-abc1234.x", "v1-abc1234"),
                             at(200 + poll));
        QCOMPARE(history->builds(Profile).size(), 1);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(started.size(), 1);
        const BuildRecord first = history->builds(Profile).constFirst();
        QCOMPARE(first.result, BuildRecord::Result::Succeeded);
        QCOMPARE(first.buildName, QStringLiteral("docker.io.alice.app.v1-abc1234.x"));
        QCOMPARE(first.stageDurationMs(sbs::history::Stage::ImageBuilt), 80000);

        // The next build is another row.
        feedSuccessfulBuild(tracker, 1000);
        tracker.onStatus(plain("success", "docker.io.alice.app.v1-abc1234.y", "v1-abc1234"), at(1300));
        QCOMPARE(started.size(), 2);
        QCOMPARE(ended.size(), 2);
        const QList<BuildRecord> stored = history->builds(Profile);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(1).started, at(1000));
    }

    void sameEndedBuildAfterAppRestartUpdatesItsRow()
    {
        auto history = openHistory();
        const QList<Step> steps = { { "cleaned up", at(5) },
                                    { "github cloned", at(20) },
                                    { "image built", at(80) },
                                    { "image pushed", at(100) },
                                    { "success", at(110) } };
        const ServerStatus done
            = withSteps("success", steps, at(0), "docker.io.alice.app.v1-abc1234.x", "v1-abc1234");
        qint64 id = 0;
        {
            BuildTracker tracker(Profile, history.get());
            QSignalSpy ended(&tracker, &BuildTracker::buildEnded);
            tracker.onStatus(withSteps("image built", steps.mid(0, 3), at(0)), at(90));
            tracker.onStatus(done, at(115));
            tracker.onStatus(done, at(120));
            QCOMPARE(ended.size(), 1);
            id = ended.at(0).at(0).value<BuildRecord>().id;
            QVERIFY(id > 0);
        }
        QCOMPARE(history->builds(Profile).size(), 1);

        // The app is started again: the same ended build, told by its server start.
        BuildTracker again(Profile, history.get());
        QSignalSpy ended(&again, &BuildTracker::buildEnded);
        again.onStatus(done, at(4000));
        again.onStatus(done, at(4005));
        QCOMPARE(ended.size(), 0);
        QCOMPARE(again.progress().record.id, id);
        const QList<BuildRecord> stored = history->builds(Profile);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).ended, at(110));
        QCOMPARE(states(again.timeline()), statesOf("DDDDD"));
    }

    void buildEndedWhileTheAppWasClosedIsStored()
    {
        auto history = openHistory();
        const QList<Step> steps = { { "cleaned up", at(5) },
                                    { "github cloned", at(20) },
                                    { "image built", at(80) },
                                    { Failure, at(85) } };
        BuildTracker tracker(Profile, history.get());
        QSignalSpy ended(&tracker, &BuildTracker::buildEnded);
        tracker.onStatus(withSteps(Failure, steps, at(0)), at(5000));
        QCOMPARE(ended.size(), 0); // not watched ending
        QCOMPARE(states(tracker.timeline()), statesOf("DDDFP"));
        const QList<BuildRecord> stored = history->builds(Profile);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).result, BuildRecord::Result::Failed);
        QCOMPARE(stored.at(0).ended, at(85));
        QCOMPARE(stored.at(0).exitCode, 2);
    }

    void endedStatusWithoutStepsSeenFirstIsNotStored()
    {
        auto history = openHistory();
        BuildTracker tracker(Profile, history.get());
        QSignalSpy ended(&tracker, &BuildTracker::buildEnded);
        QSignalSpy started(&tracker, &BuildTracker::buildStarted);
        tracker.onStatus(plain("success", "docker.io.alice.app.v1-abc1234.x", "v1-abc1234"), at(10));
        tracker.onStatus(plain("success", "docker.io.alice.app.v1-abc1234.x", "v1-abc1234"), at(20));
        QCOMPARE(states(tracker.timeline()), statesOf("DDDDD"));
        QCOMPARE(tracker.progress().record.buildName, QStringLiteral("docker.io.alice.app.v1-abc1234.x"));
        QVERIFY(history->builds(Profile).isEmpty());
        QCOMPARE(ended.size(), 0);
        QCOMPARE(started.size(), 0);

        BuildTracker failedFirst(Profile, history.get());
        failedFirst.onStatus(plain(Failure), at(30));
        QCOMPARE(failedFirst.timeline()->activeRow(), 0);
        QCOMPARE(failedFirst.timeline()->index(0).data(BuildTimelineModel::FailedCommandRole).toString(),
                 QStringLiteral("docker build -t app ."));
        QVERIFY(history->builds(Profile).isEmpty());
    }

    void newBuildIsToldWithoutSteps()
    {
        BuildTracker tracker(Profile, nullptr);
        QSignalSpy started(&tracker, &BuildTracker::buildStarted);
        tracker.onStatus(plain("success"), at(0));
        QCOMPARE(started.size(), 0);

        tracker.onStatus(plain("cleaned up"), at(10)); // running after an ended build
        QCOMPARE(started.size(), 1);
        tracker.onStatus(plain("github cloned"), at(20));
        QCOMPARE(started.size(), 1);

        tracker.onStatus(plain("cleaned up"), at(30)); // an earlier stage again
        QCOMPARE(started.size(), 2);
        QCOMPARE(tracker.progress().record.started, at(30));
        QCOMPARE(states(tracker.timeline()), statesOf("DRPPP"));

        // Requested here: the next running status is a new build, started at the request.
        tracker.noteBuildRequested(at(35));
        tracker.onStatus(plain("image built"), at(40));
        QCOMPARE(started.size(), 3);
        QCOMPARE(tracker.progress().record.started, at(35));
        QCOMPARE(tracker.progress().record.key, QStringLiteral("seen:2026-11-29T10:00:35.000Z"));
        tracker.onStatus(plain("image pushed"), at(50));
        QCOMPARE(started.size(), 3); // the request was used once

        // A build that ran wholly between two polls after a request is one the user started.
        auto history = openHistory();
        BuildTracker quick(Profile, history.get());
        QSignalSpy quickEnded(&quick, &BuildTracker::buildEnded);
        quick.onStatus(plain("success"), at(0));
        quick.noteBuildRequested(at(100));
        quick.onStatus(plain(Failure), at(103));
        QCOMPARE(history->builds(Profile).size(), 1);
        QCOMPARE(history->builds(Profile).constFirst().started, at(100));
        QCOMPARE(quickEnded.size(), 1); // the user asked for it: they hear how it ended
    }

    void newBuildIsToldByServerStart()
    {
        BuildTracker tracker(Profile, nullptr);
        QSignalSpy started(&tracker, &BuildTracker::buildStarted);
        tracker.onStatus(withSteps("cleaned up", { { "cleaned up", at(5) } }, at(0)), at(6));
        QCOMPARE(started.size(), 1);
        tracker.onStatus(
            withSteps("github cloned", { { "cleaned up", at(5) }, { "github cloned", at(20) } }, at(0)),
            at(21));
        QCOMPARE(started.size(), 1);
        // A build started again between two polls, already past the stage the last one was at.
        tracker.onStatus(
            withSteps("image built",
                      { { "cleaned up", at(305) }, { "github cloned", at(320) }, { "image built", at(380) } },
                      at(300)),
            at(390));
        QCOMPARE(started.size(), 2);
        QCOMPARE(tracker.progress().record.started, at(300));
        QCOMPARE(reachedAt(tracker.timeline(), 0), at(305));
        QCOMPARE(states(tracker.timeline()), statesOf("DDDRP"));
    }

    void mediansAreAppliedAfterAnEnd()
    {
        auto history = openHistory();
        BuildTracker tracker(Profile, history.get());
        BuildTimelineModel* model = tracker.timeline();
        QCOMPARE(model->index(2).data(BuildTimelineModel::MedianRole).toLongLong(), -1);

        // An earlier build reaches the history from elsewhere (another window, an import).
        BuildRecord earlier;
        earlier.profile = Profile;
        earlier.key = QStringLiteral("seen:earlier");
        earlier.started = at(-5000);
        earlier.stageReached = { at(-4990), at(-4970), at(-4910), at(-4890), at(-4880) };
        earlier.ended = at(-4880);
        QVERIFY(history->store(earlier));

        QSignalSpy ended(&tracker, &BuildTracker::buildEnded);
        feedSuccessfulBuild(tracker, 0, 200);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(history->builds(Profile).size(), 2);
        // The ended build is compared with the others, not with itself.
        QCOMPARE(model->index(0).data(BuildTimelineModel::MedianRole).toLongLong(), 10000);
        QCOMPARE(model->index(2).data(BuildTimelineModel::MedianRole).toLongLong(), 60000);

        // The next build's running stage measures itself against them.
        tracker.noteBuildRequested(at(1000));
        tracker.onStatus(plain("cleaned up"), at(1010));
        tracker.onStatus(plain("github cloned"), at(1030));
        QCOMPARE(states(model), statesOf("DDRPP"));
        QVERIFY(model->index(2).data(BuildTimelineModel::MedianRole).toLongLong() >= 60000);
        tracker.timeline()->tick(at(1060));
        const double progress = model->index(2).data(BuildTimelineModel::ProgressRole).toDouble();
        QVERIFY(progress > 0 && progress <= 0.5);
    }
};

QTEST_GUILESS_MAIN(TestBuildTimeline)
#include "tst_buildtimeline.moc"
