#pragma once

#include "Result.h"
#include "pki/PrivateKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sbs::manifest {

// Writes a signed manifest as PROTOCOL.md §5 describes it:
//   <name>.sig.tbz  bzip2 tar of <name>.tbz and <name>.sig
//   <name>.tbz      bzip2 tar of data/build.json, data/build.log and git/ (the source tree)
//   <name>.sig      hex text of an RSA PKCS#1 v1.5 SHA-256 signature over SHA-256(<name>.tbz)
// Archives are streamed to disk; the source tree is read file by file and symbolic links are
// stored as links, never followed.
class ManifestWriter
{
    Q_DECLARE_TR_FUNCTIONS(ManifestWriter)

public:
    struct Member
    {
        QString name; // path inside the archive, e.g. "data/build.json"
        QByteArray bytes;
        QString sourcePath; // when set, the member's bytes are streamed from this file instead
    };

    // "manifest." + buildName
    static QString manifestName(const QString& buildName);

    // The .sig text for the bytes of a .tbz: hex of the signature over SHA-256 of them.
    static Result<QByteArray> signature(const QByteArray& tbz, const pki::PrivateKey& key);
    // The same for a .tbz file, hashed as it is read.
    static Result<QByteArray> signatureOfFile(const QString& path, const pki::PrivateKey& key);

    // Writes a bzip2 tar at path holding the members, then the tree at treeDir (if not empty)
    // under the prefix treeName ("git"). On failure nothing is left at path.
    static Status writeTbz(const QString& path, const QList<Member>& members,
                           const QString& treeDir = QString(), const QString& treeName = QString());

    // Writes <dir>/<manifestName>.sig.tbz and returns its path. Nothing else stays in dir.
    static Result<QString> write(const QString& dir, const QString& manifestName, const QByteArray& buildJson,
                                 const QByteArray& buildLog, const QString& gitDir,
                                 const pki::PrivateKey& key);

private:
    static Status writeTbzUnchecked(const QString& path, const QList<Member>& members, const QString& treeDir,
                                    const QString& treeName);
    static Result<QByteArray> signDigest(const QByteArray& digest, const pki::PrivateKey& key);
};

} // namespace sbs::manifest
