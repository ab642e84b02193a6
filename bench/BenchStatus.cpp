// bench_status: throughput of GET /image on sbs-server with many concurrent mutual-TLS clients.
// Each client has its own connection (its own QNetworkAccessManager) and sends its next request
// when the last one is answered, until the total is reached or the time is up. Prints
// requests per second and the number of errors (the target is zero).
#include "ServerFixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <vector>

using namespace sbs::test;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Throughput of GET /image with concurrent mutual-TLS clients."));
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Concurrent clients (50)."), QStringLiteral("N"),
                                           QStringLiteral("50"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
                                            QStringLiteral("Requests in all (5000)."), QStringLiteral("N"),
                                            QStringLiteral("5000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Stop after this many seconds (60)."),
                                           QStringLiteral("S"), QStringLiteral("60"));
    parser.addOptions({ clientsOption, requestsOption, secondsOption });
    parser.process(app);
    const int clients = qMax(1, parser.value(clientsOption).toInt());
    const int total = qMax(clients, parser.value(requestsOption).toInt());
    const int seconds = qMax(1, parser.value(secondsOption).toInt());

    QTemporaryDir work;
    TestPki pki;
    const QString pkiError = pki.create(work.filePath(QStringLiteral("pki")));
    if (!work.isValid() || !pkiError.isEmpty()) {
        std::fprintf(stderr, "bench_status: cannot make certificates: %s\n", qPrintable(pkiError));
        return 1;
    }
    ServerProcess server;
    if (!server.start(pki, work.filePath(QStringLiteral("data")))) {
        std::fprintf(stderr, "bench_status: sbs-server did not start:\n%s\n", qPrintable(server.output()));
        return 1;
    }
    const QSslConfiguration tls = pki.clientTls();
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/image").arg(server.port()));

    int sent = 0;
    int answered = 0;
    int errors = 0;
    QString firstError;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QElapsedTimer timer;
    std::function<void(QNetworkAccessManager*)> send = [&](QNetworkAccessManager* nam) {
        if (sent >= total || timer.elapsed() > seconds * 1000LL)
            return;
        ++sent;
        QNetworkRequest request(url);
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setTransferTimeout(30000);
        QNetworkReply* reply = nam->get(request);
        QObject::connect(reply, &QNetworkReply::finished, nam, [&, reply, nam] {
            ++answered;
            const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError || code != 200
                || !reply->readAll().contains("\"status\"")) {
                ++errors;
                if (firstError.isEmpty())
                    firstError = reply->errorString();
            }
            reply->deleteLater();
            if (answered == sent && (sent >= total || timer.elapsed() > seconds * 1000LL))
                QCoreApplication::quit();
            else
                send(nam);
        });
    };
    timer.start();
    for (int i = 0; i < clients; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        send(managers.back().get());
    }
    // A bound on the whole run even if answers stop coming.
    QTimer::singleShot((seconds + 35) * 1000, &app, &QCoreApplication::quit);
    app.exec();
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    managers.clear();
    server.stop();

    const int unanswered = sent - answered;
    std::printf("GET /image, %d concurrent mutual-TLS clients (one connection each)\n", clients);
    std::printf("requests answered: %d of %d sent in %.2f s\n", answered, sent, elapsed);
    std::printf("throughput: %.0f requests/s\n", answered / elapsed);
    std::printf("errors: %d%s%s\n", errors + unanswered, firstError.isEmpty() ? "" : " (first: ",
                firstError.isEmpty() ? "" : qPrintable(firstError + QLatin1Char(')')));
    return errors + unanswered == 0 ? 0 : 2;
}
