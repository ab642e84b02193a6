#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sbs::pki {

// Reads the small text files the PKI code works with (certificates, keys, OpenPGP keys),
// with an error that names the file and says what to do.
class PemFile
{
    Q_DECLARE_TR_FUNCTIONS(PemFile)

public:
    static constexpr qint64 MaxSize = 1024 * 1024;

    // what: a short description for messages, e.g. "CA certificate (CAPATH)".
    static Result<QByteArray> read(const QString& path, const QString& what);

    // Checks the text form: an error naming the file when bytes are empty, binary (DER)
    // or have no PEM begin line. derHint is the command that converts DER to PEM.
    static Status checkPemText(const QByteArray& bytes, const QString& sourceName, const QString& derHint);
};

} // namespace sbs::pki
