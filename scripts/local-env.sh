#!/usr/bin/env bash
# The local environment that integration tests and the demo run against, all on 127.0.0.1:
#   - a certificate authority and a TLS certificate for the registry (make_registry_cert);
#   - docker-registry with TLS and htpasswd (bcrypt) authentication, a push user and a
#     read-only user;
#   - containers-tools files so buildah and skopeo trust that registry without /etc changes;
#   - a busybox base image built offline and pushed as <registry>/base/busybox:latest;
#   - sshd on a high port serving the bare repository sample-app.git to one deploy key.
#
# Usage: scripts/local-env.sh start|stop [--purge]|status|env [--dir DIR]
#
# DIR defaults to $SBS_LOCALENV_DIR, else ${XDG_RUNTIME_DIR:-/tmp}/sbs-localenv-$UID.
# "start" is idempotent: what already runs is kept. "env" prints export lines (also in
# DIR/env.sh). "stop" ends every process "start" started; "stop --purge" also removes DIR.
# Default ports: registry 5443, sshd 2222 (SBS_LOCALENV_REGISTRY_PORT, SBS_LOCALENV_SSH_PORT);
# when a port is taken the next free one is used and recorded in DIR/state.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCALENV_LIB="$REPO_ROOT/scripts/localenv"
# shellcheck source=localenv/lib.sh
source "$LOCALENV_LIB/lib.sh"
# shellcheck source=localenv/pki.sh
source "$LOCALENV_LIB/pki.sh"
# shellcheck source=localenv/registry.sh
source "$LOCALENV_LIB/registry.sh"
# shellcheck source=localenv/image.sh
source "$LOCALENV_LIB/image.sh"
# shellcheck source=localenv/sshd.sh
source "$LOCALENV_LIB/sshd.sh"
# shellcheck source=localenv/git.sh
source "$LOCALENV_LIB/git.sh"

usage() {
    cat <<'EOF_USAGE'
Usage: scripts/local-env.sh COMMAND [--dir DIR]

Commands:
  start          start the registry (TLS, htpasswd), push the busybox base image, start sshd
                 serving sample-app.git; keeps whatever already runs
  stop [--purge] stop every process started by "start"; --purge also deletes DIR
  status         show what runs; exit status 0 when everything runs, 3 otherwise
  env            print the shell export lines describing the environment (also in DIR/env.sh)

Options:
  --dir DIR      environment directory (default: $SBS_LOCALENV_DIR, or
                 ${XDG_RUNTIME_DIR:-/tmp}/sbs-localenv-$UID)
  -h, --help     show this help
EOF_USAGE
}

