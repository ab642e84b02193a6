# shellcheck shell=bash
# sshd on a high loopback port with its own configuration, host key and authorized_keys, serving
# the bare git repositories under <dir>/git read-only to one deploy key.

SSH_DEFAULT_PORT="${SBS_LOCALENV_SSH_PORT:-2222}"
SSHD_BIN="/usr/sbin/sshd"

sshd_config() { printf '%s' "$ENV_DIR/ssh/sshd_config"; }
sshd_pidfile() { printf '%s' "$ENV_DIR/run/sshd.pid"; }
sshd_log() { printf '%s' "$ENV_DIR/logs/sshd.log"; }
sshd_pid() { service_pid "$(sshd_pidfile)" "$(sshd_config)"; }

ssh_user() { id -un; }

# sshd_answers PORT: true when our sshd (recognised by its host key) answers on PORT.
sshd_answers() {
    local port="$1" scanned expected
    expected="$(cut -d' ' -f2 "$ENV_DIR/ssh/ssh_host_ed25519_key.pub")"
    scanned="$(ssh-keyscan -T 2 -t ed25519 -p "$port" 127.0.0.1 2>/dev/null | awk '{print $3}')" || return 1
    [ -n "$scanned" ] && [ "$scanned" = "$expected" ]
}

make_ssh_keys() {
    mkdir -p "$ENV_DIR/ssh"
    chmod 0700 "$ENV_DIR/ssh"
    if [ ! -s "$ENV_DIR/ssh/ssh_host_ed25519_key" ]; then
        rm -f "$ENV_DIR/ssh/ssh_host_ed25519_key.pub"
        ssh-keygen -q -t ed25519 -N '' -C "sbs-localenv-host" -f "$ENV_DIR/ssh/ssh_host_ed25519_key"
    fi
    if [ ! -s "$ENV_DIR/ssh/deploy_key" ]; then
        rm -f "$ENV_DIR/ssh/deploy_key.pub"
        ssh-keygen -q -t ed25519 -N '' -C "sbs-localenv-deploy-key" -f "$ENV_DIR/ssh/deploy_key"
        log "created the deploy key $ENV_DIR/ssh/deploy_key"
    fi
    chmod 0600 "$ENV_DIR/ssh/ssh_host_ed25519_key" "$ENV_DIR/ssh/deploy_key"

    local git_shell
    git_shell="$(command -v git-shell)" || die "git-shell is not installed (package git)"
    # The deploy key may only fetch (git-upload-pack) repositories under <dir>/git.
    write_file_if_changed "$ENV_DIR/ssh/git-readonly" 0755 <<EOF_WRAPPER
#!/bin/sh
# Forced command of the deploy key: read-only git access to $ENV_DIR/git.
case "\$SSH_ORIGINAL_COMMAND" in
*..*) ;;
"git-upload-pack '$ENV_DIR/git/"*"'" | "git upload-pack '$ENV_DIR/git/"*"'")
    exec $git_shell -c "\$SSH_ORIGINAL_COMMAND" ;;
esac
echo "this deploy key is read-only: only clone and fetch of $ENV_DIR/git/* are allowed" >&2
exit 1
EOF_WRAPPER
    write_file_if_changed "$ENV_DIR/ssh/authorized_keys" 0600 <<EOF_KEYS
restrict,command="$ENV_DIR/ssh/git-readonly" $(cat "$ENV_DIR/ssh/deploy_key.pub")
EOF_KEYS
}

