# shellcheck shell=bash
# Certificates for the local registry. make_registry_cert is the only place that creates keys
# or certificates, so it can be switched to the project's own PKI (sbsctl) without touching
# anything else.

# cert_is_usable CERT CA: true when CERT is signed by CA, valid for at least one more day, and
# carries the SANs the registry needs.
cert_is_usable() {
    local cert="$1" ca="$2" text
    [ -s "$cert" ] && [ -s "$ca" ] || return 1
    openssl x509 -in "$cert" -noout -checkend 86400 >/dev/null 2>&1 || return 1
    openssl verify -CAfile "$ca" "$cert" >/dev/null 2>&1 || return 1
    text="$(openssl x509 -in "$cert" -noout -ext subjectAltName 2>/dev/null)" || return 1
    [[ "$text" == *"IP Address:127.0.0.1"* && "$text" == *"DNS:localhost"* ]]
}

# make_registry_cert DIR: makes sure DIR holds
#   ca.crt, ca.key              a certificate authority (kept between runs),
#   registry.crt, registry.key  a server certificate it signs, SAN IP:127.0.0.1, DNS:localhost.
# Existing files are kept while they are still usable.
make_registry_cert() {
    local dir="$1"
    local ca_crt="$dir/ca.crt" ca_key="$dir/ca.key"
    local crt="$dir/registry.crt" key="$dir/registry.key"
    mkdir -p "$dir"
    chmod 0700 "$dir"

    if [ ! -s "$ca_key" ] || [ ! -s "$ca_crt" ] ||
        ! openssl x509 -in "$ca_crt" -noout -checkend 86400 >/dev/null 2>&1; then
        log "creating the local certificate authority"
        rm -f "$ca_crt" "$ca_key" "$crt" "$key"
        (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$ca_key" 2>/dev/null)
        openssl req -x509 -new -key "$ca_key" -sha256 -days 730 -out "$ca_crt" \
            -subj "/O=SBS local environment/CN=SBS local environment CA" \
            -addext "basicConstraints=critical,CA:TRUE" \
            -addext "keyUsage=critical,keyCertSign,cRLSign" \
            -addext "subjectKeyIdentifier=hash" 2>/dev/null
    fi

    if cert_is_usable "$crt" "$ca_crt" && [ -s "$key" ]; then
        return 0
    fi
    log "creating the registry certificate (SAN IP:127.0.0.1, DNS:localhost)"
    local csr ext
    csr="$(mktemp "$dir/registry.csr.XXXXXX")"
    ext="$(mktemp "$dir/registry.ext.XXXXXX")"
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$key" 2>/dev/null)
    openssl req -new -key "$key" -subj "/O=SBS local environment/CN=localhost" -out "$csr"
    cat >"$ext" <<'EXT'
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EXT
    openssl x509 -req -in "$csr" -CA "$ca_crt" -CAkey "$ca_key" -CAcreateserial \
        -CAserial "$dir/ca.srl" -sha256 -days 365 -extfile "$ext" -out "$crt" 2>/dev/null
    rm -f "$csr" "$ext"
    cert_is_usable "$crt" "$ca_crt" || die "the new registry certificate does not verify"
}
