#include "ArchiveBuilder.h"
#include "ManifestTools.h"
#include "TestSupport.h"
#include "manifest/ManifestArchive.h"
#include "manifest/ManifestCompare.h"
#include "manifest/ManifestWriter.h"
#include "pki/PrivateKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <vector>

using namespace sbs;
using namespace sbs::manifest;
using sbs::test::ArchiveBuilder;
using sbs::test::ManifestTools;
using Kind = ManifestDifference::Kind;

namespace {

const QByteArray MainBefore = "int main(void) { return 0; }\n";
const QByteArray MainAfter = "int main(void) { return 1; }\n";
const QByteArray NewHeader = "#pragma once\nint helper(void);\n";
const QByteArray BuildBefore = R"({"status": "success", "name": "app", "commit": "d14cdc8", "duration": 12})";
const QByteArray BuildAfter
    = R"({"status": "failure", "name": "app", "commit": "e25ddd9", "error": "exit 1"})";

QString describe(const ManifestDifference::Entry& entry)
{
    const char* kind = entry.kind == Kind::Added ? "added"
        : entry.kind == Kind::Removed            ? "removed"
                                                 : "changed";
    return QStringLiteral("%1 %2 %3 %4").arg(kind, entry.path).arg(entry.sizeBefore).arg(entry.sizeAfter);
}

QStringList describe(const ManifestDifference& difference)
{
    QStringList result;
    for (const ManifestDifference::Entry& entry : difference.entries)
        result << describe(entry);
    return result;
}

// "+0,1 text" (added), "-3,0 text" (removed), " 1,2 text" (unchanged).
QStringList describe(const QList<TextDiffLine>& lines)
{
    QStringList result;
    for (const TextDiffLine& line : lines) {
        const char kind = line.kind == TextDiffLine::Kind::Added ? '+'
            : line.kind == TextDiffLine::Kind::Removed           ? '-'
                                                                 : ' ';
        result << QStringLiteral("%1%2,%3 %4")
                      .arg(QLatin1Char(kind))
                      .arg(line.lineBefore)
                      .arg(line.lineAfter)
                      .arg(line.text);
    }
    return result;
}

QString numbered(int from, int to, const QMap<int, QString>& replaced = {})
{
    QString text;
    for (int i = from; i <= to; ++i)
        text += replaced.value(i, QString::number(i)) + QLatin1Char('\n');
    return text;
}

// The number of lines added or removed by the shortest edit script (from the longest common
// subsequence, computed the slow and obvious way).
int shortestEdit(const QStringList& a, const QStringList& b)
{
    std::vector<std::vector<int>> lcs(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1), 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j) {
            lcs[size_t(i)][size_t(j)] = a[i] == b[j]
                ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        }
    }
    return int(a.size() + b.size()) - 2 * lcs[0][0];
}

} // namespace

class TestManifestCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsChangedFiles();
    void listsBuildRecordChanges();
    void comparesTypesAndLinks();
    void namesUnreadableManifest_data();
    void namesUnreadableManifest();
    void cancels_data();
    void cancels();
    void reportsProgressOverBoth();
    void diffsLines_data();
    void diffsLines();
    void diffIsShortest();
    void refusesLargeTexts();

private:
    QString writeManifest(const QString& name, const QByteArray& buildJson, const QString& git);

    QTemporaryDir m_dir;
    pki::PrivateKey m_key;
    QString m_before;
    QString m_after;
};

QString TestManifestCompare::writeManifest(const QString& name, const QByteArray& buildJson,
                                           const QString& git)
{
    const QString out = m_dir.filePath("out-" + name);
    QDir().mkpath(out);
    const auto written = ManifestWriter::write(out, ManifestWriter::manifestName(name), buildJson,
                                               "step 1\nstep 2\n", git, m_key);
    if (!written)
        qWarning("%s", qPrintable(written.error()));
    return written ? written.value() : QString();
}

