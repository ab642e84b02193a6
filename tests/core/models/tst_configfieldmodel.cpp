#include "TestSupport.h"
#include "config/ConfigDocument.h"
#include "config/ConfigSchema.h"
#include "config/ConfigStore.h"
#include "models/ConfigFieldModel.h"
#include "models/Findings.h"
#include "models/RegistryChoice.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sbs::config::ConfigSchema;
using sbs::config::FieldType;
using sbs::config::Finding;
using sbs::models::ConfigFieldModel;
namespace RegistryChoice = sbs::models::RegistryChoice;

namespace {

QJsonObject parsed(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestConfigFieldModel : public QObject
{
    Q_OBJECT

private:
    QString write(const QString& name, const QByteArray& json)
    {
        const QString path = m_dir->filePath(name);
        if (!sbs::test::writeFile(path, json))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString seedCopy()
    {
        return write(QStringLiteral("sbs-config.json"),
                     sbs::test::readAll(sbs::test::fixturePath(QStringLiteral("config/seed-sample.json"))));
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void passesModelTester()
    {
        ConfigFieldModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.loadFile(seedCopy()).isOk());
        QVERIFY(model.setValueText(QStringLiteral("HOSTNAME"), QStringLiteral("build.example.org")));
        QVERIFY(model.setValueText(QStringLiteral("HOSTNAME"), QString()));
        QVERIFY(model.setChecked(QStringLiteral("DOCKER_CONTENT_TRUST_BASE"), true));
        model.setPairs(QStringLiteral("ARG"), { { QStringLiteral("A"), QStringLiteral("1") } });
        model.revert();
        QVERIFY(model.loadFile(write(QStringLiteral("other.json"), R"({"HOSTNAME": "h", "X_NOTE": "n"})"))
                    .isOk());
        QVERIFY(model.setValueText(QStringLiteral("X_NOTE"), QStringLiteral("changed")));
    }

    void groupsFollowTheSchema()
    {
        ConfigFieldModel model;
        QVERIFY(model.loadFile(seedCopy()).isOk());
        const ConfigSchema& schema = ConfigSchema::instance();
        QCOMPARE(model.groupIds(), schema.groupIds());
        QCOMPARE(model.columnCount(), int(ConfigFieldModel::ColumnCount));
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            QVERIFY(group.data(ConfigFieldModel::IsGroupRole).toBool());
            const QString id = group.data(ConfigFieldModel::KeyRole).toString();
            QCOMPARE(group.data().toString(), ConfigSchema::groupTitle(id));
            const auto specs = schema.fieldsInGroup(id);
            QCOMPARE(model.rowCount(group), int(specs.size()));
            for (int r = 0; r < specs.size(); ++r) {
                const QModelIndex field = model.index(r, ConfigFieldModel::KeyColumn, group);
                QCOMPARE(field.data(ConfigFieldModel::KeyRole).toString(),
                         QString::fromLatin1(specs.at(r)->key));
                QCOMPARE(field.data(ConfigFieldModel::FieldTypeRole).toInt(), int(specs.at(r)->type));
                QCOMPARE(field.data(ConfigFieldModel::SecretRole).toBool(), specs.at(r)->secret);
                QCOMPARE(field.data(ConfigFieldModel::HelpTextRole).toString(), specs.at(r)->helpText());
                QCOMPARE(field.parent(), group);
            }
        }
        QVERIFY(!model.groupIndex(QString::fromLatin1(ConfigFieldModel::OtherGroupId)).isValid());
    }

    void unknownKeysHaveTheirOwnGroup()
    {
        ConfigFieldModel model;
        const QString path = write(
            QStringLiteral("c.json"),
            R"({"HOSTNAME": "h", "x_team_note": "kept", "X_LIMITS": {"cpu": 2}, "IMAGE_TAG": "", "X_NULL": null})");
        QVERIFY(model.loadFile(path).isOk());
        const QModelIndex other = model.groupIndex(QString::fromLatin1(ConfigFieldModel::OtherGroupId));
        QVERIFY(other.isValid());
        QCOMPARE(other.row(), model.rowCount() - 1);
        QCOMPARE(model.rowCount(other), 3);
        QCOMPARE(model.index(0, ConfigFieldModel::KeyColumn, other).data().toString(),
                 QStringLiteral("x_team_note"));
        QCOMPARE(model.index(1, ConfigFieldModel::ValueColumn, other).data().toString(),
                 QStringLiteral(R"({"cpu":2})"));
        QCOMPARE(model.index(2, ConfigFieldModel::ValueColumn, other).data(Qt::EditRole).toString(),
                 QStringLiteral("null"));
        QVERIFY(!model.index(2, ConfigFieldModel::ValueColumn, other)
                     .data(ConfigFieldModel::EditableRole)
                     .toBool());
        // Text can be edited, other JSON is kept as it is.
        QVERIFY(model.index(0, ConfigFieldModel::ValueColumn, other).flags() & Qt::ItemIsEditable);
        QVERIFY(!(model.index(1, ConfigFieldModel::ValueColumn, other).flags() & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(1, ConfigFieldModel::ValueColumn, other), QStringLiteral("x")));
        QVERIFY(model.setData(model.index(0, ConfigFieldModel::ValueColumn, other), QStringLiteral("new")));
        QCOMPARE(model.document().string(QStringLiteral("x_team_note")), QStringLiteral("new"));
        QCOMPARE(model.document().keys().at(1), QStringLiteral("x_team_note"));
    }

    void editingMarksModifiedAndBack()
    {
        ConfigFieldModel model;
        QVERIFY(model.loadFile(seedCopy()).isOk());
        QVERIFY(!model.isModified());
        QSignalSpy modified(&model, &ConfigFieldModel::modifiedChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy documentChanged(&model, &ConfigFieldModel::documentChanged);

        const QModelIndex host = model.fieldIndex(QStringLiteral("hostname"));
        QVERIFY(host.isValid());
        QVERIFY(model.setData(host, QStringLiteral("build.example.org")));
        QCOMPARE(model.document().string(QStringLiteral("HOSTNAME")), QStringLiteral("build.example.org"));
        QCOMPARE(host.data().toString(), QStringLiteral("build.example.org"));
        QVERIFY(model.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.at(0).at(0).toBool(), true);
        QVERIFY(documentChanged.count() >= 1);
        bool valueSignalled = false;
        for (const auto& args : changed) {
            const QModelIndex tl = args.at(0).toModelIndex();
            const QModelIndex br = args.at(1).toModelIndex();
            if (tl.parent() == host.parent() && tl.row() <= host.row() && br.row() >= host.row()
                && tl.column() <= ConfigFieldModel::ValueColumn
                && br.column() >= ConfigFieldModel::ValueColumn)
                valueSignalled = true;
        }
        QVERIFY(valueSignalled);

        QVERIFY(model.setData(host, QStringLiteral("sbs.example.com")));
        QVERIFY(!model.isModified());
        QCOMPARE(modified.count(), 2);
        QCOMPARE(modified.at(1).at(0).toBool(), false);
    }

    void clearingARequiredFieldReportsAnError()
    {
        ConfigFieldModel model;
        QVERIFY(model.loadFile(seedCopy()).isOk());
        const QModelIndex finding
            = model.fieldIndex(QStringLiteral("HOSTNAME"), ConfigFieldModel::FindingColumn);
        QVERIFY(!finding.data(ConfigFieldModel::FindingSeverityRole).isValid());
        QVERIFY(finding.data().toString().isEmpty());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy findingsChanged(&model, &ConfigFieldModel::findingsChanged);
        QVERIFY(model.setValueText(QStringLiteral("HOSTNAME"), QString()));
        QCOMPARE(finding.data(ConfigFieldModel::FindingSeverityRole).toInt(), int(Finding::Severity::Error));
        QVERIFY(finding.data().toString().contains(QStringLiteral("HOSTNAME")));
        QCOMPARE(finding.data(ConfigFieldModel::FindingMessageRole).toString(), finding.data().toString());
        QCOMPARE(findingsChanged.count(), 1);
        bool findingSignalled = false;
        bool groupSignalled = false;
        for (const auto& args : changed) {
            const QModelIndex tl = args.at(0).toModelIndex();
            if (tl == finding)
                findingSignalled = true;
            if (!tl.parent().isValid() && tl.row() == finding.parent().row())
                groupSignalled = true;
        }
        QVERIFY(findingSignalled);
        QVERIFY(groupSignalled);
        const QModelIndex group = finding.parent();
        QVERIFY(group.data(ConfigFieldModel::ErrorCountRole).toInt() >= 1);
        QCOMPARE(group.data(ConfigFieldModel::FindingSeverityRole).toInt(), int(Finding::Severity::Error));
        QCOMPARE(model.findingsFor(QStringLiteral("hostname")).size(), 1);

        QVERIFY(model.setValueText(QStringLiteral("HOSTNAME"), QStringLiteral("sbs.example.com")));
        QVERIFY(!finding.data(ConfigFieldModel::FindingSeverityRole).isValid());
    }

    void booleansKeepTheirRepresentation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("checked");
        QTest::addColumn<QByteArray>("expected"); // compact JSON of the value afterwards

        QTest::newRow("reference spelling")
            << QByteArray(R"({"EXIT_NONZERO": "False"})") << true << QByteArray(R"("True")");
        QTest::newRow("lower case") << QByteArray(R"({"EXIT_NONZERO": "false"})") << true
                                    << QByteArray(R"("true")");
        QTest::newRow("JSON boolean")
            << QByteArray(R"({"EXIT_NONZERO": false})") << true << QByteArray("true");
        QTest::newRow("JSON boolean off")
            << QByteArray(R"({"EXIT_NONZERO": true})") << false << QByteArray("false");
        QTest::newRow("missing") << QByteArray(R"({"HOSTNAME": "h"})") << true << QByteArray(R"("True")");
        QTest::newRow("upper case off")
            << QByteArray(R"({"EXIT_NONZERO": "TRUE"})") << false << QByteArray(R"("FALSE")");
    }

    void booleansKeepTheirRepresentation()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, checked);
        QFETCH(QByteArray, expected);
        ConfigFieldModel model;
        QVERIFY(model.loadFile(write(QStringLiteral("b.json"), json)).isOk());
        const QModelIndex value = model.fieldIndex(QStringLiteral("EXIT_NONZERO"));
        QVERIFY(value.flags() & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(value, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.document().valueJson(QStringLiteral("EXIT_NONZERO")), expected);
        QCOMPARE(value.data(Qt::CheckStateRole).toInt(), int(checked ? Qt::Checked : Qt::Unchecked));
        QCOMPARE(model.isChecked(QStringLiteral("EXIT_NONZERO")), checked);
    }

    void portsKeepTheirRepresentation()
    {
        ConfigFieldModel model;
        QVERIFY(model.loadFile(write(QStringLiteral("p.json"), R"({"CICD_PORT": 443})")).isOk());
        QVERIFY(model.setValueText(QStringLiteral("CICD_PORT"), QStringLiteral("8443")));
        QCOMPARE(model.document().valueJson(QStringLiteral("CICD_PORT")), QByteArray("8443"));
        QVERIFY(model.loadFile(write(QStringLiteral("q.json"), R"({"CICD_PORT": "443"})")).isOk());
        QVERIFY(model.setValueText(QStringLiteral("CICD_PORT"), QStringLiteral("8443")));
        QCOMPARE(model.document().valueJson(QStringLiteral("CICD_PORT")), QByteArray(R"("8443")"));
    }

    void emptyValuesDoNotAddKeys()
    {
        ConfigFieldModel model;
        QVERIFY(
            model.loadFile(write(QStringLiteral("e.json"), R"({"HOSTNAME": "h", "GITHUB_BRANCH": "main"})"))
                .isOk());
        QVERIFY(model.setValueText(QStringLiteral("IMAGE_TAG_PREFIX"), QString()));
        QVERIFY(!model.document().contains(QStringLiteral("IMAGE_TAG_PREFIX")));
        QVERIFY(!model.isModified());
        // Typed and cleared again: the key goes away, as it was never in the file.
        QVERIFY(model.setValueText(QStringLiteral("IMAGE_TAG_PREFIX"), QStringLiteral("v1")));
        QCOMPARE(model.document().keys().last(), QStringLiteral("IMAGE_TAG_PREFIX"));
        QVERIFY(model.setValueText(QStringLiteral("IMAGE_TAG_PREFIX"), QString()));
        QVERIFY(!model.document().contains(QStringLiteral("IMAGE_TAG_PREFIX")));
        QVERIFY(!model.isModified());
        // A key of the file keeps its place with an empty value.
        QVERIFY(model.setValueText(QStringLiteral("GITHUB_BRANCH"), QString()));
        QCOMPARE(model.document().valueJson(QStringLiteral("GITHUB_BRANCH")), QByteArray(R"("")"));
        QVERIFY(model.isModified());
        // An unchecked box for a key the file does not have adds nothing either.
        QVERIFY(model.setChecked(QStringLiteral("EXIT_NONZERO"), false));
        QVERIFY(!model.document().contains(QStringLiteral("EXIT_NONZERO")));
    }

    void secretsAreMaskedForDisplay()
    {
        ConfigFieldModel model;
        QVERIFY(model.loadFile(seedCopy()).isOk());
        const QModelIndex password = model.fieldIndex(QStringLiteral("DOCKER_PASSWORD"));
        QVERIFY(password.data(ConfigFieldModel::SecretRole).toBool());
        QCOMPARE(password.data(Qt::DisplayRole).toString(), QStringLiteral("<DOCKER_PASSWORD>"));
        QCOMPARE(password.data(Qt::EditRole).toString(), QStringLiteral("<docker_password>"));
        QVERIFY(model.setValueText(QStringLiteral("DOCKER_PASSWORD"), QStringLiteral("s3cret")));
        QVERIFY(!password.data(Qt::DisplayRole).toString().contains(QStringLiteral("s3cret")));
        QCOMPARE(password.data(Qt::EditRole).toString(), QStringLiteral("s3cret"));
    }

    void tablesAreNotEditedThroughSetData()
    {
        ConfigFieldModel model;
        QVERIFY(model.loadFile(seedCopy()).isOk());
        const QModelIndex arg = model.fieldIndex(QStringLiteral("ARG"));
        QCOMPARE(arg.data(ConfigFieldModel::FieldTypeRole).toInt(), int(FieldType::StringMap));
        QVERIFY(!(arg.flags() & Qt::ItemIsEditable));
        QVERIFY(!model.setData(arg, QStringLiteral("{}")));
        QCOMPARE(arg.data().toString(),
                 QStringLiteral(R"({"<BUILD_ARG1>":"<VALUE1>","<BUILD_ARG2>":"<VALUE2>"})"));
        model.setList(QStringLiteral("ENV_WHITELIST"), { QStringLiteral("ONE") });
        QCOMPARE(model.list(QStringLiteral("ENV_WHITELIST")), QStringList { QStringLiteral("ONE") });
        QVERIFY(model.isModified());
    }

    void savesWithBackupAndKeepsKeyOrder()
    {
        const QString path = seedCopy();
        const QByteArray original = sbs::test::readAll(path);
        ConfigFieldModel model;
        QVERIFY(model.loadFile(path).isOk());
        QCOMPARE(model.filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(model.baseDir(), QFileInfo(path).absolutePath());
        const QStringList keys = model.document().keys();
        QVERIFY(model.setValueText(QStringLiteral("DOCKER_REPO"), QStringLiteral("team/app")));
        const auto saved = model.saveFile();
        QVERIFY2(saved.isOk(), qPrintable(saved.error()));
        QVERIFY(!model.isModified());
        QCOMPARE(saved->path, QFileInfo(path).absoluteFilePath());
        QVERIFY(!saved->backupPath.isEmpty());
        QCOMPARE(sbs::test::readAll(saved->backupPath), original);

        ConfigFieldModel reread;
        QVERIFY(reread.loadFile(path).isOk());
        QCOMPARE(reread.document().keys(), keys);
        QCOMPARE(reread.document().string(QStringLiteral("DOCKER_REPO")), QStringLiteral("team/app"));
        QCOMPARE(parsed(sbs::test::readAll(path)).value(QStringLiteral("DOCKER_REPO")).toString(),
                 QStringLiteral("team/app"));
    }

    void saveAsMovesTheBaseFolder()
    {
        ConfigFieldModel model;
        QVERIFY(model.loadFile(seedCopy()).isOk());
        QSignalSpy pathChanged(&model, &ConfigFieldModel::filePathChanged);
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("elsewhere")));
        const QString target = m_dir->filePath(QStringLiteral("elsewhere/copy.json"));
        const auto saved = model.saveFileAs(target);
        QVERIFY2(saved.isOk(), qPrintable(saved.error()));
        QVERIFY(saved->backupPath.isEmpty());
        QCOMPARE(model.filePath(), QFileInfo(target).absoluteFilePath());
        QCOMPARE(model.baseDir(), QFileInfo(target).absolutePath());
        QCOMPARE(pathChanged.count(), 1);
    }

