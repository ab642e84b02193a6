// bench_keygen: key generation time per key type, ours (in process, OpenSSL's EVP API) against
// `openssl genpkey` for the same type. The openssl figure includes starting the program, so
// the table also shows it with the start-up time (measured with `openssl version`) taken off.
#include "BenchSupport.h"
#include "pki/KeyType.h"
#include "pki/PrivateKey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <algorithm>
#include <cstdio>

using namespace sbs::pki;

namespace {

using bench::median;

QStringList genpkeyArguments(KeyType type)
{
    switch (type) {
    case KeyType::Rsa2048:
        return { "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048" };
    case KeyType::Rsa3072:
        return { "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:3072" };
    case KeyType::Rsa4096:
        return { "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:4096" };
    case KeyType::EcP256:
        return { "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256" };
    case KeyType::EcP384:
        return { "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384" };
    }
    return {};
}

// Milliseconds of one run of openssl with the given arguments, or a negative number on failure.
double timeOpenssl(const QStringList& arguments)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Key generation: sbscore against openssl genpkey."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Runs per key type (default 7)."),
                                          QStringLiteral("N"), QStringLiteral("7"));
    parser.addOption(roundsOption);
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    QList<double> startup;
    for (int i = 0; i < rounds; ++i)
        startup << timeOpenssl({ QStringLiteral("version") });
    const double startupMs = median(startup);
    if (startupMs < 0) {
        std::fprintf(stderr, "bench_keygen: the openssl program cannot be run; install openssl.\n");
        return 1;
    }

    std::printf("Key generation, median of %d runs (ms). Ratio > 1: we are faster.\n", rounds);
    std::printf("openssl start-up (openssl version): %.1f ms\n\n", startupMs);
    std::printf("%-8s %10s %14s %18s %8s %12s\n", "type", "sbscore", "openssl", "openssl-startup", "ratio",
                "ratio(-st)");
    bool failed = false;
    for (KeyType type : allKeyTypes()) {
        QList<double> ours;
        QList<double> theirs;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            const sbs::Result<PrivateKey> key = PrivateKey::generate(type);
            ours << double(timer.nsecsElapsed()) / 1e6;
            if (!key) {
                std::fprintf(stderr, "bench_keygen: %s\n", qPrintable(key.error()));
                return 1;
            }
            const double ms
                = timeOpenssl(QStringList { QStringLiteral("genpkey") } + genpkeyArguments(type)
                              + QStringList { QStringLiteral("-out"), QStringLiteral("/dev/null") });
            failed = failed || ms < 0;
            theirs << ms;
        }
        const double a = median(ours);
        const double b = median(theirs);
        const double bWithoutStartup = std::max(0.001, b - startupMs);
        std::printf("%-8s %10.1f %14.1f %18.1f %8.2f %12.2f\n", qPrintable(keyTypeName(type)), a, b,
                    bWithoutStartup, b / a, bWithoutStartup / a);
    }
    if (failed) {
        std::fprintf(stderr, "bench_keygen: some openssl genpkey runs failed; their times are not valid.\n");
        return 1;
    }
    return 0;
}
