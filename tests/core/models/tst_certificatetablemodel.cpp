#include "TestSupport.h"
#include "config/ConfigDocument.h"
#include "models/CertificateCheck.h"
#include "models/CertificateTableModel.h"
#include "pki/CertificateManager.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sbs;
using models::CertificateCheck;
using models::CertificateEntry;
using models::CertificateTableModel;
using Kind = CertificateEntry::Kind;
using Fix = CertificateEntry::Fix;
using Severity = CertificateEntry::Severity;

namespace {

const QString Uuid = QStringLiteral("5d1f6a9e-2b7c-4e0a-9f3d-1c2b3a4d5e6f");
const QString Host = QStringLiteral("127.0.0.1");

} // namespace

class TestCertificateTableModel : public QObject
{
    Q_OBJECT

private:
    // A configuration with UUID and HOSTNAME in dir, and its default layout.
    static pki::CertificateLayout layoutIn(const QString& dir, const QString& hostname = Host)
    {
        const QString path = QDir(dir).filePath(QStringLiteral("sbs-config.json"));
        const QByteArray json
            = QStringLiteral(R"({"HOSTNAME": "%1", "RUNTIME_TYPE": "on-prem", "UUID": "%2", )"
                             R"("SECRET": "c2VjcmV0"})")
                  .arg(hostname, Uuid)
                  .toUtf8();
        if (!test::writeFile(path, json))
            qFatal("cannot write %s", qPrintable(path));
        const Result<config::ConfigDocument> doc = config::ConfigDocument::load(path);
        if (!doc)
            qFatal("%s", qPrintable(doc.error()));
        const Result<pki::CertificateLayout> layout = pki::CertificateLayout::resolve(doc.value(), path, dir);
        if (!layout)
            qFatal("%s", qPrintable(layout.error()));
        return layout.value();
    }

    // Client CA, client and server certificate for hostname, as create-client-cert and
    // create-server-cert make them.
    static bool generate(const pki::CertificateLayout& layout, const QString& hostname = Host)
    {
        const pki::CertificateManager manager(layout);
        const Result<pki::CertificateReport> client = manager.createClientCertificates(pki::KeyType::EcP256);
        if (!client) {
            qWarning("%s", qPrintable(client.error()));
            return false;
        }
        const Result<pki::CertificateReport> server
            = manager.createServerCertificate(hostname, pki::KeyType::EcP256, false);
        if (!server)
            qWarning("%s", qPrintable(server.error()));
        return server.isOk();
    }

    static QVariant cell(const CertificateTableModel& model, Kind kind, int column,
                         int role = Qt::DisplayRole)
    {
        return model.index(model.rowOf(kind), column).data(role);
    }

    static QList<Kind> kinds(const CertificateTableModel& model)
    {
        QList<Kind> result;
        for (const CertificateEntry& entry : model.entries())
            result << entry.kind;
        return result;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void generatedSet();
    void missingFiles();
    void missingKeyFiles();
    void mismatchedFiles();
    void expirySeverity_data();
    void expirySeverity();
    void severityThresholds();
    void unresolvedLayout();
    void updatesInPlace();
    void asyncCheck();
};

void TestCertificateTableModel::generatedSet()
{
    QTemporaryDir dir;
    const pki::CertificateLayout layout = layoutIn(dir.path());
    QVERIFY(generate(layout));

    CertificateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setEntries(CertificateCheck::run(layout, Host, now), now);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(CertificateTableModel::ColumnCount));
    QCOMPARE(kinds(model), QList<Kind>({ Kind::Ca, Kind::Client, Kind::Server }));
    QCOMPARE(model.headerData(CertificateTableModel::DaysLeftColumn, Qt::Horizontal).toString(),
             QStringLiteral("Days left"));

