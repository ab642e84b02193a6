#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sbs::state {

// A state image file as get-state-image saves it (PROTOCOL.md §6): the server's whole JSON
// answer, {"name", "export_tag", "state"}, in a file called <name>. When the state went to
// object storage the file is only the metadata, without "state".
struct StateImageFile
{
    Q_DECLARE_TR_FUNCTIONS(StateImageFile)

public:
    QString name;
    QString exportTag;
    QString state; // empty for a metadata file

    bool isMetadataOnly() const { return state.isEmpty(); }

    // Reads and checks a state image file. Fails with a sentence naming the file when it is
    // missing, too large, not a JSON object, or lacks "state" (or, for a metadata file, "name").
    // requireState: a file without "state" is refused (post-state-image --state-image).
    static Result<StateImageFile> read(const QString& path, bool requireState = true);
    // The same checks for bytes; source names them in messages.
    static Result<StateImageFile> parse(const QByteArray& bytes, const QString& source,
                                        bool requireState = true);

    static constexpr qint64 MaxFileBytes = qint64(1) << 30;
};

} // namespace sbs::state
