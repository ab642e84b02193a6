#include "models/LogModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace sbs;
using models::LogModel;
using models::LogProblemsModel;
using models::LogSearch;
using Severity = LogModel::Severity;

Q_DECLARE_METATYPE(LogModel::Severity)

namespace {

// A log with commands, warnings, errors, CRLF, multi-byte UTF-8 and keywords near line ends, so
// that cutting it anywhere splits a line, a "\r\n", a UTF-8 sequence or a keyword.
const QByteArray Sample = "$ git clone ssh://git@example.com/app.git\n"
                          "Cloning into 'app'... 100% \xe2\x82\xac done\n"
                          "STEP 1/4: FROM alpine:3.19\r\n"
                          "WARN[0000] missing \"registry\" in registries.conf\n"
                          "gr\xc3\xbc\xc3\x9f \xe2\x82\xac \xf0\x9f\x98\x80 terror\n"
                          "$ buildah bud -t app .\n"
                          "Error: building at STEP \"RUN make\": exit status 2\r\n"
                          "note: the build errorx is no word\n"
                          "last line error";

QVector<QByteArray> linesOf(const QByteArray& text)
{
    QVector<QByteArray> lines;
    for (const QByteArray& line : text.split('\n'))
        lines.append(line);
    if (!text.isEmpty() && text.endsWith('\n'))
        lines.removeLast();
    if (text.isEmpty())
        lines.clear();
    return lines;
}

QString shown(const QByteArray& line)
{
    QByteArray bytes = line;
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

QString display(const LogModel& model, int row)
{
    return model.index(row).data(Qt::DisplayRole).toString();
}

// Lines "line N: compiling module N" with needle in every `every`th one.
QByteArray manyLines(int count, int every, const QByteArray& needle)
{
    QByteArray text;
    text.reserve(count * 48);
    for (int i = 0; i < count; ++i) {
        text += "line " + QByteArray::number(i) + ": compiling module " + QByteArray::number(i * 7);
        if (i % every == 0)
            text += " " + needle;
        text += '\n';
    }
    return text;
}

bool waitFinished(LogSearch& search, int timeoutMs = 20000)
{
    if (!search.isSearching())
        return true;
    QSignalSpy finished(&search, &LogSearch::finished);
    QElapsedTimer clock;
    clock.start();
    while (search.isSearching() && clock.elapsed() < timeoutMs)
        finished.wait(std::max<int>(1, timeoutMs - int(clock.elapsed())));
    return !search.isSearching();
}

} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendInPieces_data()
    {
        QTest::addColumn<int>("piece");
        for (int piece : { 1, 2, 3, 5, 7, 13, 64, 4096 })
            QTest::addRow("%d bytes", piece) << piece;
    }