    QCOMPARE(cell(model, Kind::Ca, CertificateTableModel::NameColumn).toString(),
             QStringLiteral("Client CA"));
    QCOMPARE(cell(model, Kind::Ca, CertificateTableModel::SubjectColumn).toString(),
             QStringLiteral("CN=container client CA"));
    QCOMPARE(cell(model, Kind::Client, CertificateTableModel::SubjectColumn).toString(),
             QStringLiteral("CN=container client"));
    QCOMPARE(cell(model, Kind::Server, CertificateTableModel::SanColumn).toString(),
             QStringLiteral("IP:127.0.0.1"));
    QCOMPARE(cell(model, Kind::Server, CertificateTableModel::KeyTypeColumn).toString(),
             QStringLiteral("EC P-256"));
    QVERIFY(
        cell(model, Kind::Client, CertificateTableModel::FingerprintColumn).toString().count(QLatin1Char(':'))
        == 31);
    QVERIFY(!cell(model, Kind::Client, CertificateTableModel::ValidFromColumn).toString().isEmpty());
    QCOMPARE(cell(model, Kind::Client, CertificateTableModel::ValidToColumn, Qt::EditRole).toDateTime(),
             model.entryAt(model.rowOf(Kind::Client))->info->notAfter);

    // Fresh certificates: a year (the CA two), nothing wrong, nothing to fix.
    const qint64 clientDays = cell(model, Kind::Client, 0, CertificateTableModel::DaysLeftRole).toLongLong();
    QVERIFY2(clientDays >= 363 && clientDays <= 365, qPrintable(QString::number(clientDays)));
    QCOMPARE(cell(model, Kind::Client, CertificateTableModel::DaysLeftColumn).toString(),
             QStringLiteral("%1 days").arg(clientDays));
    QVERIFY(cell(model, Kind::Ca, 0, CertificateTableModel::DaysLeftRole).toLongLong() > 700);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, CertificateTableModel::NameColumn);
        QVERIFY(index.data(CertificateTableModel::PresentRole).toBool());
        QCOMPARE(index.data(CertificateTableModel::SeverityRole).toInt(), int(Severity::Ok));
        QVERIFY2(index.data(CertificateTableModel::ProblemRole).toString().isEmpty(),
                 qPrintable(index.data(CertificateTableModel::ProblemRole).toString()));
        QCOMPARE(index.data(CertificateTableModel::FixRole).toInt(), int(Fix::None));
        QVERIFY(QFileInfo::exists(index.data(CertificateTableModel::PathRole).toString()));
    }
    QCOMPARE(cell(model, Kind::Server, 0, CertificateTableModel::PathRole).toString(),
             layout.serverCertPath());
    QVERIFY(cell(model, Kind::Server, CertificateTableModel::NameColumn, Qt::ToolTipRole)
                .toString()
                .contains(layout.serverCertPath()));
}

void TestCertificateTableModel::missingFiles()
{
    QTemporaryDir dir;
    const pki::CertificateLayout layout = layoutIn(dir.path());
    CertificateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setEntries(CertificateCheck::run(layout, Host, now), now);

    // Nothing made yet: three rows that say they are missing and what creates them.
    QCOMPARE(kinds(model), QList<Kind>({ Kind::Ca, Kind::Client, Kind::Server }));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, CertificateTableModel::SubjectColumn);
        QVERIFY(!index.data(CertificateTableModel::PresentRole).toBool());
        QVERIFY2(index.data().toString().startsWith(QStringLiteral("missing: Generate creates it")),
                 qPrintable(index.data().toString()));
        QCOMPARE(index.data(CertificateTableModel::SeverityRole).toInt(), int(Severity::None));
        QCOMPARE(index.data(CertificateTableModel::ProblemSeverityRole).toInt(), int(Severity::Info));
        QCOMPARE(index.data(CertificateTableModel::FixRole).toInt(), int(Fix::Generate));
        QVERIFY(!index.data(CertificateTableModel::DaysLeftRole).isValid());
        QVERIFY(model.index(row, CertificateTableModel::DaysLeftColumn).data().toString().isEmpty());
    }
    QVERIFY(cell(model, Kind::Server, CertificateTableModel::SubjectColumn)
                .toString()
                .contains("create-server-cert"));
    QVERIFY(cell(model, Kind::Client, CertificateTableModel::SubjectColumn)
                .toString()
                .contains("create-client-cert"));

    // The client files without the server's: the server is missing, as a warning now.
    QVERIFY(pki::CertificateManager(layout).createClientCertificates(pki::KeyType::EcP256).isOk());
    model.setEntries(CertificateCheck::run(layout, Host, now), now);
    QVERIFY(cell(model, Kind::Client, 0, CertificateTableModel::PresentRole).toBool());
    QVERIFY(!cell(model, Kind::Server, 0, CertificateTableModel::PresentRole).toBool());
    QCOMPARE(cell(model, Kind::Server, 0, CertificateTableModel::ProblemSeverityRole).toInt(),
             int(Severity::Warning));
    QCOMPARE(cell(model, Kind::Server, 0, CertificateTableModel::FixRole).toInt(), int(Fix::Generate));

    // A CA folder without its client file cannot be completed by Generate: start over.
    QVERIFY(QFile::remove(layout.clientCrtKeyPath()));
    model.setEntries(CertificateCheck::run(layout, Host, now), now);
    QCOMPARE(cell(model, Kind::Client, 0, CertificateTableModel::ProblemSeverityRole).toInt(),
             int(Severity::Critical));
    QCOMPARE(cell(model, Kind::Client, 0, CertificateTableModel::FixRole).toInt(), int(Fix::StartOver));
}

