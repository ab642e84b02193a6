# shellcheck shell=bash
# Shared helpers for scripts/local-env.sh: messages, pid files, process trees, ports, state.
# Sourced, not run. Expects `set -euo pipefail` from the caller.

log() { printf 'local-env: %s\n' "$*" >&2; }
die() { printf 'local-env: error: %s\n' "$*" >&2; exit 1; }

need_cmd() {
    local c
    for c in "$@"; do
        command -v "$c" >/dev/null 2>&1 || die "'$c' is not installed (run scripts/install-deps.sh)"
    done
}

# Current time in milliseconds, for timings.
now_ms() { date +%s%3N; }

# cmdline_of PID: prints the command line of PID with spaces between the arguments (bash
# builtins only: this runs for every process on the machine when looking for leftovers).
cmdline_of() {
    local args=()
    { mapfile -d '' -t args <"/proc/$1/cmdline"; } 2>/dev/null || return 1
    [ ${#args[@]} -gt 0 ] || return 1
    printf '%s' "${args[*]}"
}

# pid_matches PID NEEDLE: true when PID is alive and its command line contains NEEDLE.
# Guards against acting on a pid file whose pid the kernel has since given to another program.
pid_matches() {
    local pid="$1" needle="$2" cmdline
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    cmdline="$(cmdline_of "$pid")" || return 1
    [[ "$cmdline" == *"$needle"* ]]
}

# read_pid FILE: prints the pid stored in FILE, or nothing.
read_pid() {
    [ -f "$1" ] || return 0
    local pid
    pid="$(head -n1 "$1" 2>/dev/null | tr -dc '0-9')"
    printf '%s' "$pid"
}

# service_pid PIDFILE NEEDLE: prints the pid when the service recorded in PIDFILE is running.
service_pid() {
    local pid
    pid="$(read_pid "$1")"
    if [ -n "$pid" ] && pid_matches "$pid" "$2"; then
        printf '%s' "$pid"
    fi
}

# descendants PID: prints every descendant of PID, children before grandchildren.
descendants() {
    local child
    for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
        printf '%s\n' "$child"
        descendants "$child"
    done
}

# pids_with_arg NEEDLE: pids of processes whose command line contains NEEDLE (an exact path
# inside the environment directory, so only processes this script started can match).
pids_with_arg() {
    local needle="$1" p args=()
    for p in /proc/[0-9]*; do
        p="${p#/proc/}"
        [ "$p" = "$$" ] && continue
        { mapfile -d '' -t args <"/proc/$p/cmdline"; } 2>/dev/null || continue
        [[ "${args[*]}" == *"$needle"* ]] && printf '%s\n' "$p"
    done
    return 0
}

# wait_gone PID...: waits up to 5 s until none of the processes runs (a zombie counts as gone);
# returns 1 if one still runs then.
wait_gone() {
    local p i alive
    for ((i = 0; i < 50; i++)); do
        alive=0
        for p in "$@"; do
            if kill -0 "$p" 2>/dev/null && ! grep -q '^State:.*Z' "/proc/$p/status" 2>/dev/null; then
                alive=1
            fi
        done
        [ "$alive" -eq 0 ] && return 0
        sleep 0.1
    done
    return 1
}

# terminate PID...: SIGTERM, wait up to 5 s, then SIGKILL whatever is left and wait until the
# kernel has reaped it, so no caller sees it alive afterwards.
terminate() {
    local pids=() p
    for p in "$@"; do
        [ -n "$p" ] && kill -0 "$p" 2>/dev/null && pids+=("$p")
    done
    [ ${#pids[@]} -eq 0 ] && return 0
    kill -TERM "${pids[@]}" 2>/dev/null || true
    wait_gone "${pids[@]}" && return 0
    kill -KILL "${pids[@]}" 2>/dev/null || true
    wait_gone "${pids[@]}" || echo "local-env: process ${pids[*]} did not end after SIGKILL" >&2
}

# stop_service NAME PIDFILE NEEDLE: stops the service and all its descendants.
stop_service() {
    local name="$1" pidfile="$2" needle="$3" pid targets=()
    local more=()
    pid="$(service_pid "$pidfile" "$needle")"
    if [ -n "$pid" ]; then
        mapfile -t more < <(descendants "$pid")
        targets+=("${more[@]}" "$pid")
    fi
    # Leftovers whose pid file was lost, recognised by their private configuration file.
    local extra
    for extra in $(pids_with_arg "$needle"); do
        if [[ " ${targets[*]} " != *" $extra "* ]]; then
            mapfile -t more < <(descendants "$extra")
            targets+=("${more[@]}" "$extra")
        fi
    done
    if [ ${#targets[@]} -gt 0 ]; then
        log "stopping $name (pid ${targets[*]})"
        terminate "${targets[@]}"
    fi
    rm -f "$pidfile"
}

# listening_ports: the TCP ports something listens on, one per line.
listening_ports() {
    if command -v ss >/dev/null 2>&1; then
        ss -Hltn 2>/dev/null | awk '{ n = split($4, a, ":"); print a[n] }' | sort -un
    else
        # /proc/net/tcp{,6}: state 0A is LISTEN, the port is the hex after the colon.
        local hex
        cat /proc/net/tcp /proc/net/tcp6 2>/dev/null |
            awk '$4 == "0A" { split($2, a, ":"); print a[2] }' |
            while read -r hex; do printf '%d\n' "0x$hex"; done | sort -un
    fi
}

# port_candidates PREFERRED DEFAULT: the ports to try, in order: PREFERRED (the one used last
# time, may be empty), DEFAULT, then the next 200 ports above DEFAULT; busy ports are skipped.
port_candidates() {
    local preferred="$1" default="$2" p seen=" " busy
    busy=" $(listening_ports | tr '\n' ' ') "
    for p in $preferred $(seq "$default" $((default + 200))); do
        [[ "$seen" == *" $p "* ]] && continue
        seen+="$p "
        [[ "$busy" == *" $p "* ]] || printf '%s\n' "$p"
    done
}

# state_get KEY / state_set KEY VALUE: small key=value store in $STATE_FILE.
state_get() {
    [ -f "$STATE_FILE" ] || return 0
    sed -n "s/^$1=//p" "$STATE_FILE" | tail -n1
}
state_set() {
    local tmp
    tmp="$(mktemp "$STATE_FILE.XXXXXX")"
    if [ -f "$STATE_FILE" ]; then grep -v "^$1=" "$STATE_FILE" >"$tmp" || true; fi
    printf '%s=%s\n' "$1" "$2" >>"$tmp"
    mv -f "$tmp" "$STATE_FILE"
}

# write_file_if_changed FILE [MODE]: replaces FILE with stdin only when the content differs;
# sets FILE_CHANGED to 1 when it wrote the file, 0 otherwise. Unchanged files cost no process.
FILE_CHANGED=0
write_file_if_changed() {
    local file="$1" mode="${2:-0644}" new="" old="" tmp
    IFS= read -r -d '' new || true
    if [ -f "$file" ]; then
        { IFS= read -r -d '' old <"$file"; } 2>/dev/null || true
        if [ "$new" = "$old" ]; then
            FILE_CHANGED=0
            return 0
        fi
    fi
    tmp="$(mktemp "$file.XXXXXX")"
    printf '%s' "$new" >"$tmp"
    chmod "$mode" "$tmp"
    mv -f "$tmp" "$file"
    # shellcheck disable=SC2034 # read by the callers
    FILE_CHANGED=1
}
