#pragma once

#include <QString>
#include <QStringList>

namespace sbs::pki {

// What a certificate operation did, for the CLI to print and the GUI to show.
struct CertificateReport
{
    enum class Outcome {
        Created, // new files were written
        Kept, // the existing files are fine and were left alone
        Replaced, // new files were written after backing up the old ones
        NothingToDo, // nothing needed doing (renewal not due, nothing to delete)
        Deleted, // files were removed
    };

    Outcome outcome = Outcome::NothingToDo;
    QStringList messages; // translated sentences, in order
    QStringList written; // files written
    QStringList backups; // backup names of replaced files
    QStringList removed; // files and folders deleted
};

} // namespace sbs::pki
