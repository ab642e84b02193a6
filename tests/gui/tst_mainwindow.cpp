#include "BuildPage.h"
#include "ConfigEditor.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "ProfilePages.h"
#include "Prompts.h"
#include "RecentFiles.h"
#include "Resources.h"
#include "TestSupport.h"
#include "config/ConfigDocument.h"
#include "history/BuildHistory.h"
#include "models/BuildHistoryModel.h"
#include "models/ConfigFieldModel.h"
#include "models/ProfileHealth.h"
#include "models/ProfileListModel.h"
#include "models/ProfileStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <algorithm>

using sbs::config::ConfigDocument;
using sbs::gui::ConfigEditor;
using sbs::gui::MainWindow;
using sbs::gui::MessageWidget;
using sbs::gui::Prompts;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    template<typename T> T* find(QWidget* window, const QString& name)
    {
        T* child = window->findChild<T*>(name);
        if (!child)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return child;
    }

    // A copy of the reference's sample configuration in this test's folder.
    QString copyFixture()
    {
        const QString path = m_dir->filePath(QStringLiteral("sbs-config.json"));
        const QByteArray bytes
            = sbs::test::readAll(sbs::test::fixturePath(QStringLiteral("config/seed-sample.json")));
        if (bytes.isEmpty() || !sbs::test::writeFile(path, bytes))
            qFatal("cannot copy the fixture to %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<MainWindow> openWindow(const QString& path)
    {
        auto window = std::make_unique<MainWindow>();
        window->setWizardRunner([](QWidget*) { return sbs::models::Profile(); });
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        // Open the way a user does: File → Open, answering the file dialog through the hook.
        Prompts::enqueueFileName(path);
        find<QAction>(window.get(), QStringLiteral("openAction"))->trigger();
        return window;
    }

    // Types text into a line edit as a user does: select what is there, then type over it.
    void typeInto(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClicks(edit, text);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        sbs::gui::initResources();
        Prompts::setTestMode(true);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QSettings().clear();
        Prompts::clear();
    }

    void cleanup()
    {
        QVERIFY2(Prompts::unanswered().isEmpty(),
                 qPrintable(Prompts::unanswered().join(QStringLiteral(", "))));
        QCOMPARE(Prompts::pendingAnswers(), 0);
    }

    void editAndSaveKeepsOrderAndBackup()
    {
        const QString path = copyFixture();
        const QByteArray original = sbs::test::readAll(path);
        auto window = openWindow(path);
        QCOMPARE(window->configModel()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(window->windowTitle().startsWith(QStringLiteral("sbs-config.json")));
        QVERIFY(!window->isWindowModified());

        // A field: type a new host name.
        window->configEditor()->showField(QStringLiteral("HOSTNAME"));
        auto* host = find<QLineEdit>(window.get(), QStringLiteral("hostnameEdit"));
        QVERIFY(host);
        QCOMPARE(host->text(), QStringLiteral("sbs.example.com"));
        typeInto(host, QStringLiteral("build.example.org"));
        QCOMPARE(window->configModel()->valueText(QStringLiteral("HOSTNAME")),
                 QStringLiteral("build.example.org"));
        QVERIFY(window->isWindowModified());

        // A row of the ARG table: edit the value of the first build argument in its cell editor.
        window->configEditor()->showField(QStringLiteral("ARG"));
        auto* table = find<QTableView>(window.get(), QStringLiteral("argTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 2);
        const QModelIndex cell = table->model()->index(0, 1);
        table->setCurrentIndex(cell);
        table->edit(cell);
        QLineEdit* cellEdit = nullptr;
        QTRY_VERIFY((cellEdit = table->viewport()->findChild<QLineEdit*>(QStringLiteral("cellEdit"))));
        cellEdit->selectAll();
        QTest::keyClicks(cellEdit, QStringLiteral("1.2.3"));
        QTest::keyClick(cellEdit, Qt::Key_Return);
        // The delegate commits the editor's text from the event loop.
        QTRY_COMPARE(cell.data().toString(), QStringLiteral("1.2.3"));

        // Save through the menu action.
        auto* save = find<QAction>(window.get(), QStringLiteral("saveAction"));
        QCOMPARE(save->shortcut(), QKeySequence(QStringLiteral("Ctrl+S")));
        save->trigger();
        QVERIFY(!window->isWindowModified());
        QVERIFY(!window->configModel()->isModified());

        const auto saved = ConfigDocument::parse(sbs::test::readAll(path), path);
        QVERIFY2(saved.isOk(), qPrintable(saved.error()));
        const auto before = ConfigDocument::parse(original, path);
        QCOMPARE(saved->keys(), before->keys());
        QCOMPARE(saved->string(QStringLiteral("HOSTNAME")), QStringLiteral("build.example.org"));
        const auto arg = saved->stringPairs(QStringLiteral("ARG"));
        QCOMPARE(arg.size(), size_t(2));
        QCOMPARE(arg.at(0).first, QStringLiteral("<BUILD_ARG1>"));
        QCOMPARE(arg.at(0).second, QStringLiteral("1.2.3"));
        QCOMPARE(arg.at(1).second, QStringLiteral("<VALUE2>"));
        QCOMPARE(saved->string(QStringLiteral("DOCKER_PASSWORD")), QStringLiteral("<docker_password>"));

        const QStringList backups
            = QDir(m_dir->path()).entryList({ QStringLiteral("sbs-config.json.*") }, QDir::Files);
        QCOMPARE(backups.size(), 1);
        QVERIFY(
            QRegularExpression(QStringLiteral(R"(^sbs-config\.json\.\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d\.\d{6}$)"))
                .match(backups.first())
                .hasMatch());
        QCOMPARE(sbs::test::readAll(m_dir->filePath(backups.first())), original);

        MessageWidget* bar = window->configEditor()->messageWidget();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->type(), MessageWidget::Type::Positive);
        QVERIFY2(bar->text().contains(backups.first()), qPrintable(bar->text()));
        QCOMPARE(sbs::gui::RecentFiles::list().value(0), QFileInfo(path).absoluteFilePath());
    }

    void closingWithUnsavedChangesAsks()
    {
        const QString path = copyFixture();
        const QByteArray original = sbs::test::readAll(path);
        auto window = openWindow(path);
        typeInto(find<QLineEdit>(window.get(), QStringLiteral("hostnameEdit")),
                 QStringLiteral("other.example.com"));

        Prompts::enqueueButton(QMessageBox::Cancel);
        QVERIFY(!window->close());
        QVERIFY(window->isVisible());
        QCOMPARE(Prompts::asked().size(), 2); // the open dialog, then the question
        QCOMPARE(sbs::test::readAll(path), original);

        Prompts::enqueueButton(QMessageBox::Discard);
        QVERIFY(window->close());
        QCOMPARE(sbs::test::readAll(path), original);
        QVERIFY(
            QDir(m_dir->path()).entryList({ QStringLiteral("sbs-config.json.*") }, QDir::Files).isEmpty());
    }

    void closingCanSaveFirst()
    {
        const QString path = copyFixture();
        auto window = openWindow(path);
        typeInto(find<QLineEdit>(window.get(), QStringLiteral("hostnameEdit")),
                 QStringLiteral("saved.example.com"));
        Prompts::enqueueButton(QMessageBox::Save);
        QVERIFY(window->close());
        const auto saved = ConfigDocument::load(path);
        QVERIFY(saved.isOk());
        QCOMPARE(saved->string(QStringLiteral("HOSTNAME")), QStringLiteral("saved.example.com"));
    }

    void revertGoesBackToTheFile()
    {
        const QString path = copyFixture();
        auto window = openWindow(path);
        auto* revert = find<QAction>(window.get(), QStringLiteral("revertAction"));
        QVERIFY(!revert->isEnabled());
        auto* host = find<QLineEdit>(window.get(), QStringLiteral("hostnameEdit"));
        typeInto(host, QStringLiteral("changed.example.com"));
        QVERIFY(revert->isEnabled());

        Prompts::enqueueButton(QMessageBox::Cancel);
        revert->trigger();
        QCOMPARE(window->configModel()->valueText(QStringLiteral("HOSTNAME")),
                 QStringLiteral("changed.example.com"));

        Prompts::enqueueButton(QMessageBox::Discard);
        revert->trigger();
        QVERIFY(!window->configModel()->isModified());
        QVERIFY(!window->isWindowModified());
        // The pages are rebuilt; the new line edit shows the value from the file.
        host = find<QLineEdit>(window.get(), QStringLiteral("hostnameEdit"));
        QCOMPARE(host->text(), QStringLiteral("sbs.example.com"));
        QVERIFY(!revert->isEnabled());
    }

    void clearingARequiredFieldShowsAFinding()
    {
        auto window = openWindow(copyFixture());
        window->configEditor()->showField(QStringLiteral("HOSTNAME"));
        auto* finding = find<QLabel>(window.get(), QStringLiteral("hostnameFindingLabel"));
        QVERIFY(finding);
        QVERIFY(!finding->isVisible());

        typeInto(find<QLineEdit>(window.get(), QStringLiteral("hostnameEdit")), QString());
        QTRY_VERIFY(finding->isVisible());
        QVERIFY2(finding->text().contains(QStringLiteral("HOSTNAME")), qPrintable(finding->text()));

        auto* summary = find<MessageWidget>(window.get(), QStringLiteral("findingsMessageWidget"));
        QVERIFY(summary->isVisible());
        QCOMPARE(summary->type(), MessageWidget::Type::Error);
        QVERIFY2(summary->text().contains(QStringLiteral("error")), qPrintable(summary->text()));
        QVERIFY(find<QLabel>(window.get(), QStringLiteral("findingsStatusLabel"))
                    ->text()
                    .contains(QStringLiteral("error")));

        // The bar's Show button leads to the field of the first error.
        const auto& findings = window->configModel()->findings();
        const auto firstError = std::find_if(findings.cbegin(), findings.cend(), [](const auto& f) {
            return f.severity == sbs::config::Finding::Severity::Error;
        });
        QVERIFY(firstError != findings.cend());
        window->configEditor()->showPage(QString::fromLatin1(ConfigEditor::RawJsonId));
        auto* show = find<QToolButton>(window.get(), QStringLiteral("showFindingActionButton"));
        QVERIFY(show && show->isVisible());
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(window->configEditor()->currentPageId(), window->configModel()->groupOfKey(firstError->key));

        typeInto(find<QLineEdit>(window.get(), QStringLiteral("hostnameEdit")),
                 QStringLiteral("sbs.example.com"));
        QTRY_VERIFY(!finding->isVisible());
        QVERIFY(!window->isWindowModified());
    }

    void secretsArePasswordFieldsWithReveal()
    {
        auto window = openWindow(copyFixture());
        window->configEditor()->showField(QStringLiteral("DOCKER_PASSWORD"));
        auto* password = find<QLineEdit>(window.get(), QStringLiteral("dockerPasswordEdit"));
        QVERIFY(password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(password->text(), QStringLiteral("<docker_password>"));
        auto* reveal = find<QAction>(window.get(), QStringLiteral("dockerPasswordRevealAction"));
        QVERIFY(reveal);
        QVERIFY(password->actions().contains(reveal));
        reveal->trigger();
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        reveal->trigger();
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        // A plain field is not masked.
        QCOMPARE(find<QLineEdit>(window.get(), QStringLiteral("dockerUserEdit"))->echoMode(),
                 QLineEdit::Normal);
    }

    void registrySwitchFillsTheServers()
    {
        auto window = openWindow(copyFixture());
        window->configEditor()->showPage(QStringLiteral("registry"));
        auto* hub = find<QRadioButton>(window.get(), QStringLiteral("dockerHubRadioButton"));
        auto* icr = find<QRadioButton>(window.get(), QStringLiteral("ibmCloudRadioButton"));
        auto* domain = find<QComboBox>(window.get(), QStringLiteral("icrDomainComboBox"));
        QVERIFY(hub && icr && domain);
        QVERIFY(hub->isChecked());

        domain->setCurrentText(QStringLiteral("de.icr.io"));
        QTest::mouseClick(icr, Qt::LeftButton, {}, QPoint(8, icr->height() / 2));
        QVERIFY(icr->isChecked());
        QCOMPARE(find<QLineEdit>(window.get(), QStringLiteral("dockerPushServerEdit"))->text(),
                 QStringLiteral("de.icr.io"));
        QCOMPARE(find<QLineEdit>(window.get(), QStringLiteral("dockerContentTrustPushServerEdit"))->text(),
                 QStringLiteral("https://de.icr.io"));
        QCOMPARE(find<QLineEdit>(window.get(), QStringLiteral("dockerBaseServerEdit"))->text(),
                 QStringLiteral("de.icr.io"));
        QCOMPARE(find<QLineEdit>(window.get(), QStringLiteral("dockerUserEdit"))->text(),
                 QStringLiteral("iamapikey"));
        QCOMPARE(find<QLineEdit>(window.get(), QStringLiteral("dockerRoUserEdit"))->text(),
                 QStringLiteral("iamapikey"));

        QTest::mouseClick(hub, Qt::LeftButton, {}, QPoint(8, hub->height() / 2));
        QVERIFY(hub->isChecked());
        QVERIFY(find<QLineEdit>(window.get(), QStringLiteral("dockerPushServerEdit"))->text().isEmpty());
        QVERIFY(!window->configModel()->document().contains(QStringLiteral("DOCKER_PUSH_SERVER")));
        Prompts::enqueueButton(QMessageBox::Discard);
        window->close();
    }

    void rawJsonMasksSecrets()
    {
        auto window = openWindow(copyFixture());
        window->configEditor()->showPage(QString::fromLatin1(ConfigEditor::RawJsonId));
        auto* raw = find<QPlainTextEdit>(window.get(), QStringLiteral("rawJsonEdit"));
        QVERIFY(raw->isVisible());
        QVERIFY(raw->isReadOnly());
        QVERIFY(raw->toPlainText().contains(QStringLiteral("\"<DOCKER_PASSWORD>\"")));
        QVERIFY(!raw->toPlainText().contains(QStringLiteral("<docker_password>")));
        find<QCheckBox>(window.get(), QStringLiteral("showSecretsCheckBox"))->click();
        QVERIFY(raw->toPlainText().contains(QStringLiteral("<docker_password>")));
        QCOMPARE(raw->toPlainText().toUtf8(), window->configModel()->document().toJson());
    }

    void startsWithTheWizardWhenThereIsNoServer()
    {
        MainWindow window;
        int wizards = 0;
        window.setWizardRunner([&wizards](QWidget*) {
            ++wizards;
            return sbs::models::Profile();
        });
        window.show();
        window.startUp(QString());
        QCOMPARE(wizards, 1);
        QVERIFY(!window.configModel());
        QVERIFY(find<QWidget>(&window, QStringLiteral("emptyPage"))->isVisible());
        QVERIFY(find<QPushButton>(&window, QStringLiteral("newServerButton"))->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("SBS Desktop"));
        QVERIFY(!find<QAction>(&window, QStringLiteral("saveAction"))->isEnabled());

        // File → New Server… (Ctrl+N) runs the wizard; its profile is added and selected.
        const QString path = copyFixture();
        window.setWizardRunner([&wizards, path](QWidget*) {
            ++wizards;
            return sbs::models::Profile::forConfig(path);
        });
        auto* newServer = find<QAction>(&window, QStringLiteral("newServerAction"));
        QCOMPARE(newServer->shortcut(), QKeySequence(QStringLiteral("Ctrl+N")));
        newServer->trigger();
        QCOMPARE(wizards, 2);
        QCOMPARE(window.configModel()->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.profileModel()->rowCount(), 1);
        QCOMPARE(sbs::models::ProfileStore::load().value(0).configPath, QFileInfo(path).absoluteFilePath());
        QCOMPARE(sbs::models::ProfileStore::lastSelected(), QFileInfo(path).absoluteFilePath());
        QVERIFY(window.close());
    }

    // A build history that is not a database: the window says where it was moved, on the start
    // page and on each Builds page, and starts a new one; the old file keeps its bytes.
    void aCorruptBuildHistoryIsMovedAsideAndReported()
    {
        const QString path = sbs::history::BuildHistory::defaultPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QByteArray garbage("this is not an SQLite database\n\x01\x02");
        QVERIFY(sbs::test::writeFile(path, garbage));
        const QStringList before
            = QFileInfo(path).dir().entryList({ QStringLiteral("history.sqlite.corrupt-*") });

        MainWindow window;
        window.setWizardRunner([](QWidget*) { return sbs::models::Profile(); });
        QVERIFY(window.buildHistory()->isOpen());
        const QStringList after
            = QFileInfo(path).dir().entryList({ QStringLiteral("history.sqlite.corrupt-*") });
        QCOMPARE(after.size(), before.size() + 1);
        QString moved;
        for (const QString& name : after) {
            if (!before.contains(name))
                moved = QFileInfo(path).dir().filePath(name);
        }
        QCOMPARE(sbs::test::readAll(moved), garbage);
        const QString message
            = find<sbs::gui::MessageWidget>(&window, QStringLiteral("startMessageWidget"))->text();
        QVERIFY2(message.contains(QFileInfo(moved).fileName()), qPrintable(message));

        window.addProfile(sbs::models::Profile::forConfig(copyFixture()));
        sbs::gui::BuildPage* builds = window.currentPages()->builds();
        QCOMPARE(builds->messageWidget()->text(), message);
        QCOMPARE(builds->historyModel()->rowCount(), 0);
        QVERIFY(window.close());
        QFile::remove(moved);
    }

    void startsWithTheRememberedServers()
    {
        const QString first = copyFixture();
        const QString second = m_dir->filePath(QStringLiteral("staging/sbs-config.json"));
        QVERIFY(sbs::test::writeFile(second, sbs::test::readAll(first)));
        sbs::models::ProfileStore::add(sbs::models::Profile::forConfig(first));
        sbs::models::ProfileStore::add(sbs::models::Profile::forConfig(second));
        sbs::models::ProfileStore::setLastSelected(QFileInfo(second).absoluteFilePath());
        {
            MainWindow window;
            window.setWizardRunner(
                [](QWidget*) -> sbs::models::Profile { qFatal("no wizard when there are servers"); });
            window.startUp(QString());
            QCOMPARE(window.profileModel()->rowCount(), 2);
            QCOMPARE(window.configModel()->filePath(), QFileInfo(second).absoluteFilePath());
            QCOMPARE(window.profileModel()->index(1).data().toString(), QStringLiteral("staging"));
            // View → Previous Server (Alt+Up) selects the one above.
            find<QAction>(&window, QStringLiteral("previousProfileAction"))->trigger();
            QCOMPARE(window.configModel()->filePath(), QFileInfo(first).absoluteFilePath());
        }
        QCOMPARE(sbs::models::ProfileStore::lastSelected(), QFileInfo(first).absoluteFilePath());

        // A file on the command line is added and selected.
        const QString third = m_dir->filePath(QStringLiteral("prod/sbs-config.json"));
        QVERIFY(sbs::test::writeFile(third, sbs::test::readAll(first)));
        MainWindow window;
        window.startUp(third);
        QCOMPARE(window.profileModel()->rowCount(), 3);
        QCOMPARE(window.configModel()->filePath(), QFileInfo(third).absoluteFilePath());
        QCOMPARE(sbs::models::ProfileStore::load().size(), 3);

        // Remove from the list: the files stay.
        find<QAction>(&window, QStringLiteral("removeProfileAction"))->trigger();
        QCOMPARE(window.profileModel()->rowCount(), 2);
        QCOMPARE(sbs::models::ProfileStore::load().size(), 2);
        QVERIFY(QFileInfo::exists(third));
    }

    void recentMenuOpensAndClears()
    {
        const QString path = copyFixture();
        sbs::gui::RecentFiles::add(path);
        MainWindow window;
        auto* recent = find<QMenu>(&window, QStringLiteral("recentMenu"));
        QVERIFY(recent);
        auto* first = find<QAction>(&window, QStringLiteral("recentFileAction1"));
        QVERIFY(first && recent->actions().contains(first));
        QVERIFY(first->text().contains(QStringLiteral("sbs-config.json")));
        first->trigger();
        QCOMPARE(window.configModel()->filePath(), QFileInfo(path).absoluteFilePath());
        find<QAction>(&window, QStringLiteral("clearRecentAction"))->trigger();
        QVERIFY(sbs::gui::RecentFiles::list().isEmpty());
        QVERIFY(
            !window.findChild<QAction*>(QStringLiteral("recentFileAction1"))
            || !recent->actions().contains(window.findChild<QAction*>(QStringLiteral("recentFileAction1"))));
    }

    void aFileThatCannotBeOpenedIsReported()
    {
        const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
        QVERIFY(sbs::test::writeFile(broken, "{\"HOSTNAME\": "));
        MainWindow window;
        window.startUp(broken);
        MessageWidget* bar = window.configEditor()->messageWidget();
        QCOMPARE(bar->type(), MessageWidget::Type::Error);
        QVERIFY2(bar->text().contains(QStringLiteral("broken.json")), qPrintable(bar->text()));
        QVERIFY(window.configModel()->filePath().isEmpty());
        // The profile is in the list, shown as broken with the reason.
        const QModelIndex index = window.profileModel()->index(0);
        QCOMPARE(index.data(sbs::models::ProfileListModel::BadgeRole).toInt(),
                 int(sbs::models::ProfileHealth::Badge::Broken));
        QVERIFY(index.data(sbs::models::ProfileListModel::DetailRole)
                    .toString()
                    .contains(QStringLiteral("broken.json")));

        // A file that does not exist is not added.
        QVERIFY(!window.openFile(m_dir->filePath(QStringLiteral("missing.json"))));
        QCOMPARE(window.profileModel()->rowCount(), 1);
        QVERIFY(bar->text().contains(QStringLiteral("missing.json")));
    }

    void saveAsMovesTheProfile()
    {
        const QString path = copyFixture();
        auto window = openWindow(path);
        const QString target = m_dir->filePath(QStringLiteral("renamed.json"));
        Prompts::enqueueFileName(target);
        find<QAction>(window.get(), QStringLiteral("saveAsAction"))->trigger();
        QCOMPARE(window->configModel()->filePath(), QFileInfo(target).absoluteFilePath());
        QCOMPARE(window->profileModel()->rowCount(), 1);
        QCOMPARE(window->profileModel()->index(0).data().toString(), QStringLiteral("renamed"));
        QCOMPARE(sbs::models::ProfileStore::load().value(0).configPath, QFileInfo(target).absoluteFilePath());
        // The working folder, where the certificates are, stays.
        QCOMPARE(sbs::models::ProfileStore::load().value(0).workDir, QFileInfo(path).absolutePath());
        QVERIFY(window->windowTitle().startsWith(QStringLiteral("renamed.json")));
    }

    void menusHaveShortcutsAndGeometryIsRemembered()
    {
        {
            MainWindow window;
            const QList<std::pair<const char*, const char*>> shortcuts {
                { "openAction", "Ctrl+O" },         { "saveAsAction", "Ctrl+Shift+S" },
                { "quitAction", "Ctrl+Q" },         { "overviewAction", "Ctrl+1" },
                { "buildsAction", "Ctrl+2" },       { "manifestsAction", "Ctrl+3" },
                { "deployAction", "Ctrl+4" },       { "stateAction", "Ctrl+5" },
                { "configurationAction", "Ctrl+6" }, { "certificatesAction", "Ctrl+7" },
                { "refreshAction", "F5" },          { "buildAction", "Ctrl+B" },
            };
            for (const auto& [name, keys] : shortcuts)
                QCOMPARE(find<QAction>(&window, QLatin1String(name))->shortcut(),
                         QKeySequence(QLatin1String(keys)));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            QTRY_COMPARE(window.size(), QSize(900, 640));
            QVERIFY(window.close());
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void recentFilesKeepEight()
    {
        for (int i = 0; i < 10; ++i)
            sbs::gui::RecentFiles::add(m_dir->filePath(QStringLiteral("f%1.json").arg(i)));
        const QStringList list = sbs::gui::RecentFiles::list();
        QCOMPARE(list.size(), sbs::gui::RecentFiles::MaxCount);
        QCOMPARE(QFileInfo(list.first()).fileName(), QStringLiteral("f9.json"));
        sbs::gui::RecentFiles::add(m_dir->filePath(QStringLiteral("f5.json")));
        QCOMPARE(QFileInfo(sbs::gui::RecentFiles::list().first()).fileName(), QStringLiteral("f5.json"));
        QCOMPARE(sbs::gui::RecentFiles::list().size(), sbs::gui::RecentFiles::MaxCount);
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("sbs-desktop"));
    app.setApplicationName(QStringLiteral("sbs-desktop-tests"));
    app.setApplicationVersion(QStringLiteral(SBS_VERSION));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
