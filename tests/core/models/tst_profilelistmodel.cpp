#include "models/ProfileListModel.h"
#include "models/ProfileStore.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using sbs::models::Profile;
using sbs::models::ProfileHealth;
using sbs::models::ProfileListModel;
using sbs::models::ProfileStore;
using Badge = ProfileHealth::Badge;

class TestProfileListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    Profile profile(const QString& relative) const
    {
        return Profile::forConfig(m_settingsDir.filePath(relative));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init() { QSettings().clear(); }

    void displayNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::newRow("usual file name") << "web-app/sbs-config.json"
                                         << "web-app";
        QTest::newRow("other file name") << "servers/staging.json"
                                         << "staging";
    }

    void displayNames()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        ProfileListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addProfile(profile(path));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), name);
        QCOMPARE(model.index(0).data(ProfileListModel::ConfigPathRole).toString(), profile(path).configPath);
        QCOMPARE(model.index(0).data(ProfileListModel::WorkDirRole).toString(), profile(path).workDir);
    }

    void addRemoveAndReplaceKeepTheModelConsistent()
    {
        ProfileListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(model.addProfile(profile("a/sbs-config.json")), 0);
        QCOMPARE(model.addProfile(profile("b/sbs-config.json")), 1);
        QCOMPARE(model.addProfile(profile("a/sbs-config.json")), 0); // already there
        QCOMPARE(model.addProfile(Profile()), -1);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 2);

        model.replaceProfile(profile("a/sbs-config.json").configPath, profile("c/renamed.json"));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("renamed"));
        QCOMPARE(model.rowOf(profile("a/sbs-config.json").configPath), -1);

        model.removeProfile(profile("c/renamed.json").configPath);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.profileAt(0), profile("b/sbs-config.json"));
        model.removeProfile(QStringLiteral("/not/there.json"));
        QCOMPARE(model.rowCount(), 1);

        model.setProfiles(
            { profile("x/sbs-config.json"), profile("y/sbs-config.json"), profile("x/sbs-config.json") });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.profiles().value(1), profile("y/sbs-config.json"));
        QVERIFY(!model.profileAt(5).isValid());
    }

    void healthSetsTheBadge_data()
    {
        QTest::addColumn<int>("badge");
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown") << int(Badge::Unknown) << "Checking";
        QTest::newRow("broken") << int(Badge::Broken) << "Broken";
        QTest::newRow("unreachable") << int(Badge::Unreachable) << "Unreachable";
        QTest::newRow("idle") << int(Badge::Idle) << "Idle";
        QTest::newRow("building") << int(Badge::Building) << "Building";
        QTest::newRow("succeeded") << int(Badge::Succeeded) << "Succeeded";
        QTest::newRow("failed") << int(Badge::Failed) << "Failed";
        QTest::newRow("expiring") << int(Badge::CertificateExpiring) << "Certificate expiring";
    }

    void healthSetsTheBadge()
    {
        QFETCH(int, badge);
        QFETCH(QString, text);
        ProfileListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addProfile(profile("a/sbs-config.json"));
        model.addProfile(profile("b/sbs-config.json"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        ProfileHealth health;
        health.badge = Badge(badge);
        health.detail = QStringLiteral("Something one sentence long.");
        model.setHealth(profile("b/sbs-config.json").configPath, health);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        const QModelIndex b = model.index(1);
        QCOMPARE(b.data(ProfileListModel::BadgeRole).toInt(), badge);
        QCOMPARE(b.data(ProfileListModel::BadgeTextRole).toString(), text);
        QCOMPARE(b.data(ProfileListModel::DetailRole).toString(), health.detail);
        QVERIFY(b.data(Qt::ToolTipRole).toString().contains(health.detail));
        QCOMPARE(model.index(0).data(ProfileListModel::BadgeRole).toInt(), int(Badge::Unknown));
        QCOMPARE(model.health(profile("b/sbs-config.json").configPath).badge, Badge(badge));

        // An unknown profile changes nothing.
        model.setHealth(QStringLiteral("/nowhere.json"), health);
        QCOMPARE(changed.size(), 1);
    }

    void storeRemembersProfilesAndSelection()
    {
        QVERIFY(ProfileStore::load().isEmpty());
        QVERIFY(ProfileStore::lastSelected().isEmpty());
        const Profile a = profile("a/sbs-config.json");
        const Profile b = Profile::forConfig(m_settingsDir.filePath("b/sbs-config.json"),
                                             m_settingsDir.filePath("certs"));
        ProfileStore::add(a);
        ProfileStore::setLastSelected(b.configPath);
        QCOMPARE(ProfileStore::add(b).size(), 2);
        QCOMPARE(ProfileStore::add(a).size(), 2);

        const QList<Profile> loaded = ProfileStore::load();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).configPath, a.configPath);
        QCOMPARE(loaded.at(1).workDir, QDir(m_settingsDir.filePath("certs")).absolutePath());
        QCOMPARE(ProfileStore::lastSelected(), b.configPath);

        const QList<Profile> left = ProfileStore::remove(b);
        QCOMPARE(left.size(), 1);
        QCOMPARE(ProfileStore::load().size(), 1);
        // The selected profile went away with it.
        QVERIFY(ProfileStore::lastSelected().isEmpty());
        ProfileStore::setLastSelected(a.configPath);
        ProfileStore::save({});
        QVERIFY(ProfileStore::load().isEmpty());
        QCOMPARE(ProfileStore::lastSelected(), a.configPath);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("sbs-desktop-tests"));
    app.setApplicationName(QStringLiteral("tst_profilelistmodel"));
    TestProfileListModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profilelistmodel.moc"
