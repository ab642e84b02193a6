#!/usr/bin/env bash
# Integration test of scripts/local-env.sh with the real parts: docker-registry (TLS, htpasswd),
# sshd serving git to a deploy key, buildah and skopeo. It starts an environment in a temporary
# directory, uses it the way an SBS does, stops it and checks that nothing it started survives.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
localenv="$repo/scripts/local-env.sh"
work="$(mktemp -d "${TMPDIR:-/tmp}/sbs-localenv-test.XXXXXX")"
dir="$work/env"
export NO_PROXY="127.0.0.1,localhost" no_proxy="127.0.0.1,localhost"

failures=0
ok() { printf 'ok    %s\n' "$*"; }
fail() {
    printf 'FAIL  %s\n' "$*" >&2
    failures=$((failures + 1))
}
fatal() {
    printf 'FAIL  %s\n' "$*" >&2
    exit 1
}
now_ms() { date +%s%3N; }
seconds_since() { local d=$(($(now_ms) - $1)); printf '%d.%03d' $((d / 1000)) $((d % 1000)); }

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ -d "$work/gnupg" ]; then
        GNUPGHOME="$work/gnupg" gpgconf --kill all >/dev/null 2>&1 || true
    fi
    "$localenv" stop --purge --dir "$dir" >/dev/null 2>&1 || true
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# running PID: true while PID exists and is not a zombie waiting for its parent to reap it.
running() {
    [ -e "/proc/$1" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null
}

# pids of processes whose command line mentions PATH (only processes of this test can).
pids_mentioning() {
    local p args=()
    for p in /proc/[0-9]*; do
        p="${p#/proc/}"
        [ "$p" = "$$" ] && continue
        { mapfile -d '' -t args <"/proc/$p/cmdline"; } 2>/dev/null || continue
        [[ "${args[*]}" == *"$1"* ]] && printf '%s ' "$p"
    done
    return 0
}

# --- start, twice -------------------------------------------------------------------------
t0="$(now_ms)"
"$localenv" start --dir "$dir" || fatal "start failed"
echo "timing: first start took $(seconds_since "$t0")s"
"$localenv" status --dir "$dir" || fatal "status does not report a running environment"
registry_pid="$(cat "$dir/run/registry.pid")"
sshd_pid="$(cat "$dir/run/sshd.pid")"

t0="$(now_ms)"
"$localenv" start --dir "$dir" || fatal "second start failed"
echo "timing: second start took $(seconds_since "$t0")s"
if [ "$(cat "$dir/run/registry.pid")" = "$registry_pid" ] && [ "$(cat "$dir/run/sshd.pid")" = "$sshd_pid" ]; then
    ok "start is idempotent: the same registry and sshd keep running"
else
    fail "a second start replaced running services"
fi

# --- env ----------------------------------------------------------------------------------
"$localenv" env --dir "$dir" >"$work/env.out" || fatal "env failed"
# shellcheck disable=SC1091
source "$work/env.out"
if diff <(grep '^export ' "$dir/env.sh") "$work/env.out" >/dev/null; then
    ok "env prints what $dir/env.sh holds"
else
    fail "env output differs from env.sh"
fi
for v in SBS_LOCALENV_DIR SBS_REGISTRY SBS_REGISTRY_CA SBS_REGISTRY_PUSH_USER \
    SBS_REGISTRY_PUSH_PASSWORD_FILE SBS_REGISTRY_RO_USER SBS_REGISTRY_RO_PASSWORD_FILE \
    SBS_REGISTRY_AUTHFILE SBS_CERT_DIR SBS_BASE_IMAGE SBS_GIT_URL SBS_GIT_BROKEN_BRANCH \
    SBS_GIT_KEY SBS_SSH_PORT SBS_CONTAINERS_ROOT SBS_CONTAINERS_RUNROOT; do
    [ -n "${!v:-}" ] || fail "env does not set $v"
done
[ "$SBS_LOCALENV_DIR" = "$dir" ] || fail "SBS_LOCALENV_DIR is $SBS_LOCALENV_DIR, not $dir"
for f in "$SBS_REGISTRY_PUSH_PASSWORD_FILE" "$SBS_REGISTRY_RO_PASSWORD_FILE" "$SBS_GIT_KEY" "$SBS_REGISTRY_AUTHFILE"; do
    [ "$(stat -c %a "$f")" = 600 ] || fail "$f is not mode 0600"
done
[ -f "$SBS_CERT_DIR/ca.crt" ] || fail "no ca.crt in $SBS_CERT_DIR"
[ "$SBS_CERT_DIR" = "$dir/certs.d/$SBS_REGISTRY" ] || fail "SBS_CERT_DIR is not certs.d/<registry>"
ok "env describes the environment"

push_creds="$SBS_REGISTRY_PUSH_USER:$(cat "$SBS_REGISTRY_PUSH_PASSWORD_FILE")"
ro_creds="$SBS_REGISTRY_RO_USER:$(cat "$SBS_REGISTRY_RO_PASSWORD_FILE")"

# --- registry -----------------------------------------------------------------------------
openssl x509 -in "$SBS_REGISTRY_CA" -noout >/dev/null || fail "the CA is not a certificate"
if echo | openssl s_client -connect "$SBS_REGISTRY" -CAfile "$SBS_REGISTRY_CA" \
    -verify_return_error -verify_ip 127.0.0.1 2>/dev/null | grep -q 'Verify return code: 0'; then
    ok "the registry's certificate verifies against the CA for IP 127.0.0.1"
else
    fail "the registry's certificate does not verify for 127.0.0.1"
fi
if skopeo inspect --cert-dir "$SBS_CERT_DIR" --creds "$push_creds" "docker://$SBS_BASE_IMAGE" >"$work/inspect.json"; then
    ok "skopeo inspect of $SBS_BASE_IMAGE with the push user"
else
    fail "skopeo inspect with the push user"
fi
grep -q '"Architecture"' "$work/inspect.json" || fail "skopeo inspect printed no image metadata"
if skopeo inspect --cert-dir "$SBS_CERT_DIR" --creds "$ro_creds" "docker://$SBS_BASE_IMAGE" >/dev/null; then
    ok "skopeo inspect with the read-only user"
else
    fail "skopeo inspect with the read-only user"
fi
if skopeo inspect --cert-dir "$SBS_CERT_DIR" --authfile "$SBS_REGISTRY_AUTHFILE" "docker://$SBS_BASE_IMAGE" >/dev/null; then
    ok "skopeo inspect with the auth file"
else
    fail "skopeo inspect with the auth file"
fi
if skopeo inspect --cert-dir "$SBS_CERT_DIR" --creds "$SBS_REGISTRY_PUSH_USER:wrong-password" \
    "docker://$SBS_BASE_IMAGE" >/dev/null 2>"$work/wrong.err"; then
    fail "the registry accepted a wrong password"
elif grep -qi 'unauthorized\|authentication required' "$work/wrong.err"; then
    ok "the registry refuses a wrong password"
else
    fail "a wrong password failed for another reason: $(cat "$work/wrong.err")"
fi
if skopeo inspect --creds "$push_creds" "docker://$SBS_BASE_IMAGE" >/dev/null 2>"$work/noca.err"; then
    fail "skopeo trusted the registry without the local CA"
elif grep -qi 'certificate signed by unknown authority' "$work/noca.err"; then
    ok "without --cert-dir the registry's certificate is not trusted"
else
    fail "without --cert-dir skopeo failed for another reason: $(cat "$work/noca.err")"
fi

# --- git over ssh -------------------------------------------------------------------------
if GIT_SSH_COMMAND="ssh -i $SBS_GIT_KEY -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -p $SBS_SSH_PORT" \
    git clone -q "$SBS_GIT_URL" "$work/clone" && [ -f "$work/clone/Dockerfile" ]; then
    ok "git clone over ssh with the deploy key gets the Dockerfile"
else
    fatal "git clone over ssh with the deploy key"
fi
[ "$(git -C "$work/clone" rev-parse HEAD)" = "$SBS_GIT_COMMIT" ] || fail "the clone's HEAD is not SBS_GIT_COMMIT"
grep -q "^ARG BASE=$SBS_BASE_IMAGE\$" "$work/clone/Dockerfile" || fail "the Dockerfile does not name $SBS_BASE_IMAGE"
if GIT_SSH_COMMAND="$SBS_GIT_SSH_COMMAND" git clone -q -b "$SBS_GIT_BROKEN_BRANCH" "$SBS_GIT_URL" "$work/broken"; then
    ok "git clone of branch $SBS_GIT_BROKEN_BRANCH with strict host key checking"
else
    fail "git clone of the broken branch with SBS_GIT_SSH_COMMAND"
fi
[ "$(git -C "$work/broken" rev-parse HEAD)" = "$SBS_GIT_BROKEN_COMMIT" ] || fail "the broken clone's HEAD is not SBS_GIT_BROKEN_COMMIT"
if git clone -q "$SBS_GIT_FILE_URL" "$work/file-clone" && [ -f "$work/file-clone/app.sh" ]; then
    ok "git clone of the file:// URL"
else
    fail "git clone of $SBS_GIT_FILE_URL"
fi

ssh-keygen -q -t ed25519 -N '' -f "$work/other_key"
if GIT_SSH_COMMAND="ssh -i $work/other_key -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -p $SBS_SSH_PORT" \
    git clone -q "$SBS_GIT_URL" "$work/refused" 2>"$work/refused.err"; then
    fail "sshd let a key that is not the deploy key clone"
elif grep -q 'Permission denied' "$work/refused.err"; then
    ok "a clone with another key is refused"
else
    fail "a clone with another key failed for another reason: $(cat "$work/refused.err")"
fi
git -C "$work/clone" -c user.name=t -c user.email=t@sbs.invalid commit -q --allow-empty -m "must not land"
if GIT_SSH_COMMAND="$SBS_GIT_SSH_COMMAND" git -C "$work/clone" push -q origin HEAD:refs/heads/intruder 2>"$work/push.err"; then
    fail "the deploy key could push"
elif grep -q 'read-only' "$work/push.err"; then
    ok "the deploy key cannot push"
else
    fail "a push failed for another reason: $(cat "$work/push.err")"
fi

# --- buildah on the private storage ----------------------------------------------------------
bh() {
    CONTAINERS_STORAGE_CONF="$SBS_CONTAINERS_STORAGE_CONF" buildah --storage-driver vfs \
        --root "$SBS_CONTAINERS_ROOT" --runroot "$SBS_CONTAINERS_RUNROOT" "$@"
}
greeting="bonjour-$$"
t0="$(now_ms)"
if bh bud --isolation chroot --signature-policy "$SBS_CONTAINERS_POLICY" \
    --cert-dir "$SBS_CERT_DIR" --authfile "$SBS_REGISTRY_RO_AUTHFILE" \
    --build-arg "GREETING=$greeting" -t localhost/sample-app:test "$work/clone" >"$work/build.log" 2>&1; then
    ok "buildah bud of the sample app (base pulled from the registry) took $(seconds_since "$t0")s"
else
    cat "$work/build.log" >&2
    fatal "buildah bud of the sample app"
fi
grep -q "greeting: $greeting" "$work/build.log" || fail "the RUN step did not see GREETING=$greeting"
ctr="$(bh from --pull=never localhost/sample-app:test)"
if [ "$(bh run --isolation chroot "$ctr" -- cat /app/www/greeting.txt)" = "$greeting" ] &&
    bh run --isolation chroot "$ctr" -- /app/app.sh --check >/dev/null; then
    ok "the image holds the COPYed app and the greeting from the build argument"
else
    fail "the built image does not hold the greeting"
fi
bh rm "$ctr" >/dev/null

if bh bud --isolation chroot --signature-policy "$SBS_CONTAINERS_POLICY" \
    --cert-dir "$SBS_CERT_DIR" --authfile "$SBS_REGISTRY_RO_AUTHFILE" \
    -t localhost/sample-app:broken "$work/broken" >"$work/broken.log" 2>&1; then
    fail "the broken branch built"
elif grep -q 'exit status 3' "$work/broken.log"; then
    ok "the broken branch fails with exit status 3"
else
    cat "$work/broken.log" >&2
    fail "the broken branch failed for another reason"
fi

# --- push, read back, sign through registries.d ------------------------------------------
app="$SBS_REGISTRY/sample/app"
if bh push --signature-policy "$SBS_CONTAINERS_POLICY" --cert-dir "$SBS_CERT_DIR" \
    --authfile "$SBS_REGISTRY_AUTHFILE" localhost/sample-app:test "docker://$app:test" >/dev/null 2>&1 &&
    skopeo inspect --cert-dir "$SBS_CERT_DIR" --creds "$ro_creds" "docker://$app:test" >/dev/null; then
    ok "pushed the sample app with the push user, read it back with the read-only user"
else
    fail "push of the sample app or reading it back"
fi

export GNUPGHOME="$work/gnupg"
mkdir -m 0700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-gen-key "SBS localenv test <localenv-test@sbs.invalid>" ed25519 sign never 2>/dev/null
fpr="$(gpg --batch --with-colons --list-secret-keys 2>/dev/null | awk -F: '$1 == "fpr" { print $10; exit }')"
gpg --batch --armor --export "$fpr" >"$work/signing-key.asc"
if skopeo --policy "$SBS_CONTAINERS_POLICY" --registries.d "$SBS_REGISTRIES_D" copy --quiet \
    --src-cert-dir "$SBS_CERT_DIR" --dest-cert-dir "$SBS_CERT_DIR" \
    --src-authfile "$SBS_REGISTRY_AUTHFILE" --dest-authfile "$SBS_REGISTRY_AUTHFILE" \
    --sign-by "$fpr" "docker://$app:test" "docker://$app:signed" &&
    find "$SBS_SIGSTORE/sample/app@"* -name 'signature-*' | grep -q .; then
    ok "skopeo copy --sign-by wrote a simple signature to the lookaside store"
else
    fail "signing through registries.d"
fi
cat >"$work/signed-policy.json" <<EOF
{
    "default": [{"type": "reject"}],
    "transports": {
        "docker": {
            "$SBS_REGISTRY": [{"type": "signedBy", "keyType": "GPGKeys", "keyPath": "$work/signing-key.asc"}]
        },
        "dir": {"": [{"type": "insecureAcceptAnything"}]}
    }
}
EOF
if skopeo --policy "$work/signed-policy.json" --registries.d "$SBS_REGISTRIES_D" copy --quiet \
    --src-cert-dir "$SBS_CERT_DIR" --src-authfile "$SBS_REGISTRY_RO_AUTHFILE" \
    "docker://$app:signed" "dir:$work/signed-copy"; then
    ok "a policy that demands the signature accepts the signed image"
else
    fail "the signed image did not pass a signedBy policy"
fi
if skopeo --policy "$work/signed-policy.json" --registries.d "$SBS_REGISTRIES_D" copy --quiet \
    --src-cert-dir "$SBS_CERT_DIR" --src-authfile "$SBS_REGISTRY_RO_AUTHFILE" \
    "docker://$SBS_BASE_IMAGE" "dir:$work/unsigned-copy" 2>/dev/null; then
    fail "an unsigned image passed a signedBy policy"
else
    ok "the same policy rejects the unsigned base image"
fi
gpgconf --kill all >/dev/null 2>&1 || true

# --- stop, start again, stop --purge ------------------------------------------------------
"$localenv" stop --dir "$dir" || fatal "stop failed"
for p in "$registry_pid" "$sshd_pid"; do
    if running "$p"; then fail "pid $p still runs after stop"; fi
done
left="$(pids_mentioning "$dir")"
[ -z "$left" ] || fail "processes still mention $dir after stop: $left"
[ -f "$dir/env.sh" ] || fail "stop removed the directory; only stop --purge should"
if "$localenv" status --dir "$dir" >/dev/null; then fail "status reports a stopped environment as running"; fi
ok "stop ends the services and keeps the files"

t0="$(now_ms)"
"$localenv" start --dir "$dir" || fatal "start after stop failed"
echo "timing: start after stop took $(seconds_since "$t0")s"
if (
    # shellcheck disable=SC1091
    source "$dir/env.sh"
    [ "$SBS_GIT_COMMIT" = "$(git -C "$work/clone" rev-parse origin/main)" ] || exit 1
    [ "$push_creds" = "$SBS_REGISTRY_PUSH_USER:$(cat "$SBS_REGISTRY_PUSH_PASSWORD_FILE")" ] || exit 1
    skopeo inspect --cert-dir "$SBS_CERT_DIR" --authfile "$SBS_REGISTRY_AUTHFILE" "docker://$app:test" >/dev/null
); then
    ok "a restarted environment keeps its commits, passwords and images"
else
    fail "the restarted environment lost state"
fi
registry_pid="$(cat "$dir/run/registry.pid")"
sshd_pid="$(cat "$dir/run/sshd.pid")"

"$localenv" stop --purge --dir "$dir" || fatal "stop --purge failed"
[ ! -e "$dir" ] || fail "stop --purge left $dir"
for p in "$registry_pid" "$sshd_pid"; do
    if running "$p"; then fail "pid $p still runs after stop --purge"; fi
done
left="$(pids_mentioning "$work")"
[ -z "$left" ] || fail "processes still mention $work after stop --purge: $left"
ok "stop --purge ends every process and removes the directory"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"
