#!/usr/bin/env bash
# A working local server for the desktop app: starts scripts/local-env.sh, makes certificates
# with sbsctl, starts sbs-server on 127.0.0.1 in the background and writes a ready profile.
#
#     scripts/demo.sh start     # prints the path of the profile's sbs-config.json
#     scripts/demo.sh stop      # stops sbs-server and the local environment, keeps the files
#
# Folder: $SBS_DEMO_DIR, else ${XDG_STATE_HOME:-$HOME/.local/state}/sbs-desktop/demo.
# Port: $SBS_DEMO_PORT (default 18443). Programs: $SBS_BUILD_DIR/bin (default build/bin).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${SBS_BUILD_DIR:-$root/build}/bin"
demo="${SBS_DEMO_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/sbs-desktop/demo}"
port="${SBS_DEMO_PORT:-18443}"
profile="$demo/profile"
config="$profile/sbs-config.json"
pidfile="$demo/sbs-server.pid"

log() { printf 'demo: %s\n' "$*" >&2; }
die() { printf 'demo: error: %s\n' "$*" >&2; exit 1; }

# The pid of our sbs-server, when it still runs.
server_pid() {
    local pid
    pid=$(cat "$pidfile" 2>/dev/null) || return 1
    [ -n "$pid" ] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "sbs-server .*--data-dir $demo/server" ||
        return 1
    echo "$pid"
}

write_config() {
    local key_file="$SBS_GIT_KEY"
    (umask 077 && cat >"$config" <<JSON
{
    "HOSTNAME": "127.0.0.1",
    "CICD_PORT": "$port",
    "RUNTIME_TYPE": "on-prem",
    "CONTAINER_NAME": "demo",
    "GITHUB_URL": "$SBS_GIT_URL",
    "GITHUB_BRANCH": "$SBS_GIT_BRANCH",
    "GITHUB_KEY_FILE": "$key_file",
    "DOCKER_PUSH_SERVER": "$SBS_REGISTRY",
    "DOCKER_REPO": "demo/sample-app",
    "DOCKER_USER": "$SBS_REGISTRY_PUSH_USER",
    "DOCKER_PASSWORD": "$(cat "$SBS_REGISTRY_PUSH_PASSWORD_FILE")",
    "DOCKER_BASE_SERVER": "$SBS_REGISTRY",
    "DOCKER_BASE_USER": "$SBS_REGISTRY_RO_USER",
    "DOCKER_BASE_PASSWORD": "$(cat "$SBS_REGISTRY_RO_PASSWORD_FILE")",
    "IMAGE_TAG": "1.3.0",
    "IMAGE_TAG_PREFIX": "demo",
    "ARG": {
        "GREETING": "hello from the demo"
    }
}
JSON
    )
}

cmd_start() {
    [ -x "$bin/sbs-server" ] && [ -x "$bin/sbsctl" ] || die "build the project first (no $bin/sbs-server or sbsctl)"
    mkdir -p "$demo" "$profile"
    chmod 0700 "$demo" "$profile"
    "$root/scripts/local-env.sh" start --dir "$demo/env" >&2 || die "the local environment did not start"
    # shellcheck disable=SC1091
    source "$demo/env/env.sh"

    [ -f "$config" ] || write_config
    (
        cd "$profile"
        if ! ls .demo-* >/dev/null 2>&1; then
            "$bin/sbsctl" create-client-cert --env sbs-config.json >&2
        fi
        "$bin/sbsctl" create-server-cert --env sbs-config.json >&2
    ) || die "sbsctl could not make the certificates"
    local certs
    certs=$(find "$profile" -maxdepth 1 -type d -name '.demo-*.d' | head -n1)
    [ -n "$certs" ] && [ -f "$certs/server-cert.pem" ] || die "no server certificate in $profile"

    if pid=$(server_pid); then
        log "sbs-server runs already (pid $pid)"
    else
        # The log is appended to: only lines after this start count as its "listening".
        local logged
        started_listening() {
            awk -v n="$logged" -v want="listening on port $port" 'NR > n && index($0, want) { found = 1 }
                END { exit !found }' "$demo/sbs-server.log" 2>/dev/null
        }
        logged=$(wc -l 2>/dev/null <"$demo/sbs-server.log" || echo 0)
        "$bin/sbs-server" --listen "127.0.0.1:$port" --data-dir "$demo/server" \
            --client-ca "$certs/client-ca.pem" --server-cert "$certs/server-cert.pem" \
            --server-key "$certs/server-cert-key.pem" --registry-cert-dir "$SBS_CERT_DIR" \
            --storage-driver vfs --containers-root "$SBS_CONTAINERS_ROOT" \
            --containers-runroot "$SBS_CONTAINERS_RUNROOT" --isolation chroot \
            --signature-store "$demo/signatures" >>"$demo/sbs-server.log" 2>&1 </dev/null &
        echo $! >"$pidfile"
        for _ in $(seq 100); do
            started_listening && break
            server_pid >/dev/null || die "sbs-server stopped; see $demo/sbs-server.log"
            sleep 0.1
        done
        started_listening || die "sbs-server does not listen; see $demo/sbs-server.log"
        log "sbs-server listens on 127.0.0.1:$port (log: $demo/sbs-server.log)"
    fi
    echo "$config"
}

cmd_stop() {
    if pid=$(server_pid); then
        kill "$pid"
        for _ in $(seq 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        log "sbs-server stopped"
    fi
    rm -f "$pidfile"
    if [ -d "$demo/env" ]; then
        "$root/scripts/local-env.sh" stop --dir "$demo/env" >&2
    fi
}

case "${1:-}" in
start) cmd_start ;;
stop) cmd_stop ;;
*) die "usage: $0 start|stop" ;;
esac
