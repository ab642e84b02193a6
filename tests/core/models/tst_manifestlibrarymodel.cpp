#include "TestSupport.h"
#include "models/ManifestLibraryModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sbs;
using manifest::Verification;
using models::ManifestLibraryModel;
using Outcome = Verification::Outcome;
using State = ManifestLibraryModel::State;

Q_DECLARE_METATYPE(Outcome)
Q_DECLARE_METATYPE(State)

namespace {

const QString Fingerprint = QStringLiteral("AB:CD:EF:01");

bool writeManifest(const QString& dir, const QString& manifestName, qint64 size, qint64 secsAgo, bool key)
{
    const QString path = QDir(dir).filePath(manifestName + ".sig.tbz");
    if (!test::writeFile(path, QByteArray(size, 'x')))
        return false;
    if (key && !test::writeFile(QDir(dir).filePath(manifestName + "-public.pem"), "key\n"))
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadWrite)
        && file.setFileTime(QDateTime::fromSecsSinceEpoch(1764417600 - secsAgo, Qt::UTC),
                            QFileDevice::FileModificationTime);
}

} // namespace

class TestManifestLibraryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsTheLibrary();
    void showsChecks_data();
    void showsChecks();
    void showsMissingKey();
    void refreshKeepsStatesOfFilesStillThere();

private:
    QString path(const QString& manifestName) const { return m_dir->filePath(manifestName + ".sig.tbz"); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestManifestLibraryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(writeManifest(m_dir->path(), "manifest.alpha", 2048, 600, true));
    QVERIFY(writeManifest(m_dir->path(), "manifest.beta", 5 << 20, 60, false));
    QVERIFY(writeManifest(m_dir->path(), "manifest.gamma", 10, 3600, true));
    QVERIFY(test::writeFile(m_dir->filePath("readme.txt"), "not a manifest"));
}

void TestManifestLibraryModel::listsTheLibrary()
{
    ManifestLibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setLibrary(m_dir->path());
    QCOMPARE(model.folder(), m_dir->path());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ManifestLibraryModel::ColumnCount));

    // Newest first.
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, ManifestLibraryModel::BuildNameColumn), QString("beta"));
    QCOMPARE(text(1, ManifestLibraryModel::BuildNameColumn), QString("alpha"));
    QCOMPARE(text(2, ManifestLibraryModel::BuildNameColumn), QString("gamma"));
    QCOMPARE(text(0, ManifestLibraryModel::SizeColumn), QLocale().formattedDataSize(5 << 20));
    const QDateTime betaTime = QDateTime::fromSecsSinceEpoch(1764417600 - 60, Qt::UTC);
    QCOMPARE(text(0, ManifestLibraryModel::DateColumn),
             QLocale().toString(betaTime.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(text(0, ManifestLibraryModel::StateColumn), QString("Not checked"));

    const QModelIndex beta = model.index(0, ManifestLibraryModel::SizeColumn);
    QCOMPARE(beta.data(ManifestLibraryModel::SortRole).toLongLong(), qint64(5 << 20));
    QCOMPARE(
        model.index(0, ManifestLibraryModel::DateColumn).data(ManifestLibraryModel::SortRole).toLongLong(),
        betaTime.toMSecsSinceEpoch());
    QCOMPARE(beta.data(ManifestLibraryModel::PathRole).toString(), path("manifest.beta"));
    QCOMPARE(beta.data(ManifestLibraryModel::KeyPathRole).toString(), QString());
    QCOMPARE(model.index(1, 0).data(ManifestLibraryModel::KeyPathRole).toString(),
             m_dir->filePath("manifest.alpha-public.pem"));
    QCOMPARE(beta.data(ManifestLibraryModel::StateRole).toInt(), int(State::NotChecked));

    QCOMPARE(model.rowOf(path("manifest.gamma")), 2);
    QCOMPARE(model.rowOf(m_dir->filePath("readme.txt")), -1);
    QCOMPARE(model.item(1).manifestName, QString("manifest.alpha"));
    QVERIFY(model.item(7).path.isEmpty());
    QCOMPARE(model.headerData(ManifestLibraryModel::StateColumn, Qt::Horizontal).toString(),
             QString("State"));
}

void TestManifestLibraryModel::showsChecks_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("text");
    QTest::newRow("verified") << Outcome::Verified << State::Verified << "Verified";
    QTest::newRow("signature invalid")
        << Outcome::SignatureInvalid << State::SignatureInvalid << "Signature invalid";
    QTest::newRow("key unusable") << Outcome::KeyUnusable << State::KeyMissing << "Key missing";
    QTest::newRow("malformed") << Outcome::Malformed << State::Malformed << "Archive malformed";
    QTest::newRow("cancelled") << Outcome::Cancelled << State::NotChecked << "Not checked";
}