void TestCertificateTableModel::missingKeyFiles()
{
    QTemporaryDir dir;
    const pki::CertificateLayout layout = layoutIn(dir.path());
    QVERIFY(generate(layout));
    QVERIFY(QFile::remove(layout.serverKeyPath()));
    QVERIFY(QFile::remove(layout.caKeyPath()));

    CertificateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setEntries(CertificateCheck::run(layout, Host, now), now);

    // A key that is gone next to its certificate is a row of its own.
    QCOMPARE(kinds(model),
             QList<Kind>({ Kind::Ca, Kind::CaKey, Kind::Client, Kind::Server, Kind::ServerKey }));
    QCOMPARE(cell(model, Kind::ServerKey, CertificateTableModel::NameColumn).toString(),
             QStringLiteral("Server key"));
    QVERIFY(
        cell(model, Kind::ServerKey, CertificateTableModel::SubjectColumn).toString().startsWith("missing"));
    QCOMPARE(cell(model, Kind::ServerKey, 0, CertificateTableModel::PathRole).toString(),
             layout.serverKeyPath());
    QCOMPARE(cell(model, Kind::ServerKey, 0, CertificateTableModel::FixRole).toInt(),
             int(Fix::ReplaceServer));
    QVERIFY(cell(model, Kind::ServerKey, 0, CertificateTableModel::ProblemRole)
                .toString()
                .contains(layout.serverKeyPath()));
    QCOMPARE(cell(model, Kind::CaKey, 0, CertificateTableModel::FixRole).toInt(), int(Fix::StartOver));
    QCOMPARE(cell(model, Kind::CaKey, 0, CertificateTableModel::ProblemSeverityRole).toInt(),
             int(Severity::Critical));
    // The certificates themselves are still shown.
    QCOMPARE(cell(model, Kind::Server, CertificateTableModel::SanColumn).toString(),
             QStringLiteral("IP:127.0.0.1"));
}

