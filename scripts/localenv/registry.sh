# shellcheck shell=bash
# The distribution registry (docker-registry) with TLS and htpasswd authentication, and the
# containers-tools configuration (certs.d, auth files, registries.d, policy, storage) that lets
# buildah and skopeo use it without touching /etc/containers.

REGISTRY_DEFAULT_PORT="${SBS_LOCALENV_REGISTRY_PORT:-5443}"
REGISTRY_PUSH_USER="sbs-push"
REGISTRY_RO_USER="sbs-readonly"

registry_config() { printf '%s' "$ENV_DIR/registry/config.yml"; }
registry_pidfile() { printf '%s' "$ENV_DIR/run/registry.pid"; }
registry_log() { printf '%s' "$ENV_DIR/logs/registry.log"; }
registry_pid() { service_pid "$(registry_pidfile)" "$(registry_config)"; }

# registry_http_code PORT: the HTTP status of GET /v2/ without credentials (401 when healthy).
registry_http_code() {
    curl --silent --noproxy '*' --max-time 3 --output /dev/null --write-out '%{http_code}' \
        --cacert "$ENV_DIR/pki/ca.crt" "https://127.0.0.1:$1/v2/" 2>/dev/null || true
}

# make_password FILE: a random password, kept between runs, readable only by its owner.
make_password() {
    local file="$1"
    if [ ! -s "$file" ]; then
        (umask 077 && printf '%s' "$(openssl rand -hex 24)" >"$file")
    fi
    chmod 0600 "$file"
}

write_registry_files() {
    local port="$1"
    mkdir -p "$ENV_DIR/registry/data"
    make_password "$ENV_DIR/secrets/registry-push.password"
    make_password "$ENV_DIR/secrets/registry-readonly.password"
    make_password "$ENV_DIR/secrets/registry-http.secret"

    # bcrypt entries for both users (the passwords go through stdin, never a command line); the
    # registry has no per-user ACL, so both can push. Rewritten only when a password changed.
    local htpasswd="$ENV_DIR/registry/htpasswd" htpasswd_changed=0
    if [ ! -s "$htpasswd" ] || [ "$ENV_DIR/secrets/registry-push.password" -nt "$htpasswd" ] ||
        [ "$ENV_DIR/secrets/registry-readonly.password" -nt "$htpasswd" ]; then
        {
            htpasswd -niB "$REGISTRY_PUSH_USER" <"$ENV_DIR/secrets/registry-push.password"
            htpasswd -niB "$REGISTRY_RO_USER" <"$ENV_DIR/secrets/registry-readonly.password"
        } | sed '/^$/d' >"$htpasswd.new"
        chmod 0600 "$htpasswd.new"
        mv -f "$htpasswd.new" "$htpasswd"
        htpasswd_changed=1
    fi

    write_file_if_changed "$(registry_config)" 0600 <<EOF_CONFIG
version: 0.1
log:
  level: info
  formatter: text
  fields:
    service: sbs-localenv-registry
storage:
  filesystem:
    rootdirectory: $ENV_DIR/registry/data
  delete:
    enabled: true
  cache:
    blobdescriptor: inmemory
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:$port
  secret: $(cat "$ENV_DIR/secrets/registry-http.secret")
  tls:
    certificate: $ENV_DIR/pki/registry.crt
    key: $ENV_DIR/pki/registry.key
  headers:
    X-Content-Type-Options: [nosniff]
auth:
  htpasswd:
    realm: sbs-localenv
    path: $ENV_DIR/registry/htpasswd
health:
  storagedriver:
    enabled: false
EOF_CONFIG
    [ "$htpasswd_changed" -eq 0 ] || FILE_CHANGED=1
}

