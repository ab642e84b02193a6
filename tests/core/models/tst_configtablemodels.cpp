#include "TestSupport.h"
#include "models/ConfigFieldModel.h"
#include "models/ConfigListModel.h"
#include "models/ConfigPairsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sbs::config::StringPairs;
using sbs::models::ConfigFieldModel;
using sbs::models::ConfigListModel;
using sbs::models::ConfigPairsModel;

class TestConfigTableModels : public QObject
{
    Q_OBJECT

private:
    QString write(const QByteArray& json)
    {
        const QString path = m_dir->filePath(QStringLiteral("sbs-config.json"));
        if (!sbs::test::writeFile(path, json))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void pairsFollowTheDocumentInOrder()
    {
        ConfigFieldModel fields;
        QVERIFY(fields.loadFile(write(R"({"ARG": {"ZETA": "z", "ALPHA": "a"}, "HOSTNAME": "h"})")).isOk());
        ConfigPairsModel pairs(&fields, QStringLiteral("ARG"));
        QAbstractItemModelTester tester(&pairs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(pairs.rowCount(), 2);
        QCOMPARE(pairs.columnCount(), 2);
        QCOMPARE(pairs.index(0, ConfigPairsModel::NameColumn).data().toString(), QStringLiteral("ZETA"));
        QCOMPARE(pairs.index(1, ConfigPairsModel::ValueColumn).data().toString(), QStringLiteral("a"));

        QVERIFY(pairs.setData(pairs.index(0, ConfigPairsModel::ValueColumn), QStringLiteral("zz")));
        QCOMPARE(fields.pairs(QStringLiteral("ARG")),
                 (StringPairs { { QStringLiteral("ZETA"), QStringLiteral("zz") },
                                { QStringLiteral("ALPHA"), QStringLiteral("a") } }));
        QVERIFY(fields.isModified());
        QCOMPARE(pairs.rowCount(), 2);

        // Renaming keeps the row's place.
        QVERIFY(pairs.setData(pairs.index(0, ConfigPairsModel::NameColumn), QStringLiteral(" OMEGA ")));
        QCOMPARE(fields.pairs(QStringLiteral("ARG")).front().first, QStringLiteral("OMEGA"));

        // The document changing under the table (revert) reloads it.
        fields.revert();
        QCOMPARE(pairs.rowCount(), 2);
        QCOMPARE(pairs.index(0, ConfigPairsModel::NameColumn).data().toString(), QStringLiteral("ZETA"));
        fields.setPairs(QStringLiteral("ARG"), { { QStringLiteral("ONLY"), QStringLiteral("1") } });
        QCOMPARE(pairs.rowCount(), 1);
    }

    void incompleteRowsStayButAreNotWritten()
    {
        ConfigFieldModel fields;
        QVERIFY(fields.loadFile(write(R"({"ARG": {"A": "1"}})")).isOk());
        ConfigPairsModel pairs(&fields, QStringLiteral("ARG"));
        QAbstractItemModelTester tester(&pairs, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QModelIndex added = pairs.appendRow();
        QCOMPARE(added.row(), 1);
        QCOMPARE(pairs.rowCount(), 2);
        QVERIFY(!pairs.index(1, 0).data(ConfigPairsModel::ProblemRole).toString().isEmpty());
        QCOMPARE(fields.pairs(QStringLiteral("ARG")).size(), size_t(1));
        QVERIFY(!fields.isModified());

        QVERIFY(pairs.setData(pairs.index(1, ConfigPairsModel::NameColumn), QStringLiteral("A")));
        const QString clash = pairs.index(1, 0).data(ConfigPairsModel::ProblemRole).toString();
        QVERIFY(clash.contains(QStringLiteral("ARG")));
        QVERIFY(clash.contains(QStringLiteral("A")));
        QCOMPARE(fields.pairs(QStringLiteral("ARG")).size(), size_t(1));
        QCOMPARE(pairs.rowCount(), 2); // the table keeps what the user typed

        QVERIFY(pairs.setData(pairs.index(1, ConfigPairsModel::NameColumn), QStringLiteral("B")));
        QVERIFY(pairs.setData(pairs.index(1, ConfigPairsModel::ValueColumn), QStringLiteral("2")));
        QVERIFY(pairs.index(1, 0).data(ConfigPairsModel::ProblemRole).toString().isEmpty());
        QCOMPARE(fields.pairs(QStringLiteral("ARG")),
                 (StringPairs { { QStringLiteral("A"), QStringLiteral("1") },
                                { QStringLiteral("B"), QStringLiteral("2") } }));

        QVERIFY(pairs.removeRows(0, 1));
        QCOMPARE(fields.pairs(QStringLiteral("ARG")),
                 (StringPairs { { QStringLiteral("B"), QStringLiteral("2") } }));
        QVERIFY(!pairs.removeRows(0, 5));
        QVERIFY(!pairs.insertRows(3, 1));
    }

    void pairsOfAMissingKeyAreAddedOnlyWhenNeeded()
    {
        ConfigFieldModel fields;
        QVERIFY(fields.loadFile(write(R"({"HOSTNAME": "h"})")).isOk());
        ConfigPairsModel pairs(&fields, QStringLiteral("ARG"));
        QCOMPARE(pairs.rowCount(), 0);
        pairs.appendRow();
        QVERIFY(!fields.document().contains(QStringLiteral("ARG")));
        QVERIFY(pairs.setData(pairs.index(0, 0), QStringLiteral("VERSION")));
        QVERIFY(fields.document().contains(QStringLiteral("ARG")));
        QVERIFY(pairs.removeRows(0, 1));
        QVERIFY(!fields.document().contains(QStringLiteral("ARG")));
        QVERIFY(!fields.isModified());
    }

    void listFollowsTheDocument()
    {
        ConfigFieldModel fields;
        QVERIFY(fields.loadFile(write(R"({"ENV_WHITELIST": ["Z_VAR", "A_VAR"]})")).isOk());
        ConfigListModel list(&fields, QStringLiteral("ENV_WHITELIST"));
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(list.columnCount(), 1);
        QCOMPARE(list.index(0, 0).data().toString(), QStringLiteral("Z_VAR"));

        const QModelIndex added = list.appendRow();
        QVERIFY(!added.data(ConfigListModel::ProblemRole).toString().isEmpty());
        QVERIFY(list.setData(added, QStringLiteral("Z_VAR")));
        QVERIFY(!added.data(ConfigListModel::ProblemRole).toString().isEmpty());
        QCOMPARE(fields.list(QStringLiteral("ENV_WHITELIST")),
                 (QStringList { QStringLiteral("Z_VAR"), QStringLiteral("A_VAR") }));
        QVERIFY(list.setData(added, QStringLiteral("M_VAR")));
        QCOMPARE(fields.list(QStringLiteral("ENV_WHITELIST")),
                 (QStringList { QStringLiteral("Z_VAR"), QStringLiteral("A_VAR"), QStringLiteral("M_VAR") }));
        QVERIFY(list.removeRows(0, 2));
        QCOMPARE(fields.list(QStringLiteral("ENV_WHITELIST")), QStringList { QStringLiteral("M_VAR") });
        QVERIFY(fields.isModified());

        fields.revert();
        QCOMPARE(list.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestConfigTableModels)
#include "tst_configtablemodels.moc"