void TestCertificateTableModel::mismatchedFiles()
{
    QTemporaryDir dir;
    QTemporaryDir other;
    const pki::CertificateLayout layout = layoutIn(dir.path());
    const pki::CertificateLayout otherLayout = layoutIn(other.path(), QStringLiteral("sbs.example.com"));
    QVERIFY(generate(layout));
    QVERIFY(generate(otherLayout, QStringLiteral("sbs.example.com")));
    CertificateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // HOSTNAME changed since the server certificate was made.
    model.setEntries(CertificateCheck::run(layout, QStringLiteral("sbs.example.com"), now), now);
    const QString sanProblem = cell(model, Kind::Server, 0, CertificateTableModel::ProblemRole).toString();
    QVERIFY2(sanProblem.contains(QStringLiteral("is for IP:127.0.0.1, not for HOSTNAME sbs.example.com")),
             qPrintable(sanProblem));
    QCOMPARE(cell(model, Kind::Server, 0, CertificateTableModel::FixRole).toInt(), int(Fix::ReplaceServer));
    QCOMPARE(cell(model, Kind::Server, 0, CertificateTableModel::ProblemSeverityRole).toInt(),
             int(Severity::Critical));
    QCOMPARE(cell(model, Kind::Client, 0, CertificateTableModel::FixRole).toInt(), int(Fix::None));

    // A client file from another CA.
    QVERIFY(QFile::remove(layout.clientCrtKeyPath()));
    QVERIFY(QFile::copy(otherLayout.clientCrtKeyPath(), layout.clientCrtKeyPath()));
    // A server certificate from another CA with its own key.
    QVERIFY(QFile::remove(layout.serverCertPath()));
    QVERIFY(QFile::copy(otherLayout.serverCertPath(), layout.serverCertPath()));
    model.setEntries(CertificateCheck::run(layout, QStringLiteral("sbs.example.com"), now), now);
    const QString clientProblem = cell(model, Kind::Client, 0, CertificateTableModel::ProblemRole).toString();
    QVERIFY2(clientProblem.contains(QStringLiteral("was not issued by the CA")), qPrintable(clientProblem));
    QCOMPARE(cell(model, Kind::Client, 0, CertificateTableModel::FixRole).toInt(), int(Fix::StartOver));
    const QString serverProblem = cell(model, Kind::Server, 0, CertificateTableModel::ProblemRole).toString();
    QVERIFY2(serverProblem.contains(QStringLiteral("is not the key of the server certificate")),
             qPrintable(serverProblem));
    QCOMPARE(cell(model, Kind::Server, 0, CertificateTableModel::FixRole).toInt(), int(Fix::ReplaceServer));

    // Garbage where a certificate belongs.
    QVERIFY(test::writeFile(layout.caCertPath(), "not a certificate\n"));
    model.setEntries(CertificateCheck::run(layout, Host, now), now);
    QVERIFY(cell(model, Kind::Ca, 0, CertificateTableModel::PresentRole).toBool());
    QCOMPARE(cell(model, Kind::Ca, CertificateTableModel::SubjectColumn).toString(),
             QStringLiteral("unreadable"));
    QCOMPARE(cell(model, Kind::Ca, 0, CertificateTableModel::FixRole).toInt(), int(Fix::StartOver));
}

void TestCertificateTableModel::expirySeverity_data()
{
    QTest::addColumn<int>("daysAhead");
    QTest::addColumn<int>("severity");
    QTest::addColumn<bool>("expired");
    QTest::newRow("fresh") << 0 << int(Severity::Ok) << false;
    QTest::newRow("24 days left") << 340 << int(Severity::Warning) << false;
    QTest::newRow("4 days left") << 360 << int(Severity::Critical) << false;
    QTest::newRow("expired") << 400 << int(Severity::Critical) << true;
}