void TestManifestCompare::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto key = pki::PrivateKey::generate(pki::KeyType::Rsa2048);
    QVERIFY2(key, qPrintable(key.error()));
    m_key = key.value();

    // Two builds of the same source: main.c changed, new.h added, data.bin removed.
    const QString gitBefore = m_dir.filePath("src/before");
    const QString gitAfter = m_dir.filePath("src/after");
    QVERIFY(ManifestTools::makeGitTree(gitBefore));
    QVERIFY(ManifestTools::makeGitTree(gitAfter));
    QCOMPARE(test::readAll(gitBefore + "/src/main.c"), MainBefore);
    QVERIFY(test::writeFile(gitAfter + "/src/main.c", MainAfter));
    QVERIFY(test::writeFile(gitAfter + "/src/new.h", NewHeader));
    QVERIFY(QFile::remove(gitAfter + "/src/data.bin"));

    m_before = writeManifest("127.0.0.1:5443.sbs.app.v1-d14cdc8.2026-11-29_12-00-00.123456", BuildBefore,
                             gitBefore);
    m_after
        = writeManifest("127.0.0.1:5443.sbs.app.v1-e25ddd9.2026-11-30_09-00-00.654321", BuildAfter, gitAfter);
    QVERIFY(!m_before.isEmpty() && !m_after.isEmpty());
}

void TestManifestCompare::findsChangedFiles()
{
    const auto difference = ManifestCompare::compare(m_before, m_after);
    QVERIFY2(difference, qPrintable(difference.error()));
    QCOMPARE(
        describe(difference.value()),
        QStringList(
            { QStringLiteral("changed data/build.json %1 %2").arg(BuildBefore.size()).arg(BuildAfter.size()),
              "removed git/src/data.bin 5000 -1",
              QStringLiteral("changed git/src/main.c %1 %2").arg(MainBefore.size()).arg(MainAfter.size()),
              QStringLiteral("added git/src/new.h -1 %1").arg(NewHeader.size()) }));
    // Everything else of the first manifest is there unchanged (folders, links, the log).
    const auto listed = ManifestArchive::list(m_before);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 11);
    QCOMPARE(difference->unchanged, 11 - 3);

    const auto same = ManifestCompare::compare(m_before, m_before);
    QVERIFY2(same, qPrintable(same.error()));
    QVERIFY(same->entries.isEmpty());
    QCOMPARE(same->unchanged, 11);
    QVERIFY(same->changedBuildKeys().isEmpty());
}

void TestManifestCompare::listsBuildRecordChanges()
{
    const auto difference = ManifestCompare::compare(m_before, m_after);
    QVERIFY2(difference, qPrintable(difference.error()));
    QCOMPARE(difference->buildBefore.value("commit").toString(), "d14cdc8");
    QCOMPARE(difference->buildAfter.value("commit").toString(), "e25ddd9");
    QCOMPARE(difference->changedBuildKeys(), QStringList({ "commit", "duration", "error", "status" }));
}

void TestManifestCompare::comparesTypesAndLinks()
{
    // Bare inner archives made by hand: a link retargeted, a file turned into a link, a folder
    // that became a file, the same bytes under another mode (not a change: data and type are).
    ArchiveBuilder before;
    before.file("data/build.json", "{}")
        .symlink("git/link", "a.txt")
        .file("git/a.txt", "same")
        .file("git/b.txt", "same")
        .dir("git/thing")
        .file("git/mode.sh", "echo\n", 0644);
    ArchiveBuilder after;
    after.file("data/build.json", "{}")
        .symlink("git/link", "b.txt")
        .symlink("git/a.txt", "b.txt")
        .file("git/b.txt", "same")
        .file("git/thing", "")
        .file("git/mode.sh", "echo\n", 0755);
    const QString beforePath = m_dir.filePath("bare/before.tbz");
    const QString afterPath = m_dir.filePath("bare/after.tbz");
    QVERIFY(test::writeFile(beforePath, before.finish()));
    QVERIFY(test::writeFile(afterPath, after.finish()));
    const auto difference = ManifestCompare::compare(beforePath, afterPath);
    QVERIFY2(difference, qPrintable(difference.error()));
    QCOMPARE(describe(difference.value()),
             QStringList({ "changed git/a.txt 4 0", "changed git/link 0 0", "changed git/thing 0 0" }));
    QCOMPARE(difference->unchanged, 3);
    QVERIFY(difference->changedBuildKeys().isEmpty());
}

