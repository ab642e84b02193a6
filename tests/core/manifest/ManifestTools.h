#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sbs::test {

// Helpers of the manifest tests: taking archives apart and putting them together again.
class ManifestTools
{
public:
    struct Member
    {
        QString name;
        QByteArray bytes;
    };

    // The members of a tar archive (bzip2 or not), in order; empty when it cannot be read.
    static QList<Member> members(const QByteArray& archive);
    // The bytes of the member called name; empty when there is none.
    static QByteArray member(const QByteArray& archive, const QString& name);
    // A bzip2 tar with the entries of archive, copied one by one, and then one more file.
    static QByteArray withExtraFile(const QByteArray& archive, const QString& path, const QByteArray& bytes);
    // A .sig.tbz with name.tbz and name.sig, in that order.
    static QByteArray sigTbz(const QString& name, const QByteArray& tbz, const QByteArray& sig);

    static QByteArray sha256(const QByteArray& bytes);
    static QByteArray fileSha256(const QString& path);
    static QByteArray randomBytes(qint64 size, quint64 seed);

    // A bare .tbz with every kind of entry that could leave a destination folder (absolute
    // path, "..", links out of the tree, a hard link with "..", a duplicate), between safe ones.
    static QByteArray unsafeArchive();

    // A small source tree under dir: files, a subfolder, an executable script and two symbolic
    // links that stay inside the tree (git/link -> Dockerfile, git/src/up -> ../Dockerfile).
    static bool makeGitTree(const QString& dir);
    // Every path under dir, relative and sorted; links are listed, never followed.
    static QStringList tree(const QString& dir);
};

} // namespace sbs::test
