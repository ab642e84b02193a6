#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace sbs::util {

// Writes downloads and exports (manifests, keys, state images) without ever replacing a file.
class NewFile
{
    Q_DECLARE_TR_FUNCTIONS(NewFile)

public:
    enum class Outcome {
        Written, // the file is new
        AlreadyThere, // a file with exactly these bytes was there already; left as it was
    };

    // Writes bytes to a temporary name in the target folder, then links it to path, which
    // fails when path exists: an existing file is never replaced. When it exists with the
    // same bytes, that is not an error (AlreadyThere). No partial file is ever left at path.
    static Result<Outcome> write(const QString& path, const QByteArray& bytes,
                                 QFileDevice::Permissions permissions = QFileDevice::ReadOwner
                                     | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                     | QFileDevice::ReadOther);
};

} // namespace sbs::util
