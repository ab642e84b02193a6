#include "FileAccessDrop.h"
#include "FolderSnapshot.h"
#include "TestSupport.h"
#include "config/ConfigDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using sbs::config::ConfigDocument;
using sbs::config::StringPairs;
using sbs::test::FolderSnapshot;

class TestConfigDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void keyOrderIsKept();
    void keysAreCaseInsensitive_data();
    void keysAreCaseInsensitive();
    void stringRendersScalars_data();
    void stringRendersScalars();
    void setValueKeepsPositionAndNestedOrder();
    void setValueAppendsAndRemoves();
    void pairsAndLists();
    void unicodeValues();
    void wrongTypesStillLoad();
    void repeatedKeysAreReported();
    void valueAtReachesEveryEntry();
    void copiesAreIndependent();
    void parseErrors_data();
    void parseErrors();
    void loadErrors_data();
    void loadErrors();
    void largestAllowedFileLoads();
    void unreadableFile();

private:
    static QByteArray fixture(const QString& name)
    {
        return sbs::test::readAll(sbs::test::fixturePath(name));
    }
};

void TestConfigDocument::roundTrip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Each .expected.json is what the reference client writes for the input
    // (json.dump(obj, f, indent=4) of the OrderedDict it loaded).
    for (const char* name :
         { "seed-sample", "lowercase-keys", "unknown-keys", "nested-arg", "unicode", "key-order" }) {
        QTest::newRow(name) << QStringLiteral("config/%1.json").arg(QLatin1String(name))
                            << QStringLiteral("config/%1.expected.json").arg(QLatin1String(name));
    }
}

void TestConfigDocument::roundTrip()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QByteArray expectedBytes = fixture(expected);
    QVERIFY(!expectedBytes.isEmpty());

    auto loaded = ConfigDocument::load(sbs::test::fixturePath(input));
    QVERIFY2(loaded.isOk(), qPrintable(loaded.error()));
    QCOMPARE(loaded->toJson(), expectedBytes);

    // A file already in the reference's form comes back byte for byte.
    auto again = ConfigDocument::load(sbs::test::fixturePath(expected));
    QVERIFY2(again.isOk(), qPrintable(again.error()));
    QCOMPARE(again->toJson(), expectedBytes);
    QVERIFY(again.value() == loaded.value());
    QVERIFY(!expectedBytes.endsWith('\n'));
}

void TestConfigDocument::keyOrderIsKept()
{
    auto doc = ConfigDocument::load(sbs::test::fixturePath(QStringLiteral("config/key-order.json")));
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));
    const QStringList expectedKeys {
        "ZZZ_LAST_NAME_FIRST", "SECRET", "ARG", "HOSTNAME", "X_OUTER", "DOCKER_REPO", "AAA_FIRST_NAME_LAST"
    };
    QCOMPARE(doc->keys(), expectedKeys);
    const StringPairs expectedArg { { "C", "3" }, { "A", "1" }, { "B", "2" } };
    QCOMPARE(doc->stringPairs(QStringLiteral("arg")), expectedArg);
    QVERIFY(
        doc->toJson().contains("\"X_OUTER\": {\n        \"z\": 1,\n        \"a\": {\n            \"y\": 2,"));

    auto nested = ConfigDocument::load(sbs::test::fixturePath(QStringLiteral("config/nested-arg.json")));
    QVERIFY2(nested.isOk(), qPrintable(nested.error()));
    const StringPairs pairs = nested->stringPairs(QStringLiteral("ARG"));
    QCOMPARE(pairs.size(), size_t(5));
    QCOMPARE(pairs.at(0).first, QStringLiteral("ZETA"));
    QCOMPARE(pairs.at(3).first, QStringLiteral("NESTED"));
    QCOMPARE(pairs.at(3).second, QStringLiteral(R"({"z":{"y":"2","x":"1"},"a":["k",{"q":"v","b":"c"}]})"));
    QCOMPARE(nested->stringList(QStringLiteral("env_whitelist")), QStringList({ "Z_VAR", "A_VAR", "M_VAR" }));
}

