// bench_manifest: verifying a manifest (PROTOCOL §5), ours (ManifestVerifier::verifyFile,
// streaming the inner .tbz out of the .sig.tbz and hashing it on the way) against the
// reference's tools doing the same work: `bzip2 -dc FILE > /dev/null` (the decompression) plus
// `openssl dgst -sha256` of the inner .tbz (the hash), with the inner .tbz taken out once,
// untimed. Target: at most 1.2 times their sum.
//
// It also shows that memory does not grow with the manifest: a fresh process (this program with
// --measure-memory) reads its peak resident set (VmHWM) before and after one verification, for a
// small and a large manifest. With a folder argument, the manifests stay there and later runs
// reuse them (writing 250 MiB of bzip2 takes minutes).
#include "BenchSupport.h"
#include "manifest/ManifestVerifier.h"
#include "manifest/ManifestWriter.h"
#include "pki/PrivateKey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace sbs;

namespace {

using bench::mb;
using bench::median;
using bench::resetPeakMemory;
using bench::statusKiB;
using bench::timeProgram;

// Incompressible bytes, fast: xorshift64*.
bool writeRandomFile(const QString& path, qint64 size, quint64 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray block(1 << 20, '\0');
    quint64 state = seed * 0x9E3779B97F4A7C15ull + 1;
    for (qint64 left = size; left > 0;) {
        auto* words = reinterpret_cast<quint64*>(block.data());
        for (qsizetype i = 0; i < block.size() / 8; ++i) {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            words[i] = state * 0x2545F4914F6CDD1Dull;
        }
        const qint64 n = std::min<qint64>(left, block.size());
        if (file.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

struct Sample
{
    QString path;
    QString manifestName;
    qint64 fileSize = 0;
    qint64 tbzSize = 0;
};

QString manifestNameFor(int sizeMiB)
{
    return manifest::ManifestWriter::manifestName(
        QStringLiteral("127.0.0.1:5443.sbs.bench-%1.v1-d14cdc8.2026-11-29_12-00-00.123456").arg(sizeMiB));
}

// A manifest whose git/ tree holds sizeMiB of random files (so its .tbz is at least that big).
bool makeManifest(const QString& dir, int sizeMiB, const pki::PrivateKey& key, Sample* sample)
{
    const QString git = dir + QStringLiteral("/git-") + QString::number(sizeMiB);
    const qint64 fileSize = 16LL << 20;
    const qint64 total = qint64(sizeMiB) << 20;
    if (!QDir().mkpath(git + QStringLiteral("/blobs")))
        return false;
    for (qint64 done = 0, i = 0; done < total; done += fileSize, ++i) {
        const QString path = git + QStringLiteral("/blobs/blob-%1.bin").arg(i, 3, 10, QLatin1Char('0'));
        if (!writeRandomFile(path, std::min(fileSize, total - done), quint64(sizeMiB * 1000 + i)))
            return false;
    }
    const QString out = dir + QStringLiteral("/out-") + QString::number(sizeMiB);
    QDir().mkpath(out);
    sample->manifestName = manifestNameFor(sizeMiB);
    const auto written = manifest::ManifestWriter::write(out, sample->manifestName,
                                                         "{\"status\": \"success\"}", "bench\n", git, key);
    QDir(git).removeRecursively();
    if (!written) {
        std::fprintf(stderr, "bench_manifest: %s\n", qPrintable(written.error()));
        return false;
    }
    sample->path = written.value();
    sample->fileSize = QFileInfo(sample->path).size();
    return true;
}

// The child side of the memory measurement: one verification in a fresh process. Prints
// "<VmHWM before> <VmHWM after>" in KiB.
int measureMemory(const QString& path, const QString& keyFile)
{
    QFile key(keyFile);
    if (!key.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray pem = key.readAll();
    const qint64 before = statusKiB("VmHWM");
    const manifest::Verification v = manifest::ManifestVerifier::verifyFile(path, pem);
    const qint64 after = statusKiB("VmHWM");
    if (!v.isVerified()) {
        std::fprintf(stderr, "bench_manifest: %s\n", qPrintable(v.message));
        return 1;
    }
    std::printf("%lld %lld\n", qlonglong(before), qlonglong(after));
    return 0;
}

bool runMeasurement(const QString& path, const QString& keyFile, qint64* before, qint64* after)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                { QStringLiteral("--measure-memory"), path, keyFile });
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return false;
    const QList<QByteArray> values = child.readAllStandardOutput().trimmed().split(' ');
    if (values.size() != 2)
        return false;
    *before = values[0].toLongLong();
    *after = values[1].toLongLong();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Manifest verification: sbscore against bzip2 -dc plus openssl dgst -sha256."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Timed runs of each (default 3)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size-mb"), QStringLiteral("Random data in the large manifest, MiB (default 200)."),
        QStringLiteral("MiB"), QStringLiteral("200"));
    const QCommandLineOption smallOption(
        QStringLiteral("small-mb"), QStringLiteral("Random data in the small manifest, MiB (default 50)."),
        QStringLiteral("MiB"), QStringLiteral("50"));
    const QCommandLineOption measureOption(
        QStringLiteral("measure-memory"),
        QStringLiteral("Internal: verify FILE with the key in KEYFILE once and "
                       "print the peak memory before and after."));
    parser.addOptions({ roundsOption, sizeOption, smallOption, measureOption });
    parser.addPositionalArgument(
        QStringLiteral("folder"),
        QStringLiteral("Where to make the manifests (default: a temporary folder)."));
    parser.process(app);
    if (parser.isSet(measureOption)) {
        const QStringList args = parser.positionalArguments();
        return args.size() == 2 ? measureMemory(args[0], args[1]) : 2;
    }
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int largeMiB = std::max(1, parser.value(sizeOption).toInt());
    const int smallMiB = std::max(1, parser.value(smallOption).toInt());

    QTemporaryDir temporary;
    const QString dir = parser.positionalArguments().value(0, temporary.path());
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        std::fprintf(stderr, "bench_manifest: cannot use the folder %s\n", qPrintable(dir));
        return 1;
    }
    if (timeProgram(QStringLiteral("bzip2"), { QStringLiteral("--help") }) < 0
        || timeProgram(QStringLiteral("openssl"), { QStringLiteral("version") }) < 0) {
        std::fprintf(stderr, "bench_manifest: the bzip2 and openssl programs are needed; install them.\n");
        return 1;
    }

