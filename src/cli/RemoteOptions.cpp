#include "RemoteOptions.h"

namespace sbs::cli {

QCommandLineOption RemoteOptions::buildName()
{
    return QCommandLineOption(QString::fromLatin1(BuildName),
                              tr("The build to ask for (default: the last successful one)."), tr("NAME"));
}

QCommandLineOption RemoteOptions::stateBucketName()
{
    return QCommandLineOption(QString::fromLatin1(StateBucketName),
                              tr("The object-storage bucket of the state image."), tr("BUCKET"));
}

QCommandLineOption RemoteOptions::interval()
{
    return QCommandLineOption(QString::fromLatin1(Interval),
                              tr("Seconds between two status polls for --wait and --follow (default 5)."),
                              tr("SECONDS"));
}

} // namespace sbs::cli