void TestConfigDocument::keysAreCaseInsensitive_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QString>("value");

    QTest::newRow("upper asks lower") << "HOSTNAME"
                                      << "hostname"
                                      << "build.example.org";
    QTest::newRow("mixed in file") << "IMAGE_TAG"
                                   << "Image_Tag"
                                   << "";
    QTest::newRow("mixed asked") << "Docker_Password"
                                 << "docker_password"
                                 << "pw-lower-case";
    QTest::newRow("number value") << "CICD_PORT"
                                  << "cicd_port"
                                  << "8443";
    QTest::newRow("exact") << "Docker_Repo"
                           << "Docker_Repo"
                           << "team/service";
}

void TestConfigDocument::keysAreCaseInsensitive()
{
    QFETCH(QString, asked);
    QFETCH(QString, spelling);
    QFETCH(QString, value);

    auto doc = ConfigDocument::load(sbs::test::fixturePath(QStringLiteral("config/lowercase-keys.json")));
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));
    QVERIFY(doc->contains(asked));
    QVERIFY(doc->contains(asked.toLower()));
    QCOMPARE(doc->spelling(asked), spelling);
    QCOMPARE(doc->string(asked), value);

    // Writing through another spelling keeps the file's spelling and position.
    const QStringList keysBefore = doc->keys();
    doc->setString(asked.toUpper(), QStringLiteral("changed"));
    QCOMPARE(doc->keys(), keysBefore);
    QCOMPARE(doc->string(spelling), QStringLiteral("changed"));
    QVERIFY(doc->toJson().contains(QStringLiteral("\"%1\": \"changed\"").arg(spelling).toUtf8()));
    QVERIFY(!doc->contains(QStringLiteral("NO_SUCH_KEY")));
    QCOMPARE(doc->spelling(QStringLiteral("NO_SUCH_KEY")), QString());
}

void TestConfigDocument::stringRendersScalars_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("string") << QByteArray(R"({"K": "text"})") << "text";
    QTest::newRow("integer") << QByteArray(R"({"K": 443})") << "443";
    QTest::newRow("negative") << QByteArray(R"({"K": -7})") << "-7";
    QTest::newRow("float") << QByteArray(R"({"K": 0.5})") << "0.5";
    QTest::newRow("true") << QByteArray(R"({"K": true})") << "true";
    QTest::newRow("false") << QByteArray(R"({"K": false})") << "false";
    QTest::newRow("null gives default") << QByteArray(R"({"K": null})") << "default";
    QTest::newRow("missing gives default") << QByteArray(R"({"OTHER": 1})") << "default";
    QTest::newRow("object as compact json")
        << QByteArray(R"({"K": {"b": 1, "a": [true]}})") << R"({"b":1,"a":[true]})";
    QTest::newRow("array as compact json") << QByteArray(R"({"K": ["x", 2]})") << R"(["x",2])";
}

void TestConfigDocument::stringRendersScalars()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    auto doc = ConfigDocument::parse(json, QStringLiteral("inline.json"));
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));
    QCOMPARE(doc->string(QStringLiteral("k"), QStringLiteral("default")), expected);
}

void TestConfigDocument::setValueKeepsPositionAndNestedOrder()
{
    auto doc = ConfigDocument::load(sbs::test::fixturePath(QStringLiteral("config/key-order.json")));
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));

    // QJsonObject sorts keys; the document keeps the order the file had for keys it already had.
    QJsonObject outer = doc->value(QStringLiteral("X_OUTER")).toObject();
    QCOMPARE(outer.keys(), QStringList({ "a", "m", "z" }));
    outer.insert(QStringLiteral("new"), QStringLiteral("n"));
    QJsonObject inner = outer.value(QStringLiteral("a")).toObject();
    inner.insert(QStringLiteral("y"), 20);
    outer.insert(QStringLiteral("a"), inner);
    doc->setValue(QStringLiteral("x_outer"), outer);

    QCOMPARE(doc->keys().indexOf(QStringLiteral("X_OUTER")), 4);
    QCOMPARE(doc->valueJson(QStringLiteral("X_OUTER")),
             QByteArray(R"({"z":1,"a":{"y":20,"b":1},"m":[3,1,2],"new":"n"})"));

    // Numbers keep integer form through QJsonValue.
    doc->setValue(QStringLiteral("CICD_PORT"), 8443);
    QCOMPARE(doc->valueJson(QStringLiteral("CICD_PORT")), QByteArray("8443"));
    doc->setValue(QStringLiteral("RATIO"), 0.25);
    QCOMPARE(doc->valueJson(QStringLiteral("RATIO")), QByteArray("0.25"));
    doc->setValue(QStringLiteral("FLAG"), false);
    QCOMPARE(doc->valueJson(QStringLiteral("FLAG")), QByteArray("false"));
    doc->setValue(QStringLiteral("NOTHING"), QJsonValue(QJsonValue::Null));
    QCOMPARE(doc->valueJson(QStringLiteral("NOTHING")), QByteArray("null"));
}