    // Manifests left by an earlier run in the same folder are used again, with their key.
    const QString keyFile = dir + QStringLiteral("/public.pem");
    QList<Sample> samples;
    for (int sizeMiB : { smallMiB, largeMiB }) {
        Sample sample;
        sample.manifestName = manifestNameFor(sizeMiB);
        sample.path = dir + QStringLiteral("/out-%1/").arg(sizeMiB) + sample.manifestName
            + QStringLiteral(".sig.tbz");
        samples << sample;
    }
    const bool reuse = QFileInfo::exists(keyFile)
        && std::all_of(samples.cbegin(), samples.cend(),
                       [](const Sample& s) { return QFileInfo::exists(s.path); });
    if (!reuse) {
        const auto key = pki::PrivateKey::generate(pki::KeyType::Rsa3072);
        if (!key) {
            std::fprintf(stderr, "bench_manifest: %s\n", qPrintable(key.error()));
            return 1;
        }
        QFile::remove(keyFile);
        QFile pem(keyFile);
        if (!pem.open(QIODevice::WriteOnly) || pem.write(key.value().publicKeyPem()) <= 0) {
            std::fprintf(stderr, "bench_manifest: cannot write %s\n", qPrintable(keyFile));
            return 1;
        }
        pem.close();
        for (Sample& sample : samples) {
            const int sizeMiB = &sample == &samples.first() ? smallMiB : largeMiB;
            std::fprintf(stderr, "bench_manifest: writing a manifest with %d MiB of random files...\n",
                         sizeMiB);
            QElapsedTimer timer;
            timer.start();
            if (!makeManifest(dir, sizeMiB, key.value(), &sample))
                return 1;
            std::fprintf(stderr, "bench_manifest: written in %.1f s\n", double(timer.elapsed()) / 1000);
        }
    } else {
        std::fprintf(stderr, "bench_manifest: using the manifests already in %s\n", qPrintable(dir));
    }
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_manifest: cannot read %s\n", qPrintable(keyFile));
        return 1;
    }
    const QByteArray publicKey = keyIn.readAll();
    for (Sample& sample : samples)
        sample.fileSize = QFileInfo(sample.path).size();

    std::printf("Manifest verification, median of %d runs (ms). Target: sbscore at most 1.2x of "
                "(bzip2 -dc + openssl dgst -sha256).\n\n",
                rounds);
    std::printf("%-8s %10s %10s %10s %12s %10s %10s %8s %14s %14s %10s %12s\n", "data", ".sig.tbz", ".tbz",
                "sbscore", "bzip2 -dc", "dgst", "tools", "ratio", "VmHWM before", "VmHWM after", "growth",
                "in-process");
    bool failed = false;
    bool slow = false;
    bool peakReset = true;
    for (qsizetype index = 0; index < samples.size(); ++index) {
        Sample& sample = samples[index];
        // The reference side: the inner .tbz taken out once (not timed), then hashed by openssl.
        const QString work = QFileInfo(sample.path).path() + QStringLiteral("/reference");
        QDir().mkpath(work);
        if (timeProgram(QStringLiteral("tar"),
                        { QStringLiteral("-xjf"), sample.path, QStringLiteral("-C"), work })
            < 0) {
            std::fprintf(stderr, "bench_manifest: tar -xjf failed for %s\n", qPrintable(sample.path));
            return 1;
        }
        const QString tbz = work + QLatin1Char('/') + sample.manifestName + QStringLiteral(".tbz");
        sample.tbzSize = QFileInfo(tbz).size();

        // One untimed run of each, so that every timed run reads from the page cache.
        manifest::ManifestVerifier::verifyFile(sample.path, publicKey);
        timeProgram(QStringLiteral("bzip2"), { QStringLiteral("-dc"), sample.path });
        timeProgram(QStringLiteral("openssl"), { QStringLiteral("dgst"), QStringLiteral("-sha256"), tbz });

        qint64 hwmBefore = 0;
        qint64 hwmAfter = 0;
        if (!runMeasurement(sample.path, keyFile, &hwmBefore, &hwmAfter)) {
            std::fprintf(stderr, "bench_manifest: the memory measurement failed for %s\n",
                         qPrintable(sample.path));
            return 1;
        }
        QList<double> ours;
        QList<double> bzip2;
        QList<double> dgst;
        qint64 worstGrowth = 0;
        for (int i = 0; i < rounds; ++i) {
            peakReset = resetPeakMemory() && peakReset;
            const qint64 before = statusKiB("VmHWM");
            QElapsedTimer timer;
            timer.start();
            const manifest::Verification v = manifest::ManifestVerifier::verifyFile(sample.path, publicKey);
            ours << double(timer.nsecsElapsed()) / 1e6;
            worstGrowth = std::max(worstGrowth, statusKiB("VmHWM") - before);
            if (!v.isVerified()) {
                std::fprintf(stderr, "bench_manifest: %s\n", qPrintable(v.message));
                return 1;
            }
            const double b = timeProgram(QStringLiteral("bzip2"), { QStringLiteral("-dc"), sample.path });
            const double d = timeProgram(QStringLiteral("openssl"),
                                         { QStringLiteral("dgst"), QStringLiteral("-sha256"), tbz });
            failed = failed || b < 0 || d < 0;
            bzip2 << b;
            dgst << d;
        }
        QDir(work).removeRecursively();
        const double a = median(ours);
        const double tools = median(bzip2) + median(dgst);
        const double ratio = a / tools;
        slow = slow || ratio > 1.2;
        std::printf(
            "%-8s %8.1fMB %8.1fMB %10.1f %12.1f %10.1f %10.1f %8.2f %11lld kB %11lld kB %7lld kB %9lld kB\n",
            qPrintable(QStringLiteral("%1 MiB").arg(index == 0 ? smallMiB : largeMiB)), mb(sample.fileSize),
            mb(sample.tbzSize), a, median(bzip2), median(dgst), tools, ratio, qlonglong(hwmBefore),
            qlonglong(hwmAfter), qlonglong(hwmAfter - hwmBefore), qlonglong(worstGrowth));
    }
    std::printf("\nratio = sbscore / (bzip2 -dc + openssl dgst -sha256); at most 1.2 is the target.\n");
    std::printf("VmHWM: the peak resident set of a fresh process before and after one verification; growth "
                "is what verifying added, and it should not depend on the manifest's size.\n"
                "in-process: the largest growth of the peak during the timed runs (peak %s before each).\n",
                peakReset ? "reset" : "NOT reset: no /proc/self/clear_refs");
    if (failed) {
        std::fprintf(stderr,
                     "bench_manifest: some bzip2 or openssl runs failed; their times are not valid.\n");
        return 1;
    }
    if (slow)
        std::fprintf(stderr, "bench_manifest: verification is slower than the 1.2x target.\n");
    return 0;
}
