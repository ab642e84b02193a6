#include "GetStateImageCommand.h"

#include "ExitCode.h"
#include "RemoteOptions.h"
#include "RemoteSession.h"

namespace sbs::cli {

QString GetStateImageCommand::summary() const
{
    return tr(
        "Export the server's encrypted state image to a file named after it (or to a bucket, keeping the "
        "metadata file).");
}

QList<QCommandLineOption> GetStateImageCommand::options() const
{
    return { RemoteOptions::stateBucketName() };
}

int GetStateImageCommand::run(CommandContext& context)
{
    RemoteSession session(context);
    if (!session.open())
        return Failure;
    const QString bucket = context.value(RemoteOptions::StateBucketName).trimmed();
    const std::optional<api::StateImageAnswer> image
        = session.call<api::StateImageAnswer>([&](QObject* c, api::Handler<api::StateImageAnswer> done) {
              return session.client().stateImage(bucket, c, done);
          });
    if (!image)
        return Failure;
    // The whole answer, as the reference saves it; only the user may read it.
    const QString what = image->isInBucket() ? tr("the metadata of the state image in bucket %1").arg(bucket)
                                             : tr("the state image");
    const QString path
        = session.saveNew(image->name, image->body, what, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (path.isEmpty())
        return Failure;
    context.console().print(path);
    return Success;
}

} // namespace sbs::cli
