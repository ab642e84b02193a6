// The State page's list of state images: columns, newest first, the Secret column under secret
// rotations, adding, replacing and removing (each saved at once), and a broken records file.
#include "TestSupport.h"
#include "models/StateImageListModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using sbs::Status;
using sbs::models::StateImageListModel;
using sbs::state::StateImageRecord;
using sbs::state::StateImageRecords;
using Match = StateImageListModel::Match;

namespace {

const QString FirstSecret = QStringLiteral("Zmlyc3Qtc2VjcmV0LW9mLXRoZS1saXN0LXRlc3QtcHJvZmlsZQ==");
const QString SecondSecret = QStringLiteral("c2Vjb25kLXNlY3JldC1hZnRlci10aGUtcm90YXRpb24tb2YtaXQ=");

StateImageRecord makeRecord(const QString& path, const QString& name, const QDateTime& exportedAt,
                            int generation = 0)
{
    StateImageRecord record;
    record.name = name;
    record.exportTag = QStringLiteral("tag-") + name;
    record.exportedAt = exportedAt;
    record.path = path;
    record.generation = generation;
    return record;
}

QDateTime day(int dayOfMonth, int hour = 12)
{
    return QDateTime(QDate(2024, 4, dayOfMonth), QTime(hour, 0), Qt::UTC);
}

} // namespace

class TestStateImageListModel : public QObject
{
    Q_OBJECT

private:
    QString recordsPath() const { return m_dir->filePath(QStringLiteral("state-images/records.json")); }
    QString imagePath(const QString& name) const
    {
        return m_dir->filePath(QStringLiteral("state-images/") + name);
    }

    // A model over the test's records, checked by QAbstractItemModelTester all along.
    std::unique_ptr<StateImageListModel> openModel()
    {
        auto model = std::make_unique<StateImageListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto opened = model->open(recordsPath());
        if (!opened)
            qWarning("%s", qPrintable(opened.error()));
        return model;
    }