write_sshd_config() {
    local port="$1"
    write_file_if_changed "$(sshd_config)" 0600 <<EOF_CONFIG
# sshd of the SBS local environment: loopback only, public keys from one file, git only.
Port $port
ListenAddress 127.0.0.1
AddressFamily inet
HostKey $ENV_DIR/ssh/ssh_host_ed25519_key
PidFile $(sshd_pidfile)
AuthorizedKeysFile $ENV_DIR/ssh/authorized_keys
AuthenticationMethods publickey
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
HostbasedAuthentication no
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
AllowUsers $(ssh_user)
DisableForwarding yes
PermitTTY no
PermitUserRC no
PrintMotd no
AcceptEnv GIT_PROTOCOL
# sshd runs the forced command through the login shell; with SHLVL set, bash skips ~/.bashrc,
# so the user's shell start-up files can neither slow down nor corrupt the git protocol.
SetEnv SHLVL=1
LogLevel VERBOSE
MaxStartups 20:30:60
EOF_CONFIG
}

# try_start_sshd PORT: 0 when sshd runs and answers on PORT, 2 when the port was taken in the
# meantime, 1 on any other failure.
try_start_sshd() {
    local port="$1" i out
    write_sshd_config "$port"
    if ! out="$("$SSHD_BIN" -t -f "$(sshd_config)" 2>&1)"; then
        printf '%s\n' "$out" >&2
        die "sshd rejects its configuration $(sshd_config)"
    fi
    rm -f "$(sshd_pidfile)"
    : >"$(sshd_log)"
    # shellcheck disable=SC2094 # errors before -E takes effect go to the same log
    # sshd detaches itself (own session) and writes its PidFile; the lock descriptor is closed.
    if ! env -i PATH="$PATH" "$SSHD_BIN" -f "$(sshd_config)" -E "$(sshd_log)" \
        </dev/null >>"$(sshd_log)" 2>&1 9>&-; then
        if grep -q 'Address already in use' "$(sshd_log)"; then return 2; fi
        return 1
    fi
    for ((i = 0; i < 100; i++)); do
        if [ -n "$(sshd_pid)" ] && sshd_answers "$port"; then
            return 0
        fi
        sleep 0.1
    done
    stop_service sshd "$(sshd_pidfile)" "$(sshd_config)"
    return 1
}

start_sshd() {
    local port rc
    make_ssh_keys
    port="$(state_get SSH_PORT)"
    if [ -n "$(sshd_pid)" ] && [ -n "$port" ] && sshd_answers "$port"; then
        write_sshd_config "$port"
        if [ "$FILE_CHANGED" -eq 0 ]; then
            log "sshd already running on 127.0.0.1:$port (pid $(sshd_pid))"
            SSH_PORT="$port"
            return 0
        fi
        log "sshd configuration changed, restarting it"
    fi
    stop_service sshd "$(sshd_pidfile)" "$(sshd_config)"
    # Privilege separation directory that a root sshd insists on.
    if [ "$(id -u)" -eq 0 ] && [ ! -d /run/sshd ]; then
        mkdir -p /run/sshd
        chmod 0755 /run/sshd
    fi
    for port in $(port_candidates "$port" "$SSH_DEFAULT_PORT"); do
        rc=0
        try_start_sshd "$port" || rc=$?
        case "$rc" in
        0)
            SSH_PORT="$port"
            state_set SSH_PORT "$port"
            log "sshd listening on 127.0.0.1:$port (pid $(sshd_pid))"
            break
            ;;
        2) log "port $port was taken, trying the next one" ;;
        *)
            tail -n 20 "$(sshd_log)" >&2 || true
            die "sshd did not start; log: $(sshd_log)"
            ;;
        esac
    done
    [ -n "${SSH_PORT:-}" ] || die "no free port for sshd near $SSH_DEFAULT_PORT"
}

write_known_hosts() {
    write_file_if_changed "$ENV_DIR/ssh/known_hosts" <<EOF_KNOWN
[127.0.0.1]:$SSH_PORT $(cut -d' ' -f1,2 "$ENV_DIR/ssh/ssh_host_ed25519_key.pub")
EOF_KNOWN
}

# The ssh command git should use for the deploy key (for GIT_SSH_COMMAND).
git_ssh_command() {
    printf 'ssh -i %s -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=%s' \
        "$ENV_DIR/ssh/deploy_key" "$ENV_DIR/ssh/known_hosts"
}
