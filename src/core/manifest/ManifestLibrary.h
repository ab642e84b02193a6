#pragma once

#include "Result.h"
#include "manifest/ManifestVerifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sbs::manifest {

// One manifest in a profile's library: the .sig.tbz and, when present, its public key
// "manifest.<build name>-public.pem" beside it.
struct LibraryItem
{
    QString path; // absolute path of the .sig.tbz
    QString manifestName; // "manifest.<build name>" (the file name without .sig.tbz)
    QString buildName; // manifestName without "manifest."
    qint64 size = 0;
    QDateTime modified; // UTC, of the file
    QString keyPath; // the public key's path; empty when there is none
};

// The manifest library of a profile: a folder "manifests" next to its sbs-config.json, holding
// downloaded or imported manifests with their public keys. Files are written only through
// util::NewFile (never replacing one); nothing else in the folder is touched.
class ManifestLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ManifestLibrary)

public:
    explicit ManifestLibrary(const QString& folder);
    // <folder of configPath>/manifests
    static QString folderFor(const QString& configPath);

    QString folder() const { return m_folder; }
    // The .sig.tbz files of the folder, newest first (by file time). Other files are ignored.
    QList<LibraryItem> items() const;
    // Stores a downloaded manifest (file name "<manifestName>.sig.tbz") and, when publicKeyPem
    // is not empty, its key; the folder is created when missing. Returns the item.
    Result<LibraryItem> store(const QString& manifestName, const QByteArray& archive,
                              const QByteArray& publicKeyPem = QByteArray());
    // Stores the public key of a manifest already in the library.
    Status storeKey(const QString& manifestName, const QByteArray& publicKeyPem);
    // Copies a .sig.tbz from elsewhere into the library, with "<name>-public.pem" from beside
    // it when there is one. The file must be named "<manifestName>.sig.tbz".
    Result<LibraryItem> import(const QString& sigTbzPath);

private:
    QString m_folder;
};

} // namespace sbs::manifest
