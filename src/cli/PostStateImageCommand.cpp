#include "PostStateImageCommand.h"

#include "ExitCode.h"
#include "RemoteOptions.h"
#include "RemoteSession.h"
#include "config/ConfigRules.h"
#include "state/StateImageFile.h"

namespace sbs::cli {

namespace {

constexpr const char* StateImage = "state-image";
constexpr const char* Name = "name";

} // namespace

QString PostStateImageCommand::summary() const
{
    return tr("Import a state image into a freshly started server: --state-image FILE, or --name NAME "
              "--state-bucket-name BUCKET.");
}

QList<QCommandLineOption> PostStateImageCommand::options() const
{
    return {
        QCommandLineOption(QString::fromLatin1(StateImage),
                           tr("The state image file that get-state-image saved."), tr("FILE")),
        QCommandLineOption(QString::fromLatin1(Name), tr("The name of the state image in the bucket."),
                           tr("NAME")),
        RemoteOptions::stateBucketName(),
    };
}

int PostStateImageCommand::run(CommandContext& context)
{
    Console& console = context.console();
    const QString file = context.value(StateImage).trimmed();
    const QString name = context.value(Name).trimmed();
    const QString bucket = context.value(RemoteOptions::StateBucketName).trimmed();
    if (file.isEmpty() == (name.isEmpty() || bucket.isEmpty()) || (!file.isEmpty() && !name.isEmpty())) {
        console.error(tr("post-state-image needs either --state-image FILE, or both --name NAME and "
                         "--state-bucket-name BUCKET."));
        return UsageError;
    }
    RemoteSession session(context);
    if (!session.open())
        return Failure;
    const QString secret = context.config().string(QStringLiteral("SECRET"));
    if (secret.isEmpty()) {
        console.error(
            tr("%1 has no SECRET: a state image can only be imported with the SECRET it was made under.")
                .arg(context.configPath()));
        return Failure;
    }
    QString state;
    if (!file.isEmpty()) {
        const Result<state::StateImageFile> image
            = state::StateImageFile::read(config::resolvePath(file, context.workDir()));
        if (!context.succeeded(image))
            return Failure;
        state = image->state;
    }
    const std::optional<QString> status = session.call<QString>([&](QObject* c, api::Handler<QString> done) {
        return session.client().postStateImage(secret, state, file.isEmpty() ? bucket : QString(),
                                               file.isEmpty() ? name : QString(), c, done);
    });
    if (!status)
        return Failure;
    return session.printStatus(this->name(), *status, QStringLiteral("OK")) ? Success : Failure;
}

} // namespace sbs::cli