void TestConfigDocument::setValueAppendsAndRemoves()
{
    auto doc = ConfigDocument::parse(R"({"A": 1, "b": 2, "B": 3, "C": 4})", QStringLiteral("inline.json"));
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));

    doc->setString(QStringLiteral("NEW"), QStringLiteral("v"));
    QCOMPARE(doc->keys(), QStringList({ "A", "b", "B", "C", "NEW" }));

    // A key written twice in different case: the last entry counts, as with the reference.
    QCOMPARE(doc->string(QStringLiteral("b")), QStringLiteral("3"));
    QCOMPARE(doc->spelling(QStringLiteral("b")), QStringLiteral("B"));

    // remove() takes every spelling.
    doc->remove(QStringLiteral("B"));
    QCOMPARE(doc->keys(), QStringList({ "A", "C", "NEW" }));

    doc->setValue(QStringLiteral("a"), QJsonValue(QJsonValue::Undefined));
    QCOMPARE(doc->keys(), QStringList({ "C", "NEW" }));
    QVERIFY(doc->value(QStringLiteral("A")).isUndefined());

    ConfigDocument empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.toJson(), QByteArray("{}"));
    QVERIFY(!doc->isEmpty());
}

void TestConfigDocument::pairsAndLists()
{
    ConfigDocument doc;
    const StringPairs pairs { { "Z", "26" }, { "A", "1" }, { "M", "" } };
    doc.setStringPairs(QStringLiteral("ARG"), pairs);
    QCOMPARE(doc.stringPairs(QStringLiteral("arg")), pairs);
    doc.setStringList(QStringLiteral("ENV_WHITELIST"), { "Z", "A" });
    QCOMPARE(doc.stringList(QStringLiteral("ENV_WHITELIST")), QStringList({ "Z", "A" }));
    QCOMPARE(
        doc.toJson(),
        QByteArray(
            "{\n    \"ARG\": {\n        \"Z\": \"26\",\n        \"A\": \"1\",\n        \"M\": \"\"\n    },\n"
            "    \"ENV_WHITELIST\": [\n        \"Z\",\n        \"A\"\n    ]\n}"));
    QCOMPARE(doc.valueJson(QStringLiteral("ENV_WHITELIST")), QByteArray(R"(["Z","A"])"));
    QCOMPARE(doc.valueJson(QStringLiteral("MISSING")), QByteArray());

    // Wrong shapes give empty results rather than guesses.
    doc.setString(QStringLiteral("ARG"), QStringLiteral("not an object"));
    QVERIFY(doc.stringPairs(QStringLiteral("ARG")).empty());
    QVERIFY(doc.stringList(QStringLiteral("ARG")).isEmpty());
}

