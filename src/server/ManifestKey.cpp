#include "ManifestKey.h"

#include "DataDir.h"

#include <QFile>
#include <QFileInfo>

namespace sbs::server {

Result<ManifestKey::Loaded> ManifestKey::loadOrCreate(const QString& path)
{
    using R = Result<Loaded>;
    if (!QFile::exists(path)) {
        auto key = pki::PrivateKey::generate(pki::KeyType::Rsa4096);
        if (!key)
            return R::fail(key.error());
        auto pem = key->toPem();
        if (!pem)
            return R::fail(pem.error());
        const Status saved = DataDir::writeFile(path, pem->bytes());
        if (!saved)
            return R::fail(saved.error());
    }
    auto key = pki::PrivateKey::load(path, tr("the manifest signing key"));
    if (!key)
        return R::fail(key.error());
    Loaded loaded;
    loaded.key = key.value();
    loaded.publicKeyPem = key->publicKeyPem();
    loaded.created = QFileInfo(path).lastModified().toUTC();
    return R::ok(loaded);
}

Result<ManifestKey::Loaded> ManifestKey::loadPublic(const QString& path)
{
    if (!QFile::exists(path))
        return Result<Loaded>::fail(
            tr("there is no manifest signing key yet: it is made by the first build"));
    auto loaded = loadOrCreate(path);
    if (loaded)
        loaded->key = pki::PrivateKey();
    return loaded;
}

} // namespace sbs::server
