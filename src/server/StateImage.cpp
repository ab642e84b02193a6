#include "StateImage.h"

#include "BuildPipeline.h"
#include "OpenPgpHome.h"
#include "pki/PrivateKey.h"
#include "pki/SecretBytes.h"
#include "state/StateCipher.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <chrono>
#include <openssl/rand.h>

namespace sbs::server {

namespace {

constexpr int ServerSecretSize = 32;
constexpr int StateFormat = 1;

bool isBuildName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,254}$"));
    return valid.match(name).hasMatch() && !name.contains(QLatin1String(".."));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

Result<QByteArray> StateImage::loadServerSecret(const QString& path)
{
    using R = Result<QByteArray>;
    if (!QFile::exists(path)) {
        QByteArray secret(ServerSecretSize, '\0');
        if (RAND_bytes(reinterpret_cast<unsigned char*>(secret.data()), ServerSecretSize) != 1)
            return R::fail(tr("no random bytes for the server secret"));
        const Status saved = DataDir::writeFile(path, secret.toBase64());
        if (!saved)
            return R::fail(saved.error());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::fail(tr("cannot read the server secret %1: %2").arg(path, file.errorString()));
    const QByteArray secret = QByteArray::fromBase64(file.readAll().trimmed());
    if (secret.size() < 16)
        return R::fail(tr("the server secret %1 must hold base64 of at least 16 bytes").arg(path));
    return R::ok(secret);
}

Result<QJsonObject> StateImage::exportState(const DataDir& dataDir, const BuildConfig& config,
                                            const BuildStatus& status, const OpenPgpHome& signer,
                                            const QByteArray& serverSecret)
{
    using R = Result<QJsonObject>;
    if (config.isEmpty())
        return R::fail(tr("the server is not initialized: run init first"));
    auto imageKey = signer.exportSecretKey();
    if (!imageKey)
        return R::fail(imageKey.error());
    QJsonObject builds;
    const QStringList names = QDir(dataDir.buildsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& name : names) {
        const QJsonObject record
            = QJsonDocument::fromJson(readFile(dataDir.buildsDir() + "/" + name + "/build.json")).object();
        if (!record.isEmpty())
            builds.insert(name, record);
    }
    const QJsonObject state { { "format", StateFormat },
                              { "config", config.toJson() },
                              { "status", status.toStored() },
                              { "image_key", QString::fromLatin1(imageKey.value()) },
                              { "manifest_key", QString::fromLatin1(readFile(dataDir.manifestKeyPath())) },
                              { "builds", builds } };
    QByteArray plain = QJsonDocument(state).toJson(QJsonDocument::Compact);
    auto sealed = state::StateCipher::seal(plain, config.string("SECRET").toUtf8(), serverSecret);
    pki::SecretBytes::wipe(plain);
    if (!sealed)
        return R::fail(sealed.error());

    const QString tag = status.imageTag().isEmpty() ? QStringLiteral("state") : status.imageTag();
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const QString name = BuildPipeline::buildName(
        config.string("DOCKER_PUSH_SERVER", "docker.io"), config.string("DOCKER_REPO"), tag,
        std::chrono::duration_cast<std::chrono::microseconds>(now).count());
    return R::ok(QJsonObject {
        { "name", name }, { "export_tag", tag }, { "state", QString::fromLatin1(sealed->toBase64()) } });
}

Result<StateImage::Imported> StateImage::importState(const QByteArray& stateBase64,
                                                     const QByteArray& userSecret, const DataDir& dataDir,
                                                     const OpenPgpHome& signer,
                                                     const QByteArray& serverSecret)
{
    using R = Result<Imported>;
    auto sealed = QByteArray::fromBase64Encoding(stateBase64, QByteArray::AbortOnBase64DecodingErrors);
    if (!sealed)
        return R::fail(tr("state is not base64"));
    auto plain = state::StateCipher::open(*sealed, userSecret, serverSecret);
    if (!plain)
        return R::fail(plain.error());
    const QJsonObject state = QJsonDocument::fromJson(plain.value()).object();
    pki::SecretBytes::wipe(plain.value());
    if (state.value("format").toInt() != StateFormat)
        return R::fail(tr("the state image has an unknown format"));

    // Check everything before writing anything.
    auto config = BuildConfig::fromStored(state.value("config").toObject());
    if (!config || config->isEmpty())
        return R::fail(tr("the state image holds no valid configuration"));
    const QByteArray manifestKey = state.value("manifest_key").toString().toLatin1();
    if (!manifestKey.isEmpty()) {
        auto key = pki::PrivateKey::fromPem(manifestKey, tr("the manifest key of the state image"));
        if (!key)
            return R::fail(key.error());
    }
    const QByteArray imageKey = state.value("image_key").toString().toLatin1();
    if (!imageKey.isEmpty() && !imageKey.startsWith("-----BEGIN PGP PRIVATE KEY BLOCK-----"))
        return R::fail(tr("the image key of the state image is not an OpenPGP secret key"));
    const QJsonObject builds = state.value("builds").toObject();
    for (auto it = builds.begin(); it != builds.end(); ++it) {
        if (!isBuildName(it.key()))
            return R::fail(tr("the state image names an invalid build"));
    }
    BuildStatus status
        = BuildStatus::fromStored(state.value("status").toObject(), QDateTime::currentDateTimeUtc());

    // Apply.
    const Status signerReplaced = signer.replaceKey(imageKey);
    if (!signerReplaced)
        return R::fail(signerReplaced.error());
    if (manifestKey.isEmpty()) {
        QFile::remove(dataDir.manifestKeyPath());
    } else {
        const Status saved = DataDir::writeFile(dataDir.manifestKeyPath(), manifestKey);
        if (!saved)
            return R::fail(saved.error());
    }
    for (auto it = builds.begin(); it != builds.end(); ++it) {
        const QString dir = dataDir.buildsDir() + QLatin1Char('/') + it.key();
        DataDir::makePrivateDir(dir);
        DataDir::writeFile(dir + QStringLiteral("/build.json"),
                           QJsonDocument(it.value().toObject()).toJson());
    }
    Status saved = DataDir::writeFile(dataDir.configPath(), QJsonDocument(config->toJson()).toJson());
    if (saved)
        saved = DataDir::writeFile(dataDir.statusPath(), QJsonDocument(status.toStored()).toJson());
    if (!saved)
        return R::fail(saved.error());
    return R::ok(Imported { config.take(), status });
}

} // namespace sbs::server
