#include "LogCommand.h"

#include "ExitCode.h"
#include "RemoteOptions.h"
#include "RemoteSession.h"

namespace sbs::cli {

namespace {

constexpr const char* Log = "log";
constexpr const char* Follow = "follow";

// The part of text that follows what was printed before. A server may return only the end of
// a long log, so the last printed lines are searched for when text is not a continuation.
// Returns nothing when the log started over (the server was cleaned).
std::optional<QString> newPart(const QString& printed, const QString& text)
{
    if (text.startsWith(printed))
        return text.mid(printed.size());
    const QString tail = printed.right(4096);
    const qsizetype at = tail.isEmpty() ? -1 : text.lastIndexOf(tail);
    if (at >= 0)
        return text.mid(at + tail.size());
    return std::nullopt;
}

} // namespace

QString LogCommand::summary() const
{
    return tr(
        "Print a server log (--log build is the build log); --follow prints new lines until the build ends.");
}

QList<QCommandLineOption> LogCommand::options() const
{
    return {
        QCommandLineOption(QString::fromLatin1(Log), tr("The log to print (default: build)."), tr("NAME")),
        QCommandLineOption(QString::fromLatin1(Follow),
                           tr("Keep printing new lines until the build ends; the exit status says whether it "
                              "succeeded.")),
        RemoteOptions::interval(),
    };
}

int LogCommand::run(CommandContext& context)
{
    RemoteSession session(context);
    if (!session.open())
        return Failure;
    const QString logName
        = context.value(Log).trimmed().isEmpty() ? QStringLiteral("build") : context.value(Log).trimmed();
    auto fetch = [&] {
        return session.tryCall<QString>(
            [&](QObject* c, api::Handler<QString> done) { return session.client().log(logName, c, done); });
    };
    auto write = [&](const QString& text) {
        const QByteArray bytes = text.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    };

    if (!context.isSet(Follow)) {
        const api::Reply<QString> text = fetch();
        if (!text) {
            context.console().error(text.error());
            return Failure;
        }
        context.console().print(text.result.value());
        return Success;
    }

    using Phase = api::ServerStatus::Phase;
    QString printed;
    int failedPolls = 0;
    for (;;) {
        // Status first: the log fetched after it then holds every line of a build that ended.
        const api::Reply<api::ServerStatus> status
            = session.tryCall<api::ServerStatus>([&](QObject* c, api::Handler<api::ServerStatus> done) {
                  return session.client().status(c, done);
              });
        const api::Reply<QString> text
            = status ? fetch() : api::Reply<QString>(Result<QString>::fail(status.error()), status.kind);
        if (!text) {
            const bool transient
                = api::isUnreachable(text.kind) || text.kind == api::ErrorKind::ConnectionDropped;
            // A log that does not exist yet is normal right after build.
            const bool notYet = text.kind == api::ErrorKind::Http && text.httpStatus == 404;
            if (!notYet && (!transient || ++failedPolls >= RemoteSession::MaxFailedPolls)) {
                context.console().error(text.error());
                return Failure;
            }
            if (!notYet)
                context.console().warning(text.error());
        } else {
            failedPolls = 0;
            const std::optional<QString> part = newPart(printed, text.result.value());
            if (!part) {
                context.console().note(
                    tr("-- the log started over (the server was cleaned or restarted) --"));
                printed.clear();
            }
            const QString fresh = part ? *part : text.result.value();
            write(fresh);
            printed = text.result.value();
        }
        if (status) {
            switch (status.result->phase()) {
            case Phase::Succeeded:
                if (!printed.isEmpty() && !printed.endsWith(QLatin1Char('\n')))
                    write(QStringLiteral("\n"));
                context.console().note(tr("-- the build succeeded --"));
                return Success;
            case Phase::Failed:
                if (!printed.isEmpty() && !printed.endsWith(QLatin1Char('\n')))
                    write(QStringLiteral("\n"));
                context.console().error(tr("the build failed (exit code %1) at: %2")
                                            .arg(status.result->failedExitCode())
                                            .arg(status.result->failedCommand()));
                return Failure;
            case Phase::NotInitialized:
            case Phase::Restarted:
                context.console().error(tr("no build is running (status \"%1\"): start one with build.")
                                            .arg(status.result->status));
                return Failure;
            case Phase::Running:
            case Phase::Unknown:
                break;
            }
        }
        session.pause();
    }
}

} // namespace sbs::cli