    void failedLoadKeepsTheDocument()
    {
        ConfigFieldModel model;
        const QString path = seedCopy();
        QVERIFY(model.loadFile(path).isOk());
        QVERIFY(model.setValueText(QStringLiteral("HOSTNAME"), QStringLiteral("changed.example.com")));
        const sbs::Status failed = model.loadFile(write(QStringLiteral("broken.json"), "{\"HOSTNAME\": "));
        QVERIFY(!failed.isOk());
        QVERIFY(failed.error().contains(QStringLiteral("broken.json")));
        QCOMPARE(model.filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(model.valueText(QStringLiteral("HOSTNAME")), QStringLiteral("changed.example.com"));
        QVERIFY(model.isModified());
    }

    void newFromTemplateFillsDefaults()
    {
        ConfigFieldModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString templatePath
            = qEnvironmentVariable("SBS_SOURCE_DIR") + QStringLiteral("/resources/templates/sbs-config.json");
        const sbs::Status created = model.newFromTemplate(templatePath);
        QVERIFY2(created.isOk(), qPrintable(created.error()));
        QCOMPARE(reset.count(), 1);
        QVERIFY(model.filePath().isEmpty());
        QVERIFY(!model.isModified());
        QVERIFY(!model.valueText(QStringLiteral("UUID")).isEmpty());
        QVERIFY(!model.valueText(QStringLiteral("SECRET")).isEmpty());
        QCOMPARE(model.valueText(QStringLiteral("RUNTIME_TYPE")), QStringLiteral("vpc"));
        QVERIFY(sbs::config::hasErrors(model.findings())); // required fields are empty
        const auto saved = model.saveFile();
        QVERIFY(!saved.isOk());
        QVERIFY(saved.error().contains(QStringLiteral("Save As")));

        const sbs::Status missing = model.newFromTemplate(m_dir->filePath(QStringLiteral("none.json")));
        QVERIFY(!missing.isOk());
        QVERIFY(missing.error().contains(QStringLiteral("none.json")));
    }

    void revertRestoresTheLoadedDocument()
    {
        ConfigFieldModel model;
        QVERIFY(model.loadFile(seedCopy()).isOk());
        const sbs::config::ConfigDocument loaded = model.document();
        QVERIFY(model.setValueText(QStringLiteral("HOSTNAME"), QString()));
        model.setPairs(QStringLiteral("ARG"), {});
        QVERIFY(model.isModified());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.revert();
        QCOMPARE(reset.count(), 1);
        QVERIFY(!model.isModified());
        QVERIFY(model.document() == loaded);
        QVERIFY(model.findingsFor(QStringLiteral("HOSTNAME")).isEmpty());
    }

    void findingCountsReadWell()
    {
        using sbs::models::Findings::countText;
        QCOMPARE(countText(1, 2), QStringLiteral("1 error, 2 warnings"));
        QCOMPARE(countText(0, 1, 3), QStringLiteral("1 warning, 3 notes"));
        QCOMPARE(countText(2, 0, 1), QStringLiteral("2 errors, 1 note"));
        QVERIFY(countText(0, 0, 0).isEmpty());
    }

    void registryChoiceFillsAndClearsServers()
    {
        ConfigFieldModel model;
        QVERIFY(model.loadFile(seedCopy()).isOk());
        QVERIFY(RegistryChoice::ibmCloudDomain(model.document()).isEmpty());
        RegistryChoice::useIbmCloud(model, QStringLiteral("de.icr.io"));
        QCOMPARE(model.valueText(QStringLiteral("DOCKER_PUSH_SERVER")), QStringLiteral("de.icr.io"));
        QCOMPARE(model.valueText(QStringLiteral("DOCKER_BASE_SERVER")), QStringLiteral("de.icr.io"));
        QCOMPARE(model.valueText(QStringLiteral("DOCKER_CONTENT_TRUST_PUSH_SERVER")),
                 QStringLiteral("https://de.icr.io"));
        QCOMPARE(model.valueText(QStringLiteral("DOCKER_USER")), QStringLiteral("iamapikey"));
        QCOMPARE(model.valueText(QStringLiteral("DOCKER_RO_USER")), QStringLiteral("iamapikey"));
        QCOMPARE(RegistryChoice::ibmCloudDomain(model.document()), QStringLiteral("de.icr.io"));
        QVERIFY(model.findingsFor(QStringLiteral("DOCKER_CONTENT_TRUST_PUSH_SERVER")).isEmpty());

        RegistryChoice::useDockerHub(model);
        // The servers were not in the file, so they go away again; the users become empty.
        QVERIFY(!model.document().contains(QStringLiteral("DOCKER_PUSH_SERVER")));
        QVERIFY(!model.document().contains(QStringLiteral("DOCKER_BASE_SERVER")));
        QVERIFY(!model.document().contains(QStringLiteral("DOCKER_CONTENT_TRUST_PUSH_SERVER")));
        QCOMPARE(model.valueText(QStringLiteral("DOCKER_USER")), QString());
        QVERIFY(RegistryChoice::ibmCloudDomain(model.document()).isEmpty());

        QVERIFY(model
                    .loadFile(write(QStringLiteral("icr.json"),
                                    "{\"DOCKER_PUSH_SERVER\": \"https:"
                                    "//us.icr.io/\"}"))
                    .isOk());
        QCOMPARE(RegistryChoice::ibmCloudDomain(model.document()), QStringLiteral("us.icr.io"));
        QVERIFY(model.loadFile(write(QStringLiteral("hub.json"), R"({"DOCKER_PUSH_SERVER": "docker.io"})"))
                    .isOk());
        QVERIFY(RegistryChoice::ibmCloudDomain(model.document()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfigFieldModel)
#include "tst_configfieldmodel.moc"
