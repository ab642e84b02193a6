#include "DataDir.h"
#include "OpenPgpHome.h"
#include "SbsHttpServer.h"
#include "ServerOptions.h"
#include "ServerTls.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

int fail(const QString& message)
{
    QTextStream(stderr) << "sbs-server: " << message << "\n";
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sbs-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SBS_VERSION));
    ::umask(077);

    bool help = false;
    auto options
        = sbs::server::ServerOptions::parse(app.arguments(), QProcessEnvironment::systemEnvironment(), &help);
    if (!options) {
        if (help) {
            QTextStream(stdout) << options.error();
            return 0;
        }
        QTextStream(stderr) << "sbs-server: " << options.error() << "\n";
        return 2;
    }
    auto dataDir = sbs::server::DataDir::open(options->dataDir);
    if (!dataDir)
        return fail(dataDir.error());

    if (options->pgpHome.isEmpty()) {
        options->pgpHome = dataDir->platformGnupgDir();
    } else if (!QFileInfo::exists(options->pgpHome)) {
        const sbs::Status made = sbs::server::DataDir::makePrivateDir(options->pgpHome);
        if (!made)
            return fail(made.error());
    }

    if (options->printPlatformKey) {
        const sbs::server::OpenPgpHome platform(options->pgpHome,
                                                sbs::server::OpenPgpHome::Purpose::Platform);
        const sbs::Status made = platform.ensureKey();
        if (!made)
            return fail(made.error());
        auto key = platform.publicKeyArmored();
        if (!key)
            return fail(key.error());
        QTextStream(stdout) << key.value();
        return 0;
    }

    const sbs::Status unwrapped
        = sbs::server::ServerTls::unwrapServerKey(options.value(), options->pgpHome);
    if (!unwrapped)
        return fail(unwrapped.error());
    auto tls = sbs::server::ServerTls::configuration(options.value());
    if (!tls)
        return fail(tls.error());

    // SIGTERM and SIGINT end the event loop, so a running build is stopped and recorded.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }

    sbs::server::SbsHttpServer server(options.take(), dataDir.take());
    auto port = server.start(tls.value());
    if (!port)
        return fail(port.error());
    QTextStream(stdout) << "sbs-server listening on port " << port.value() << Qt::endl;
    return app.exec();
}
