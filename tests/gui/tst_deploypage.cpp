#include "ContractBuilder.h"
#include "DeployPage.h"
#include "MessageWidget.h"
#include "PkiTestTools.h"
#include "Prompts.h"
#include "Resources.h"
#include "SbsDouble.h"
#include "TestSupport.h"
#include "api/Answers.h"
#include "contract/HyperProtect.h"
#include "models/ConfigFieldModel.h"
#include "models/ProfileSession.h"
#include "pki/CertificateAuthority.h"
#include "pki/CertificateManager.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace sbs;
using gui::ContractBuilder;
using gui::DeployPage;
using gui::MessageWidget;
using gui::Prompts;
using test::SbsDouble;

namespace {

constexpr int WorkerTimeoutMs = 30000;
const QString Digest = QStringLiteral("sha256:") + QString(QStringLiteral("0123456789abcdef")).repeated(4);
const QString ArmouredKey = QStringLiteral("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n"
                                           "mDMEZXJzdBYJKwYBBAHaRw8BAQdAc2JzLWRlcGxveS10ZXN0LWtleQ==\n"
                                           "=abcd\n-----END PGP PUBLIC KEY BLOCK-----\n");

SbsDouble::Script answer(int status, const QByteArray& body)
{
    SbsDouble::Script script;
    script.status = status;
    script.body = body;
    return script;
}

// The value of a top-level "key: value" line of a YAML text, without quotes.
QString yamlValue(const QByteArray& text, const QString& key)
{
    for (const QString& line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        if (!line.startsWith(key + QStringLiteral(": ")))
            continue;
        QString value = line.mid(key.size() + 2).trimmed();
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return QString();
}

} // namespace

class TestDeployPage : public QObject
{
    Q_OBJECT

private:
    template<typename T> T* find(QWidget* parent, const QString& name) const
    {
        T* child = parent->findChild<T*>(name);
        if (!child)
            qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return child;
    }
    template<typename T> T* find(const QString& name) const { return find<T>(m_window.get(), name); }

    void click(const QString& button) { QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton); }

    void choose(const QString& button, const QString& path)
    {
        Prompts::enqueueFileName(path);
        click(button);
    }

    QString label(const QString& name) const { return find<QLabel>(name)->text(); }

    QString configPath() const { return m_dir->filePath(QStringLiteral("profile/sbs-config.json")); }
    QString workDir() const { return m_dir->filePath(QStringLiteral("profile")); }

    // A profile for the double with the given push server (none: the key is left out).
    void writeProfile(const QString& pushServer = QString())
    {
        QJsonObject config {
            { "HOSTNAME", "127.0.0.1" },          { "CICD_PORT", QString::number(m_double->port()) },
            { "RUNTIME_TYPE", "on-prem" },        { "CAPATH", m_pki.caPath() },
            { "CLIENT_CRT_KEY", m_clientBundle }, { "DOCKER_REPO", "alice/app" }
        };
        if (!pushServer.isEmpty())
            config.insert(QStringLiteral("DOCKER_PUSH_SERVER"), pushServer);
        QVERIFY(test::writeFile(configPath(), QJsonDocument(config).toJson()));
    }