void TestManifestCompare::namesUnreadableManifest_data()
{
    QTest::addColumn<bool>("secondBroken");
    QTest::addColumn<QString>("kind");
    QTest::newRow("truncated second") << true << "truncated";
    QTest::newRow("garbage second") << true << "garbage";
    QTest::newRow("missing first") << false << "missing";
}

void TestManifestCompare::namesUnreadableManifest()
{
    QFETCH(bool, secondBroken);
    QFETCH(QString, kind);
    const QByteArray good = test::readAll(m_after);
    const QString broken = m_dir.filePath("broken/manifest.broken-" + kind + ".sig.tbz");
    if (kind == "truncated")
        QVERIFY(test::writeFile(broken, good.left(good.size() / 2)));
    else if (kind == "garbage")
        QVERIFY(test::writeFile(broken, QByteArray(4096, 'x')));
    const auto difference = secondBroken ? ManifestCompare::compare(m_before, broken)
                                         : ManifestCompare::compare(broken, m_after);
    QVERIFY(!difference);
    QVERIFY2(difference.error().contains(QFileInfo(broken).fileName()), qPrintable(difference.error()));
    QVERIFY2(!difference.error().contains(QFileInfo(secondBroken ? m_before : m_after).fileName()),
             qPrintable(difference.error()));
}

void TestManifestCompare::cancels_data()
{
    QTest::addColumn<qint64>("cancelFrom"); // progress value from which cancelled() says yes
    QTest::newRow("at once") << qint64(-1);
    QTest::newRow("in the second manifest") << qint64(500);
}

void TestManifestCompare::cancels()
{
    QFETCH(qint64, cancelFrom);
    qint64 progress = 0;
    bool askedAfter = false;
    ReadControl control;
    control.progress = [&](qint64 done, qint64) {
        progress = done;
    };
    control.cancelled = [&] {
        askedAfter = askedAfter || progress >= cancelFrom;
        return progress >= cancelFrom;
    };
    const auto difference = ManifestCompare::compare(m_before, m_after, control);
    QVERIFY(!difference);
    QVERIFY2(difference.error().contains("cancelled"), qPrintable(difference.error()));
    QVERIFY(askedAfter);
    QVERIFY(progress < 1000);
}

void TestManifestCompare::reportsProgressOverBoth()
{
    QList<qint64> values;
    ReadControl control;
    control.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(1000));
        values << done;
    };
    QVERIFY(ManifestCompare::compare(m_before, m_after, control));
    QVERIFY(values.size() >= 3);
    QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
    QVERIFY(values.first() <= 500);
    QVERIFY2(values.contains(500), "the first manifest ends at half way");
    QCOMPARE(values.last(), qint64(1000));
}

