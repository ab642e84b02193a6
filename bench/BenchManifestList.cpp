// bench_manifest_list: listing a manifest whose git/ holds 100,000 small files. It times
// `tar -tjf inner.tbz` (GNU tar with bzip2 in a second process: the reference's listing of the
// inner archive) against ManifestArchive::forEachEntry on the signed .sig.tbz, which must also
// take the inner archive out of the outer bzip2 tar as it streams. To show where the time goes,
// both sides are also timed doing the same work: forEachEntry on the bare inner .tbz (what tar
// -tjf does), and the pipeline `bzip2 -dc .sig.tbz | tar -xOf - <name>.tbz | tar -tjf -` (what
// forEachEntry on the .sig.tbz does). Target: at most 1.2 times tar -tjf.
//
// Then the entries fill a ManifestTreeModel shown in a QTreeView through a sorting
// QSortFilterProxyModel, the way the manifest page does it: a worker (QtConcurrent::run)
// streams the archive and hands batches to the GUI thread with queued calls. A 1 ms timer on
// the GUI thread records the longest gap between its ticks: the longest stall (target: under
// 50 ms).
#include "BenchSupport.h"
#include "StallMeter.h"
#include "manifest/ManifestArchive.h"
#include "manifest/ManifestWriter.h"
#include "models/ManifestTreeModel.h"
#include "pki/PrivateKey.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QPointer>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QWindow>
#include <QtConcurrent>
#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace sbs;
using manifest::ArchiveEntry;
using manifest::ManifestArchive;
using models::ManifestTreeModel;

namespace {

using bench::mb;
using bench::median;
using bench::timeProgram;

// A worker sends what it has read at least this often, as the manifest page does.
constexpr qint64 BatchMs = 30;
constexpr int BatchMaxEntries = 20'000;

// Milliseconds of one listing with forEachEntry, or a negative number when it failed.
double timeListing(const QString& path, qint64* entries)
{
    qint64 count = 0;
    QElapsedTimer timer;
    timer.start();
    const Status listed = ManifestArchive::forEachEntry(path, [&count](const ArchiveEntry&, const auto&) {
        ++count;
        return true;
    });
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!listed) {
        std::fprintf(stderr, "bench_manifest_list: %s\n", qPrintable(listed.error()));
        return -1;
    }
    *entries = count;
    return ms;
}

// Small source files that differ a little, like a large repository's.
QByteArray sourceFile(int i)
{
    QByteArray text = "// module " + QByteArray::number(i / 1000) + ", unit " + QByteArray::number(i) + "\n";
    text += "#include \"module.h\"\n\nint unit_" + QByteArray::number(i) + "(int x)\n{\n";
    for (int line = 0; line < 1 + i % 5; ++line)
        text += "    x = x * " + QByteArray::number(31 + line) + " + " + QByteArray::number(i % 97) + ";\n";
    text += "    return x;\n}\n";
    return text;
}

struct Sample
{
    QString sigTbz;
    QString innerTbz;
    QString innerName; // the .tbz member's name in the .sig.tbz
    qint64 files = 0;
};

