// The guided recovery against real sbs-server instances: a state image exported by one server is
// imported into a freshly started one that shares its server secret, and the flow stops where it
// must (a server that is not fresh, one without the secret, a wrong SECRET, a bucket, cancel).
#include "ServerFixture.h"
#include "TestSupport.h"
#include "api/SbsClient.h"
#include "config/ConfigDocument.h"
#include "config/ConfigRules.h"
#include "models/ConfigFieldModel.h"
#include "models/ProfileSession.h"
#include "models/RecoveryFlow.h"
#include "state/StateImageFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using sbs::models::Profile;
using sbs::models::ProfileSession;
using sbs::models::RecoveryFlow;
using sbs::state::StateImageFile;
using sbs::test::ServerProcess;
using Step = RecoveryFlow::Step;

namespace {

const QString Secret = QStringLiteral("cmVjb3ZlcnktZmxvdy10ZXN0LXNlY3JldC1vZi10aGUtZmlyc3Qtc2VydmVy");
const QString OtherSecret = QStringLiteral("YW5vdGhlci1zZWNyZXQtdGhhdC1kaWQtbm90LW1ha2UtdGhlLWltYWdl");
constexpr int FlowTimeoutMs = 60000;

QString stepName(Step step)
{
    return QString::fromLatin1(QMetaEnum::fromType<Step>().valueToKey(int(step)));
}

// What a flow emitted, in order: "started <Step>" and "<Step> ok" / "<Step> failed".
struct Recording
{
    QStringList events;
    QMap<Step, QString> texts;
    int finishedCount = 0;
    bool succeeded = false;
    QString message;

    void attach(RecoveryFlow* flow)
    {
        QObject::connect(flow, &RecoveryFlow::stepStarted, flow,
                         [this](Step step) { events << QStringLiteral("started ") + stepName(step); });
        QObject::connect(
            flow, &RecoveryFlow::stepFinished, flow, [this](Step step, bool ok, const QString& text) {
                events << stepName(step) + (ok ? QStringLiteral(" ok") : QStringLiteral(" failed"));
                texts.insert(step, text);
            });
        QObject::connect(flow, &RecoveryFlow::finished, flow, [this](bool ok, const QString& text) {
            ++finishedCount;
            succeeded = ok;
            message = text;
        });
    }
};

// The events of a flow whose steps up to last all succeed (last itself as given).
QStringList eventsUpTo(Step last, bool lastOk)
{
    QStringList events;
    for (int i = 0; i <= int(last); ++i) {
        const Step step = Step(i);
        events << QStringLiteral("started ") + stepName(step);
        events << stepName(step)
                + (step == last && !lastOk ? QStringLiteral(" failed") : QStringLiteral(" ok"));
    }
    return events;
}

} // namespace