void TestManifestCompare::diffsLines_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("context");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("identical") << "a\nb\nc\n"
                               << "a\nb\nc\n"
                               << 3 << QStringList();
    QTest::newRow("identical, all lines") << "a\nb\n"
                                          << "a\nb\n"
                                          << -1 << QStringList({ " 1,1 a", " 2,2 b" });
    QTest::newRow("CRLF against LF") << "a\r\nb\r\n"
                                     << "a\nb\n"
                                     << 3 << QStringList();
    QTest::newRow("insert at start") << "b\nc\n"
                                     << "a\nb\nc\n"
                                     << 3 << QStringList({ "+0,1 a", " 1,2 b", " 2,3 c" });
    QTest::newRow("delete at end") << "a\nb\nc\n"
                                   << "a\nb\n"
                                   << 3 << QStringList({ " 1,1 a", " 2,2 b", "-3,0 c" });
    QTest::newRow("from nothing") << ""
                                  << "a\nb" << 3 << QStringList({ "+0,1 a", "+0,2 b" });
    QTest::newRow("to nothing") << "a\n"
                                << "" << 3 << QStringList({ "-1,0 a" });
    QTest::newRow("change, removed first") << "a\nb\nc\n"
                                           << "a\nB\nc\n"
                                           << 3 << QStringList({ " 1,1 a", "-2,0 b", "+0,2 B", " 3,3 c" });
    QTest::newRow("context trimmed") << numbered(1, 10) << numbered(1, 10, { { 5, "five" } }) << 1
                                     << QStringList({ " 4,4 4", "-5,0 5", "+0,5 five", " 6,6 6" });
    QTest::newRow("no context") << numbered(1, 10) << numbered(1, 10, { { 5, "five" } }) << 0
                                << QStringList({ "-5,0 5", "+0,5 five" });
    QTest::newRow("two hunks") << numbered(1, 20) << numbered(1, 20, { { 2, "two" }, { 18, "eighteen" } })
                               << 2
                               << QStringList({ " 1,1 1", "-2,0 2", "+0,2 two", " 3,3 3", " 4,4 4",
                                                " 16,16 16", " 17,17 17", "-18,0 18", "+0,18 eighteen",
                                                " 19,19 19", " 20,20 20" });
    QTest::newRow("line moved down") << "a\nb\nc\nd\n"
                                     << "b\nc\nd\na\n"
                                     << 3
                                     << QStringList({ "-1,0 a", " 2,1 b", " 3,2 c", " 4,3 d", "+0,4 a" });
}

void TestManifestCompare::diffsLines()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, context);
    QFETCH(QStringList, expected);
    const auto lines = diffLines(before, after, context);
    QVERIFY2(lines, qPrintable(lines.error()));
    QCOMPARE(describe(lines.value()), expected);
}

void TestManifestCompare::diffIsShortest()
{
    // Myers' classic example, then random texts over a few distinct lines: the full diff gives
    // back both texts and adds or removes no more lines than the shortest edit script needs.
    QRandomGenerator random(20261129);
    QList<QPair<QStringList, QStringList>> cases = { { QStringList({ "a", "b", "c", "a", "b", "b", "a" }),
                                                       QStringList({ "c", "b", "a", "b", "a", "c" }) } };
    for (int round = 0; round < 300; ++round) {
        QStringList a;
        QStringList b;
        for (int i = int(random.bounded(40)); i > 0; --i)
            a << QString(QLatin1Char('a' + char(random.bounded(4))));
        for (int i = int(random.bounded(40)); i > 0; --i)
            b << QString(QLatin1Char('a' + char(random.bounded(4))));
        cases.append({ a, b });
    }
    for (const auto& [a, b] : std::as_const(cases)) {
        const QString before = a.isEmpty() ? QString() : a.join('\n') + '\n';
        const QString after = b.isEmpty() ? QString() : b.join('\n') + '\n';
        const auto lines = diffLines(before, after, -1);
        QVERIFY(lines);
        QStringList rebuiltBefore;
        QStringList rebuiltAfter;
        int edits = 0;
        for (const TextDiffLine& line : lines.value()) {
            if (line.kind != TextDiffLine::Kind::Added)
                rebuiltBefore << line.text;
            if (line.kind != TextDiffLine::Kind::Removed)
                rebuiltAfter << line.text;
            if (line.kind != TextDiffLine::Kind::Same)
                ++edits;
        }
        QCOMPARE(rebuiltBefore, a);
        QCOMPARE(rebuiltAfter, b);
        QCOMPARE(edits, shortestEdit(a, b));
    }
}

void TestManifestCompare::refusesLargeTexts()
{
    const auto lines = diffLines(numbered(1, 11), numbered(1, 5), 3, 10);
    QVERIFY(!lines);
    QVERIFY2(lines.error().contains("11") && lines.error().contains("10"), qPrintable(lines.error()));
    QVERIFY(diffLines(numbered(1, 10), numbered(1, 5), 3, 10));
}

QTEST_GUILESS_MAIN(TestManifestCompare)
#include "tst_manifestcompare.moc"
