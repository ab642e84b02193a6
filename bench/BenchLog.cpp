// bench_log: the live log viewer with a build log of a million lines (about 100 MB), written
// like buildah's output with some warnings and errors. It times `wc -l` on the file (the floor:
// reading it and finding its lines), then loads it into LogModel shown in a LogView that follows
// the end, 1 MB at a time from a zero-timer on the event loop, as a log arriving from the server
// would be. It reports the load time against wc -l, the longest time the GUI thread did not get
// back to its event loop (target: under 50 ms), the peak memory the load added against the
// file's size (target: at most 2 times), and the time LogSearch takes to find a rare word.
#include "BenchSupport.h"
#include "LogView.h"
#include "StallMeter.h"
#include "models/LogModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>
#include <algorithm>
#include <cstdio>

using namespace sbs;

namespace {

using bench::mb;
using bench::median;
using bench::resetPeakMemory;
using bench::statusKiB;
using bench::timeProgram;

constexpr qint64 ChunkBytes = 1 << 20;
const QByteArray RareWord = "quokka-zebra";

QByteArray hex(quint64 value, int digits)
{
    return QByteArray::number(value, 16).rightJustified(digits, '0').right(digits);
}

// A build log of `lines` lines like buildah's, the same on every run.
bool writeLog(const QString& path, int lines, qint64* size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    quint64 state = 0x2545F4914F6CDD1Dull;
    const auto next = [&state] {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1Dull;
    };
    QByteArray out;
    out.reserve(2 * ChunkBytes);
    int step = 1;
    for (int i = 0; i < lines; ++i) {
        const quint64 r = next();
        const int kind = int(r % 1000);
        if (i == lines / 4 || i == lines / 2 || i == lines - 2) {
            out += "note: cache key " + RareWord + " reused for layer " + hex(r, 12) + '\n';
        } else if (kind < 2) {
            out += "Error: building at STEP \"RUN make -j8 install\": while running runtime: exit status "
                + QByteArray::number(int(r >> 20) % 3 + 1) + '\n';
        } else if (kind < 4) {
            out += "src/net/conn_" + QByteArray::number(int(r >> 16) % 500)
                + ".c:211:9: error: implicit declaration of function 'tls_open' [-Werror]\n";
        } else if (kind < 12) {
            out += "time=\"2026-11-29T12:00:" + QByteArray::number(10 + int(r >> 8) % 50)
                + "Z\" level=warning msg=\"Failed to decode the keys "
                  "[\\\"storage.options.override_kernel_check\\\"]"
                  " from \\\"/etc/containers/storage.conf\\\"\"\n";
        } else if (kind < 13) {
            out += "$ buildah bud --layers --pull=never -f Containerfile -t registry.example.com/team/app:"
                + hex(r, 7) + " .\n";
        } else if (kind < 14) {
            out += "STEP " + QByteArray::number(step % 14 + 1) + "/14: RUN make -C src -j8 all\n";
            ++step;
        } else if (kind < 300) {
            out += "Copying blob sha256:" + hex(r, 16) + hex(r >> 7, 16) + hex(r >> 13, 16) + hex(r >> 29, 16)
                + " done   |\n";
        } else if (kind < 500) {
            out += "(" + QByteArray::number(int(r >> 8) % 90 + 1) + "/91) Installing lib" + hex(r >> 3, 6)
                + " (13.2.1_git20231014-r0) from https://dl-cdn.alpinelinux.org/alpine/v3.19/main\n";
        } else {
            out += "  CC       src/module_" + QByteArray::number(int(r >> 24) % 4096)
                + "/unit.o  -O2 -g -pipe -fstack-protector-strong -D_FORTIFY_SOURCE=2 -Wall -Wextra\n";
        }
        if (out.size() >= ChunkBytes) {
            if (file.write(out) != out.size())
                return false;
            out.clear();
        }
    }
    if (file.write(out) != out.size())
        return false;
    *size = file.size();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The log viewer: a million-line log into LogModel and LogView, against wc -l."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Timed runs of wc -l (default 3)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption linesOption(QStringLiteral("lines"),
                                         QStringLiteral("Lines in the log (default 1000000)."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    parser.addOptions({ roundsOption, linesOption });
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int lineCount = std::max(1000, parser.value(linesOption).toInt());

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_log: no temporary folder\n");
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("build.log"));
    qint64 fileSize = 0;
    if (!writeLog(path, lineCount, &fileSize)) {
        std::fprintf(stderr, "bench_log: cannot write %s\n", qPrintable(path));
        return 1;
    }

    // The floor: wc -l reads the file and counts its lines (one untimed run warms the cache).
    if (timeProgram(QStringLiteral("wc"), { QStringLiteral("-l"), path }) < 0) {
        std::fprintf(stderr, "bench_log: the wc program is needed.\n");
        return 1;
    }
    QList<double> wcRuns;
    for (int i = 0; i < rounds; ++i)
        wcRuns << timeProgram(QStringLiteral("wc"), { QStringLiteral("-l"), path });
    const double wc = median(wcRuns);

    models::LogModel model;
    gui::LogView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    for (QElapsedTimer wait; !(view.windowHandle() && view.windowHandle()->isExposed());) {
        if (!wait.isValid())
            wait.start();
        if (wait.elapsed() > 5000) {
            std::fprintf(stderr, "bench_log: the view was never shown\n");
            return 1;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QCoreApplication::processEvents();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_log: cannot read %s\n", qPrintable(path));
        return 1;
    }
    const bool peakReset = resetPeakMemory();
    const qint64 hwmBefore = statusKiB("VmHWM");

    // The load: one 1 MB chunk per turn of the event loop, the view following the end.
    bench::StallMeter stalls(0);
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    double longestAppend = 0;
    double appendTotal = 0;
    QTimer reader;
    reader.setInterval(0);
    QEventLoop loop;
    QObject::connect(&reader, &QTimer::timeout, &loop, [&] {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n <= 0) {
            reader.stop();
            // Done once the view has laid out and shown the end.
            QTimer::singleShot(0, &loop, &QEventLoop::quit);
            return;
        }
        QElapsedTimer timer;
        timer.start();
        model.append(QByteArray::fromRawData(chunk.constData(), n));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        appendTotal += ms;
        longestAppend = std::max(longestAppend, ms);
    });
    QElapsedTimer loadClock;
    loadClock.start();
    stalls.start();
    reader.start();
    loop.exec();
    QCoreApplication::processEvents();
    const double load = double(loadClock.nsecsElapsed()) / 1e6;
    stalls.stop();
    const double loadStall = stalls.longestMs();
    const qint64 hwmAfter = statusKiB("VmHWM");
    const QScrollBar* bar = view.listView()->verticalScrollBar();
    const bool atEnd = view.isFollowing() && bar->value() == bar->maximum() && bar->maximum() > 0;

    // A rare word through LogSearch, the event loop running.
    models::LogSearch search(&model);
    QEventLoop searchLoop;
    QObject::connect(&search, &models::LogSearch::finished, &searchLoop, &QEventLoop::quit);
    stalls.start();
    QElapsedTimer searchClock;
    searchClock.start();
    search.setText(QString::fromUtf8(RareWord));
    if (search.isSearching())
        searchLoop.exec();
    const double searchMs = double(searchClock.nsecsElapsed()) / 1e6;
    stalls.stop();
    const double searchStall = stalls.longestMs();
    const qsizetype rareMatches = search.matches().size();

    // And a frequent one: "error" is on about one line in 250.
    searchClock.restart();
    search.setText(QStringLiteral("error"));
    if (search.isSearching())
        searchLoop.exec();
    const double commonMs = double(searchClock.nsecsElapsed()) / 1e6;
    const qsizetype commonMatches = search.matches().size();

    const double grown = double(hwmAfter - hwmBefore) * 1024;
    const double memoryRatio = grown / double(fileSize);
    const double stall = std::max(loadStall, searchStall);
    std::printf("Log viewer: %d lines, %.1f MB, %lld warning and error lines; appended 1 MB per event "
                "loop turn into LogModel shown in LogView (following, %s platform).\n\n",
                model.rowCount(), mb(fileSize), qlonglong(model.problemRows().size()),
                qPrintable(QGuiApplication::platformName()));
    std::printf("wc -l:                                %9.1f ms (median of %d)\n", wc, rounds);
    std::printf("load into LogModel + LogView:         %9.1f ms = %.1fx wc -l (append() itself: %.1f ms, "
                "longest %.1f ms)\n",
                load, load / wc, appendTotal, longestAppend);
    std::printf("search for a rare word (%lld lines):   %9.1f ms = %.1fx wc -l\n", qlonglong(rareMatches),
                searchMs, searchMs / wc);
    std::printf("search for \"error\" (%lld lines):     %9.1f ms\n", qlonglong(commonMatches), commonMs);
    std::printf("longest GUI-thread stall: %.1f ms while loading, %.1f ms while searching (target < 50 ms)\n",
                loadStall, searchStall);
    std::printf("peak memory %.1f MB for a %.1f MB log = %.2fx (target <= 2x)%s\n", grown / 1e6, mb(fileSize),
                memoryRatio, peakReset ? "" : " (peak NOT reset before: no /proc/self/clear_refs)");
    std::printf("view at the end of the log after loading: %s\n", atEnd ? "yes" : "NO");
    bool ok = true;
    if (model.rowCount() != lineCount || rareMatches != 3 || !atEnd) {
        std::fprintf(stderr, "bench_log: the viewer did not get the whole log (%d rows, %lld matches)\n",
                     model.rowCount(), qlonglong(rareMatches));
        ok = false;
    }
    if (stall >= 50)
        std::fprintf(stderr, "bench_log: the GUI thread stalled for %.1f ms, over the 50 ms target.\n",
                     stall);
    if (memoryRatio > 2)
        std::fprintf(stderr, "bench_log: memory %.2fx the log, over the 2x target.\n", memoryRatio);
    return ok ? 0 : 1;
}