void TestConfigDocument::unicodeValues()
{
    auto doc = ConfigDocument::load(sbs::test::fixturePath(QStringLiteral("config/unicode.json")));
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));
    QCOMPARE(doc->string(QStringLiteral("CONTAINER_NAME")), QString::fromUtf8("caf\u00e9-\u4e2d\u6587"));
    QCOMPARE(doc->string(QStringLiteral("X_EMOJI")), QString::fromUtf8("rocket \U0001F680 and \U0001F600"));
    QCOMPARE(doc->string(QStringLiteral("X_ESCAPED")),
             QString::fromUtf8("\u00e9\u4e2d/\\ \"q\" \t\n\r\b\f \x01 \x7f"));
    const StringPairs arg = doc->stringPairs(QStringLiteral("ARG"));
    QCOMPARE(arg.at(0).first, QString::fromUtf8("GR\u00dc\u00df"));
    QCOMPARE(arg.at(1).second, QString::fromUtf8("\U0001D538\U0001D539"));

    ConfigDocument made;
    made.setString(QStringLiteral("K"), QString::fromUtf8("\U0001F680\u00e9"));
    QCOMPARE(made.toJson(), QByteArray("{\n    \"K\": \"\\ud83d\\ude80\\u00e9\"\n}"));
    const QByteArray json = made.toJson();
    QVERIFY(
        std::all_of(json.cbegin(), json.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
}

void TestConfigDocument::wrongTypesStillLoad()
{
    // Types are the validator's business: loading keeps whatever the file says.
    const QByteArray json = R"({"ARG": "FOO=1", "ENV_WHITELIST": "A,B", "CICD_PORT": [443], "HOSTNAME": 7})";
    auto doc = ConfigDocument::parse(json, QStringLiteral("wrong-types.json"));
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));
    QVERIFY(doc->value(QStringLiteral("ARG")).isString());
    QVERIFY(doc->stringPairs(QStringLiteral("ARG")).empty());
    QCOMPARE(doc->string(QStringLiteral("HOSTNAME")), QStringLiteral("7"));
    QCOMPARE(doc->valueJson(QStringLiteral("CICD_PORT")), QByteArray("[443]"));
    QCOMPARE(
        doc->toJson(),
        QByteArray(
            "{\n    \"ARG\": \"FOO=1\",\n    \"ENV_WHITELIST\": \"A,B\",\n    \"CICD_PORT\": [\n        443\n"
            "    ],\n    \"HOSTNAME\": 7\n}"));
}

void TestConfigDocument::repeatedKeysAreReported()
{
    auto doc = ConfigDocument::parse(R"({"A": 1, "B": {"X": 1, "X": 2}, "A": 3, "a": 4})",
                                     QStringLiteral("r.json"));
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));
    // Only top-level keys count; nested repeats are JSON's usual last-one-wins.
    QCOMPARE(doc->repeatedKeys(), QStringList({ "A" }));
    QCOMPARE(doc->keys(), QStringList({ "A", "B", "a" }));
    QCOMPARE(doc->valueAt(0).toInt(), 3);

    auto clean = ConfigDocument::parse(R"({"A": 1})", QStringLiteral("r.json"));
    QVERIFY(clean->repeatedKeys().isEmpty());
}

void TestConfigDocument::valueAtReachesEveryEntry()
{
    auto doc = ConfigDocument::parse(R"({"secret": "one", "SECRET": "two"})", QStringLiteral("v.json"));
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));
    QCOMPARE(doc->valueAt(0).toString(), QStringLiteral("one"));
    QCOMPARE(doc->valueAt(1).toString(), QStringLiteral("two"));
    QVERIFY(doc->valueAt(2).isUndefined());
    QVERIFY(doc->valueAt(-1).isUndefined());
    doc->setValueAt(0, QStringLiteral("first"));
    doc->setValueAt(5, QStringLiteral("ignored"));
    QCOMPARE(doc->toJson(), QByteArray("{\n    \"secret\": \"first\",\n    \"SECRET\": \"two\"\n}"));
}

void TestConfigDocument::copiesAreIndependent()
{
    auto doc = ConfigDocument::parse(R"({"A": "1"})", QStringLiteral("c.json"));
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));
    ConfigDocument copy(doc.value());
    copy.setString(QStringLiteral("A"), QStringLiteral("2"));
    QCOMPARE(doc->string(QStringLiteral("A")), QStringLiteral("1"));
    QVERIFY(copy != doc.value());

    ConfigDocument assigned;
    assigned = copy;
    QVERIFY(assigned == copy);
    ConfigDocument moved(std::move(assigned));
    QCOMPARE(moved.string(QStringLiteral("A")), QStringLiteral("2"));
    ConfigDocument moveAssigned;
    moveAssigned = std::move(moved);
    QCOMPARE(moveAssigned.string(QStringLiteral("A")), QStringLiteral("2"));
}

