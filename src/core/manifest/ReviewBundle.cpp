#include "manifest/ReviewBundle.h"

#include "api/Answers.h"
#include "manifest/ManifestArchive.h"
#include "util/NewFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QStringList>
#include <QTemporaryFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <quazipnewinfo.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sbs::manifest {

namespace {

using Outcome = Verification::Outcome;

const QLatin1String SigTbzSuffix(".sig.tbz");
const QLatin1String KeySuffix("-public.pem");
const QLatin1String BuildJsonName("build.json");
const QLatin1String ReportTextName("verification-report.txt");
const QLatin1String ReportHtmlName("verification-report.html");
const QLatin1String BundleJsonName("bundle.json");
const QLatin1String BundleFormat("sbs-review-bundle");
constexpr int BundleVersion = 1;

constexpr qint64 MaxManifestBytes = 4LL << 30;
constexpr qint64 MaxOtherBytes = 1 << 20;
constexpr qint64 Block = 1 << 20;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool cancelled(const ReadControl& control)
{
    return control.cancelled && control.cancelled();
}

QString outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Verified:
        return ReviewBundle::tr("Verified");
    case Outcome::SignatureInvalid:
        return ReviewBundle::tr("Signature invalid");
    case Outcome::KeyUnusable:
        return ReviewBundle::tr("Key unusable");
    case Outcome::Malformed:
        return ReviewBundle::tr("Archive malformed");
    case Outcome::Cancelled:
        return ReviewBundle::tr("Cancelled");
    }
    return {};
}

// The parts of a report, in plain text, rendered as text or as HTML.
struct Report
{
    QString title;
    QList<QPair<QString, QString>> fields;
    QString checkedHeading;
    QString checked;
    QString commandsHeading;
    QString commands;
};

Report makeReport(const Verification& v, const QString& manifestFile, const QDateTime& checkedAt)
{
    const QString file = QFileInfo(manifestFile).fileName();
    const QString manifestName = !v.manifestName.isEmpty() ? v.manifestName
        : file.endsWith(SigTbzSuffix)                      ? file.chopped(SigTbzSuffix.size())
                                                           : file;
    const QString keyFile = manifestName + KeySuffix;
    Report r;
    r.title = ReviewBundle::tr("Verification report of %1").arg(file);
    r.fields << qMakePair(ReviewBundle::tr("Manifest"), file)
             << qMakePair(ReviewBundle::tr("Result"), outcomeText(v.outcome))
             << qMakePair(ReviewBundle::tr("Message"), v.message)
             << qMakePair(ReviewBundle::tr("Checked at (UTC)"), checkedAt.toUTC().toString(Qt::ISODate))
             << qMakePair(ReviewBundle::tr("Public key"), keyFile)
             << qMakePair(ReviewBundle::tr("Key fingerprint (SHA-256)"),
                          v.keyFingerprint.isEmpty() ? ReviewBundle::tr("none: the key could not be read")
                                                     : v.keyFingerprint);
    if (!v.keyDescription.isEmpty())
        r.fields << qMakePair(ReviewBundle::tr("Key"), v.keyDescription);
    if (!v.tbzSha256.isEmpty()) {
        r.fields << qMakePair(
            ReviewBundle::tr("SHA-256 of %1.tbz").arg(manifestName),
            ReviewBundle::tr("%1 (%L2 bytes)").arg(QString::fromLatin1(v.tbzSha256.toHex())).arg(v.tbzSize));
    }
    r.checkedHeading = ReviewBundle::tr("What was checked");
    r.checked
        = ReviewBundle::tr("The SHA-256 digest of the inner archive %1.tbz was computed while it streamed "
                           "out of %2, without writing it to disk. The signature in %1.sig, an RSA "
                           "PKCS#1 v1.5 signature with SHA-256, was checked against that digest with "
                           "the public key %3.")
              .arg(manifestName, file, keyFile);
    r.commandsHeading = ReviewBundle::tr("To check it independently with openssl, in a folder holding %1 "
                                         "and %2:")
                            .arg(file, keyFile);
    r.commands = ManifestVerifier::opensslCommands(manifestName, keyFile);
    return r;
}

Status fail(const QString& text)
{
    return Status::fail(text);
}