// The inner .tbz stays next to the .sig.tbz so that tar can list it.
bool makeManifest(const QString& dir, int files, Sample* sample)
{
    const auto key = pki::PrivateKey::generate(pki::KeyType::Rsa2048);
    if (!key) {
        std::fprintf(stderr, "bench_manifest_list: %s\n", qPrintable(key.error()));
        return false;
    }
    const QString name
        = manifest::ManifestWriter::manifestName(QStringLiteral("127.0.0.1:5443.sbs.bench-list.v1-d14cdc8"));
    QList<manifest::ManifestWriter::Member> members;
    members.reserve(files + 2);
    members.append({ QStringLiteral("data/build.json"), "{\"status\": \"success\"}", QString() });
    members.append({ QStringLiteral("data/build.log"), "bench\n", QString() });
    for (int i = 0; i < files; ++i) {
        const QString path
            = QStringLiteral("git/src/module_%1/unit_%2.c").arg(i / 1000, 3, 10, QLatin1Char('0')).arg(i);
        members.append({ path, sourceFile(i), QString() });
    }
    sample->innerName = name + QStringLiteral(".tbz");
    sample->innerTbz = dir + QLatin1Char('/') + sample->innerName;
    sample->sigTbz = dir + QLatin1Char('/') + name + QStringLiteral(".sig.tbz");
    sample->files = files;
    const Status inner = manifest::ManifestWriter::writeTbz(sample->innerTbz, members);
    if (!inner) {
        std::fprintf(stderr, "bench_manifest_list: %s\n", qPrintable(inner.error()));
        return false;
    }
    const auto signature = manifest::ManifestWriter::signatureOfFile(sample->innerTbz, key.value());
    if (!signature) {
        std::fprintf(stderr, "bench_manifest_list: %s\n", qPrintable(signature.error()));
        return false;
    }
    const Status outer = manifest::ManifestWriter::writeTbz(
        sample->sigTbz,
        { { sample->innerName, QByteArray(), sample->innerTbz },
          { name + QStringLiteral(".sig"), signature.value(), QString() } });
    if (!outer) {
        std::fprintf(stderr, "bench_manifest_list: %s\n", qPrintable(outer.error()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Listing a manifest with 100,000 files against tar -tjf, and filling the tree view from it."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Timed runs of each listing (default 3)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption filesOption(QStringLiteral("files"),
                                         QStringLiteral("Files in git/ (default 100000)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOptions({ roundsOption, filesOption });
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int files = std::max(1000, parser.value(filesOption).toInt());

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_manifest_list: no temporary folder\n");
        return 1;
    }
    if (timeProgram(QStringLiteral("tar"), { QStringLiteral("--version") }) < 0
        || timeProgram(QStringLiteral("bzip2"), { QStringLiteral("--help") }) < 0) {
        std::fprintf(stderr, "bench_manifest_list: the tar and bzip2 programs are needed; install them.\n");
        return 1;
    }
    std::fprintf(stderr, "bench_manifest_list: writing a manifest with %d files in git/...\n", files);
    QElapsedTimer writing;
    writing.start();
    Sample sample;
    if (!makeManifest(dir.path(), files, &sample))
        return 1;
    std::fprintf(stderr, "bench_manifest_list: written in %.1f s\n", double(writing.elapsed()) / 1000);

    // The listings. One untimed run of each first, so that every timed run reads from the page
    // cache and none pays for starting up.
    const QStringList tarArgs = { QStringLiteral("-tjf"), sample.innerTbz };
    const QString pipeline = QStringLiteral("bzip2 -dc \"$1\" | tar -xOf - \"$2\" | tar -tjf -");
    const QStringList pipelineArgs
        = { QStringLiteral("-c"), pipeline, QStringLiteral("sh"), sample.sigTbz, sample.innerName };
    qint64 entries = 0;
    qint64 bareEntries = 0;
    if (timeProgram(QStringLiteral("tar"), tarArgs) < 0 || timeProgram(QStringLiteral("sh"), pipelineArgs) < 0
        || timeListing(sample.sigTbz, &entries) < 0 || timeListing(sample.innerTbz, &bareEntries) < 0) {
        std::fprintf(stderr, "bench_manifest_list: a listing failed\n");
        return 1;
    }
    QList<double> tar;
    QList<double> tools;
    QList<double> ours;
    QList<double> oursBare;
    bool failed = false;
    for (int i = 0; i < rounds; ++i) {
        tar << timeProgram(QStringLiteral("tar"), tarArgs);
        tools << timeProgram(QStringLiteral("sh"), pipelineArgs);
        ours << timeListing(sample.sigTbz, &entries);
        oursBare << timeListing(sample.innerTbz, &bareEntries);
        failed = failed || tar.last() < 0 || tools.last() < 0 || ours.last() < 0 || oursBare.last() < 0;
    }
    if (failed) {
        std::fprintf(stderr, "bench_manifest_list: a timed listing failed; the times are not valid.\n");
        return 1;
    }
    const double tarMs = median(tar);
    const double toolsMs = median(tools);
    const double oursMs = median(ours);
    const double bareMs = median(oursBare);
    const double ratio = oursMs / tarMs;

    std::printf("Manifest listing: %lld entries (%d files in git/), .sig.tbz %.1f MB, inner .tbz %.1f MB; "
                "median of %d runs.\n\n",
                qlonglong(entries), files, mb(QFileInfo(sample.sigTbz).size()),
                mb(QFileInfo(sample.innerTbz).size()), rounds);
    std::printf("tar -tjf inner.tbz (tar + bzip2 -d, 2 processes):       %9.1f ms\n", tarMs);
    std::printf(
        "forEachEntry on the .sig.tbz (both layers, 1 thread):    %9.1f ms = %.2fx tar -tjf (target <= "
        "1.2x)\n",
        oursMs, ratio);
    std::printf("\nThe same work on each side:\n");
    std::printf("forEachEntry on the bare inner .tbz (as tar -tjf):       %9.1f ms = %.2fx tar -tjf\n",
                bareMs, bareMs / tarMs);
    std::printf(
        "bzip2 -dc .sig.tbz | tar -xOf - X.tbz | tar -tjf -:      %9.1f ms; forEachEntry on the .sig.tbz "
        "= %.2fx this\n",
        toolsMs, oursMs / toolsMs);
    std::printf(
        "The outer layer is a bzip2 tar around the already compressed .tbz; forEachEntry unpacks it "
        "too, which measured %+.1f ms against the bare .tbz here (times on a busy machine vary by more).\n",
        oursMs - bareMs);

    // The tree: a worker streams, the GUI thread appends batches while the view shows them.
    ManifestTreeModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ManifestTreeModel::SortRole);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setSortingEnabled(true);
    view.setModel(&proxy);
    view.sortByColumn(ManifestTreeModel::NameColumn, Qt::AscendingOrder);
    view.resize(1200, 800);
    // As the page does: the top-level folders (data/, git/) open as they arrive.
    QObject::connect(&proxy, &QAbstractItemModel::rowsInserted, &view,
                     [&](const QModelIndex& parent, int first, int last) {
                         for (int row = first; !parent.isValid() && row <= last; ++row)
                             view.expand(proxy.index(row, 0));
                     });
    view.show();
    for (QElapsedTimer wait; !(view.windowHandle() && view.windowHandle()->isExposed());) {
        if (!wait.isValid())
            wait.start();
        if (wait.elapsed() > 5000) {
            std::fprintf(stderr, "bench_manifest_list: the view was never shown\n");
            return 1;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QCoreApplication::processEvents();

    int batches = 0;
    double longestAppend = 0;
    double appendTotal = 0;
    QObject receiver;
    const auto deliver = [&](const QList<ArchiveEntry>& batch) {
        QMetaObject::invokeMethod(
            &receiver,
            [&, batch] {
                QElapsedTimer timer;
                timer.start();
                model.appendEntries(batch);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                appendTotal += ms;
                longestAppend = std::max(longestAppend, ms);
                ++batches;
            },
            Qt::QueuedConnection);
    };
    bench::StallMeter stalls(1);
    QEventLoop loop;
    QFutureWatcher<Status> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop,
                     [&loop] { QTimer::singleShot(0, &loop, &QEventLoop::quit); });
    QElapsedTimer fillClock;
    fillClock.start();
    stalls.start();
    watcher.setFuture(QtConcurrent::run([&sample, &deliver] {
        QList<ArchiveEntry> batch;
        QElapsedTimer sinceSent;
        sinceSent.start();
        const Status listed
            = ManifestArchive::forEachEntry(sample.sigTbz, [&](const ArchiveEntry& entry, const auto&) {
                  batch.append(entry);
                  if (batch.size() >= BatchMaxEntries || sinceSent.elapsed() >= BatchMs) {
                      deliver(batch);
                      batch.clear();
                      sinceSent.restart();
                  }
                  return true;
              });
        if (!batch.isEmpty())
            deliver(batch);
        return listed;
    }));
    loop.exec();
    QCoreApplication::processEvents();
    const double fillMs = double(fillClock.nsecsElapsed()) / 1e6;
    stalls.stop();
    const double stall = stalls.longestMs();
    const Status listed = watcher.result();
    if (!listed) {
        std::fprintf(stderr, "bench_manifest_list: %s\n", qPrintable(listed.error()));
        return 1;
    }
    const QModelIndex git = proxy.mapFromSource(model.indexOf(QStringLiteral("git")));

    std::printf("\nTree: %d entries into ManifestTreeModel -> QSortFilterProxyModel (sorted) -> QTreeView "
                "(%s platform), from a worker in %d batches (one at least every %lld ms).\n",
                model.entryCount(), qPrintable(QGuiApplication::platformName()), batches, qlonglong(BatchMs));
    std::printf("fill time %.1f ms (listing alone: %.1f ms); appendEntries %.1f ms in all, longest %.1f ms\n",
                fillMs, oursMs, appendTotal, longestAppend);
    std::printf("longest GUI-thread stall: %.1f ms (target < 50 ms)\n", stall);

    bool ok = true;
    if (entries != files + 2 || bareEntries != entries || model.entryCount() != entries
        || !view.isExpanded(git)) {
        std::fprintf(stderr, "bench_manifest_list: the listing or the tree is incomplete (%lld, %lld, %d)\n",
                     qlonglong(entries), qlonglong(bareEntries), model.entryCount());
        ok = false;
    }
    if (ratio > 1.2)
        std::fprintf(stderr, "bench_manifest_list: listing is %.2fx tar -tjf, over the 1.2x target.\n",
                     ratio);
    if (stall >= 50)
        std::fprintf(stderr,
                     "bench_manifest_list: the GUI thread stalled for %.1f ms, over the 50 ms target.\n",
                     stall);
    return ok ? 0 : 1;
}
