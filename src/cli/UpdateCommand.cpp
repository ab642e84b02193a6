#include "UpdateCommand.h"

#include "ExitCode.h"
#include "RemoteSession.h"
#include "config/ConfigRules.h"
#include "config/ConfigStore.h"
#include "util/NewFile.h"

#include <QFileInfo>

namespace sbs::cli {

namespace {

constexpr const char* NewSecret = "new-secret";

} // namespace

QString UpdateCommand::summary() const
{
    return tr("Send the changed build configuration to the server; --new-secret also replaces SECRET.");
}

QList<QCommandLineOption> UpdateCommand::options() const
{
    return { QCommandLineOption(
        QString::fromLatin1(NewSecret),
        tr("Rotate SECRET: the server takes a new one, and the configuration is rewritten "
           "with it only after the server answered OK. State images made before can no "
           "longer be imported.")) };
}

int UpdateCommand::run(CommandContext& context)
{
    RemoteSession session(context);
    if (!session.open())
        return Failure;
    std::optional<QString> newSecret;
    if (context.isSet(NewSecret)) {
        // The new secret must reach the file once the server has it: check that it can be
        // written before the server is asked.
        const QFileInfo file(context.configPath());
        if (!QFileInfo(file.absolutePath()).isWritable() || !file.isWritable()) {
            context.console().error(
                tr("%1 cannot be rewritten here (check its permissions and its folder's): "
                   "the new SECRET would be lost, so nothing was sent.")
                    .arg(context.configPath()));
            return Failure;
        }
        newSecret = config::generateSecret();
    }
    const std::optional<QJsonObject> body = session.configBody(newSecret);
    if (!body)
        return Failure;
    const std::optional<QString> status = session.call<QString>(
        [&](QObject* c, api::Handler<QString> done) { return session.client().update(*body, c, done); });
    if (!status)
        return Failure;
    if (!session.printStatus(name(), *status, QStringLiteral("OK")))
        return Failure;
    if (!newSecret)
        return Success;
    if (*status != QLatin1String("OK")) {
        context.console().error(tr("the server answered \"%1\", not \"OK\": SECRET in %2 is left as it was.")
                                    .arg(*status, context.configPath()));
        return Failure;
    }

    context.config().setString(QStringLiteral("SECRET"), *newSecret);
    const Result<config::ConfigStore::Saved> saved
        = config::ConfigStore::save(context.config(), context.configPath());
    if (!saved) {
        // The server already uses the new secret: keep it where only the user can read it.
        const QString rescue = context.configPath() + QStringLiteral(".new-secret");
        const auto kept = util::NewFile::write(rescue, newSecret->toUtf8(),
                                               QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        context.console().error(tr("the server now uses a new SECRET, but %1 could not be rewritten: %2")
                                    .arg(context.configPath(), saved.error()));
        if (kept)
            context.console().error(tr("The new SECRET is in %1 (readable only by you): put it into the "
                                       "configuration as SECRET, then delete that file.")
                                        .arg(rescue));
        return Failure;
    }
    context.console().print(
        tr("SECRET in %1 replaced with the new one; the previous file is kept as %2. State "
           "images exported before this can no longer be imported: export a new one "
           "with get-state-image.")
            .arg(context.configPath(), saved->backupPath));
    return Success;
}

} // namespace sbs::cli
