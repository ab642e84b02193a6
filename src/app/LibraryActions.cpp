#include "LibraryActions.h"

#include "JobRunner.h"
#include "api/SbsClient.h"
#include "manifest/ManifestLibrary.h"
#include "manifest/ReviewBundle.h"
#include "models/ManifestLibraryModel.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace sbs::gui {

using manifest::LibraryItem;
using manifest::ManifestLibrary;
using manifest::ManifestVerifier;
using manifest::ReadControl;
using manifest::ReviewBundle;
using manifest::Verification;
using Job = JobRunner::Job;

namespace {

constexpr qint64 MaxKeyBytes = 1 << 20; // a PEM public key is a few KB; more is not a key
const QString ManifestPrefix = QStringLiteral("manifest.");
const QString SigTbzSuffix = QStringLiteral(".sig.tbz");

// The texts keep the translation context of the page they were written for.
struct PageText
{
    Q_DECLARE_TR_FUNCTIONS(sbs::gui::ManifestsPage)
};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// In a worker: the public key's bytes, or why they cannot be had.
Result<QByteArray> readKey(const QString& keyPath)
{
    QFile file(keyPath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::fail(
            PageText::tr("The public key %1 cannot be read: %2").arg(native(keyPath), file.errorString()));
    return Result<QByteArray>::ok(file.read(MaxKeyBytes));
}

// The time of the check a bundle's report records ("Checked at (UTC): <ISO 8601>"), for people;
// the first time the report names when that line is not there.
QString reportTime(const QString& report)
{
    static const QRegularExpression time(
        QStringLiteral(R"(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)"));
    const qsizetype line = report.indexOf(QStringLiteral("Checked at"));
    const QRegularExpressionMatch match = time.match(report, std::max<qsizetype>(line, 0));
    if (!match.hasMatch())
        return QString();
    const QDateTime parsed = QDateTime::fromString(match.captured(0), Qt::ISODate);
    if (!parsed.isValid())
        return match.captured(0);
    return PageText::tr("%1 (%2 UTC)")
        .arg(QLocale().toString(parsed.toLocalTime(), QLocale::ShortFormat),
             parsed.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

// What the open-bundle worker hands back.
struct OpenedBundle
{
    QString error; // empty on success
    ReviewBundle::Opened opened;
    LibraryItem item; // the bundle's manifest as the library holds it now
    Verification verification; // of the library's copy, here and now
};

} // namespace

LibraryActions::LibraryActions(JobRunner* jobs, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
{ }

// ---- names and checks ------------------------------------------------------------------------

QString LibraryActions::sigTbzSuffix()
{
    return SigTbzSuffix;
}

// "manifest.<build>.sig.tbz" -> "manifest.<build>"
QString LibraryActions::manifestNameOf(const QString& sigTbzPath)
{
    QString name = QFileInfo(sigTbzPath).fileName();
    if (name.endsWith(SigTbzSuffix))
        name.chop(SigTbzSuffix.size());
    return name;
}

QString LibraryActions::buildNameOf(const QString& manifestName)
{
    return manifestName.startsWith(ManifestPrefix) ? manifestName.mid(ManifestPrefix.size()) : manifestName;
}

// The key a manifest is checked with: "<manifestName>-public.pem" beside it.
QString LibraryActions::keyFileName(const QString& manifestName)
{
    return manifestName + QStringLiteral("-public.pem");
}

Verification LibraryActions::verifyWithKeyFile(const QString& sigTbzPath, const QString& keyPath,
                                               const ReadControl& control)
{
    const Result<QByteArray> pem = readKey(keyPath);
    if (!pem) {
        Verification failed;
        failed.outcome = Verification::Outcome::KeyUnusable;
        failed.message = pem.error();
        failed.manifestName = manifestNameOf(sigTbzPath);
        return failed;
    }
    return ManifestVerifier::verifyFile(sigTbzPath, pem.value(), control);
}

QString LibraryActions::keyPathOf(const models::ManifestLibraryModel& model, const QString& path)
{
    if (path.isEmpty())
        return QString();
    const int row = model.rowOf(path);
    if (row >= 0 && !model.item(row).keyPath.isEmpty() && QFileInfo(model.item(row).keyPath).isFile())
        return model.item(row).keyPath;
    // The key may have been put beside the manifest since the folder was read.
    const QString beside = QFileInfo(path).dir().filePath(keyFileName(manifestNameOf(path)));
    return QFileInfo(beside).isFile() ? beside : QString();
}

void LibraryActions::tamperTest(const QString& sigTbzPath, const QString& keyPath)
{
    const QString path = sigTbzPath;
    m_jobs->run<Status>(
        Job::TamperTest, PageText::tr("Running the tamper test on %1…").arg(manifestNameOf(path)),
        [path, keyPath](const ReadControl& control) {
            const Result<QByteArray> pem = readKey(keyPath);
            if (!pem)
                return Status::fail(pem.error());
            return ManifestVerifier::tamperTest(path, pem.value(), control);
        },
        [this, path](const Status& passed) {
            if (passed)
                Q_EMIT tamperTested(path, true,
                                    PageText::tr("Tamper test passed: a copy with one more file under git/ "
                                                 "fails the check, as it must."));
            else
                Q_EMIT tamperTested(path, false, PageText::tr("Tamper test failed: %1").arg(passed.error()));
        });
}

// ---- fetching --------------------------------------------------------------------------------

void LibraryActions::fetch(api::SbsClient* client, const QString& folder, const QString& buildName)
{
    const int token
        = m_jobs->begin(Job::Fetch,
                        buildName.isEmpty() ? PageText::tr("Downloading the latest manifest…")
                                            : PageText::tr("Downloading the manifest of %1…").arg(buildName));
    api::PendingCall* call = client->manifest(
        buildName, this, [this, client, folder, token](const api::Reply<api::ManifestDownload>& reply) {
            if (!m_jobs->isCurrent(token))
                return;
            m_call.clear();
            if (!reply) {
                m_jobs->end();
                Q_EMIT failed(PageText::tr("The manifest could not be fetched: %1").arg(reply.error()));
                return;
            }
            fetchKey(client, folder, token, reply.result.value());
        });
    watch(token, call);
}

void LibraryActions::fetchKey(api::SbsClient* client, const QString& folder, int token,
                              const api::ManifestDownload& download)
{
    // For the latest build the name comes from the manifest: its key is asked for by that name,
    // so a build that ends in between cannot pair one build's manifest with another's key.
    const QString buildName = buildNameOf(download.manifestName);
    m_jobs->setText(PageText::tr("Downloading the public key of %1…").arg(buildName));
    m_jobs->setProgress(0, 0);
    api::PendingCall* call = client->publicKey(
        buildName, this,
        [this, folder, token, download, buildName](const api::Reply<api::ManifestPublicKey>& reply) {
            if (!m_jobs->isCurrent(token))
                return;
            m_call.clear();
            if (reply.kind == api::ErrorKind::Cancelled) {
                m_jobs->end();
                Q_EMIT failed(PageText::tr("The public key of %1 could not be fetched: %2")
                                  .arg(buildName, reply.error()));
                return;
            }
            QByteArray pem;
            QString keyProblem;
            if (!reply)
                keyProblem = PageText::tr("The public key of %1 could not be fetched: %2")
                                 .arg(buildName, reply.error());
            else if (!reply.result->buildName.isEmpty() && reply.result->buildName != buildName)
                keyProblem
                    = PageText::tr("The server sent the public key of %1, not of %2; it was not stored.")
                          .arg(reply.result->buildName, buildName);
            else
                pem = reply.result->publicKeyPem.toUtf8();
            m_jobs->end();
            store(folder, download, pem, keyProblem);
        });
    watch(token, call);
}

void LibraryActions::watch(int token, api::PendingCall* call)
{
    if (m_jobs->job() != Job::Fetch || !call)
        return; // the handler already ran
    m_call = call;
    connect(call, &api::PendingCall::progressed, this, [this, token](qint64 received, qint64 total) {
        if (m_jobs->isCurrent(token))
            m_jobs->setProgress(received, total);
    });
    m_jobs->setCancel([this] {
        if (m_call)
            m_call->cancel();
    });
}

void LibraryActions::store(const QString& folder, const api::ManifestDownload& download,
                           const QByteArray& pem, const QString& keyProblem)
{
    const QString name = download.manifestName;
    const QByteArray archive = download.archive;
    m_jobs->run<Result<LibraryItem>>(
        Job::Store, PageText::tr("Storing %1…").arg(download.fileName()),
        [folder, name, archive, pem](const ReadControl&) {
            return ManifestLibrary(folder).store(name, archive, pem);
        },
        [this, keyProblem](const Result<LibraryItem>& stored) {
            if (!stored) {
                Q_EMIT failed(PageText::tr("The manifest could not be stored: %1").arg(stored.error()));
                return;
            }
            Q_EMIT fetched(stored->path, keyProblem);
        });
}

bool LibraryActions::import(const QString& folder, const QString& sigTbzPath)
{
    const QFileInfo info(sigTbzPath);
    if (!info.isFile()) {
        Q_EMIT failed(PageText::tr("%1 does not exist or is not a file.").arg(native(sigTbzPath)));
        return false;
    }
    if (!info.fileName().endsWith(SigTbzSuffix)) {
        Q_EMIT failed(PageText::tr("%1 is not a manifest: its name must be manifest.<build name>.sig.tbz.")
                          .arg(info.fileName()));
        return false;
    }
    const QString source = info.absoluteFilePath();
    m_jobs->run<Result<LibraryItem>>(
        Job::Import, PageText::tr("Importing %1…").arg(info.fileName()),
        [folder, source](const ReadControl&) { return ManifestLibrary(folder).import(source); },
        [this](const Result<LibraryItem>& item) {
            if (!item) {
                Q_EMIT failed(PageText::tr("The manifest could not be imported: %1").arg(item.error()));
                return;
            }
            Q_EMIT imported(item->path);
        });
    return true;
}

// ---- review bundles --------------------------------------------------------------------------

void LibraryActions::exportBundle(const QString& zipPath, const QString& sigTbzPath, const QString& keyPath)
{
    const QString zip = QFileInfo(zipPath).absoluteFilePath();
    const QString path = sigTbzPath;
    m_jobs->run<Result<Verification>>(
        Job::Export, PageText::tr("Writing the review bundle %1…").arg(QFileInfo(zip).fileName()),
        [zip, path, keyPath](const ReadControl& control) {
            return ReviewBundle::write(zip, path, keyPath, control);
        },
        [this, zip, path](const Result<Verification>& written) {
            if (!written) {
                Q_EMIT failed(
                    PageText::tr("The review bundle could not be written: %1").arg(written.error()));
                return;
            }
            Q_EMIT bundleWritten(zip, path, written.value());
        });
}

void LibraryActions::openBundle(const QString& zipPath, const QString& folder)
{
    const QString zip = QFileInfo(zipPath).absoluteFilePath();
    // Bundles are unpacked into "reviews" beside the library, one new folder each, so what a
    // reviewer was handed stays apart from what the server sent; the manifest and its key are
    // then copied into the library like any import.
    const QString reviews = QFileInfo(folder).dir().filePath(QStringLiteral("reviews"));
    m_jobs->run<OpenedBundle>(
        Job::OpenBundle, PageText::tr("Opening the review bundle %1…").arg(QFileInfo(zip).fileName()),
        [zip, folder, reviews](const ReadControl& control) {
            OpenedBundle out;
            const bool made = !QFileInfo::exists(reviews);
            if (!QDir().mkpath(reviews)) {
                out.error = PageText::tr("The folder %1 cannot be created.").arg(native(reviews));
                return out;
            }
            Result<ReviewBundle::Opened> opened = ReviewBundle::open(zip, reviews, control);
            if (!opened) {
                if (made)
                    QDir().rmdir(reviews); // only when it is still empty
                out.error = opened.error();
                return out;
            }
            out.opened = opened.take();
            Result<LibraryItem> imported = ManifestLibrary(folder).import(out.opened.manifestPath);
            if (!imported) {
                out.error = PageText::tr("Its manifest could not be added to the library: %1")
                                .arg(imported.error());
                return out;
            }
            out.item = imported.take();
            out.verification = out.item.keyPath.isEmpty()
                ? out.opened.verification
                : verifyWithKeyFile(out.item.path, out.item.keyPath, control);
            return out;
        },
        [this, zip](const OpenedBundle& bundle) {
            if (!bundle.error.isEmpty()) {
                Q_EMIT failed(PageText::tr("The review bundle %1 could not be opened: %2")
                                  .arg(native(zip), bundle.error));
                return;
            }
            if (bundle.verification.outcome == Verification::Outcome::Cancelled)
                return;
            const QString checked = reportTime(bundle.opened.reportText);
            const QString note = checked.isEmpty()
                ? PageText::tr("This manifest came from the review bundle %1 (its report names no check "
                               "time); checked again here:")
                      .arg(QFileInfo(zip).fileName())
                : PageText::tr("This manifest came from the review bundle %1, checked there at %2; checked "
                               "again here:")
                      .arg(QFileInfo(zip).fileName(), checked);
            Q_EMIT bundleOpened(bundle.item.path, note, bundle.verification);
        });
}

} // namespace sbs::gui