// Writes one member from memory.
Status addMember(QuaZip& zip, const QString& name, const QByteArray& bytes, int method = Z_DEFLATED)
{
    QuaZipNewInfo info(name);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    QuaZipFile out(&zip);
    if (!out.open(QIODevice::WriteOnly, info, nullptr, 0, method, method == 0 ? 0 : Z_DEFAULT_COMPRESSION))
        return fail(
            ReviewBundle::tr("Cannot add %1 to the bundle (zip error %2).").arg(name).arg(out.getZipError()));
    if (out.write(bytes) != bytes.size()) {
        out.close();
        return fail(ReviewBundle::tr("Cannot add %1 to the bundle: %2").arg(name, out.errorString()));
    }
    out.close();
    if (out.getZipError() != UNZ_OK)
        return fail(
            ReviewBundle::tr("Cannot add %1 to the bundle (zip error %2).").arg(name).arg(out.getZipError()));
    return Status::ok();
}

// Streams the manifest into the zip, stored as it is: a bzip2 archive does not deflate further.
Status addFileMember(QuaZip& zip, const QString& name, const QString& path, const ReadControl& control)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(ReviewBundle::tr("Cannot read %1: %2").arg(native(path), in.errorString()));
    QuaZipNewInfo info(name, path);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    QuaZipFile out(&zip);
    if (!out.open(QIODevice::WriteOnly, info, nullptr, 0, 0, 0))
        return fail(
            ReviewBundle::tr("Cannot add %1 to the bundle (zip error %2).").arg(name).arg(out.getZipError()));
    const qint64 total = in.size();
    qint64 done = 0;
    while (!in.atEnd()) {
        if (cancelled(control)) {
            out.close();
            return fail(ReviewBundle::tr("Writing the review bundle was cancelled; nothing was written."));
        }
        const QByteArray chunk = in.read(Block);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            out.close();
            return fail(ReviewBundle::tr("Cannot read %1: %2").arg(native(path), in.errorString()));
        }
        if (out.write(chunk) != chunk.size()) {
            out.close();
            return fail(ReviewBundle::tr("Cannot add %1 to the bundle: %2").arg(name, out.errorString()));
        }
        done += chunk.size();
        if (control.progress)
            control.progress(done, total);
    }
    out.close();
    if (out.getZipError() != UNZ_OK)
        return fail(
            ReviewBundle::tr("Cannot add %1 to the bundle (zip error %2).").arg(name).arg(out.getZipError()));
    return Status::ok();
}

// Gives the finished temporary file its name with link(), which refuses an existing name: a file
// that appeared at zipPath meanwhile is not replaced.
Status publish(QTemporaryFile& temp, const QString& zipPath)
{
    if (!temp.flush() || ::fsync(temp.handle()) != 0)
        return fail(ReviewBundle::tr("Cannot write %1: %2").arg(native(zipPath), temp.errorString()));
    temp.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    if (::link(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(zipPath).constData()) != 0) {
        const int error = errno;
        if (error == EEXIST)
            return fail(
                ReviewBundle::tr("%1 exists already and is kept as it is: choose another name for the "
                                 "review bundle.")
                    .arg(native(zipPath)));
        return fail(ReviewBundle::tr("Cannot write %1: %2")
                        .arg(native(zipPath), QString::fromLocal8Bit(std::strerror(error))));
    }
    return Status::ok();
}

// ---- Reading ----

enum class Kind { Manifest, Key, BuildJson, ReportText, ReportHtml, BundleJson, Unknown };

Kind kindOf(const QString& name)
{
    if (name == BuildJsonName)
        return Kind::BuildJson;
    if (name == ReportTextName)
        return Kind::ReportText;
    if (name == ReportHtmlName)
        return Kind::ReportHtml;
    if (name == BundleJsonName)
        return Kind::BundleJson;
    if (name.endsWith(SigTbzSuffix) && name.size() > SigTbzSuffix.size())
        return Kind::Manifest;
    if (name.endsWith(KeySuffix) && name.size() > KeySuffix.size())
        return Kind::Key;
    return Kind::Unknown;
}