void TestCertificateTableModel::expirySeverity()
{
    QFETCH(int, daysAhead);
    QFETCH(int, severity);
    QFETCH(bool, expired);
    // One set of files for every row.
    const pki::CertificateLayout layout = layoutIn(m_dir.path());
    if (!QFileInfo::exists(layout.clientCrtKeyPath()))
        QVERIFY(generate(layout));

    // Looking at the files later makes them expire.
    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(daysAhead);
    CertificateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(CertificateCheck::run(layout, Host, later), later);
    QCOMPARE(model.currentTime(), later);
    for (const Kind kind : { Kind::Client, Kind::Server }) {
        QCOMPARE(cell(model, kind, 0, CertificateTableModel::SeverityRole).toInt(), severity);
        const qint64 days = cell(model, kind, 0, CertificateTableModel::DaysLeftRole).toLongLong();
        QCOMPARE(days < 0, expired);
        const QString text = cell(model, kind, CertificateTableModel::DaysLeftColumn).toString();
        QCOMPARE(text.startsWith(QStringLiteral("expired")), expired);
        if (severity == int(Severity::Ok)) {
            QCOMPARE(cell(model, kind, 0, CertificateTableModel::FixRole).toInt(), int(Fix::None));
        } else {
            QCOMPARE(cell(model, kind, 0, CertificateTableModel::FixRole).toInt(), int(Fix::Renew));
            QCOMPARE(cell(model, kind, 0, CertificateTableModel::ProblemSeverityRole).toInt(), severity);
            const QString problem = cell(model, kind, 0, CertificateTableModel::ProblemRole).toString();
            QVERIFY2(
                problem.contains(expired ? QStringLiteral("expired on") : QStringLiteral("renew it soon")),
                qPrintable(problem));
        }
    }
    // The CA lasts two years.
    QCOMPARE(cell(model, Kind::Ca, 0, CertificateTableModel::SeverityRole).toInt(), int(Severity::Ok));
}

void TestCertificateTableModel::severityThresholds()
{
    QCOMPARE(CertificateCheck::severityForDays(-1), Severity::Critical);
    QCOMPARE(CertificateCheck::severityForDays(0), Severity::Critical);
    QCOMPARE(CertificateCheck::severityForDays(6), Severity::Critical);
    QCOMPARE(CertificateCheck::severityForDays(7), Severity::Warning);
    QCOMPARE(CertificateCheck::severityForDays(29), Severity::Warning);
    QCOMPARE(CertificateCheck::severityForDays(30), Severity::Ok);
    QCOMPARE(CertificateTableModel::daysLeftText(1), QStringLiteral("1 day"));
    QCOMPARE(CertificateTableModel::daysLeftText(-3), QStringLiteral("expired 3 days ago"));
}

void TestCertificateTableModel::unresolvedLayout()
{
    CertificateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString reason = QStringLiteral("sbs-config.json has no UUID");
    model.setEntries(CertificateCheck::unresolved(reason, Fix::Generate), QDateTime::currentDateTimeUtc());
    QCOMPARE(kinds(model), QList<Kind>({ Kind::Ca, Kind::Client, Kind::Server }));
    QCOMPARE(cell(model, Kind::Ca, 0, CertificateTableModel::ProblemRole).toString(), reason);
    QCOMPARE(cell(model, Kind::Ca, 0, CertificateTableModel::FixRole).toInt(), int(Fix::Generate));
    QVERIFY(cell(model, Kind::Server, 0, CertificateTableModel::PathRole).toString().isEmpty());
    QVERIFY(cell(model, Kind::Server, CertificateTableModel::SubjectColumn).toString().startsWith("missing"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCertificateTableModel::updatesInPlace()
{
    QTemporaryDir dir;
    const pki::CertificateLayout layout = layoutIn(dir.path());
    CertificateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setEntries(CertificateCheck::run(layout, Host, now), now);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(generate(layout));
    model.setEntries(CertificateCheck::run(layout, Host, now), now);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QVERIFY(cell(model, Kind::Server, 0, CertificateTableModel::PresentRole).toBool());

    // A key row appearing changes the rows: reset.
    QVERIFY(QFile::remove(layout.serverKeyPath()));
    model.setEntries(CertificateCheck::run(layout, Host, now), now);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 4);
}

void TestCertificateTableModel::asyncCheck()
{
    QTemporaryDir dir;
    const pki::CertificateLayout layout = layoutIn(dir.path());
    QVERIFY(generate(layout));
    QFutureWatcher<QList<CertificateEntry>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(CertificateCheck::runAsync(layout, Host, QDateTime::currentDateTimeUtc()));
    QVERIFY(finished.wait(30000));
    const QList<CertificateEntry> entries = watcher.result();
    QCOMPARE(entries.size(), 3);
    for (const CertificateEntry& entry : entries)
        QVERIFY(entry.problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestCertificateTableModel)
#include "tst_certificatetablemodel.moc"
