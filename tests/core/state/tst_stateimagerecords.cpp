// The profile's record of its state images: round trip, secret generations, no secret in the
// file, a file that cannot be read moved aside, permissions, and records replaced or removed.
#include "TestSupport.h"
#include "state/StateImageRecords.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using sbs::Status;
using sbs::state::StateImageRecord;
using sbs::state::StateImageRecords;

namespace {

// A SECRET as the reference makes it: base64 of 128 bytes.
QString makeSecret(char seed)
{
    QByteArray bytes(128, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char(seed * 31 + i * 7);
    return QString::fromLatin1(bytes.toBase64());
}

StateImageRecord fileRecord(const QString& path, const QString& name, int generation)
{
    StateImageRecord record;
    record.name = name;
    record.exportTag = QStringLiteral("v1-0a1b2c3");
    record.exportedAt = QDateTime(QDate(2024, 5, 17), QTime(8, 30, 15, 250), Qt::UTC);
    record.where = StateImageRecord::Where::File;
    record.path = path;
    record.generation = generation;
    record.server = QStringLiteral("sbs.example.com:443");
    return record;
}

StateImageRecord bucketRecord(const QString& path, const QString& name)
{
    StateImageRecord record;
    record.name = name;
    record.exportTag = QStringLiteral("state");
    record.exportedAt = QDateTime(QDate(2024, 6, 1), QTime(23, 59, 1), Qt::UTC);
    record.where = StateImageRecord::Where::Bucket;
    record.path = path;
    record.bucket = QStringLiteral("sbs-state-backups");
    return record;
}

} // namespace

class TestStateImageRecords : public QObject
{
    Q_OBJECT

private:
    QString recordsPath() const
    {
        return m_dir->filePath(QStringLiteral("profile/state-images/records.json"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void defaultPaths()
    {
        const QString config = m_dir->filePath(QStringLiteral("alice/sbs-config.json"));
        QCOMPARE(StateImageRecords::defaultFolder(config),
                 m_dir->filePath(QStringLiteral("alice/state-images")));
        QCOMPARE(StateImageRecords::recordsPath(config),
                 m_dir->filePath(QStringLiteral("alice/state-images/sbs-config.records.json")));
        // Two configurations in one folder keep their own records.
        QCOMPARE(StateImageRecords::recordsPath(m_dir->filePath(QStringLiteral("alice/server-b.json"))),
                 m_dir->filePath(QStringLiteral("alice/state-images/server-b.records.json")));
    }

    void missingFileGivesEmptyRecords()
    {
        auto records = StateImageRecords::open(recordsPath());
        QVERIFY2(records, qPrintable(records.error()));
        QCOMPARE(records->path(), recordsPath());
        QVERIFY(records->images().isEmpty());
        QCOMPARE(records->generationCount(), 0);
        QVERIFY(records->movedAside().isEmpty());
        // Opening writes nothing.
        QVERIFY(!QFileInfo::exists(recordsPath()));
    }

    void roundTrip()
    {
        const QString secret = makeSecret('a');
        auto records = StateImageRecords::open(recordsPath());
        QVERIFY(records);
        const int generation = records->generationOf(secret);
        const StateImageRecord exported
            = fileRecord(m_dir->filePath(QStringLiteral("profile/state-images/image-1")),
                         QStringLiteral("image-1"), generation);
        const StateImageRecord inBucket = bucketRecord(
            m_dir->filePath(QStringLiteral("profile/state-images/meta-2")), QStringLiteral("meta-2"));
        records->add(exported);
        records->add(inBucket);
        const Status saved = records->save();
        QVERIFY2(saved, qPrintable(saved.error()));

        auto reopened = StateImageRecords::open(recordsPath());
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QVERIFY(reopened->movedAside().isEmpty());
        QCOMPARE(reopened->images().size(), 2);
        QCOMPARE(reopened->images().at(0), exported);
        QCOMPARE(reopened->images().at(1), inBucket);
        QCOMPARE(reopened->images().at(1).where, StateImageRecord::Where::Bucket);
        QCOMPARE(reopened->images().at(1).bucket, QStringLiteral("sbs-state-backups"));
        // The secret is recognised again after the round trip, with its first sighting.
        QCOMPARE(reopened->generationCount(), 1);
        QCOMPARE(reopened->knownGeneration(secret), std::optional<int>(1));
        QVERIFY(reopened->generationSeen(1).isValid());
        QCOMPARE(reopened->generationSeen(1), records->generationSeen(1));
    }

    void generations()
    {
        const QString first = makeSecret('a');
        const QString second = makeSecret('b');
        auto records = StateImageRecords::open(recordsPath());
        QVERIFY(records);

        QCOMPARE(records->knownGeneration(first), std::nullopt);
        QCOMPARE(records->generationCount(), 0);
        QCOMPARE(records->generationOf(first), 1);
        QCOMPARE(records->generationOf(first), 1);
        QCOMPARE(records->generationOf(second), 2);
        QCOMPARE(records->generationOf(first), 1);
        QCOMPARE(records->generationCount(), 2);
        QCOMPARE(records->knownGeneration(second), std::optional<int>(2));
        // An empty secret is no generation and is not stored.
        QCOMPARE(records->generationOf(QString()), 0);
        QCOMPARE(records->knownGeneration(QString()), std::nullopt);
        QCOMPARE(records->generationCount(), 2);
        // Secrets that differ by one character are different generations.
        QString near = first;
        near[5] = near.at(5) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(records->knownGeneration(near), std::nullopt);
        QCOMPARE(records->generationOf(near), 3);

        QVERIFY(records->save());
        auto reopened = StateImageRecords::open(recordsPath());
        QVERIFY(reopened);
        QCOMPARE(reopened->generationOf(second), 2);
        QCOMPARE(reopened->generationOf(makeSecret('c')), 4);
    }

    void fileHoldsNoSecret_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("reference SECRET") << makeSecret('s');
        QTest::newRow("short text") << QStringLiteral("hunter2-correct-horse");
        QTest::newRow("non-ASCII") << QStringLiteral("pässwörd-日本-secret");
    }

    void fileHoldsNoSecret()
    {
        QFETCH(QString, secret);
        auto records = StateImageRecords::open(recordsPath());
        QVERIFY(records);
        QCOMPARE(records->generationOf(secret), 1);
        records->add(fileRecord(m_dir->filePath(QStringLiteral("image")), QStringLiteral("image"), 1));
        QVERIFY(records->save());

        const QByteArray file = sbs::test::readAll(recordsPath());
        QVERIFY(!file.isEmpty());
        const QByteArray utf8 = secret.toUtf8();
        const QList<QByteArray> forms = {
            utf8,
            utf8.toBase64(),
            utf8.toHex(),
            QJsonDocument(QJsonArray { secret }).toJson(QJsonDocument::Compact).mid(2).chopped(2),
            // The bytes the reference's base64 SECRET stands for, in any form.
            QByteArray::fromBase64(utf8).toHex(),
            QByteArray::fromBase64(utf8).toBase64(),
        };
        for (const QByteArray& form : forms) {
            if (form.size() >= 8)
                QVERIFY2(!file.contains(form), form.constData());
        }
        // What the file keeps instead is a 256-bit fingerprint.
        const QJsonObject json = QJsonDocument::fromJson(file).object();
        const QString fingerprint = json.value(QStringLiteral("generations"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("fingerprint"))
                                        .toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(fingerprint).hasMatch(),
                 qPrintable(fingerprint));
    }

    void saltMakesFingerprintsDiffer()
    {
        // The same secret in two profiles' records gives two unrelated fingerprints, so the
        // files cannot be compared to find profiles that share a secret.
        const QString secret = makeSecret('x');
        const QString otherPath = m_dir->filePath(QStringLiteral("other/records.json"));
        for (const QString& path : { recordsPath(), otherPath }) {
            auto records = StateImageRecords::open(path);
            QVERIFY(records);
            records->generationOf(secret);
            QVERIFY(records->save());
        }
        const auto fingerprintOf = [](const QString& path) {
            return QJsonDocument::fromJson(sbs::test::readAll(path))
                .object()
                .value(QStringLiteral("generations"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("fingerprint"))
                .toString();
        };
        QVERIFY(!fingerprintOf(recordsPath()).isEmpty());
        QVERIFY(fingerprintOf(recordsPath()) != fingerprintOf(otherPath));
    }

    void unreadableFileMovedAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        const QByteArray salt = QByteArray(32, 's').toBase64();
        const QByteArray fingerprint = QByteArray(32, 'f').toHex();
        QTest::newRow("not JSON") << QByteArray("{\"version\": 1, \"images\": [");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("an array") << QByteArray("[1, 2, 3]");
        QTest::newRow("no version") << QByteArray("{\"salt\": \"" + salt + "\", \"images\": []}");
        QTest::newRow("version too new")
            << QByteArray("{\"version\": 2, \"salt\": \"" + salt + "\", \"images\": []}");
        QTest::newRow("images not a list")
            << QByteArray("{\"version\": 1, \"salt\": \"" + salt + "\", \"images\": {}}");
        QTest::newRow("name not a string") << QByteArray(
            "{\"version\": 1, \"salt\": \"" + salt + "\", \"images\": [{\"name\": 7, \"path\": \"/x\"}]}");
        QTest::newRow("image without path")
            << QByteArray("{\"version\": 1, \"salt\": \"" + salt + "\", \"images\": [{\"name\": \"x\"}]}");
        QTest::newRow("unknown place")
            << QByteArray("{\"version\": 1, \"salt\": \"" + salt
                          + "\", \"images\": [{\"path\": \"/x\", \"where\": \"floppy\"}]}");
        QTest::newRow("generation not listed")
            << QByteArray("{\"version\": 1, \"salt\": \"" + salt
                          + "\", \"images\": [{\"path\": \"/x\", \"generation\": 1}]}");
        QTest::newRow("generations without salt")
            << QByteArray("{\"version\": 1, \"generations\": [{\"fingerprint\": \"" + fingerprint + "\"}]}");
        QTest::newRow("salt too short") << QByteArray("{\"version\": 1, \"salt\": \"c2FsdA==\"}");
        QTest::newRow("fingerprint not hex")
            << QByteArray("{\"version\": 1, \"salt\": \"" + salt
                          + "\", \"generations\": [{\"fingerprint\": \"not-a-fingerprint\"}]}");
    }

    void unreadableFileMovedAside()
    {
        QFETCH(QByteArray, content);
        QVERIFY(sbs::test::writeFile(recordsPath(), content));

        auto records = StateImageRecords::open(recordsPath());
        QVERIFY2(records, qPrintable(records.error()));
        QVERIFY(records->images().isEmpty());
        QCOMPARE(records->generationCount(), 0);

        const QStringList moved
            = QDir(QFileInfo(recordsPath()).absolutePath())
                  .entryList({ QStringLiteral("records.json.unreadable-*") }, QDir::Files);
        QCOMPARE(moved.size(), 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^records\\.json\\.unreadable-\\d{8}-\\d{6}$"))
                     .match(moved.first())
                     .hasMatch(),
                 qPrintable(moved.first()));
        const QString movedPath = QFileInfo(recordsPath()).absolutePath() + QLatin1Char('/') + moved.first();
        // Nothing is lost: the moved file holds exactly the old bytes.
        QCOMPARE(sbs::test::readAll(movedPath), content);
        QVERIFY(!QFileInfo::exists(recordsPath()));
        // The message names both files.
        QVERIFY2(records->movedAside().contains(QDir::toNativeSeparators(recordsPath())),
                 qPrintable(records->movedAside()));
        QVERIFY2(records->movedAside().contains(QDir::toNativeSeparators(movedPath)),
                 qPrintable(records->movedAside()));

        // The new records work and are saved where the old ones were.
        QCOMPARE(records->generationOf(makeSecret('n')), 1);
        QVERIFY(records->save());
        auto reopened = StateImageRecords::open(recordsPath());
        QVERIFY(reopened);
        QVERIFY(reopened->movedAside().isEmpty());
        QCOMPARE(reopened->knownGeneration(makeSecret('n')), std::optional<int>(1));
    }

    void olderFileWithoutSaltOpens()
    {
        // Records that never saw a secret need no salt: they are read, not moved aside.
        QVERIFY(sbs::test::writeFile(
            recordsPath(), "{\"version\": 1, \"images\": [{\"name\": \"a\", \"path\": \"/tmp/a\"}]}"));
        auto records = StateImageRecords::open(recordsPath());
        QVERIFY2(records, qPrintable(records.error()));
        QVERIFY(records->movedAside().isEmpty());
        QCOMPARE(records->images().size(), 1);
        QCOMPARE(records->images().first().generation, 0);
        QCOMPARE(records->generationOf(makeSecret('q')), 1);
        QVERIFY(records->save());
        auto reopened = StateImageRecords::open(recordsPath());
        QVERIFY(reopened);
        QCOMPARE(reopened->knownGeneration(makeSecret('q')), std::optional<int>(1));
    }

    void permissions()
    {
        auto records = StateImageRecords::open(recordsPath());
        QVERIFY(records);
        records->generationOf(makeSecret('p'));
        QVERIFY(!QFileInfo::exists(QFileInfo(recordsPath()).absolutePath()));
        QVERIFY(records->save());

        const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const QFileDevice::Permissions all = QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(recordsPath()) & all, ownerOnly);
        // Both created folders are the user's alone.
        for (const QString& folder : { m_dir->filePath(QStringLiteral("profile")),
                                       m_dir->filePath(QStringLiteral("profile/state-images")) })
            QCOMPARE(QFile::permissions(folder) & all, ownerOnly | QFileDevice::ExeOwner);

        // A second save replaces the file and keeps it private.
        records->generationOf(makeSecret('r'));
        QVERIFY(records->save());
        QCOMPARE(QFile::permissions(recordsPath()) & all, ownerOnly);
    }

    void saveFailsWhereNoFolderCanBe()
    {
        // A file where the folder should be: nothing can be saved, and the message says where.
        QVERIFY(sbs::test::writeFile(m_dir->filePath(QStringLiteral("profile")), "not a folder"));
        auto records = StateImageRecords::open(recordsPath());
        QVERIFY(records);
        records->generationOf(makeSecret('f'));
        const Status saved = records->save();
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("profile")))),
                 qPrintable(saved.error()));
        QCOMPARE(sbs::test::readAll(m_dir->filePath(QStringLiteral("profile"))), QByteArray("not a folder"));
    }

    void replaceAndRemoveByPath()
    {
        const QString first = m_dir->filePath(QStringLiteral("images/first"));
        const QString second = m_dir->filePath(QStringLiteral("images/second"));
        QVERIFY(sbs::test::writeFile(first, "{\"state\": \"x\"}"));
        auto records = StateImageRecords::open(recordsPath());
        QVERIFY(records);
        records->add(fileRecord(first, QStringLiteral("first"), 0));
        records->add(fileRecord(second, QStringLiteral("second"), 0));

        // The same path again replaces the record in its place.
        StateImageRecord renamed = fileRecord(first, QStringLiteral("first, exported again"), 0);
        renamed.exportTag = QStringLiteral("v2-ffffff0");
        records->add(renamed);
        QCOMPARE(records->images().size(), 2);
        QCOMPARE(records->images().at(0), renamed);
        QCOMPARE(records->images().at(1).name, QStringLiteral("second"));
        // A path spelled with a redundant "./" is the same file.
        records->add(fileRecord(m_dir->filePath(QStringLiteral("images/./second")),
                                QStringLiteral("second again"), 0));
        QCOMPARE(records->images().size(), 2);
        QCOMPARE(records->images().at(1).name, QStringLiteral("second again"));

        QVERIFY(records->remove(first));
        QVERIFY(!records->remove(first));
        QVERIFY(!records->remove(m_dir->filePath(QStringLiteral("images/never-recorded"))));
        QCOMPARE(records->images().size(), 1);
        QCOMPARE(records->images().first().name, QStringLiteral("second again"));
        // The record goes, the file stays.
        QCOMPARE(sbs::test::readAll(first), QByteArray("{\"state\": \"x\"}"));

        QVERIFY(records->save());
        auto reopened = StateImageRecords::open(recordsPath());
        QVERIFY(reopened);
        QCOMPARE(reopened->images().size(), 1);
        QCOMPARE(reopened->images().first().name, QStringLiteral("second again"));
    }
};

QTEST_GUILESS_MAIN(TestStateImageRecords)
#include "tst_stateimagerecords.moc"
