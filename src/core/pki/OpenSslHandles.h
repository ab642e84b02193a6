#pragma once

#include <memory>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace sbs::pki {

// Owning handles for the OpenSSL objects the PKI code uses, each freed by its own free function.
template<typename T, void (*Free)(T*)> struct OpenSslDeleter
{
    void operator()(T* p) const { Free(p); }
};

template<typename T, void (*Free)(T*)> using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter<T, Free>>;

inline void freeGeneralNames(GENERAL_NAMES* names)
{
    GENERAL_NAMES_free(names);
}

inline void freeExtendedKeyUsage(EXTENDED_KEY_USAGE* eku)
{
    EXTENDED_KEY_USAGE_free(eku);
}

using BioPtr = OpenSslPtr<BIO, BIO_free_all>;
using BignumPtr = OpenSslPtr<BIGNUM, BN_free>;
using Asn1IntegerPtr = OpenSslPtr<ASN1_INTEGER, ASN1_INTEGER_free>;
using Asn1TimePtr = OpenSslPtr<ASN1_TIME, ASN1_TIME_free>;
using EvpPkeyPtr = OpenSslPtr<EVP_PKEY, EVP_PKEY_free>;
using EvpPkeyCtxPtr = OpenSslPtr<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using EvpMdCtxPtr = OpenSslPtr<EVP_MD_CTX, EVP_MD_CTX_free>;
using X509Ptr = OpenSslPtr<X509, X509_free>;
using X509ReqPtr = OpenSslPtr<X509_REQ, X509_REQ_free>;
using X509NamePtr = OpenSslPtr<X509_NAME, X509_NAME_free>;
using X509ExtensionPtr = OpenSslPtr<X509_EXTENSION, X509_EXTENSION_free>;
using X509StorePtr = OpenSslPtr<X509_STORE, X509_STORE_free>;
using X509StoreCtxPtr = OpenSslPtr<X509_STORE_CTX, X509_STORE_CTX_free>;
using GeneralNamesPtr = OpenSslPtr<GENERAL_NAMES, freeGeneralNames>;
using ExtendedKeyUsagePtr = OpenSslPtr<EXTENDED_KEY_USAGE, freeExtendedKeyUsage>;

} // namespace sbs::pki