// One sentence when a member's name could put a file anywhere but at the top of the new folder.
QString nameProblem(const QString& bundle, const QString& name)
{
    const QString shown = name.left(200);
    const QStringList parts = name.split(QRegularExpression(QStringLiteral("[/\\\\]")));
    if (parts.contains(QStringLiteral("..")))
        return ReviewBundle::tr(
                   "The bundle %1 has a member \"%2\" that points outside the folder it would be "
                   "unpacked in (\"..\"); the bundle is refused and nothing was written.")
            .arg(bundle, shown);
    const bool absolute = name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\'))
        || (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter()
            && (name.size() == 2 || name.at(2) == QLatin1Char('/') || name.at(2) == QLatin1Char('\\')));
    if (absolute)
        return ReviewBundle::tr("The bundle %1 has a member with an absolute path, \"%2\"; the bundle is "
                                "refused and nothing was written.")
            .arg(bundle, shown);
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return ReviewBundle::tr("The bundle %1 has a member in a folder, \"%2\"; a review bundle holds files "
                                "at its top level only, so it is refused and nothing was written.")
            .arg(bundle, shown);
    bool control = false;
    for (QChar c : name)
        control = control || c.unicode() < 0x20 || c.unicode() == 0x7f;
    if (control || !api::isPlainFileName(name) || name == QLatin1String("."))
        return ReviewBundle::tr("The bundle %1 has a member whose name \"%2\" cannot be a file name; the "
                                "bundle is refused and nothing was written.")
            .arg(bundle, shown);
    return {};
}

struct Member
{
    QString name;
    Kind kind = Kind::Unknown;
    qint64 size = 0;
};

// Reads the current member of zip into memory, at most maxBytes.
Result<QByteArray> readMember(QuaZip& zip, const QString& bundle, const Member& member, qint64 maxBytes)
{
    using R = Result<QByteArray>;
    QuaZipFile in(&zip);
    if (!in.open(QIODevice::ReadOnly))
        return R::fail(ReviewBundle::tr("The member %1 of the bundle %2 cannot be read (zip error %3).")
                           .arg(member.name, bundle)
                           .arg(in.getZipError()));
    const QByteArray bytes = in.read(maxBytes + 1);
    in.close();
    if (bytes.size() > maxBytes || bytes.size() != member.size)
        return R::fail(ReviewBundle::tr("The member %1 of the bundle %2 is not the size the bundle gives for "
                                        "it; the bundle is damaged.")
                           .arg(member.name, bundle));
    if (in.getZipError() != UNZ_OK)
        return R::fail(ReviewBundle::tr("The member %1 of the bundle %2 is damaged (zip error %3, e.g. a "
                                        "wrong checksum).")
                           .arg(member.name, bundle)
                           .arg(in.getZipError()));
    return R::ok(bytes);
}

// Streams the current member of zip into a new file at path (in the folder made for it).
Status extractMember(QuaZip& zip, const QString& bundle, const Member& member, const QString& path,
                     const ReadControl& control)
{
    QuaZipFile in(&zip);
    if (!in.open(QIODevice::ReadOnly))
        return fail(ReviewBundle::tr("The member %1 of the bundle %2 cannot be read (zip error %3).")
                        .arg(member.name, bundle)
                        .arg(in.getZipError()));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(ReviewBundle::tr("Cannot write %1: %2").arg(native(path), out.errorString()));
    qint64 done = 0;
    for (;;) {
        if (cancelled(control))
            return fail(ReviewBundle::tr("Opening the review bundle was cancelled; nothing was kept."));
        const QByteArray chunk = in.read(Block);
        if (chunk.isEmpty())
            break;
        done += chunk.size();
        if (done > member.size)
            break;
        if (out.write(chunk) != chunk.size())
            return fail(ReviewBundle::tr("Cannot write %1: %2").arg(native(path), out.errorString()));
        if (control.progress)
            control.progress(done, member.size);
    }
    in.close();
    if (done != member.size)
        return fail(
            ReviewBundle::tr("The member %1 of the bundle %2 is not the size the bundle gives for it; "
                             "the bundle is damaged.")
                .arg(member.name, bundle));
    if (in.getZipError() != UNZ_OK)
        return fail(ReviewBundle::tr("The member %1 of the bundle %2 is damaged (zip error %3, e.g. a wrong "
                                     "checksum).")
                        .arg(member.name, bundle)
                        .arg(in.getZipError()));
    if (!out.flush() || ::fsync(out.handle()) != 0)
        return fail(ReviewBundle::tr("Cannot write %1: %2").arg(native(path), out.errorString()));
    return Status::ok();
}