void TestManifestLibraryModel::showsChecks()
{
    QFETCH(Outcome, outcome);
    QFETCH(State, state);
    QFETCH(QString, text);
    ManifestLibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(m_dir->path());
    const QString alpha = path("manifest.alpha");
    const int row = model.rowOf(alpha);
    const QModelIndex cell = model.index(row, ManifestLibraryModel::StateColumn);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setChecking(alpha);
    QCOMPARE(model.state(alpha), State::Checking);
    QCOMPARE(cell.data().toString(), QString("Checking…"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);

    Verification v;
    v.outcome = outcome;
    v.message = "the check's sentence";
    if (outcome != Outcome::KeyUnusable)
        v.keyFingerprint = Fingerprint;
    model.setVerification(alpha, v);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.state(alpha), state);
    QCOMPARE(cell.data().toString(), text);
    QCOMPARE(cell.data(ManifestLibraryModel::StateRole).toInt(), int(state));
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    if (outcome == Outcome::Cancelled) {
        QVERIFY(cell.data(ManifestLibraryModel::MessageRole).toString().isEmpty());
        QVERIFY2(!tip.contains(Fingerprint), qPrintable(tip));
    } else {
        QCOMPARE(cell.data(ManifestLibraryModel::MessageRole).toString(), v.message);
        QVERIFY2(tip.contains(v.message), qPrintable(tip));
        QCOMPARE(tip.contains(Fingerprint), outcome != Outcome::KeyUnusable);
        QCOMPARE(cell.data(ManifestLibraryModel::FingerprintRole).toString(), v.keyFingerprint);
    }
    // The other rows are untouched.
    QCOMPARE(model.state(path("manifest.beta")), State::NotChecked);
}

void TestManifestLibraryModel::showsMissingKey()
{
    ManifestLibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(m_dir->path());
    const QString beta = path("manifest.beta");
    model.setKeyMissing(beta);
    QCOMPARE(model.state(beta), State::KeyMissing);
    const QModelIndex cell = model.index(model.rowOf(beta), ManifestLibraryModel::StateColumn);
    QCOMPARE(cell.data().toString(), QString("Key missing"));
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains("manifest.beta-public.pem"),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
}

void TestManifestLibraryModel::refreshKeepsStatesOfFilesStillThere()
{
    ManifestLibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLibrary(m_dir->path());
    Verification v;
    v.outcome = Outcome::Verified;
    v.keyFingerprint = Fingerprint;
    model.setVerification(path("manifest.alpha"), v);
    v.outcome = Outcome::SignatureInvalid;
    model.setVerification(path("manifest.gamma"), v);

    QVERIFY(QFile::remove(path("manifest.gamma")));
    QVERIFY(writeManifest(m_dir->path(), "manifest.delta", 1, 0, true));
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(path("manifest.gamma")), -1);
    QCOMPARE(model.state(path("manifest.alpha")), State::Verified);
    QCOMPARE(model.state(path("manifest.delta")), State::NotChecked);

    // A file that comes back is a new file: its old check is forgotten.
    QVERIFY(writeManifest(m_dir->path(), "manifest.gamma", 10, 3600, true));
    model.refresh();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.state(path("manifest.gamma")), State::NotChecked);

    model.setLibrary(QString());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestManifestLibraryModel)
#include "tst_manifestlibrarymodel.moc"