    static QStringList names(const StateImageListModel& model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, StateImageListModel::NameColumn).data().toString();
        return list;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_tester.reset(); }

    void headers()
    {
        StateImageListModel model;
        QCOMPARE(model.columnCount(), int(StateImageListModel::ColumnCount));
        const QStringList expected = { "Name", "Export tag", "Exported", "Stored in", "Secret" };
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    }

    void columns()
    {
        auto model = openModel();
        QVERIFY(model->setCurrentSecret(FirstSecret));
        StateImageRecord file
            = makeRecord(imagePath("docker.io.alice.app.v1.2024"), "docker.io.alice.app.v1.2024", day(3, 14),
                         model->currentGeneration());
        file.server = QStringLiteral("sbs.example.com:443");
        QVERIFY(model->add(file));
        StateImageRecord bucket = makeRecord(imagePath("meta"), "meta", day(2));
        bucket.where = StateImageRecord::Where::Bucket;
        bucket.bucket = QStringLiteral("state-backups");
        QVERIFY(model->add(bucket));
        QCOMPARE(model->rowCount(), 2);

        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model->index(row, column).data(role);
        };
        QCOMPARE(cell(0, StateImageListModel::NameColumn).toString(), file.name);
        QCOMPARE(cell(0, StateImageListModel::ExportTagColumn).toString(), file.exportTag);
        QCOMPARE(cell(0, StateImageListModel::DateColumn).toString(),
                 QLocale().toString(day(3, 14).toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(cell(0, StateImageListModel::DateColumn, StateImageListModel::SortRole).toDateTime(),
                 day(3, 14));
        QCOMPARE(cell(0, StateImageListModel::StoredColumn).toString(), QStringLiteral("File"));
        QCOMPARE(cell(0, StateImageListModel::StoredColumn, Qt::ToolTipRole).toString(),
                 QDir::toNativeSeparators(file.path));
        QCOMPARE(cell(0, StateImageListModel::SecretColumn).toString(), QStringLiteral("Current secret"));
        QCOMPARE(cell(0, 0, StateImageListModel::PathRole).toString(), file.path);
        QCOMPARE(cell(0, 0, StateImageListModel::InBucketRole).toBool(), false);
        QCOMPARE(cell(0, 0, StateImageListModel::UsableRole).toBool(), true);
        QCOMPARE(cell(0, 0, StateImageListModel::GenerationRole).toInt(), 1);

        QCOMPARE(cell(1, StateImageListModel::StoredColumn).toString(),
                 QStringLiteral("Bucket state-backups"));
        QCOMPARE(cell(1, 0, StateImageListModel::InBucketRole).toBool(), true);
        QCOMPARE(cell(1, 0, StateImageListModel::BucketRole).toString(), QStringLiteral("state-backups"));
        QCOMPARE(cell(1, StateImageListModel::SecretColumn).toString(), QStringLiteral("Not known"));
        QCOMPARE(cell(1, 0, StateImageListModel::UsableRole).toBool(), false);
        QVERIFY2(cell(1, StateImageListModel::SecretColumn, Qt::ToolTipRole)
                     .toString()
                     .contains("before this profile recorded secrets"),
                 qPrintable(cell(1, StateImageListModel::SecretColumn, Qt::ToolTipRole).toString()));
    }

    void newestFirst()
    {
        auto model = openModel();
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QVERIFY(model->add(makeRecord(imagePath("b"), "b", day(10))));
        QVERIFY(model->add(makeRecord(imagePath("a"), "a", day(5))));
        QVERIFY(model->add(makeRecord(imagePath("c"), "c", day(20))));
        QVERIFY(model->add(makeRecord(imagePath("d"), "d", day(10, 18))));
        QCOMPARE(inserted.size(), 4);
        QCOMPARE(names(*model), (QStringList { "c", "d", "b", "a" }));
        // The order holds when the records are read again.
        auto reopened = std::make_unique<StateImageListModel>();
        QVERIFY(reopened->open(recordsPath()));
        QCOMPARE(names(*reopened), (QStringList { "c", "d", "b", "a" }));
    }

    void secretRotation()
    {
        auto model = openModel();
        QVERIFY(model->setCurrentSecret(FirstSecret));
        QCOMPARE(model->currentGeneration(), 1);
        QVERIFY(model->add(makeRecord(imagePath("old"), "old", day(1), model->currentGeneration())));
        QCOMPARE(model->usableImages().size(), 1);
        QCOMPARE(model->matchOf(*model->recordAt(0)), Match::Current);
        QVERIFY2(
            model->index(0, StateImageListModel::SecretColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains("holds now"),
            qPrintable(model->index(0, StateImageListModel::SecretColumn).data(Qt::ToolTipRole).toString()));

        // The configuration's secret is rotated: the old image can no longer be imported.
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy recordsChanged(model.get(), &StateImageListModel::recordsChanged);
        const QDateTime beforeRotation = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(model->setCurrentSecret(SecondSecret));
        QCOMPARE(model->currentGeneration(), 2);
        QCOMPARE(recordsChanged.size(), 1);
        QVERIFY(!changed.isEmpty());
        const QModelIndex topLeft = changed.last().at(0).value<QModelIndex>();
        const QModelIndex bottomRight = changed.last().at(1).value<QModelIndex>();
        QVERIFY(topLeft.column() <= StateImageListModel::SecretColumn
                && bottomRight.column() >= StateImageListModel::SecretColumn);
        QCOMPARE(model->index(0, StateImageListModel::SecretColumn).data().toString(),
                 QStringLiteral("Unusable (older secret)"));
        QCOMPARE(model->index(0, 0).data(StateImageListModel::UsableRole).toBool(), false);
        QVERIFY(model->usableImages().isEmpty());
        // The tooltip says when the secret was replaced: when the new one was first seen.
        const QString tip
            = model->index(0, StateImageListModel::SecretColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains("replaced on") && tip.contains("refuses"), qPrintable(tip));
        auto records = StateImageRecords::open(recordsPath());
        QVERIFY(records);
        const QDateTime seen = records->generationSeen(2);
        QVERIFY(seen >= beforeRotation);
        QVERIFY2(tip.contains(QLocale().toString(seen.toLocalTime(), QLocale::ShortFormat)), qPrintable(tip));

        // A fresh export under the new secret is the usable one.
        QVERIFY(model->add(makeRecord(imagePath("new"), "new", day(2), model->currentGeneration())));
        QCOMPARE(model->usableImages().size(), 1);
        QCOMPARE(model->usableImages().first().name, QStringLiteral("new"));

        // The same secret again changes nothing.
        recordsChanged.clear();
        QVERIFY(model->setCurrentSecret(SecondSecret));
        QCOMPARE(model->currentGeneration(), 2);
        QCOMPARE(recordsChanged.size(), 0);
    }

    void generationsSurviveReopening()
    {
        {
            auto model = openModel();
            QVERIFY(model->setCurrentSecret(FirstSecret));
            QVERIFY(model->add(makeRecord(imagePath("first"), "first", day(1), model->currentGeneration())));
            QVERIFY(model->setCurrentSecret(SecondSecret));
            m_tester.reset();
        }
        // Back to the first secret (a configuration restored from its backup): its images are
        // usable again, because the generation was recognised rather than counted anew.
        auto model = openModel();
        QCOMPARE(model->currentGeneration(), 0);
        QCOMPARE(model->matchOf(*model->recordAt(0)), Match::Unknown);
        QVERIFY(model->setCurrentSecret(FirstSecret));
        QCOMPARE(model->currentGeneration(), 1);
        QCOMPARE(model->matchOf(*model->recordAt(0)), Match::Current);
        QVERIFY(model->setCurrentSecret(SecondSecret));
        QCOMPARE(model->currentGeneration(), 2);
        // No secret in the configuration: nothing can be said.
        QVERIFY(model->setCurrentSecret(QString()));
        QCOMPARE(model->currentGeneration(), 0);
        QCOMPARE(model->index(0, StateImageListModel::SecretColumn).data().toString(),
                 QStringLiteral("Not known"));
        auto records = StateImageRecords::open(recordsPath());
        QVERIFY(records);
        QCOMPARE(records->generationCount(), 2);
    }

    void replaceAndRemove()
    {
        auto model = openModel();
        QVERIFY(model->add(makeRecord(imagePath("one"), "one", day(1))));
        QVERIFY(model->add(makeRecord(imagePath("two"), "two", day(2))));

        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        StateImageRecord again = makeRecord(imagePath("one"), "one", day(3));
        again.exportTag = QStringLiteral("re-exported");
        QVERIFY(model->add(again));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(names(*model), (QStringList { "one", "two" }));
        QCOMPARE(model->recordForPath(imagePath("one"))->exportTag, QStringLiteral("re-exported"));

        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(model->remove(imagePath("two")));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(names(*model), QStringList { "one" });
        QVERIFY(!model->recordForPath(imagePath("two")));
        const Status again2 = model->remove(imagePath("two"));
        QVERIFY(!again2);
        QVERIFY2(again2.error().contains(QDir::toNativeSeparators(imagePath("two"))),
                 qPrintable(again2.error()));

        // Each change was saved at once.
        auto records = StateImageRecords::open(recordsPath());
        QVERIFY(records);
        QCOMPARE(records->images().size(), 1);
        QCOMPARE(records->images().first().exportTag, QStringLiteral("re-exported"));
    }

    void addKeepsUnknownGeneration()
    {
        auto model = openModel();
        QVERIFY(model->setCurrentSecret(FirstSecret));
        // An image imported from a file of unknown origin stays "Not known".
        QVERIFY(model->add(makeRecord(imagePath("found"), "found", day(4), 0)));
        QCOMPARE(model->recordAt(0)->generation, 0);
        QCOMPARE(model->matchOf(*model->recordAt(0)), Match::Unknown);
        QVERIFY(model->usableImages().isEmpty());
    }

    void failedSaveChangesNothing()
    {
        // The records' folder cannot be made (a file is in its place): add fails, says where,
        // and the list stays as it was.
        QVERIFY(sbs::test::writeFile(m_dir->filePath(QStringLiteral("state-images")), "a file"));
        auto model = openModel();
        const Status added = model->add(makeRecord(imagePath("x"), "x", day(1)));
        QVERIFY(!added);
        QVERIFY2(
            added.error().contains(QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("state-images")))),
            qPrintable(added.error()));
        QCOMPARE(model->rowCount(), 0);
    }

    void brokenRecordsFileReported()
    {
        QVERIFY(sbs::test::writeFile(recordsPath(), "{ this is not JSON"));
        StateImageListModel model;
        const auto opened = model.open(recordsPath());
        QVERIFY2(opened, qPrintable(opened.error()));
        QVERIFY2(opened.value().contains(QDir::toNativeSeparators(recordsPath())),
                 qPrintable(opened.value()));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.recordsPath(), recordsPath());
        // The next open finds the new, empty list and has nothing to report.
        QVERIFY(model.add(makeRecord(imagePath("y"), "y", day(1))));
        const auto again = model.open(recordsPath());
        QVERIFY(again);
        QVERIFY(again.value().isEmpty());
        QCOMPARE(model.rowCount(), 1);
    }

    void notOpen()
    {
        StateImageListModel model;
        QVERIFY(!model.setCurrentSecret(FirstSecret));
        QVERIFY(!model.add(makeRecord(imagePath("z"), "z", day(1))));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.recordAt(0));
    }
};

QTEST_GUILESS_MAIN(TestStateImageListModel)
#include "tst_stateimagelistmodel.moc"