void TestConfigDocument::parseErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expectedParts");
    QTest::addColumn<QString>("forbidden");

    QTest::newRow("missing comma") << QByteArray("{\n  \"A\": 1\n  \"B\": 2\n}")
                                   << QStringList { "line 3, column 5", "expected '}'" } << QString();
    QTest::newRow("trailing comma") << QByteArray("{\"A\": 1,}") << QStringList { "line 1, column 9" }
                                    << QString();
    QTest::newRow("unterminated string")
        << QByteArray("{\n\"A\": \"abc") << QStringList { "line 2, column" } << QString();
    QTest::newRow("truncated") << QByteArray("{\"A\": 1") << QStringList { "line 1, column", "end of input" }
                               << QString();
    QTest::newRow("empty file") << QByteArray() << QStringList { "line 1, column 1", "end of input" }
                                << QString();
    QTest::newRow("only spaces") << QByteArray("  \n  ") << QStringList { "line 2", "end of input" }
                                 << QString();
    QTest::newRow("single quotes") << QByteArray("{'A': 1}") << QStringList { "line 1, column 2" }
                                   << QString();
    QTest::newRow("comment") << QByteArray("{\"A\": 1 // note\n}") << QStringList { "line 1, column" }
                             << QString();
    QTest::newRow("raw newline in string")
        << QByteArray("{\"A\": \"x\ny\"}") << QStringList { "line 1, column 9", "control character" }
        << QString();
    QTest::newRow("column counts characters")
        << QByteArray("{\"\xc3\x89\xc3\x89\": tru}") << QStringList { "line 1, column 11" } << QString();
    QTest::newRow("no secret in message") << QByteArray("{\"DOCKER_PASSWORD\": \"hunter2-secret\\q\"}")
                                          << QStringList { "line 1, column" } << QStringLiteral("hunter2");
    QTest::newRow("text after object") << QByteArray("{\"A\": 1} {\"B\": 2}")
                                       << QStringList { "line 1, column", "end of input" } << QString();
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringList { "JSON array", "JSON object" }
                           << QString();
    QTest::newRow("string") << QByteArray("\"text\"") << QStringList { "JSON string", "JSON object" }
                            << QString();
    QTest::newRow("number") << QByteArray("42") << QStringList { "JSON number", "JSON object" } << QString();
    QTest::newRow("null") << QByteArray("null") << QStringList { "JSON null", "JSON object" } << QString();
    QTest::newRow("boolean") << QByteArray("true") << QStringList { "JSON boolean", "JSON object" }
                             << QString();
    QTest::newRow("invalid utf-8 byte")
        << QByteArray("{\"A\": \"\xff\"}") << QStringList { "line 1, column 8", "UTF-8" } << QString();
    QTest::newRow("truncated utf-8 sequence") << QByteArray("{\n \"\xc3\x89\": \"\xc3\"}")
                                              << QStringList { "line 2, column 8", "UTF-8" } << QString();
    QTest::newRow("overlong utf-8") << QByteArray("{\"A\": \"\xc0\xaf\"}")
                                    << QStringList { "column 8", "UTF-8" } << QString();
    QTest::newRow("utf-8 surrogate") << QByteArray("{\"A\": \"\xed\xa0\x80\"}")
                                     << QStringList { "column 8", "UTF-8" } << QString();
    QTest::newRow("latin-1 file") << QByteArray("{\"A\": \"caf\xe9\"}")
                                  << QStringList { "column 11", "UTF-8" } << QString();
    QTest::newRow("nested too deep") << QByteArray("{\"A\": ") + QByteArray(300, '[') + QByteArray(300, ']')
            + "}" << QStringList { "nested more than 256 levels" }
                                     << QString();
}

