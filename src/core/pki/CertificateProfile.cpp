#include "pki/CertificateProfile.h"

#include "pki/OpenSslError.h"
#include "pki/OpenSslHandles.h"

namespace sbs::pki {

namespace {

Status addConfigured(X509* cert, X509V3_CTX* context, int nid, const char* value)
{
    X509ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, context, nid, value));
    if (!extension || !X509_add_ext(cert, extension.get(), -1))
        return Status::fail(
            QStringLiteral("%1 %2: %3")
                .arg(QString::fromLatin1(OBJ_nid2sn(nid)), QString::fromLatin1(value), OpenSslError::take()));
    return Status::ok();
}

} // namespace

int CertificateProfile::validityDays(CertificateKind kind)
{
    return kind == CertificateKind::Ca ? 730 : 365;
}

Status CertificateProfile::addExtensions(X509* cert, X509* issuer, CertificateKind kind,
                                         const std::optional<HostName>& host)
{
    OpenSslError::clear();
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);

    struct Entry
    {
        int nid;
        const char* value;
    };
    const bool isCa = kind == CertificateKind::Ca;
    const Entry entries[] = {
        { NID_basic_constraints, isCa ? "critical,CA:TRUE" : "critical,CA:FALSE" },
        { NID_key_usage, isCa ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature" },
        { NID_ext_key_usage, kind == CertificateKind::Server ? "serverAuth" : "clientAuth,serverAuth" },
        // The subject key identifier goes first: for the self-signed CA the authority key
        // identifier is taken from it.
        { NID_subject_key_identifier, "hash" },
        { NID_authority_key_identifier, "keyid:always" },
    };
    for (const Entry& entry : entries) {
        const Status added = addConfigured(cert, &context, entry.nid, entry.value);
        if (!added)
            return Status::fail(tr("Adding the extension %1 failed.").arg(added.error()));
    }

    if (kind == CertificateKind::Server) {
        if (!host)
            return Status::fail(tr("A server certificate needs the server's HOSTNAME."));
        Result<X509ExtensionPtr> san = host->createExtension();
        if (!san || !X509_add_ext(cert, san.value().get(), -1))
            return Status::fail(tr("Adding the subjectAltName %1 failed (%2).")
                                    .arg(host->sanEntry(), san ? OpenSslError::take() : san.error()));
    }
    return Status::ok();
}

} // namespace sbs::pki
