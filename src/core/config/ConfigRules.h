#pragma once

#include "Result.h"
#include "config/ConfigDocument.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace sbs::config {

// Adds what the reference adds on first use when missing: RUNTIME_TYPE "vpc", UUID (v4),
// SECRET (base64 of 128 bytes from OpenSSL's CSPRNG). Returns the keys it added.
QStringList fillDefaults(ConfigDocument& doc);

// A fresh SECRET value: base64 of 128 random bytes from OpenSSL's RAND_bytes.
QString generateSecret();

// The value of an object-storage key after the COS_* fallback: for MANIFEST_COS_ENDPOINT,
// the document's MANIFEST_COS_ENDPOINT if present, else COS_ENDPOINT; empty when neither.
QString resolvedCosValue(const ConfigDocument& doc, const QString& prefixedKey);
// All MANIFEST_COS_* / STATE_COS_* keys that resolve to a value, with that value.
QJsonObject resolvedCosKeys(const ConfigDocument& doc);

// Text of the files the init/update body embeds, read by the caller.
struct EmbeddedFiles
{
    QString githubKey; // text of GITHUB_KEY_FILE, or empty
    QString baseRepoPublicKey; // text of ICR_BASE_REPO_PUBLIC_KEY, or empty
};

// The body of POST /image (init) and PATCH /image (update), PROTOCOL.md §3. Pure: no I/O.
// Fails, naming the key, when a required key is missing or REPO_ID is misused.
Result<QJsonObject> initRequestBody(const ConfigDocument& doc, const EmbeddedFiles& files,
                                    const std::optional<QString>& newSecret = std::nullopt);

// Reads the files named by GITHUB_KEY_FILE and ICR_BASE_REPO_PUBLIC_KEY (~ expanded,
// relative paths against baseDir). A named file that cannot be read is an error.
Result<EmbeddedFiles> readEmbeddedFiles(const ConfigDocument& doc, const QString& baseDir);

// readEmbeddedFiles() as the result of a worker (a QFuture needs a default-constructible type).
struct EmbeddedRead
{
    bool ok = false;
    EmbeddedFiles files;
    QString error;
};
EmbeddedRead readEmbeddedFilesInWorker(const ConfigDocument& doc, const QString& baseDir);

// Expands ~ and resolves a relative path against baseDir.
QString resolvePath(const QString& value, const QString& baseDir);

} // namespace sbs::config