// Checks bundle.json against the members the bundle holds.
Status checkBundleJson(const QString& bundle, const QByteArray& bytes, const QString& manifestFile,
                       const QString& keyFile)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject())
        return fail(ReviewBundle::tr("The member bundle.json of the bundle %1 is not a JSON object (%2).")
                        .arg(bundle,
                             error.error == QJsonParseError::NoError ? ReviewBundle::tr("another value")
                                                                     : error.errorString()));
    const QJsonObject json = doc.object();
    if (json.value(QStringLiteral("format")).toString() != BundleFormat)
        return fail(
            ReviewBundle::tr("The member bundle.json of the bundle %1 does not give the format \"%2\"; "
                             "it is not a review bundle.")
                .arg(bundle, BundleFormat));
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (version.toInt(-1) != BundleVersion)
        return fail(
            ReviewBundle::tr("The member bundle.json of the bundle %1 gives a version this program "
                             "does not know (%2); it opens version %3.")
                .arg(bundle,
                     version.isDouble() ? QString::number(version.toDouble()) : ReviewBundle::tr("none"))
                .arg(BundleVersion));
    if (json.value(QStringLiteral("manifest")).toString() != manifestFile)
        return fail(
            ReviewBundle::tr("The member bundle.json of the bundle %1 names the manifest \"%2\", but "
                             "the bundle holds %3.")
                .arg(bundle, json.value(QStringLiteral("manifest")).toString().left(200), manifestFile));
    if (json.value(QStringLiteral("public_key")).toString() != keyFile)
        return fail(ReviewBundle::tr("The member bundle.json of the bundle %1 names the public key \"%2\", "
                                     "but the bundle holds %3.")
                        .arg(bundle, json.value(QStringLiteral("public_key")).toString().left(200), keyFile));
    return Status::ok();
}

// A new folder "review-<manifestName>" under parent, with -2, -3, ... when the name is taken.
Result<QString> makeFolder(const QString& parent, const QString& manifestName)
{
    using R = Result<QString>;
    if (!QFileInfo(parent).isDir())
        return R::fail(ReviewBundle::tr("The folder %1 does not exist.").arg(native(parent)));
    const QDir dir(parent);
    const QString base = QStringLiteral("review-") + manifestName;
    for (int n = 1; n < 1000; ++n) {
        const QString name = n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n);
        // mkdir() fails for an existing name, so a folder made meanwhile is never shared.
        if (dir.exists(name) || QFileInfo(dir.filePath(name)).isSymLink())
            continue;
        if (dir.mkdir(name))
            return R::ok(dir.filePath(name));
    }
    return R::fail(ReviewBundle::tr("Cannot make a new folder for %1 in %2.").arg(base, native(parent)));
}

} // namespace

QString ReviewBundle::reportText(const Verification& verification, const QString& manifestFile,
                                 const QDateTime& checkedAt)
{
    const Report r = makeReport(verification, manifestFile, checkedAt);
    QStringList lines;
    lines << r.title << QString(r.title.size(), QLatin1Char('=')) << QString();
    for (const auto& [label, value] : r.fields)
        lines << QStringLiteral("%1: %2").arg(label, value);
    lines << QString() << r.checkedHeading << QString(r.checkedHeading.size(), QLatin1Char('-')) << r.checked
          << QString() << r.commandsHeading << QString() << r.commands;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ReviewBundle::reportHtml(const Verification& verification, const QString& manifestFile,
                                 const QDateTime& checkedAt)
{
    const Report r = makeReport(verification, manifestFile, checkedAt);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
                           "</head>\n<body>\n<h1>%1</h1>\n<table>\n")
                .arg(r.title.toHtmlEscaped());
    for (const auto& [label, value] : r.fields)
        html += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table>\n<h2>%1</h2>\n<p>%2</p>\n<h2>%3</h2>\n<pre>%4</pre>\n</body>\n</html>\n")
                .arg(r.checkedHeading.toHtmlEscaped(), r.checked.toHtmlEscaped(),
                     r.commandsHeading.toHtmlEscaped(), r.commands.toHtmlEscaped());
    return html;
}