void TestConfigDocument::parseErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expectedParts);
    QFETCH(QString, forbidden);

    // A folder name with %-signs proves the file name is not taken for message placeholders.
    QTemporaryDir top;
    QVERIFY(top.isValid());
    const QString folder = top.filePath(QStringLiteral("odd %1 %2 name"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/sbs-config.json");
    QVERIFY(sbs::test::writeFile(path, bytes));
    const FolderSnapshot before(folder);

    auto doc = ConfigDocument::load(path);
    QVERIFY(!doc.isOk());
    QVERIFY2(doc.error().contains(path), qPrintable(doc.error()));
    for (const QString& part : expectedParts)
        QVERIFY2(doc.error().contains(part), qPrintable(doc.error()));
    if (!forbidden.isEmpty())
        QVERIFY2(!doc.error().contains(forbidden), qPrintable(doc.error()));

    // parse() names the source it is given.
    auto parsed = ConfigDocument::parse(bytes, QStringLiteral("pasted text"));
    QVERIFY(!parsed.isOk());
    QVERIFY2(parsed.error().startsWith(QLatin1String("pasted text")), qPrintable(parsed.error()));

    QVERIFY2(FolderSnapshot(folder) == before, qPrintable(FolderSnapshot(folder).describe()));
}

void TestConfigDocument::loadErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedPart");

    QTest::newRow("missing file") << "missing"
                                  << "does not exist";
    QTest::newRow("dangling symlink") << "dangling"
                                      << "does not exist";
    QTest::newRow("folder") << "folder"
                            << "not a regular file";
    // Opening a FIFO for reading would block until a writer appears; it is refused first.
    QTest::newRow("fifo") << "fifo"
                          << "not a regular file";
    QTest::newRow("one byte over 10 MB") << "over"
                                         << "10485761 bytes";
    // 64 GiB without data blocks: reading it whole would exhaust memory, so passing proves the
    // size is checked before reading.
    QTest::newRow("huge sparse file") << "huge"
                                      << "68719476736 bytes";
}

void TestConfigDocument::loadErrors()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedPart);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sbs-config.json"));
    if (kind == QLatin1String("dangling")) {
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere.json")), path));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sbs-config.json")));
    } else if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == QLatin1String("over") || kind == QLatin1String("huge")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("{\"A\": \"") == 7);
        const qint64 size
            = kind == QLatin1String("over") ? ConfigDocument::MaxFileSize + 1 : (qint64(64) << 30);
        QVERIFY(file.resize(size));
    }
    const FolderSnapshot before(dir.path());

    auto doc = ConfigDocument::load(path);
    QVERIFY(!doc.isOk());
    QVERIFY2(doc.error().contains(path), qPrintable(doc.error()));
    QVERIFY2(doc.error().contains(expectedPart), qPrintable(doc.error()));
    QVERIFY2(FolderSnapshot(dir.path()) == before, qPrintable(FolderSnapshot(dir.path()).describe()));
}

void TestConfigDocument::largestAllowedFileLoads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.json"));
    const QByteArray head = "{\"X_PADDING\": \"";
    const QByteArray tail = "\"}";
    const QByteArray bytes
        = head + QByteArray(ConfigDocument::MaxFileSize - head.size() - tail.size(), 'p') + tail;
    QCOMPARE(bytes.size(), ConfigDocument::MaxFileSize);
    QVERIFY(sbs::test::writeFile(path, bytes));
    auto doc = ConfigDocument::load(path);
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));
    QCOMPARE(doc->string(QStringLiteral("X_PADDING")).size(), ConfigDocument::MaxFileSize - 17);
}

void TestConfigDocument::unreadableFile()
{
    // chmod 000 stops only unprivileged users. Tests often run as root, so FileAccessDrop sets
    // this thread's file-system user id to an unprivileged one for the load: then open() really
    // fails with "Permission denied", as it does for a user.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The folder must be searchable by the unprivileged user (and by root's group).
    QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    const QString path = dir.filePath(QStringLiteral("sbs-config.json"));
    QVERIFY(sbs::test::writeFile(path, "{\"A\": 1}"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const FolderSnapshot before(dir.path());

    sbs::Result<ConfigDocument> doc = sbs::Result<ConfigDocument>::fail(QString());
    {
        sbs::test::FileAccessDrop drop;
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("file permissions cannot be made to apply to this process");
        doc = ConfigDocument::load(path);
    }
    QVERIFY(!doc.isOk());
    QVERIFY2(doc.error().contains(path), qPrintable(doc.error()));
    QVERIFY2(doc.error().contains(QLatin1String("Cannot read")), qPrintable(doc.error()));
    QVERIFY2(FolderSnapshot(dir.path()) == before, qPrintable(FolderSnapshot(dir.path()).describe()));
}

QTEST_GUILESS_MAIN(TestConfigDocument)
#include "tst_configdocument.moc"