# Paths go into config files, an ssh URL and a forced command: keep them plain.
check_dir_name() {
    case "$1" in
    /*) ;;
    *) die "the environment directory must be an absolute path: $1" ;;
    esac
    [ "$1" != / ] || die "the environment directory cannot be /"
    [[ "$1" =~ ^[A-Za-z0-9._/+@-]+$ ]] ||
        die "the environment directory may only contain letters, digits and . _ / + @ -: $1"
}

prepare_dir() {
    if [ -e "$ENV_DIR" ] && [ ! -O "$ENV_DIR" ]; then
        die "$ENV_DIR exists and belongs to another user"
    fi
    if [ -d "$ENV_DIR" ] && [ ! -f "$ENV_DIR/.sbs-localenv" ] && [ -n "$(ls -A "$ENV_DIR")" ]; then
        die "$ENV_DIR is not empty and is not a local environment; choose another --dir"
    fi
    mkdir -p "$ENV_DIR"
    chmod 0700 "$ENV_DIR"
    : >"$ENV_DIR/.sbs-localenv"
    mkdir -p "$ENV_DIR/run" "$ENV_DIR/logs" "$ENV_DIR/secrets"
    chmod 0700 "$ENV_DIR/secrets"
}

take_lock() {
    exec 9>"$ENV_DIR/.lock"
    flock -w 600 9 || die "another local-env.sh holds $ENV_DIR/.lock"
}

write_env() {
    local reg="127.0.0.1:$REGISTRY_PORT"
    local vars=(
        SBS_LOCALENV_DIR "$ENV_DIR"
        SBS_REGISTRY "$reg"
        SBS_REGISTRY_CA "$ENV_DIR/pki/ca.crt"
        SBS_REGISTRY_PUSH_USER "$REGISTRY_PUSH_USER"
        SBS_REGISTRY_PUSH_PASSWORD_FILE "$ENV_DIR/secrets/registry-push.password"
        SBS_REGISTRY_RO_USER "$REGISTRY_RO_USER"
        SBS_REGISTRY_RO_PASSWORD_FILE "$ENV_DIR/secrets/registry-readonly.password"
        SBS_REGISTRY_AUTHFILE "$ENV_DIR/auth.json"
        SBS_REGISTRY_RO_AUTHFILE "$ENV_DIR/auth-readonly.json"
        SBS_CERT_DIR "$ENV_DIR/certs.d/$reg"
        SBS_BASE_IMAGE "$BASE_IMAGE"
        SBS_GIT_URL "$(git_url)"
        SBS_GIT_FILE_URL "file://$ENV_DIR/git/sample-app.git"
        SBS_GIT_BRANCH "$GIT_BRANCH_MAIN"
        SBS_GIT_COMMIT "$GIT_COMMIT"
        SBS_GIT_BROKEN_BRANCH "$GIT_BRANCH_BROKEN"
        SBS_GIT_BROKEN_COMMIT "$GIT_BROKEN_COMMIT"
        SBS_GIT_PAGE_BRANCH "$GIT_BRANCH_PAGE"
        SBS_GIT_PAGE_COMMIT "$GIT_PAGE_COMMIT"
        SBS_GIT_KEY "$ENV_DIR/ssh/deploy_key"
        SBS_GIT_KNOWN_HOSTS "$ENV_DIR/ssh/known_hosts"
        SBS_GIT_SSH_COMMAND "$(git_ssh_command)"
        SBS_SSH_PORT "$SSH_PORT"
        SBS_CONTAINERS_ROOT "$ENV_DIR/containers/storage"
        SBS_CONTAINERS_RUNROOT "$ENV_DIR/containers/run"
        SBS_CONTAINERS_STORAGE_CONF "$ENV_DIR/containers/storage.conf"
        SBS_CONTAINERS_POLICY "$ENV_DIR/containers/policy.json"
        SBS_REGISTRIES_D "$ENV_DIR/containers/registries.d"
        SBS_SIGSTORE "$ENV_DIR/sigstore"
    )
    local i
    {
        cat <<'EOF_HEAD'
# SBS local environment, written by scripts/local-env.sh start. Source it.
# Registry access: buildah/skopeo --cert-dir "$SBS_CERT_DIR" and either
#   --authfile "$SBS_REGISTRY_AUTHFILE" (or REGISTRY_AUTH_FILE="$SBS_REGISTRY_AUTHFILE"), or
#   --creds "$SBS_REGISTRY_PUSH_USER:$(cat "$SBS_REGISTRY_PUSH_PASSWORD_FILE")".
# Builds: buildah --storage-driver vfs --root "$SBS_CONTAINERS_ROOT"
#   --runroot "$SBS_CONTAINERS_RUNROOT" bud --isolation chroot ...
# Signing: skopeo --registries.d "$SBS_REGISTRIES_D" copy --sign-by ... (lookaside $SBS_SIGSTORE).
# Git: GIT_SSH_COMMAND="$SBS_GIT_SSH_COMMAND" git clone "$SBS_GIT_URL".
EOF_HEAD
        for ((i = 0; i < ${#vars[@]}; i += 2)); do
            printf 'export %s=%q\n' "${vars[i]}" "${vars[i + 1]}"
        done
    } | write_file_if_changed "$ENV_DIR/env.sh"
}

cmd_start() {
    need_cmd openssl docker-registry htpasswd curl skopeo buildah ssh ssh-keygen ssh-keyscan \
        git file setsid flock
    [ -x "$SSHD_BIN" ] || die "$SSHD_BIN is missing (install openssh-server)"
    local t0
    t0="$(now_ms)"
    prepare_dir
    take_lock
    STATE_FILE="$ENV_DIR/state"
    log "environment directory $ENV_DIR"

    make_registry_cert "$ENV_DIR/pki"
    start_registry
    write_containers_config
    ensure_base_image
    start_sshd
    write_known_hosts
    populate_git
    verify_git_clone
    write_env

    local t1
    t1="$(now_ms)"
    log "ready in $(((t1 - t0) / 1000)).$(printf '%03d' $(((t1 - t0) % 1000)))s:" \
        "registry $REGISTRY_PORT, sshd $SSH_PORT; source $ENV_DIR/env.sh"
}

cmd_stop() {
    if [ ! -d "$ENV_DIR" ]; then
        log "nothing to stop: $ENV_DIR does not exist"
        return 0
    fi
    [ -O "$ENV_DIR" ] || die "$ENV_DIR belongs to another user"
    [ -f "$ENV_DIR/.sbs-localenv" ] || die "$ENV_DIR is not a local environment; leaving it alone"
    take_lock
    stop_service sshd "$(sshd_pidfile)" "$(sshd_config)"
    stop_service registry "$(registry_pidfile)" "$(registry_config)"
    if [ "$PURGE" -eq 1 ]; then
        purge_dir
    else
        log "stopped; files kept in $ENV_DIR (stop --purge removes them)"
    fi
}

# Removes the directory. The vfs storage can hold read-only directories and, after an
# interrupted build, mounts: release them first.
purge_dir() {
    [ -f "$ENV_DIR/.sbs-localenv" ] || die "$ENV_DIR is not a local environment; not removing it"
    if [ -d "$ENV_DIR/containers/storage" ] && [ -f "$ENV_DIR/containers/storage.conf" ]; then
        bh rm --all >/dev/null 2>&1 || true
        bh unmount --all >/dev/null 2>&1 || true
    fi
    local m
    while IFS= read -r m; do
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || log "could not unmount $m"
    done < <(awk -v d="$ENV_DIR/" 'index($5, d) == 1 { print $5 }' /proc/self/mountinfo | sort -r)
    chmod -R u+rwX "$ENV_DIR" 2>/dev/null || true
    rm -rf "$ENV_DIR"
    log "removed $ENV_DIR"
}

cmd_status() {
    STATE_FILE="$ENV_DIR/state"
    if [ ! -d "$ENV_DIR" ]; then
        echo "local environment $ENV_DIR: not created"
        return 3
    fi
    echo "local environment $ENV_DIR"
    local failed=0 pid port code
    pid="$(registry_pid)"
    port="$(state_get REGISTRY_PORT)"
    if [ -n "$pid" ]; then
        code="$(registry_http_code "$port")"
        if [ "$code" = "401" ]; then
            echo "  registry  running  pid $pid  https://127.0.0.1:$port (answers, asks for credentials)"
        else
            echo "  registry  running  pid $pid  https://127.0.0.1:$port but does not answer (HTTP '$code')"
            failed=1
        fi
    else
        echo "  registry  stopped"
        failed=1
    fi
    pid="$(sshd_pid)"
    port="$(state_get SSH_PORT)"
    if [ -n "$pid" ]; then
        if sshd_answers "$port"; then
            echo "  sshd      running  pid $pid  127.0.0.1:$port (answers with its host key)"
        else
            echo "  sshd      running  pid $pid  127.0.0.1:$port but does not answer"
            failed=1
        fi
    else
        echo "  sshd      stopped"
        failed=1
    fi
    [ "$failed" -eq 0 ] || return 3
}

cmd_env() {
    [ -f "$ENV_DIR/env.sh" ] || die "no environment in $ENV_DIR: run scripts/local-env.sh start first"
    grep '^export ' "$ENV_DIR/env.sh"
}

COMMAND=""
PURGE=0
ENV_DIR="${SBS_LOCALENV_DIR:-${XDG_RUNTIME_DIR:-/tmp}/sbs-localenv-$(id -u)}"
while [ $# -gt 0 ]; do
    case "$1" in
    start | stop | status | env)
        [ -z "$COMMAND" ] || die "only one command at a time (got $COMMAND and $1)"
        COMMAND="$1"
        ;;
    --dir)
        [ $# -ge 2 ] || die "--dir needs a directory"
        ENV_DIR="$2"
        shift
        ;;
    --dir=*) ENV_DIR="${1#--dir=}" ;;
    --purge) PURGE=1 ;;
    -h | --help)
        usage
        exit 0
        ;;
    *)
        usage >&2
        die "unknown argument: $1"
        ;;
    esac
    shift
done
[ -n "$COMMAND" ] || { usage >&2; exit 2; }
[ "$PURGE" -eq 0 ] || [ "$COMMAND" = stop ] || die "--purge goes with stop"
case "$ENV_DIR" in
/*) ;;
*) ENV_DIR="$PWD/$ENV_DIR" ;;
esac
ENV_DIR="$(realpath -m "$ENV_DIR")"
check_dir_name "$ENV_DIR"
# shellcheck disable=SC2034 # used by state_get and state_set in localenv/lib.sh
STATE_FILE="$ENV_DIR/state"
export NO_PROXY="127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}"
export no_proxy="$NO_PROXY"

case "$COMMAND" in
start) cmd_start ;;
stop) cmd_stop ;;
status) cmd_status ;;
env) cmd_env ;;
esac