Result<Verification> ReviewBundle::write(const QString& zipPath, const QString& sigTbzPath,
                                         const QString& publicKeyPath, const ReadControl& control)
{
    using R = Result<Verification>;
    const QFileInfo manifestInfo(sigTbzPath);
    const QString manifestFile = manifestInfo.fileName();
    if (!manifestFile.endsWith(SigTbzSuffix) || manifestFile.size() == SigTbzSuffix.size())
        return R::fail(
            tr("%1 is not a manifest: its name must end in \".sig.tbz\".").arg(native(sigTbzPath)));
    if (!manifestInfo.isFile())
        return R::fail(tr("The manifest %1 does not exist.").arg(native(sigTbzPath)));
    if (manifestInfo.size() > MaxManifestBytes)
        return R::fail(tr("The manifest %1 is larger than 4 GiB, the most a review bundle holds.")
                           .arg(native(sigTbzPath)));
    const QString manifestName = manifestFile.chopped(SigTbzSuffix.size());
    const QFileInfo zipInfo(zipPath);
    // Checked now to spare a long check; publish() refuses it again at the end in any case.
    if (zipInfo.exists() || zipInfo.isSymLink())
        return R::fail(
            tr("%1 exists already and is kept as it is: choose another name for the review bundle.")
                .arg(native(zipPath)));
    if (!QFileInfo(zipInfo.absolutePath()).isDir())
        return R::fail(tr("The folder %1 does not exist.").arg(native(zipInfo.absolutePath())));

    QFile keyFile(publicKeyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return R::fail(
            tr("Cannot read the public key %1: %2").arg(native(publicKeyPath), keyFile.errorString()));
    if (keyFile.size() > MaxOtherBytes)
        return R::fail(tr("%1 is too large for a public key.").arg(native(publicKeyPath)));
    const QByteArray keyPem = keyFile.readAll();
    keyFile.close();

    const Verification v = ManifestVerifier::verifyFile(sigTbzPath, keyPem, control);
    const QDateTime checkedAt = QDateTime::currentDateTimeUtc();
    switch (v.outcome) {
    case Outcome::Verified:
    case Outcome::SignatureInvalid: // the report says so; that is evidence too
        break;
    // A bundle without a usable key carries no evidence that anyone could check again.
    case Outcome::KeyUnusable:
        return R::fail(tr("No review bundle was written: the public key %1 cannot be used: %2")
                           .arg(native(publicKeyPath), v.message));
    case Outcome::Malformed:
        return R::fail(tr("No review bundle was written: the manifest %1 cannot be read: %2")
                           .arg(native(sigTbzPath), v.message));
    case Outcome::Cancelled:
        return R::fail(tr("Writing the review bundle was cancelled; nothing was written."));
    }

    const auto buildJson
        = ManifestArchive::readFile(sigTbzPath, QStringLiteral("data/build.json"), MaxOtherBytes, control);
    if (!buildJson)
        return R::fail(tr("No review bundle was written: data/build.json of %1 cannot be read: %2")
                           .arg(native(sigTbzPath), buildJson.error()));

    const QJsonObject bundleJson { { QStringLiteral("format"), BundleFormat },
                                   { QStringLiteral("version"), BundleVersion },
                                   { QStringLiteral("manifest"), manifestFile },
                                   { QStringLiteral("public_key"), manifestName + KeySuffix } };

    QTemporaryFile temp(zipInfo.absolutePath() + QStringLiteral("/.") + zipInfo.fileName()
                        + QStringLiteral(".XXXXXX.part"));
    if (!temp.open())
        return R::fail(tr("Cannot write in %1: %2").arg(native(zipInfo.absolutePath()), temp.errorString()));
    {
        QuaZip zip(&temp);
        zip.setAutoClose(false);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return R::fail(tr("Cannot write %1 (zip error %2).").arg(native(zipPath)).arg(zip.getZipError()));
        Status added = addFileMember(zip, manifestFile, sigTbzPath, control);
        if (added)
            added = addMember(zip, manifestName + KeySuffix, keyPem);
        if (added)
            added = addMember(zip, BuildJsonName, buildJson.value());
        if (added)
            added = addMember(zip, ReportTextName, reportText(v, manifestFile, checkedAt).toUtf8());
        if (added)
            added = addMember(zip, ReportHtmlName, reportHtml(v, manifestFile, checkedAt).toUtf8());
        if (added)
            added = addMember(zip, BundleJsonName, QJsonDocument(bundleJson).toJson(QJsonDocument::Indented));
        zip.close();
        if (!added)
            return R::fail(added.error());
        if (zip.getZipError() != UNZ_OK)
            return R::fail(tr("Cannot write %1 (zip error %2).").arg(native(zipPath)).arg(zip.getZipError()));
    }
    const Status published = publish(temp, zipPath);
    if (!published)
        return R::fail(published.error());
    return R::ok(v); // the temporary name is removed with temp
}

Result<ReviewBundle::Opened> ReviewBundle::open(const QString& zipPath, const QString& targetParent,
                                                const ReadControl& control)
{
    using R = Result<Opened>;
    const QString bundle = QFileInfo(zipPath).fileName();
    if (!QFileInfo(zipPath).isFile())
        return R::fail(tr("The review bundle %1 does not exist.").arg(native(zipPath)));

    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return R::fail(tr("%1 is not a review bundle: it is not a zip file, or it is damaged.").arg(bundle));

    // First pass: names and sizes only, so a bad bundle is refused before anything is written.
    QList<Member> members;
    QString manifestFile;
    QString keyFile;
    qint64 total = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return R::fail(tr("%1 is damaged: its list of members cannot be read.").arg(bundle));
        const QString problem = nameProblem(bundle, info.name);
        if (!problem.isEmpty())
            return R::fail(problem);
        Member member { info.name, kindOf(info.name), qint64(info.uncompressedSize) };
        for (const Member& seen : std::as_const(members)) {
            if (seen.name == member.name)
                return R::fail(tr("The bundle %1 holds the member %2 twice; it is refused and nothing was "
                                  "written.")
                                   .arg(bundle, member.name));
        }
        switch (member.kind) {
        case Kind::Unknown:
            return R::fail(tr("The bundle %1 has a member \"%2\" that a review bundle does not hold; it is "
                              "refused and nothing was written.")
                               .arg(bundle, member.name));
        case Kind::Manifest:
            if (!manifestFile.isEmpty())
                return R::fail(
                    tr("The bundle %1 holds two manifests, %2 and %3; a review bundle holds one, so "
                       "it is refused and nothing was written.")
                        .arg(bundle, manifestFile, member.name));
            manifestFile = member.name;
            break;
        case Kind::Key:
            if (!keyFile.isEmpty())
                return R::fail(
                    tr("The bundle %1 holds two public keys, %2 and %3; a review bundle holds one, "
                       "so it is refused and nothing was written.")
                        .arg(bundle, keyFile, member.name));
            keyFile = member.name;
            break;
        default:
            break;
        }
        if (info.flags & 1)
            return R::fail(tr("The member %1 of the bundle %2 is encrypted; review bundles are not.")
                               .arg(member.name, bundle));
        // Unix links in a zip carry their target as data; a review bundle holds files only.
        const quint32 unixMode = info.externalAttr >> 16;
        if ((unixMode & S_IFMT) != 0 && (unixMode & S_IFMT) != S_IFREG)
            return R::fail(
                tr("The member %1 of the bundle %2 is not a plain file (a link or a folder); it is "
                   "refused and nothing was written.")
                    .arg(member.name, bundle));
        const qint64 limit = member.kind == Kind::Manifest ? MaxManifestBytes : MaxOtherBytes;
        if (info.uncompressedSize > quint64(limit))
            return R::fail(tr("The member %1 of the bundle %2 is %L3 bytes, more than the %L4 bytes a review "
                              "bundle holds there; it is refused and nothing was written.")
                               .arg(member.name, bundle)
                               .arg(info.uncompressedSize)
                               .arg(limit));
        total += member.size;
        members.append(member);
    }
    if (zip.getZipError() != UNZ_OK)
        return R::fail(tr("%1 is damaged: its list of members cannot be read (zip error %2).")
                           .arg(bundle)
                           .arg(zip.getZipError()));

    if (manifestFile.isEmpty())
        return R::fail(tr("The bundle %1 lacks the manifest, a member named <manifest name>.sig.tbz; it is "
                          "refused and nothing was written.")
                           .arg(bundle));
    const QString manifestName = manifestFile.chopped(SigTbzSuffix.size());
    const QString expectedKey = manifestName + KeySuffix;
    if (keyFile.isEmpty())
        return R::fail(tr("The bundle %1 lacks the public key %2; it is refused and nothing was written.")
                           .arg(bundle, expectedKey));
    if (keyFile != expectedKey)
        return R::fail(
            tr("The bundle %1 holds the public key %2, but its manifest %3 needs %4; it is refused "
               "and nothing was written.")
                .arg(bundle, keyFile, manifestFile, expectedKey));
    for (const QString& name : { QString(BuildJsonName), QString(ReportTextName), QString(ReportHtmlName),
                                 QString(BundleJsonName) }) {
        const bool present
            = std::any_of(members.cbegin(), members.cend(), [&](const Member& m) { return m.name == name; });
        if (!present)
            return R::fail(tr("The bundle %1 lacks the member %2; it is refused and nothing was written.")
                               .arg(bundle, name));
    }
    const QStorageInfo storage(targetParent);
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < total)
        return R::fail(tr("The bundle %1 unpacks to %L2 bytes, more than the %L3 bytes free in %4.")
                           .arg(bundle)
                           .arg(total)
                           .arg(storage.bytesAvailable())
                           .arg(native(targetParent)));

    // Second pass: the small members into memory, checked before a folder is made.
    QHash<QString, QByteArray> small;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        const auto member
            = std::find_if(members.cbegin(), members.cend(), [&](const Member& m) { return m.name == name; });
        if (member == members.cend())
            return R::fail(tr("%1 is damaged: its list of members changed while it was read.").arg(bundle));
        if (member->kind == Kind::Manifest)
            continue;
        const auto bytes = readMember(zip, bundle, *member, MaxOtherBytes);
        if (!bytes)
            return R::fail(bytes.error());
        small.insert(name, bytes.value());
    }
    const Status json = checkBundleJson(bundle, small.value(BundleJsonName), manifestFile, keyFile);
    if (!json)
        return R::fail(json.error() + QLatin1Char(' ') + tr("It is refused and nothing was written."));

    const auto folder = makeFolder(targetParent, manifestName);
    if (!folder)
        return R::fail(folder.error());
    // From here every refusal removes the folder and what was written into it.
    const auto refuse = [&](const QString& error) {
        QDir(folder.value()).removeRecursively();
        return R::fail(error);
    };

    const QDir dir(folder.value());
    Opened opened;
    opened.folder = folder.value();
    opened.manifestPath = dir.filePath(manifestFile);
    opened.publicKeyPath = dir.filePath(keyFile);
    opened.reportText = QString::fromUtf8(small.value(ReportTextName));
    for (auto it = small.cbegin(); it != small.cend(); ++it) {
        const auto written = util::NewFile::write(dir.filePath(it.key()), it.value());
        if (!written)
            return refuse(written.error());
    }
    if (!zip.setCurrentFile(manifestFile, QuaZip::csSensitive))
        return refuse(tr("The member %1 of the bundle %2 cannot be read (zip error %3).")
                          .arg(manifestFile, bundle)
                          .arg(zip.getZipError()));
    const auto manifestMember = std::find_if(members.cbegin(), members.cend(),
                                             [&](const Member& m) { return m.kind == Kind::Manifest; });
    const Status extracted = extractMember(zip, bundle, *manifestMember, opened.manifestPath, control);
    zip.close();
    if (!extracted)
        return refuse(extracted.error());

    opened.verification = ManifestVerifier::verifyFile(opened.manifestPath, small.value(keyFile), control);
    if (opened.verification.outcome == Outcome::Cancelled)
        return refuse(tr("Opening the review bundle was cancelled; nothing was kept."));
    // The build record a reviewer reads first must be the manifest's own, not one put beside it.
    if (opened.verification.outcome != Outcome::Malformed) {
        const auto record = ManifestArchive::readFile(opened.manifestPath, QStringLiteral("data/build.json"),
                                                      MaxOtherBytes);
        if (record && record.value() != small.value(BuildJsonName))
            return refuse(
                tr("The member build.json of the bundle %1 is not the data/build.json of its manifest "
                   "%2: the bundle was changed after it was written. It is refused and nothing was "
                   "kept.")
                    .arg(bundle, manifestFile));
    }
    return R::ok(opened);
}

} // namespace sbs::manifest