# try_start_registry PORT: 0 when the registry runs and answers on PORT, 2 when the port was
# taken in the meantime, 1 on any other failure.
try_start_registry() {
    local port="$1" pid i code
    write_registry_files "$port"
    : >"$(registry_log)"
    # setsid: its own session, so the caller's terminal or test runner cannot take it down; the
    # lock descriptor is closed so the daemon does not hold the lock.
    setsid env -i PATH="$PATH" HOME="$ENV_DIR" \
        docker-registry serve "$(registry_config)" \
        </dev/null >>"$(registry_log)" 2>&1 9>&- &
    pid=$!
    printf '%s\n' "$pid" >"$(registry_pidfile)"
    for ((i = 0; i < 100; i++)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid" 2>/dev/null || true
            rm -f "$(registry_pidfile)"
            if grep -q 'address already in use' "$(registry_log)"; then return 2; fi
            return 1
        fi
        code="$(registry_http_code "$port")"
        [ "$code" = "401" ] && return 0
        sleep 0.1
    done
    stop_service registry "$(registry_pidfile)" "$(registry_config)"
    return 1
}

start_registry() {
    local port rc
    port="$(state_get REGISTRY_PORT)"
    if [ -n "$(registry_pid)" ] && [ -n "$port" ] && [ "$(registry_http_code "$port")" = "401" ]; then
        write_registry_files "$port"
        if [ "$FILE_CHANGED" -eq 0 ]; then
            log "registry already running on 127.0.0.1:$port (pid $(registry_pid))"
            REGISTRY_PORT="$port"
            return 0
        fi
        log "registry configuration changed, restarting it"
    fi
    stop_service registry "$(registry_pidfile)" "$(registry_config)"
    for port in $(port_candidates "$port" "$REGISTRY_DEFAULT_PORT"); do
        rc=0
        try_start_registry "$port" || rc=$?
        case "$rc" in
        0)
            REGISTRY_PORT="$port"
            state_set REGISTRY_PORT "$port"
            log "registry listening on https://127.0.0.1:$port (pid $(registry_pid))"
            return 0
            ;;
        2) log "port $port was taken, trying the next one" ;;
        *)
            tail -n 20 "$(registry_log)" >&2 || true
            die "the registry did not start; log: $(registry_log)"
            ;;
        esac
    done
    die "no free port for the registry near $REGISTRY_DEFAULT_PORT"
}

# The files buildah and skopeo need: a cert dir for the registry, an auth file per user, a
# registries.d entry naming the signature lookaside store, a policy and a storage.conf.
write_containers_config() {
    local reg="127.0.0.1:$REGISTRY_PORT"
    local certdir="$ENV_DIR/certs.d/$reg"
    # Only the current port's directory; older ones would point at a port no longer used.
    if [ -d "$ENV_DIR/certs.d" ]; then
        find "$ENV_DIR/certs.d" -mindepth 1 -maxdepth 1 ! -name "$reg" -exec rm -rf {} +
    fi
    mkdir -p "$certdir" "$ENV_DIR/containers/registries.d" "$ENV_DIR/sigstore" \
        "$ENV_DIR/containers/storage" "$ENV_DIR/containers/run"
    cp "$ENV_DIR/pki/ca.crt" "$certdir/ca.crt.new"
    mv -f "$certdir/ca.crt.new" "$certdir/ca.crt"

    write_file_if_changed "$ENV_DIR/containers/registries.d/sbs-localenv.yaml" <<EOF_YAML
# Red Hat simple signing: signatures for images in the local registry live in this lookaside
# store (written by "skopeo copy --sign-by", read when a policy demands signedBy).
docker:
  $reg:
    lookaside: file://$ENV_DIR/sigstore
    lookaside-staging: file://$ENV_DIR/sigstore
EOF_YAML

    write_file_if_changed "$ENV_DIR/containers/policy.json" <<'EOF_POLICY'
{
    "default": [
        {
            "type": "insecureAcceptAnything"
        }
    ]
}
EOF_POLICY

    write_file_if_changed "$ENV_DIR/containers/storage.conf" <<EOF_STORAGE
[storage]
driver = "vfs"
graphroot = "$ENV_DIR/containers/storage"
runroot = "$ENV_DIR/containers/run"
EOF_STORAGE

    registry_login "$ENV_DIR/auth.json" "$REGISTRY_PUSH_USER" "$ENV_DIR/secrets/registry-push.password"
    registry_login "$ENV_DIR/auth-readonly.json" "$REGISTRY_RO_USER" "$ENV_DIR/secrets/registry-readonly.password"
}

# registry_login AUTHFILE USER PASSWORDFILE: checks the credentials and stores them.
registry_login() {
    local authfile="$1" user="$2" pwfile="$3" out
    rm -f "$authfile"
    (umask 077 && printf '{}\n' >"$authfile")
    if ! out="$(skopeo login --authfile "$authfile" --cert-dir "$ENV_DIR/certs.d/127.0.0.1:$REGISTRY_PORT" \
        --username "$user" --password-stdin "127.0.0.1:$REGISTRY_PORT" <"$pwfile" 2>&1)"; then
        printf '%s\n' "$out" >&2
        die "skopeo login as $user failed"
    fi
    chmod 0600 "$authfile"
}