    // The session on the profile and the Deploy page on it, shown; waits for its first fetch.
    void openPage(bool waitForFetch = true)
    {
        m_session = std::make_unique<models::ProfileSession>(models::Profile::forConfig(configPath()));
        const Status loaded = m_session->load();
        QVERIFY2(loaded, qPrintable(loaded.error()));
        m_window = std::make_unique<QWidget>();
        m_window->resize(1000, 900);
        m_page = new DeployPage(m_session.get(), m_window.get());
        m_page->setGeometry(0, 0, 1000, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        if (waitForFetch)
            QTRY_VERIFY_WITH_TIMEOUT(!m_page->isFetching(), WorkerTimeoutMs);
    }

    void answerDigest(const QByteArray& body, int status = 201)
    {
        m_double->scriptsByRequest.insert("GET /imagedigest", answer(status, body));
    }

    void answerKey(const QString& repository = QStringLiteral("alice/app"))
    {
        const QJsonObject key { { "public_key", ArmouredKey }, { "repository_name", repository } };
        m_double->scriptsByRequest.insert("GET /config-json", answer(201, QJsonDocument(key).toJson()));
    }

    // A builder form that passes the checks: logging, seed and two env values of the user.
    void fillForm()
    {
        find<QLineEdit>(QStringLiteral("loggingHostEdit"))->setText(QStringLiteral("syslog-a.example.com"));
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("ingestionKeyEdit")), m_ingestionKey);
        find<QSpinBox>(QStringLiteral("loggingPortSpinBox"))->setValue(6514);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("volumeSeedEdit")),
                         QStringLiteral("seed of the volume"));
        addEnvRow(QStringLiteral("GREETING"), QStringLiteral("a: b #c"));
        addEnvRow(QStringLiteral("PORT"), QStringLiteral("8080"));
    }

    // Adds a row with Add and types its name and value, as a user does: Add opens the name's
    // editor, Tab moves on to the value's, Return commits.
    void addEnvRow(const QString& name, const QString& value)
    {
        QTableView* table = find<QTableView>(QStringLiteral("envTable"));
        click(QStringLiteral("addEnvButton"));
        const int row = table->model()->rowCount() - 1;
        for (const auto& [text, key] : { std::pair(name, Qt::Key_Tab), std::pair(value, Qt::Key_Return) }) {
            QLineEdit* editor = nullptr;
            QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit*>()));
            QTest::keyClicks(editor, text);
            QTest::keyClick(editor, key);
            QTRY_VERIFY(table->viewport()->findChild<QLineEdit*>() != editor);
        }
        QCOMPARE(table->model()->index(row, 0).data().toString(), name);
        QCOMPARE(table->model()->index(row, 1).data().toString(), value);
    }

    void chooseValidFiles()
    {
        choose(QStringLiteral("chooseCertificateButton"), m_certificate);
        QTRY_VERIFY_WITH_TIMEOUT(
            label(QStringLiteral("certificateStatusLabel")).contains(QLatin1String("valid until")),
            WorkerTimeoutMs);
        choose(QStringLiteral("chooseWorkloadButton"), m_workload);
        QTRY_VERIFY_WITH_TIMEOUT(label(QStringLiteral("workloadStatusLabel"))
                                     .contains(QLatin1String("encrypted workload section")),
                                 WorkerTimeoutMs);
    }

    QPushButton* saveButton() const { return find<QPushButton>(QStringLiteral("saveUserDataButton")); }

    test::ProcessResult openssl(const QStringList& arguments, const QByteArray& input = QByteArray())
    {
        return test::runProcess(QStringLiteral("openssl"), arguments, m_keys.path(), input);
    }

    QTemporaryDir m_work;
    QTemporaryDir m_keys;
    QTemporaryDir m_settingsDir;
    test::TestPki m_pki;
    QString m_clientBundle;
    std::unique_ptr<SbsDouble> m_double;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<models::ProfileSession> m_session;
    std::unique_ptr<QWidget> m_window;
    DeployPage* m_page = nullptr;
    // openssl-made files: the platform's RSA-4096 certificate and key, a signing key pair, an
    // expired RSA and an EC certificate, and the workload section encrypted to the certificate.
    QString m_certificate;
    QString m_certificateKey;
    QString m_signingKey;
    QString m_signingPublicKey;
    QString m_expired;
    QString m_ecCertificate;
    QString m_workload;
    QString m_plainWorkload;
    QString m_workloadText;
    const QString m_ingestionKey = QStringLiteral("ingest-7f3c9a51");

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_work.isValid() && m_keys.isValid() && m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        gui::initResources();
        Prompts::setTestMode(true);

        const QString error = m_pki.create(m_work.filePath(QStringLiteral("pki")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_clientBundle = m_work.filePath(QStringLiteral("pki/client-bundle.pem"));
        const QString combined = test::writeCombined(m_pki, m_clientBundle);
        QVERIFY2(combined.isEmpty(), qPrintable(combined));
        m_double = std::make_unique<SbsDouble>();
        QVERIFY(m_double->start(m_pki));

        m_certificate = m_keys.filePath(QStringLiteral("encrypt.crt"));
        m_certificateKey = m_keys.filePath(QStringLiteral("encrypt-key.pem"));
        m_signingKey = m_keys.filePath(QStringLiteral("signing-key.pem"));
        m_signingPublicKey = m_keys.filePath(QStringLiteral("signing-public.pem"));
        m_ecCertificate = m_keys.filePath(QStringLiteral("ec.crt"));
        const QList<QStringList> commands = {
            { "req", "-x509", "-newkey", "rsa:4096", "-nodes", "-keyout", m_certificateKey, "-out",
              m_certificate, "-days", "30", "-subj", "/CN=Hyper Protect encryption test" },
            { "genrsa", "-out", m_signingKey, "3072" },
            { "rsa", "-in", m_signingKey, "-pubout", "-out", m_signingPublicKey },
            { "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
              m_keys.filePath(QStringLiteral("ec-key.pem")), "-out", m_ecCertificate, "-days", "30", "-subj",
              "/CN=EC test" },
        };
        for (const QStringList& command : commands) {
            const test::ProcessResult made = openssl(command);
            QVERIFY2(made.ok(), made.text().constData());
        }

        // The openssl command line of OpenSSL 3.0 cannot date a certificate back; the project's
        // CA can: valid for 30 days from two years ago.
        const Result<pki::CertificateAuthority> old = pki::CertificateAuthority::create(
            QStringLiteral("Expired encryption test"), pki::KeyType::Rsa2048,
            { QDateTime::currentDateTimeUtc().addYears(-2), 30 });
        QVERIFY2(old, qPrintable(old.error()));
        m_expired = m_keys.filePath(QStringLiteral("expired.crt"));
        QVERIFY(test::writeFile(m_expired, old->certificate().toPem()));

        const Result<contract::EncryptionCertificate> encryption
            = contract::EncryptionCertificate::load(m_certificate);
        QVERIFY2(encryption, qPrintable(encryption.error()));
        const Result<QString> workload
            = contract::HyperProtectCipher::encrypt("type: workload\n", encryption.value());
        QVERIFY2(workload, qPrintable(workload.error()));
        m_workloadText = workload.value();
        m_workload = m_keys.filePath(QStringLiteral("workload.txt"));
        QVERIFY(test::writeFile(m_workload, m_workloadText.toUtf8() + '\n'));
        m_plainWorkload = m_keys.filePath(QStringLiteral("plain-workload.yaml"));
        QVERIFY(test::writeFile(m_plainWorkload, "type: workload\n"));
    }

    void init()
    {
        Prompts::clear();
        m_double->scriptsByRequest.clear();
        m_double->script = answer(200, R"({"status": ""})");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QGuiApplication::clipboard()->clear();
    }

    void cleanup()
    {
        m_window.reset();
        m_page = nullptr;
        m_session.reset();
        QVERIFY2(Prompts::unanswered().isEmpty(),
                 qPrintable(Prompts::unanswered().join(QStringLiteral(", "))));
        QCOMPARE(Prompts::pendingAnswers(), 0);
    }

    void digestShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray reference = "registry.example.com:5000/alice/app@" + Digest.toLatin1();
        QTest::newRow("object") << QByteArray(R"({"image_digest": ")" + reference + R"("})");
        QTest::newRow("string") << QByteArray('"' + reference + '"');
        QTest::newRow("array") << QByteArray(R"([")" + reference + R"("])");
    }

    void digestShapes()
    {
        QFETCH(QByteArray, body);
        const QString reference = QStringLiteral("registry.example.com:5000/alice/app@") + Digest;
        writeProfile(QStringLiteral("registry.example.com:5000"));
        answerDigest(body);
        answerKey();
        openPage();
        QCOMPARE(find<QLineEdit>(QStringLiteral("digestEdit"))->text(), reference);
        QCOMPARE(m_page->digestReference(), reference);
        QVERIFY(!m_page->messageWidget()->isVisible());
        click(QStringLiteral("copyDigestButton"));
        QCOMPARE(QGuiApplication::clipboard()->text(), reference);
        QCOMPARE(find<QLineEdit>(QStringLiteral("serviceNameEdit"))->text(), QStringLiteral("app"));
    }

    void unexpectedDigestShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("two keys") << QByteArray(R"({"a": 1, "b": 2})");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("no digest") << QByteArray(R"({"image_digest": "alice/app:latest"})");
    }

    void unexpectedDigestShape()
    {
        QFETCH(QByteArray, body);
        writeProfile();
        answerDigest(body);
        answerKey();
        openPage();
        QTRY_VERIFY(m_page->messageWidget()->isVisible());
        QCOMPARE(m_page->messageWidget()->type(), MessageWidget::Type::Error);
        QVERIFY2(m_page->messageWidget()->text().contains(QLatin1String("get-digest")),
                 qPrintable(m_page->messageWidget()->text()));
        QVERIFY(find<QLineEdit>(QStringLiteral("digestEdit"))->text().isEmpty());
        QVERIFY(!find<QPushButton>(QStringLiteral("copyDigestButton"))->isEnabled());
        QVERIFY(!find<QPushButton>(QStringLiteral("saveComposeButton"))->isEnabled());
    }

    // Before a build the server has no image (404); after a build succeeded the page fetches again.
    void noImageYetThenBuilt()
    {
        writeProfile();
        answerDigest(R"({"error": "not found: /imagedigest"})", 404);
        m_double->scriptsByRequest.insert("GET /config-json", answer(404, R"({"error": "no key yet"})"));
        openPage();
        QCOMPARE(label(QStringLiteral("digestStatusLabel")),
                 QStringLiteral("No image yet: the server has not pushed one. Build first."));
        QVERIFY(find<QLineEdit>(QStringLiteral("digestEdit"))->text().isEmpty());
        QVERIFY(!m_page->messageWidget()->isVisible());
        QVERIFY(!find<QPushButton>(QStringLiteral("saveKeyButton"))->isEnabled());

        const QString reference = QStringLiteral("docker.io/alice/app@") + Digest;
        answerDigest(QJsonDocument(QJsonObject { { "image_digest", reference } }).toJson());
        answerKey();
        const Result<api::ServerStatus> built = api::ServerStatus::fromJson(
            { { "status", "success" },
              { "build_name", "docker.io.alice.app.v1-0123456.2024-01-01_00-00-00.000000" } });
        QVERIFY2(built, qPrintable(built.error()));
        m_session->reportStatus(built.value());
        QTRY_COMPARE_WITH_TIMEOUT(find<QLineEdit>(QStringLiteral("digestEdit"))->text(), reference,
                                  WorkerTimeoutMs);
        QTRY_VERIFY(find<QPushButton>(QStringLiteral("saveKeyButton"))->isEnabled());
    }

    // The session connects again while a fetch hangs: the stale call ends quietly.
    void endpointChangedDuringFetch()
    {
        writeProfile();
        SbsDouble::Script hang;
        hang.mode = SbsDouble::Mode::Hang;
        m_double->scriptsByRequest.insert("GET /imagedigest", hang);
        m_double->scriptsByRequest.insert("GET /config-json", hang);
        openPage(false);
        QVERIFY(m_page->isFetching());
        QVERIFY(m_session->reconnect());
        QTRY_VERIFY(!m_page->isFetching());
        QVERIFY(!m_page->messageWidget()->isVisible());
        QVERIFY(find<QLineEdit>(QStringLiteral("digestEdit"))->text().isEmpty());

        const QString reference = QStringLiteral("docker.io/alice/app@") + Digest;
        answerDigest('"' + reference.toUtf8() + '"');
        answerKey();
        click(QStringLiteral("refreshButton"));
        QTRY_COMPARE_WITH_TIMEOUT(find<QLineEdit>(QStringLiteral("digestEdit"))->text(), reference,
                                  WorkerTimeoutMs);
    }

    void composeFile()
    {
        const QString reference = QStringLiteral("registry.example.com:5000/alice/sample-app@") + Digest;
        writeProfile(QStringLiteral("registry.example.com:5000"));
        answerDigest(QJsonDocument(QJsonObject { { "image_digest", reference } }).toJson());
        answerKey();
        openPage();
        QPlainTextEdit* preview = find<QPlainTextEdit>(QStringLiteral("composePreview"));
        QVERIFY2(preview->toPlainText().contains(reference), qPrintable(preview->toPlainText()));
        QLineEdit* service = find<QLineEdit>(QStringLiteral("serviceNameEdit"));
        QCOMPARE(service->text(), QStringLiteral("sample-app"));
        service->clear();
        QTest::keyClicks(service, QStringLiteral("web"));

        const QString target = m_dir->filePath(QStringLiteral("out/docker-compose.yml"));
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("out"))));
        choose(QStringLiteral("saveComposeButton"), target);
        const QByteArray saved = test::readAll(target);
        QCOMPARE(QString::fromUtf8(saved), preview->toPlainText());
        const QStringList lines = QString::fromUtf8(saved).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("services:"));
        QCOMPARE(lines.at(1), QStringLiteral("  web:"));
        QCOMPARE(yamlValue(lines.at(2).trimmed().toUtf8(), QStringLiteral("image")), reference);
        QCOMPARE(m_page->messageWidget()->type(), MessageWidget::Type::Positive);
        QVERIFY(m_page->messageWidget()->text().contains(QDir::toNativeSeparators(target)));
    }

    void signedImageKey_data()
    {
        QTest::addColumn<QString>("pushServer");
        QTest::addColumn<bool>("base64");
        QTest::addColumn<QString>("section");
        QTest::newRow("own registry")
            << QStringLiteral("registry.example.com:5000") << true << QStringLiteral("rhs");
        QTest::newRow("docker.io") << QStringLiteral("docker.io") << false << QStringLiteral("dct");
        QTest::newRow("not set") << QString() << false << QStringLiteral("dct");
    }

    void signedImageKey()
    {
        QFETCH(QString, pushServer);
        QFETCH(bool, base64);
        QFETCH(QString, section);
        const QString registry = pushServer.isEmpty() ? QStringLiteral("docker.io") : pushServer;
        const QString reference = registry + QStringLiteral("/alice/app@") + Digest;
        writeProfile(pushServer);
        answerDigest('"' + reference.toUtf8() + '"');
        answerKey();
        openPage();
        QCOMPARE(m_page->pushServer(), registry);
        QVERIFY(label(QStringLiteral("keyStatusLabel")).contains(QLatin1String("alice/app")));
        QVERIFY(
            label(QStringLiteral("keySummaryLabel")).contains(QLatin1String("BEGIN PGP PUBLIC KEY BLOCK")));
        QVERIFY2(label(QStringLiteral("keyFormLabel"))
                     .contains(base64 ? QLatin1String("base64") : QLatin1String("as the server sent it")),
                 qPrintable(label(QStringLiteral("keyFormLabel"))));

        const QString target = m_dir->filePath(QStringLiteral("alice-app-public.key"));
        choose(QStringLiteral("saveKeyButton"), target);
        const QByteArray saved = test::readAll(target);
        QCOMPARE(saved, base64 ? ArmouredKey.toUtf8().toBase64() : ArmouredKey.toUtf8());

        const QString images = find<QPlainTextEdit>(QStringLiteral("imagesPreview"))->toPlainText();
        QVERIFY2(images.contains(QStringLiteral("  ") + section + QLatin1Char(':')), qPrintable(images));
        QVERIFY2(images.contains(registry + QStringLiteral("/alice/app:")), qPrintable(images));
        QVERIFY2(images.contains(QString::fromLatin1(ArmouredKey.toUtf8().toBase64())), qPrintable(images));
        QCOMPARE(images.contains(QLatin1String("notary")), !base64);
        click(QStringLiteral("copyImagesButton"));
        QCOMPARE(QGuiApplication::clipboard()->text(), images);
    }

    // The whole contract, decrypted with the openssl command line and its signature checked.
    void contractEndToEnd()
    {
        writeProfile();
        answerDigest('"' + QStringLiteral("docker.io/alice/app@").toUtf8() + Digest.toUtf8() + '"');
        answerKey();
        openPage();
        ContractBuilder* builder = m_page->contractBuilder();
        QVERIFY(!saveButton()->isEnabled());
        fillForm();
        QTRY_VERIFY(builder->previewText().contains(QLatin1String("syslog-a.example.com")));
        // The key and the volume seed stay masked on screen until they are shown.
        QVERIFY(builder->previewText().contains(QLatin1String(ContractBuilder::MaskedKey)));
        QVERIFY(!builder->previewText().contains(m_ingestionKey));
        QVERIFY(!builder->previewText().contains(QLatin1String("seed of the volume")));
        QCOMPARE(find<QLineEdit>(QStringLiteral("volumeSeedEdit"))->echoMode(), QLineEdit::Password);
        QVERIFY(!saveButton()->isEnabled());

        chooseValidFiles();
        QTRY_VERIFY(saveButton()->isEnabled());
        find<QCheckBox>(QStringLiteral("signContractCheckBox"))->setChecked(true);
        QVERIFY(!saveButton()->isEnabled());
        choose(QStringLiteral("chooseSigningKeyButton"), m_signingKey);
        QTRY_VERIFY_WITH_TIMEOUT(builder->previewText().contains(QLatin1String("signingKey")),
                                 WorkerTimeoutMs);
        QTRY_VERIFY(saveButton()->isEnabled());
        find<QToolButton>(QStringLiteral("showIngestionKeyButton"))->setChecked(true);
        QTRY_VERIFY(builder->previewText().contains(m_ingestionKey));
        const QString preview = builder->previewText();
        QVERIFY2(preview.contains(QLatin1String("\"a: b #c\"")), qPrintable(preview));
        QVERIFY(preview.contains(QLatin1String("BEGIN PUBLIC KEY")));

        const QString target = m_dir->filePath(QStringLiteral("user-data.yaml"));
        Prompts::enqueueFileName(target);
        click(QStringLiteral("saveUserDataButton"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target), WorkerTimeoutMs);
        QTRY_COMPARE(builder->messageWidget()->type(), MessageWidget::Type::Positive);
        QVERIFY(builder->messageWidget()->text().contains(QDir::toNativeSeparators(target)));
        QVERIFY(!builder->messageWidget()->text().contains(m_ingestionKey));

        const QByteArray userData = test::readAll(target);
        QCOMPARE(yamlValue(userData, QStringLiteral("workload")), m_workloadText);
        const QString env = yamlValue(userData, QStringLiteral("env"));
        const QString signature = yamlValue(userData, QStringLiteral("envWorkloadSignature"));
        QVERIFY2(!signature.isEmpty(), userData.constData());
        QVERIFY(!userData.contains(m_ingestionKey.toUtf8()));
        const QStringList parts = env.split(QLatin1Char('.'));
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0), QStringLiteral("hyper-protect-basic"));

        QTemporaryDir scratch;
        QVERIFY(test::writeFile(scratch.filePath(QStringLiteral("password.enc")),
                                QByteArray::fromBase64(parts.at(1).toLatin1())));
        QVERIFY(test::writeFile(scratch.filePath(QStringLiteral("env.enc")),
                                QByteArray::fromBase64(parts.at(2).toLatin1())));
        test::ProcessResult run
            = openssl({ "pkeyutl", "-decrypt", "-inkey", m_certificateKey, "-in",
                        scratch.filePath("password.enc"), "-out", scratch.filePath("password.txt") });
        QVERIFY2(run.ok(), run.text().constData());
        run = openssl({ "enc", "-d", "-aes-256-cbc", "-pbkdf2", "-in", scratch.filePath("env.enc"), "-out",
                        scratch.filePath("env.yaml"), "-pass", "file:" + scratch.filePath("password.txt") });
        QVERIFY2(run.ok(), run.text().constData());
        QCOMPARE(test::readAll(scratch.filePath(QStringLiteral("env.yaml"))), preview.toUtf8());
        const Result<QByteArray> expected = builder->formEnv().toYaml();
        QVERIFY(expected);
        QCOMPARE(preview.toUtf8(), expected.value());

        QVERIFY(
            test::writeFile(scratch.filePath(QStringLiteral("data.bin")), (m_workloadText + env).toUtf8()));
        QVERIFY(test::writeFile(scratch.filePath(QStringLiteral("sig.bin")),
                                QByteArray::fromBase64(signature.toLatin1())));
        run = openssl({ "dgst", "-sha256", "-verify", m_signingPublicKey, "-signature",
                        scratch.filePath("sig.bin"), scratch.filePath("data.bin") });
        QVERIFY2(run.ok(), run.text().constData());
        QVERIFY(run.out.contains("Verified OK"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("statusLabel");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("hint");
        const QString certificate = QStringLiteral("chooseCertificateButton");
        const QString status = QStringLiteral("certificateStatusLabel");
        const QString refusedCertificate = QStringLiteral("The encryption certificate was refused");
        QTest::newRow("expired certificate")
            << certificate << m_expired << status << QStringLiteral("expired on") << refusedCertificate;
        QTest::newRow("EC certificate") << certificate << m_ecCertificate << status
                                        << QStringLiteral("has an EC key") << refusedCertificate;
        QTest::newRow("private key") << certificate << m_certificateKey << status
                                     << QStringLiteral("holds a private key") << refusedCertificate;
        QTest::newRow("plain workload")
            << QStringLiteral("chooseWorkloadButton") << m_plainWorkload
            << QStringLiteral("workloadStatusLabel") << QStringLiteral("is not encrypted")
            << QStringLiteral("The workload section was refused");
        QTest::newRow("EC signing key")
            << QStringLiteral("chooseSigningKeyButton") << m_keys.filePath(QStringLiteral("ec-key.pem"))
            << QStringLiteral("signingKeyStatusLabel") << QStringLiteral("needs an RSA key")
            << QStringLiteral("The signing key was refused");
    }

    // A refused file disables the save and says why; nothing is written.
    void refusals()
    {
        QFETCH(QString, button);
        QFETCH(QString, file);
        QFETCH(QString, statusLabel);
        QFETCH(QString, reason);
        QFETCH(QString, hint);
        writeProfile();
        answerDigest(R"({"error": "none"})", 404);
        answerKey();
        openPage();
        fillForm();
        chooseValidFiles();
        find<QCheckBox>(QStringLiteral("signContractCheckBox"))->setChecked(true);
        choose(QStringLiteral("chooseSigningKeyButton"), m_signingKey);
        QTRY_VERIFY_WITH_TIMEOUT(saveButton()->isEnabled(), WorkerTimeoutMs);

        choose(button, file);
        QTRY_VERIFY_WITH_TIMEOUT(label(statusLabel).contains(reason), WorkerTimeoutMs);
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY2(label(QStringLiteral("saveHintLabel")).startsWith(hint),
                 qPrintable(label(QStringLiteral("saveHintLabel"))));
        const qsizetype prompts = Prompts::asked().size();
        click(QStringLiteral("saveUserDataButton"));
        QTest::qWait(200);
        QCOMPARE(Prompts::asked().size(), prompts);
        QVERIFY(!QFile::exists(QDir(workDir()).filePath(QStringLiteral("user-data.yaml"))));
        QVERIFY(QDir(m_dir->path()).entryList({ QStringLiteral("*.yaml") }, QDir::Files).isEmpty());
    }

    // A form that fails its checks shows why instead of a preview.
    void previewProblem()
    {
        writeProfile();
        answerDigest(R"({"error": "none"})", 404);
        answerKey();
        openPage();
        fillForm();
        chooseValidFiles();
        ContractBuilder* builder = m_page->contractBuilder();
        QTRY_VERIFY(saveButton()->isEnabled());
        QLabel* problem = find<QLabel>(QStringLiteral("previewProblemLabel"));
        QTRY_VERIFY(!problem->isVisible());

        find<QLineEdit>(QStringLiteral("volumeSeedEdit"))->clear();
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("volume seed")), qPrintable(problem->text()));
        QVERIFY(builder->previewText().isEmpty());
        QVERIFY(!saveButton()->isEnabled());

        QTest::keyClicks(find<QLineEdit>(QStringLiteral("volumeSeedEdit")), QStringLiteral("seed"));
        addEnvRow(QStringLiteral("1BAD"), QStringLiteral("x"));
        QTRY_VERIFY(problem->text().contains(QLatin1String("1BAD")));
        QVERIFY(!saveButton()->isEnabled());
        QTableView* table = find<QTableView>(QStringLiteral("envTable"));
        table->selectRow(table->model()->rowCount() - 1);
        click(QStringLiteral("removeEnvButton"));
        QTRY_VERIFY(!problem->isVisible());
        QVERIFY(builder->previewText().contains(QLatin1String("seed")));
        QVERIFY(saveButton()->isEnabled());
    }

    // Fill from Instance Env replaces the four values and keeps the user's own rows.
    void fillFromInstanceEnv()
    {
        test::GpgHome platform;
        QVERIFY(platform.isValid());
        const test::ProcessResult made = platform.generateKey(QStringLiteral("HPVS <hpvs@example.invalid>"));
        QVERIFY2(made.ok(), made.text().constData());
        QVERIFY(test::writeFile(m_dir->filePath(QStringLiteral("profile/hpvs.asc")),
                                platform.exportPublicKey(QStringLiteral("hpvs@example.invalid")).out));
        const QJsonObject config { { "HOSTNAME", "127.0.0.1" },
                                   { "CICD_PORT", "8443" },
                                   { "RUNTIME_TYPE", "on-prem" },
                                   { "UUID", "7c0e2f4a-93b1-4d6e-8a5f-0b1c2d3e4f50" },
                                   { "HPVS_PUBLIC_KEY_FILE", "hpvs.asc" } };
        QVERIFY(test::writeFile(configPath(), QJsonDocument(config).toJson()));
        m_session = std::make_unique<models::ProfileSession>(models::Profile::forConfig(configPath()));
        QVERIFY(m_session->config()->loadFile(configPath()));
        const Result<pki::CertificateLayout> layout = m_session->layout();
        QVERIFY2(layout, qPrintable(layout.error()));
        pki::CertificateManager manager(layout.value());
        const auto client = manager.createClientCertificates(pki::KeyType::Rsa2048);
        QVERIFY2(client, qPrintable(client.error()));
        const auto server
            = manager.createServerCertificate(QStringLiteral("127.0.0.1"), pki::KeyType::Rsa2048, false);
        QVERIFY2(server, qPrintable(server.error()));

        m_window = std::make_unique<QWidget>();
        auto* builder = new ContractBuilder(m_session.get(), m_window.get());
        builder->resize(900, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        addEnvRow(QStringLiteral("SERVER_KEY"), QStringLiteral("stale"));
        addEnvRow(QStringLiteral("MY_SETTING"), QStringLiteral("kept"));

        click(QStringLiteral("fillFromInstanceEnvButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!builder->isBusy(), WorkerTimeoutMs);
        QVERIFY2(builder->messageWidget()->type() == MessageWidget::Type::Positive,
                 qPrintable(builder->messageWidget()->text()));
        QAbstractItemModel* model = find<QTableView>(QStringLiteral("envTable"))->model();
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, 0).data().toString();
        QCOMPARE(names, QStringList({ "CLIENT_CRT", "CLIENT_CA", "SERVER_CRT", "SERVER_KEY", "MY_SETTING" }));
        QCOMPARE(model->index(1, 1).data().toString(),
                 QString::fromLatin1(test::readAll(layout->caCertPath()).toBase64()));
        const QByteArray serverKey = QByteArray::fromBase64(model->index(3, 1).data().toString().toLatin1());
        QVERIFY(serverKey.startsWith("-----BEGIN PGP MESSAGE-----"));
        QCOMPARE(model->index(4, 1).data().toString(), QStringLiteral("kept"));
    }
};

QTEST_MAIN(TestDeployPage)
#include "tst_deploypage.moc"
