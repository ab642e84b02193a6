#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

namespace sbs::cli {

// The options of the remote commands, with the reference client's names where it has them.
class RemoteOptions
{
    Q_DECLARE_TR_FUNCTIONS(RemoteOptions)

public:
    static constexpr const char* BuildName = "build-name";
    static constexpr const char* StateBucketName = "state-bucket-name";
    static constexpr const char* Interval = "interval";

    // --build-name NAME
    static QCommandLineOption buildName();
    // --state-bucket-name BUCKET
    static QCommandLineOption stateBucketName();
    // --interval SECONDS (for --wait and --follow)
    static QCommandLineOption interval();
};

} // namespace sbs::cli
