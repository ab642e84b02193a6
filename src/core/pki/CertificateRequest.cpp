#include "pki/CertificateRequest.h"

#include "pki/OpenSslError.h"
#include "pki/OpenSslHandles.h"
#include "pki/PemFile.h"

#include <openssl/pem.h>

namespace sbs::pki {

CertificateRequest::CertificateRequest(X509_REQ* request)
    : m_request(request, X509_REQ_free)
{ }

Result<CertificateRequest> CertificateRequest::create(const QString& commonName, const PrivateKey& key,
                                                      const std::optional<HostName>& host)
{
    OpenSslError::clear();
    X509NamePtr name(X509_NAME_new());
    const QByteArray cn = commonName.toUtf8();
    if (!name
        || !X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char*>(cn.constData()), int(cn.size()),
                                       -1, 0))
        return Result<CertificateRequest>::fail(
            tr("The common name \"%1\" cannot be used (%2); choose a shorter CONTAINER_NAME or HOSTNAME.")
                .arg(commonName, OpenSslError::take()));
    return create(name.get(), key, host);
}

Result<CertificateRequest> CertificateRequest::create(const X509_NAME* subject, const PrivateKey& key,
                                                      const std::optional<HostName>& host)
{
    using R = Result<CertificateRequest>;
    if (key.isNull() || !subject)
        return R::fail(tr("A certificate request needs a subject and a key."));
    OpenSslError::clear();
    X509ReqPtr request(X509_REQ_new());
    if (!request || !X509_REQ_set_version(request.get(), 0)
        || !X509_REQ_set_subject_name(request.get(), subject))
        return R::fail(tr("Creating a certificate request failed (%1).").arg(OpenSslError::take()));

    if (host) {
        Result<X509ExtensionPtr> san = host->createExtension();
        if (!san)
            return R::fail(
                tr("Creating the subjectAltName for %1 failed (%2).").arg(host->text(), san.error()));
        STACK_OF(X509_EXTENSION)* extensions = sk_X509_EXTENSION_new_null();
        const bool added = extensions && sk_X509_EXTENSION_push(extensions, san.value().get())
            && X509_REQ_add_extensions(request.get(), extensions);
        sk_X509_EXTENSION_free(extensions); // the extension itself stays owned by san
        if (!added)
            return R::fail(
                tr("Adding the subjectAltName to the request failed (%1).").arg(OpenSslError::take()));
    }

    if (!X509_REQ_set_pubkey(request.get(), key.handle())
        || !X509_REQ_sign(request.get(), key.handle(), EVP_sha256()))
        return R::fail(tr("Signing the certificate request failed (%1).").arg(OpenSslError::take()));
    return R::ok(CertificateRequest(request.release()));
}

Result<CertificateRequest> CertificateRequest::fromPem(const QByteArray& pem, const QString& sourceName)
{
    const Status text = PemFile::checkPemText(pem, sourceName, QStringLiteral("openssl req -inform DER"));
    if (!text)
        return Result<CertificateRequest>::fail(text.error());
    OpenSslError::clear();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    X509_REQ* request = bio ? PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!request)
        return Result<CertificateRequest>::fail(
            tr("%1 holds no readable certificate request (%2); give a PEM request.")
                .arg(sourceName, OpenSslError::take()));
    return Result<CertificateRequest>::ok(CertificateRequest(request));
}

QByteArray CertificateRequest::toPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!m_request || !bio || !PEM_write_bio_X509_REQ(bio.get(), m_request.get()))
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

QString CertificateRequest::subject() const
{
    if (!m_request)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), X509_REQ_get_subject_name(m_request.get()), 0,
                       XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, size);
}

bool CertificateRequest::hasValidSignature() const
{
    if (!m_request)
        return false;
    EVP_PKEY* key = X509_REQ_get0_pubkey(m_request.get());
    const bool valid = key && X509_REQ_verify(m_request.get(), key) == 1;
    OpenSslError::clear();
    return valid;
}

} // namespace sbs::pki