    // However the text is cut, the rows, their text and severity are those of the whole text.
    void appendInPieces()
    {
        QFETCH(int, piece);
        LogModel model;
        LogProblemsModel problems(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester problemsTester(&problems,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (qsizetype at = 0; at < Sample.size(); at += piece)
            model.append(Sample.mid(at, piece));

        const QVector<QByteArray> lines = linesOf(Sample);
        QCOMPARE(model.rowCount(), lines.size());
        QCOMPARE(model.byteSize(), Sample.size());
        QVector<int> expectedProblems;
        for (int row = 0; row < lines.size(); ++row) {
            QCOMPARE(display(model, row), shown(lines[row]));
            QCOMPARE(model.index(row).data(LogModel::FullTextRole).toString(), shown(lines[row]));
            QCOMPARE(model.index(row).data(LogModel::LineNumberRole).toInt(), row + 1);
            QCOMPARE(model.lineBytes(row), lines[row]);
            QCOMPARE(model.severity(row), LogModel::classify(lines[row]));
            if (model.severity(row) == Severity::Warning || model.severity(row) == Severity::Error)
                expectedProblems << row;
        }
        QCOMPARE(model.severity(0), Severity::Command);
        QCOMPARE(model.severity(3), Severity::Warning);
        QCOMPARE(model.severity(4), Severity::Normal); // "terror" at the very end
        QCOMPARE(model.severity(6), Severity::Error);
        QCOMPARE(model.severity(7), Severity::Normal); // "errorx" is another word
        QCOMPARE(model.severity(8), Severity::Error); // the last line, without its '\n'
        QCOMPARE(model.problemRows(), expectedProblems);
        QCOMPARE(problems.rowCount(), expectedProblems.size());
        for (int row = 0; row < problems.rowCount(); ++row) {
            QCOMPARE(problems.sourceRow(row), expectedProblems[row]);
            QCOMPARE(problems.index(row).data(LogModel::LineNumberRole).toInt(), expectedProblems[row] + 1);
            QCOMPARE(problems.index(row).data().toString(), display(model, expectedProblems[row]));
        }
    }

    void partialLineGrows()
    {
        LogModel model;
        LogProblemsModel problems(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester problemsTester(&problems,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.append("STEP 2/4: RUN make war");
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.severity(0), Severity::Normal);
        model.append("ning: deprecated");
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(display(model, 0), QStringLiteral("STEP 2/4: RUN make warning: deprecated"));
        QCOMPARE(model.severity(0), Severity::Warning);
        QCOMPARE(problems.rowCount(), 1);

        model.append(" flag\nnext");
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(display(model, 0), QStringLiteral("STEP 2/4: RUN make warning: deprecated flag"));
        QCOMPARE(display(model, 1), QStringLiteral("next"));

        // "$" alone is not a command yet; with its space it is.
        model.append("\n$");
        QCOMPARE(model.severity(2), Severity::Normal);
        model.append(" buildah push app\n");
        QCOMPARE(model.severity(2), Severity::Command);

        // A keyword cut in two still counts, and a longer word that starts like one does not.
        model.append("sub-command fa");
        model.append("iled\nthe err");
        model.append("orlog grows");
        QCOMPARE(model.severity(3), Severity::Error);
        QCOMPARE(model.severity(4), Severity::Normal);
        model.append(" error\n");
        QCOMPARE(model.severity(4), Severity::Error);
        QCOMPARE(model.problemRows(), (QVector<int> { 0, 3, 4 }));
        QCOMPARE(problems.rowCount(), 3);

        // A growing line that ends in a keyword shows as such until the line says otherwise.
        model.append("almost an error");
        QCOMPARE(model.severity(5), Severity::Error);
        QCOMPARE(problems.rowCount(), 4);
        model.append("ist\n");
        QCOMPARE(model.severity(5), Severity::Normal);
        QCOMPARE(problems.rowCount(), 3);
        QCOMPARE(model.problemRows(), (QVector<int> { 0, 3, 4 }));
    }

    void setTextAppendsWhatIsNew()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &LogModel::logReset);
        QSignalSpy modelReset(&model, &QAbstractItemModel::modelReset);

        QCOMPARE(model.setText("one\ntwo\n"), false);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.setText("one\ntwo\nthree\nfou"), false);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 2);
        QCOMPARE(inserted.last().at(2).toInt(), 3);
        // The same text again changes nothing.
        QCOMPARE(model.setText("one\ntwo\nthree\nfou"), false);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.setText("one\ntwo\nthree\nfour\n"), false);
        QCOMPARE(display(model, 3), QStringLiteral("four"));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(modelReset.count(), 0);
    }

    void setTextResets_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("shorter") << QByteArray("one\ntwo\n");
        QTest::newRow("same size, other text") << QByteArray("one\ntwo\nthree\nfive\n");
        QTest::newRow("longer, other start") << QByteArray("$ git clone x\nCloning\nerror: no route\nmore\nlines\n");
        QTest::newRow("empty") << QByteArray();
    }

    void setTextResets()
    {
        QFETCH(QByteArray, text);
        LogModel model;
        LogProblemsModel problems(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester problemsTester(&problems,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setText("one\ntwo\nthree\nfour\nfatal: x\n");
        QCOMPARE(problems.rowCount(), 1);
        QSignalSpy reset(&model, &LogModel::logReset);

        QCOMPARE(model.setText(text), true);
        QCOMPARE(reset.count(), 1);
        const QVector<QByteArray> lines = linesOf(text);
        QCOMPARE(model.rowCount(), lines.size());
        QCOMPARE(model.byteSize(), text.size());
        for (int row = 0; row < lines.size(); ++row)
            QCOMPARE(display(model, row), shown(lines[row]));
        QCOMPARE(problems.rowCount(), model.problemRows().size());
        QCOMPARE(problems.rowCount(), text.contains("error") ? 1 : 0);
    }

    void oddBytes()
    {
        LogModel model;
        const char raw[] = "windows\r\nok \xff\xfe end\nnul\0byte\nbell\x07\n\ttab\n";
        model.append(QByteArray(raw, sizeof(raw) - 1));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(display(model, 0), QStringLiteral("windows"));
        QCOMPARE(model.index(0).data(LogModel::FullTextRole).toString(), QStringLiteral("windows"));
        const QString invalid = display(model, 1);
        QVERIFY2(invalid.startsWith(QStringLiteral("ok ")) && invalid.endsWith(QStringLiteral(" end")),
                 qPrintable(invalid));
        QVERIFY(invalid.contains(QChar(QChar::ReplacementCharacter)));
        QCOMPARE(display(model, 2), QStringLiteral("nul\u2400byte"));
        QCOMPARE(display(model, 3), QStringLiteral("bell\u2407"));
        QCOMPARE(display(model, 4), QStringLiteral("        tab")); // to the next multiple of 8
        QCOMPARE(model.index(4).data(LogModel::FullTextRole).toString(), QStringLiteral("\ttab"));
        QCOMPARE(model.lineBytes(2), QByteArray("nul\0byte", 8));
    }

    void longLineIsCut()
    {
        LogModel model;
        const QByteArray line(1 << 20, 'x');
        model.append("before\n" + line + "\nafter\n");
        QCOMPARE(model.rowCount(), 3);
        const QString text = display(model, 1);
        const QString suffix
            = QStringLiteral(" … [%1 more bytes]").arg(QLocale().toString(qint64(line.size() - LogModel::MaxShownChars)));
        QVERIFY2(text.endsWith(suffix), qPrintable(text.right(60)));
        QCOMPARE(text.size(), LogModel::MaxShownChars + suffix.size());
        QVERIFY(text.startsWith(QString(LogModel::MaxShownChars, QLatin1Char('x'))));
        QCOMPARE(model.index(1).data(LogModel::FullTextRole).toString().size(), line.size());
        QCOMPARE(model.lineBytes(1), line);
        QCOMPARE(display(model, 2), QStringLiteral("after"));
        QCOMPARE(model.longestLineBytes(), line.size());

        // The cut never falls inside a UTF-8 sequence.
        LogModel euro;
        euro.append(QByteArray(LogModel::MaxShownChars - 1, 'y') + QByteArray("\xe2\x82\xac").repeated(100));
        const QString cut = display(euro, 0);
        QVERIFY(!cut.contains(QChar(QChar::ReplacementCharacter)));
        QVERIFY2(cut.endsWith(QStringLiteral(" … [%1 more bytes]").arg(QLocale().toString(300))),
                 qPrintable(cut.right(40)));
    }

    void classify_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<Severity>("severity");
        QTest::newRow("buildah error") << QByteArray("Error: building at STEP \"RUN make\": exit status 2")
                                       << Severity::Error;
        QTest::newRow("logrus warning") << QByteArray("WARN[0000] x") << Severity::Warning;
        QTest::newRow("command") << QByteArray("$ buildah bud -t app .") << Severity::Command;
        QTest::newRow("command naming error") << QByteArray("$ grep -r error src") << Severity::Command;
        QTest::newRow("dollar without space") << QByteArray("$HOME is set") << Severity::Normal;
        QTest::newRow("indented dollar") << QByteArray("  $ echo") << Severity::Normal;
        QTest::newRow("terror") << QByteArray("a terror film") << Severity::Normal;
        QTest::newRow("plural counts") << QByteArray("3 errors generated.") << Severity::Error;
        QTest::newRow("zero errors counts too") << QByteArray("0 errors") << Severity::Error;
        QTest::newRow("longer word") << QByteArray("errorCount=0") << Severity::Normal;
        QTest::newRow("underscore joins") << QByteArray("on_error_exit") << Severity::Normal;
        QTest::newRow("key=value") << QByteArray("time=\"x\" level=error msg=\"push\"") << Severity::Error;
        QTest::newRow("fatal") << QByteArray("FATAL: cannot connect") << Severity::Error;
        QTest::newRow("failed") << QByteArray("Build failed.") << Severity::Error;
        QTest::newRow("panic") << QByteArray("panic: runtime error: index out of range") << Severity::Error;
        QTest::newRow("non-zero exit")
            << QByteArray("subprocess exiting due to a non-zero return value") << Severity::Error;
        QTest::newRow("phrase cut short") << QByteArray("exiting due to a non-zero return") << Severity::Normal;
        QTest::newRow("warning before error") << QByteArray("warning: then error") << Severity::Error;
        QTest::newRow("warnings") << QByteArray("2 warnings") << Severity::Warning;
        QTest::newRow("forewarned") << QByteArray("forewarned") << Severity::Normal;
        QTest::newRow("warned") << QByteArray("I warned you") << Severity::Normal;
        QTest::newRow("non-ASCII before") << QByteArray("\xc3\xa9rror") << Severity::Normal;
        QTest::newRow("empty") << QByteArray() << Severity::Normal;
    }

    void classify()
    {
        QFETCH(QByteArray, line);
        QFETCH(Severity, severity);
        QCOMPARE(LogModel::classify(line), severity);
        // The model gives each line that severity, also when it comes byte by byte.
        LogModel model;
        for (char c : line)
            model.append(QByteArray(1, c));
        model.append("\n");
        QCOMPARE(model.severity(0), severity);
    }

    void failureRow_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("row");
        QTest::newRow("error after the command") << QStringLiteral("buildah bud -t app .") << 7;
        QTest::newRow("trimmed") << QStringLiteral("  buildah bud -t app .\n") << 7;
        QTest::newRow("no error after it") << QStringLiteral("sbs-sign manifest") << 9;
        QTest::newRow("not in the log") << QStringLiteral("buildah push app") << 2;
        QTest::newRow("only a prefix") << QStringLiteral("buildah bud") << 2;
        QTest::newRow("empty") << QString() << 2;
    }

    void failureRow()
    {
        QFETCH(QString, command);
        QFETCH(int, row);
        LogModel model;
        model.append("$ git clone ssh://x/app.git\n" // 0
                     "Cloning into 'app'...\n" // 1
                     "error: transient, retried\n" // 2
                     "$ buildah bud -t app .\n" // 3
                     "STEP 1/2: FROM alpine\n" // 4
                     "WARN[0000] no registries.conf\n" // 5
                     "STEP 2/2: RUN make\n" // 6
                     "Error: building at STEP \"RUN make\": exit status 2\n" // 7
                     "error: second one\n" // 8
                     "$ sbs-sign manifest\r\n" // 9
                     "done\n"); // 10
        QCOMPARE(model.problemRows(), (QVector<int> { 2, 5, 7, 8 }));
        QCOMPARE(model.failureRow(command), row);

        LogModel clean;
        clean.append("$ make\nok\nWARN: slow\n");
        QCOMPARE(clean.failureRow(QStringLiteral("make")), 0);
        QCOMPARE(clean.failureRow(QStringLiteral("other")), -1);
    }

    void problemsModelFollows()
    {
        LogModel model;
        LogProblemsModel problems(&model);
        QAbstractItemModelTester problemsTester(&problems,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&problems, &QAbstractItemModel::rowsInserted);
        model.append("ok\nwarning: a\nok\n");
        QCOMPARE(problems.rowCount(), 1);
        model.append("fatal: b\nok\n");
        QCOMPARE(problems.rowCount(), 2);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(problems.sourceRow(1), 3);
        QCOMPARE(problems.index(1).data(LogModel::LineNumberRole).toInt(), 4);
        QCOMPARE(problems.rowAtOrAfter(0), 0);
        QCOMPARE(problems.rowAtOrAfter(2), 1);
        QCOMPARE(problems.rowAtOrAfter(4), -1);
        QCOMPARE(problems.sourceRow(2), -1);
        model.setText("only ok\n");
        QCOMPARE(problems.rowCount(), 0);
        model.setText("only ok\nerror\n");
        QCOMPARE(problems.rowCount(), 1);
        QCOMPARE(problems.index(0).data().toString(), QStringLiteral("error"));
    }

    // 200,000 lines searched from the event loop: all matches found, and the loop kept turning.
    void searchManyLines()
    {
        LogModel model;
        model.append(manyLines(200000, 1000, "NeedLe"));
        LogSearch search(&model);
        QSignalSpy finished(&search, &LogSearch::finished);
        search.setText(QStringLiteral("needle"));
        QVERIFY(search.isSearching());
        QVERIFY(waitFinished(search));
        QVERIFY(finished.count() >= 1);
        QCOMPARE(search.matches().size(), 200);
        for (int i = 0; i < 200; ++i)
            QCOMPARE(search.matches().at(i), i * 1000);

        search.setText(QStringLiteral("needle"), Qt::CaseSensitive);
        QVERIFY(waitFinished(search));
        QVERIFY(search.matches().isEmpty());
        search.setText(QStringLiteral("NeedLe"), Qt::CaseSensitive);
        QVERIFY(waitFinished(search));
        QCOMPARE(search.matches().size(), 200);
        search.setText(QStringLiteral("module 7"));
        QVERIFY(waitFinished(search));
        // "module 7", "module 70…", "module 700…": lines 1, 10-14, 100-142, 1000-1428 …
        QCOMPARE(search.matches().first(), 1);
        QCOMPARE(search.matches().at(1), 10);
    }

    // Text that is not ASCII, without case, is compared line by line: slow, so it shows best
    // that the search gives the event loop its turns.
    void searchDoesNotBlock()
    {
        LogModel model;
        model.append(manyLines(200000, 5000, "\xc3\x84rger"));
        LogSearch search(&model);
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        QElapsedTimer clock;
        clock.start();
        search.setText(QStringLiteral("\u00e4RGER"));
        QVERIFY(clock.elapsed() < 50);
        QVERIFY(waitFinished(search));
        QCOMPARE(search.matches().size(), 40);
        QVERIFY2(ticks > 3, qPrintable(QString::number(ticks)));
    }

    void searchNextPrevious()
    {
        LogModel model;
        model.append("a\nfind me\nb\nFIND ME\nc\n");
        LogSearch search(&model);
        QCOMPARE(search.next(0), -1);
        search.setText(QStringLiteral("find"));
        QVERIFY(waitFinished(search));
        QCOMPARE(search.matches(), (QVector<int> { 1, 3 }));
        QCOMPARE(search.next(-1), 1);
        QCOMPARE(search.next(1), 3);
        QCOMPARE(search.next(3), 1); // wraps
        QCOMPARE(search.next(4), 1);
        QCOMPARE(search.previous(3), 1);
        QCOMPARE(search.previous(1), 3); // wraps
        QCOMPARE(search.previous(-1), 3);
        QCOMPARE(search.previous(2), 1);
        search.setText(QString());
        QVERIFY(!search.isSearching());
        QVERIFY(search.matches().isEmpty());
        QCOMPARE(search.next(0), -1);
    }

    void searchGoesOnWithAppendsAndResets()
    {
        LogModel model;
        model.append("first target\nother\n");
        LogSearch search(&model);
        search.setText(QStringLiteral("target"));
        QVERIFY(waitFinished(search));
        QCOMPARE(search.matches(), (QVector<int> { 0 }));

        QSignalSpy changed(&search, &LogSearch::matchesChanged);
        model.append("no\nsecond tar");
        QVERIFY(waitFinished(search));
        QCOMPARE(search.matches(), (QVector<int> { 0 }));
        // The match completes on the growing last line.
        model.append("get here\nthird target\n");
        QVERIFY(waitFinished(search));
        QCOMPARE(search.matches(), (QVector<int> { 0, 3, 4 }));
        QVERIFY(changed.count() >= 1);

        // A reset drops the old matches and searches the new text.
        model.setText("target\n");
        QVERIFY(search.matches().isEmpty());
        QVERIFY(waitFinished(search));
        QCOMPARE(search.matches(), (QVector<int> { 0 }));
        model.clear();
        QVERIFY(search.matches().isEmpty());
    }

    // Matches that straddle the end of a 4 MiB storage block or of a search piece are found.
    void searchAcrossBoundaries_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("piece") << qint64(256 * 1024);
        QTest::newRow("block") << qint64(4 * 1024 * 1024);
        QTest::newRow("second block") << qint64(8 * 1024 * 1024);
    }

    void searchAcrossBoundaries()
    {
        QFETCH(qint64, offset);
        const QByteArray needle = "straddling";
        QByteArray text;
        const QByteArray filler(99, 'f');
        while (text.size() + 100 <= offset - 4)
            text += filler + '\n';
        text += QByteArray(offset - 4 - text.size(), 'g');
        text += needle + " tail\n" + filler + '\n';
        QCOMPARE(text.indexOf(needle), offset - 4);
        LogModel model;
        // In pieces that end elsewhere, as a server's answers would.
        for (qsizetype at = 0; at < text.size(); at += 1000003)
            model.append(text.mid(at, 1000003));
        LogSearch search(&model);
        search.setText(QStringLiteral("STRADDLING"));
        QVERIFY(waitFinished(search));
        QCOMPARE(search.matches().size(), 1);
        QCOMPARE(search.matches().first(), int(text.left(offset).count('\n')));
        QCOMPARE(model.lineBytes(search.matches().first()).right(15), QByteArray("straddling tail"));
    }
};

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