class TestRecoveryFlow : public QObject
{
    Q_OBJECT

private:
    // A profile for the server on 127.0.0.1:port in a folder of its own.
    QString writeProfile(const QString& name, quint16 port, const QString& secret = Secret)
    {
        const QJsonObject config = sbs::test::loopbackProfileSettings(m_pki, m_clientBundle, port, secret);
        const QString path = m_work.filePath(name + QStringLiteral("/sbs-config.json"));
        if (!sbs::test::writeFile(path, QJsonDocument(config).toJson()))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<ProfileSession> openSession(const QString& configPath)
    {
        auto session = std::make_unique<ProfileSession>(Profile::forConfig(configPath));
        const sbs::Status loaded = session->load();
        if (!loaded)
            qWarning("%s", qPrintable(loaded.error()));
        return session;
    }

    // A freshly started server with its data in <work>/<name>; with shareSecret it has the first
    // server's state secret, so it can open that server's state images.
    bool startServer(ServerProcess& server, const QString& name, bool shareSecret)
    {
        const QStringList extra = shareSecret
            ? QStringList { QStringLiteral("--state-secret-file"),
                            m_work.filePath(QStringLiteral("first/keys/state-secret")) }
            : QStringList();
        if (!server.start(m_pki, m_work.filePath(name), extra)) {
            qWarning("%s", qPrintable(server.output()));
            return false;
        }
        return true;
    }

    // gpg in the OpenPGP home, as sbs-server runs it (batch, no passphrase).
    static bool runGpg(const QString& home, const QStringList& arguments)
    {
        QProcess gpg;
        gpg.setProcessChannelMode(QProcess::MergedChannels);
        gpg.start(
            QStringLiteral("gpg"),
            QStringList { "--homedir", home, "--batch", "--pinentry-mode", "loopback", "--passphrase", "" }
                + arguments);
        if (!gpg.waitForFinished(60000) || gpg.exitStatus() != QProcess::NormalExit || gpg.exitCode() != 0) {
            qWarning("gpg: %s", gpg.readAll().constData());
            return false;
        }
        return true;
    }

    sbs::test::Answer call(const ServerProcess& server, const QByteArray& method, const QString& path,
                           const QJsonObject& body = {})
    {
        return sbs::test::request(m_pki.clientTls(), const_cast<ServerProcess&>(server).port(), method, path,
                                  body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    }

    // Runs flow with source to its end.
    static void run(RecoveryFlow& flow, Recording& recording, const RecoveryFlow::Source& source,
                    bool withBuild)
    {
        recording.attach(&flow);
        flow.start(source, withBuild);
        QTRY_VERIFY_WITH_TIMEOUT(recording.finishedCount > 0, FlowTimeoutMs);
        QVERIFY(!flow.isRunning());
    }

    RecoveryFlow::Source imageSource() const
    {
        RecoveryFlow::Source source;
        source.file = m_image;
        return source;
    }

    QTemporaryDir m_work;
    sbs::test::TestPki m_pki;
    QString m_clientBundle;
    ServerProcess m_first;
    StateImageFile m_image;
    QString m_firstImageKey;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        const QString error = m_pki.create(m_work.filePath(QStringLiteral("pki")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_clientBundle = m_work.filePath(QStringLiteral("pki/client-bundle.pem"));
        QVERIFY(sbs::test::writeCombined(m_pki, m_clientBundle).isEmpty());

        // The first server: initialized with the profile's configuration, then its state exported
        // and saved as get-state-image saves it.
        QVERIFY(startServer(m_first, QStringLiteral("first"), false));
        const auto doc = sbs::config::ConfigDocument::load(
            writeProfile(QStringLiteral("first-profile"), m_first.port()));
        QVERIFY2(doc, qPrintable(doc.error()));
        const auto body = sbs::config::initRequestBody(doc.value(), {});
        QVERIFY2(body, qPrintable(body.error()));
        const auto initialized = call(m_first, "POST", QStringLiteral("/image"), body.value());
        QCOMPARE(initialized.json.value(QStringLiteral("status")).toString(), QStringLiteral("OK"));

        // sbs-server makes its image signing key in its first build, which needs a registry;
        // an ed25519 key in its OpenPGP home (<data>/gnupg) stands in for it, so the image
        // carries a key whose arrival on the new server can be seen.
        QVERIFY(runGpg(m_work.filePath(QStringLiteral("first/gnupg")),
                       { "--quick-gen-key", "Recovery test image key <recovery@localhost>", "ed25519", "sign",
                         "never" }));
        const auto key = call(m_first, "GET", QStringLiteral("/config-json"));
        QCOMPARE(key.httpStatus, 201);
        m_firstImageKey = key.json.value(QStringLiteral("public_key")).toString();
        QVERIFY2(m_firstImageKey.startsWith(QStringLiteral("-----BEGIN PGP PUBLIC KEY BLOCK-----")),
                 qPrintable(m_firstImageKey));

        const auto exported = call(m_first, "GET", QStringLiteral("/state-image"));
        QCOMPARE(exported.httpStatus, 200);
        const QString name = exported.json.value(QStringLiteral("name")).toString();
        QVERIFY(!name.isEmpty());
        const QString path = m_work.filePath(QStringLiteral("images/") + name);
        QVERIFY(sbs::test::writeFile(path, exported.body));
        auto image = StateImageFile::read(path);
        QVERIFY2(image, qPrintable(image.error()));
        m_image = image.take();
    }

    void cleanupTestCase()
    {
        m_first.stop();
        // The OpenPGP homes' agents end with their folders.
        const QStringList servers = QDir(m_work.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& server : servers) {
            for (const char* home : { "gnupg", "platform-gnupg" }) {
                const QString path = m_work.filePath(server + QLatin1Char('/') + QLatin1String(home));
                if (QFileInfo::exists(path))
                    QProcess::execute(QStringLiteral("gpgconf"),
                                      { QStringLiteral("--homedir"), path, QStringLiteral("--kill"),
                                        QStringLiteral("gpg-agent") });
            }
        }
    }

    void recoversOnFreshServer()
    {
        ServerProcess second;
        QVERIFY(startServer(second, QStringLiteral("second"), true));
        // A freshly started server has keys of its own.
        QVERIFY(call(second, "GET", QStringLiteral("/config-json"))
                    .json.value(QStringLiteral("public_key"))
                    .toString()
                != m_firstImageKey);
        auto session = openSession(writeProfile(QStringLiteral("second-profile"), second.port()));

        RecoveryFlow flow(session.get());
        Recording recording;
        run(flow, recording, imageSource(), true);
        QVERIFY2(recording.succeeded, qPrintable(recording.message));
        QCOMPARE(recording.finishedCount, 1);
        QCOMPARE(recording.events, eventsUpTo(Step::Build, true));
        for (Step step : { Step::Init, Step::PostState, Step::Update })
            QCOMPARE(recording.texts.value(step), QStringLiteral("OK"));
        QCOMPARE(recording.texts.value(Step::Build), QStringLiteral("OK: async build started"));
        // The status step's answer reached the profile's health.
        QVERIFY(session->health().status.has_value());

        // The second server now signs with the first one's keys.
        const auto key = call(second, "GET", QStringLiteral("/config-json"));
        QCOMPARE(key.httpStatus, 201);
        QCOMPARE(key.json.value(QStringLiteral("public_key")).toString(), m_firstImageKey);

        // Once its build has begun the server is no longer fresh, and a second recovery stops at
        // the status step before anything is sent.
        QTRY_VERIFY_WITH_TIMEOUT(!call(second, "GET", QStringLiteral("/image"))
                                      .json.value(QStringLiteral("status"))
                                      .toString()
                                      .isEmpty(),
                                 FlowTimeoutMs);
        const QString status
            = call(second, "GET", QStringLiteral("/image")).json.value(QStringLiteral("status")).toString();
        Recording again;
        run(flow, again, imageSource(), true);
        QVERIFY(!again.succeeded);
        QCOMPARE(again.events, eventsUpTo(Step::Status, false));
        const QString text = again.texts.value(Step::Status);
        QVERIFY2(text.contains(QStringLiteral("not freshly started")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("start a new server")), qPrintable(text));
        // The status quoted is the server's (a failed clone, or a step on the way there).
        QVERIFY2(text.contains(status.left(20)), qPrintable(text + QStringLiteral(" / ") + status));
        QVERIFY2(again.message.contains(text), qPrintable(again.message));
    }

    void serverWithoutStateSecretRefuses()
    {
        ServerProcess other;
        QVERIFY(startServer(other, QStringLiteral("no-secret"), false));
        auto session = openSession(writeProfile(QStringLiteral("no-secret-profile"), other.port()));
        RecoveryFlow flow(session.get());
        Recording recording;
        run(flow, recording, imageSource(), true);
        QVERIFY(!recording.succeeded);
        QCOMPARE(recording.events, eventsUpTo(Step::PostState, false));

        // The flow shows what the server said when it refused the image.
        const auto refused = call(other, "POST", QStringLiteral("/state-image"),
                                  { { "secret", Secret }, { "state", m_image.state } });
        QCOMPARE(refused.httpStatus, 400);
        const QString answer = refused.json.value(QStringLiteral("status")).toString();
        QVERIFY(!answer.isEmpty());
        const QString text = recording.texts.value(Step::PostState);
        QVERIFY2(text.contains(answer), qPrintable(text + QStringLiteral(" / ") + answer));
        QVERIFY2(recording.message.contains(answer), qPrintable(recording.message));
        // ... and what to check.
        QVERIFY2(recording.message.contains(QStringLiteral("state secret file")),
                 qPrintable(recording.message));
        QVERIFY(!text.contains(Secret));
        // The refused import changed nothing: the server keeps its own keys.
        QVERIFY(call(other, "GET", QStringLiteral("/config-json"))
                    .json.value(QStringLiteral("public_key"))
                    .toString()
                != m_firstImageKey);
    }

    void wrongSecretRefused()
    {
        ServerProcess server;
        QVERIFY(startServer(server, QStringLiteral("wrong-secret"), true));
        auto session
            = openSession(writeProfile(QStringLiteral("wrong-secret-profile"), server.port(), OtherSecret));
        RecoveryFlow flow(session.get());
        Recording recording;
        run(flow, recording, imageSource(), true);
        QVERIFY(!recording.succeeded);
        QCOMPARE(recording.events, eventsUpTo(Step::PostState, false));
        const auto refused = call(server, "POST", QStringLiteral("/state-image"),
                                  { { "secret", OtherSecret }, { "state", m_image.state } });
        const QString answer = refused.json.value(QStringLiteral("status")).toString();
        QVERIFY(!answer.isEmpty());
        const QString text = recording.texts.value(Step::PostState);
        QVERIFY2(text.contains(answer), qPrintable(text));
        for (const QString& secret : { Secret, OtherSecret }) {
            QVERIFY(!text.contains(secret));
            QVERIFY(!recording.message.contains(secret));
        }
    }

    void editsDuringTheRunAreNotSent()
    {
        ServerProcess server;
        QVERIFY(startServer(server, QStringLiteral("edited"), true));
        auto session = openSession(writeProfile(QStringLiteral("edited-profile"), server.port()));
        RecoveryFlow flow(session.get());
        // The configuration loses its SECRET while init runs: the flow keeps sending the one it
        // started with, so the import still succeeds.
        connect(&flow, &RecoveryFlow::stepFinished, &flow, [&session](Step step, bool ok) {
            if (step == Step::Init && ok)
                session->config()->setValueText(QStringLiteral("SECRET"), QString());
        });
        Recording recording;
        run(flow, recording, imageSource(), false);
        QVERIFY2(recording.succeeded, qPrintable(recording.message));
        QCOMPARE(recording.events, eventsUpTo(Step::Update, true));
        QCOMPARE(call(server, "GET", QStringLiteral("/config-json")).json.value(QStringLiteral("public_key")).toString(),
                 m_firstImageKey);
    }

    void bucketRefused()
    {
        ServerProcess server;
        QVERIFY(startServer(server, QStringLiteral("bucket"), true));
        auto session = openSession(writeProfile(QStringLiteral("bucket-profile"), server.port()));
        RecoveryFlow flow(session.get());
        Recording recording;
        RecoveryFlow::Source source;
        source.bucket = QStringLiteral("sbs-state-backups");
        source.name = m_image.name;
        run(flow, recording, source, true);
        QVERIFY(!recording.succeeded);
        QCOMPARE(recording.events, eventsUpTo(Step::PostState, false));
        const QString text = recording.texts.value(Step::PostState);
        QVERIFY2(text.contains(QStringLiteral("refused the object-storage request")), qPrintable(text));
        QVERIFY2(text.contains(source.bucket), qPrintable(text));
        // The server's own answer is quoted.
        const auto refused
            = call(server, "POST", QStringLiteral("/state-image"),
                   { { "secret", Secret }, { "state_bucket_name", source.bucket }, { "name", source.name } });
        const QString answer = refused.json.value(QStringLiteral("status")).toString();
        QVERIFY(!answer.isEmpty());
        QVERIFY2(text.contains(answer), qPrintable(text));
    }

    void withoutBuild()
    {
        ServerProcess server;
        QVERIFY(startServer(server, QStringLiteral("no-build"), true));
        auto session = openSession(writeProfile(QStringLiteral("no-build-profile"), server.port()));
        RecoveryFlow flow(session.get());
        Recording recording;
        run(flow, recording, imageSource(), false);
        QVERIFY2(recording.succeeded, qPrintable(recording.message));
        QCOMPARE(recording.events, eventsUpTo(Step::Update, true));
        QCOMPARE(call(server, "GET", QStringLiteral("/config-json"))
                     .json.value(QStringLiteral("public_key"))
                     .toString(),
                 m_firstImageKey);
        // No build was started: the server still reports the imported, empty status.
        QTest::qWait(500);
        QCOMPARE(
            call(server, "GET", QStringLiteral("/image")).json.value(QStringLiteral("status")).toString(),
            QString());
    }

    void noImageGiven()
    {
        auto session = openSession(writeProfile(QStringLiteral("no-image-profile"), 9));
        RecoveryFlow flow(session.get());
        Recording recording;
        RecoveryFlow::Source metadataOnly;
        metadataOnly.file = m_image;
        metadataOnly.file->state.clear();
        for (const RecoveryFlow::Source& source : { RecoveryFlow::Source(), metadataOnly }) {
            recording = Recording();
            recording.attach(&flow);
            flow.start(source, true);
            QCOMPARE(recording.finishedCount, 1);
            QVERIFY(!recording.succeeded);
            QVERIFY(!recording.message.isEmpty());
            QVERIFY(recording.events.isEmpty());
            QVERIFY(!flow.isRunning());
            flow.disconnect();
        }
    }

    void cancel_data()
    {
        QTest::addColumn<Step>("step");
        // At once when the step starts (before its request), or from the event loop right after
        // (while its request or its worker runs).
        QTest::addColumn<bool>("fromEventLoop");
        // Whether init reached the server before the cancel: 1 yes, 0 no, -1 either.
        QTest::addColumn<int>("initialized");
        QTest::newRow("status") << Step::Status << false << 0;
        QTest::newRow("status, request sent") << Step::Status << true << 0;
        QTest::newRow("init") << Step::Init << false << 0;
        QTest::newRow("init, files being read") << Step::Init << true << -1;
        QTest::newRow("post state") << Step::PostState << false << 1;
        QTest::newRow("post state, request sent") << Step::PostState << true << 1;
        QTest::newRow("update") << Step::Update << false << 1;
        QTest::newRow("update, request sent") << Step::Update << true << 1;
    }

    void cancel()
    {
        QFETCH(Step, step);
        QFETCH(bool, fromEventLoop);
        QFETCH(int, initialized);
        ServerProcess server;
        const QString name = QStringLiteral("cancel-%1-%2").arg(stepName(step)).arg(int(fromEventLoop));
        QVERIFY(startServer(server, name, true));
        auto session = openSession(writeProfile(name + QStringLiteral("-profile"), server.port()));
        RecoveryFlow flow(session.get());
        Recording recording;
        recording.attach(&flow);
        connect(&flow, &RecoveryFlow::stepStarted, &flow, [&flow, step, fromEventLoop](Step started) {
            if (started != step)
                return;
            if (fromEventLoop)
                QTimer::singleShot(0, &flow, &RecoveryFlow::cancel);
            else
                flow.cancel();
        });
        flow.start(imageSource(), true);
        QTRY_COMPARE_WITH_TIMEOUT(recording.finishedCount, 1, FlowTimeoutMs);
        QVERIFY(!recording.succeeded);
        QCOMPARE(recording.message, QStringLiteral("Cancelled."));
        QVERIFY(!flow.isRunning());

        // Nothing happens after the cancel: no answer or worker result of the cancelled step.
        QStringList expected = step == Step::Status ? QStringList() : eventsUpTo(Step(int(step) - 1), true);
        expected << QStringLiteral("started ") + stepName(step);
        QTest::qWait(1500);
        QCOMPARE(recording.events, expected);
        QCOMPARE(recording.finishedCount, 1);
        if (initialized >= 0) {
            const auto exported = call(server, "GET", QStringLiteral("/state-image"));
            QCOMPARE(exported.httpStatus == 200, initialized == 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestRecoveryFlow)
#include "tst_recoveryflow.moc"
