# shellcheck shell=bash
# The bare repository sample-app.git: branch main (the sample application), branch broken
# (the same application whose RUN step exits 3) and branch page (main with one file changed). Commits have fixed authors and dates, so with
# the same registry port the commit hashes are the same on every machine.

# In the source tree the sample is a test fixture; the package installs it as sample-app/.
SAMPLE_APP_FIXTURE="$REPO_ROOT/tests/fixtures/sample-app"
[ -d "$SAMPLE_APP_FIXTURE" ] || SAMPLE_APP_FIXTURE="$REPO_ROOT/sample-app"
SAMPLE_APP_DEFAULT_BASE="127.0.0.1:5443/base/busybox:latest"
GIT_BRANCH_MAIN="main"
GIT_BRANCH_BROKEN="broken"
GIT_BRANCH_PAGE="page"

# git_fixed ARGS...: git with no user or system configuration and a fixed identity and date.
git_fixed() {
    GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 \
        GIT_AUTHOR_NAME="SBS Sample" GIT_AUTHOR_EMAIL="sample@sbs.invalid" \
        GIT_COMMITTER_NAME="SBS Sample" GIT_COMMITTER_EMAIL="sample@sbs.invalid" \
        git "$@"
}

# commit_tree PARENT DATE MESSAGE SRC: writes a commit straight into the bare repository, without
# a work tree: the tree of PARENT (none when empty) with the files of SRC added or replaced.
# File modes are normalised (*.sh 0755, everything else 0644) and the Dockerfile names the base
# image that actually runs, so the commit depends only on the fixture and the registry port.
commit_tree() {
    local parent="$1" date="$2" message="$3" src="$4"
    local bare="$ENV_DIR/git/sample-app.git" f rel blob mode entries=""
    local index="$bare/sbs-localenv.index"
    rm -f "$index"
    if [ -n "$parent" ]; then
        GIT_INDEX_FILE="$index" git_fixed --git-dir="$bare" read-tree "$parent"
    fi
    while IFS= read -r -d '' f; do
        rel="${f#"$src"/}"
        case "$rel" in
        Dockerfile | */Dockerfile)
            blob="$(sed "s|$SAMPLE_APP_DEFAULT_BASE|$BASE_IMAGE|" "$f" |
                git_fixed --git-dir="$bare" hash-object -w --stdin)"
            ;;
        *) blob="$(git_fixed --git-dir="$bare" hash-object -w -- "$f")" ;;
        esac
        case "$rel" in
        *.sh) mode=100755 ;;
        *) mode=100644 ;;
        esac
        entries+="$mode $blob"$'\t'"$rel"$'\n'
    done < <(find "$src" -type f -print0 | sort -z)
    printf '%s' "$entries" | GIT_INDEX_FILE="$index" git_fixed --git-dir="$bare" update-index --add --index-info
    local tree
    tree="$(GIT_INDEX_FILE="$index" git_fixed --git-dir="$bare" write-tree)"
    rm -f "$index"
    GIT_AUTHOR_DATE="$date" GIT_COMMITTER_DATE="$date" \
        git_fixed --git-dir="$bare" commit-tree "$tree" ${parent:+-p "$parent"} -m "$message"
}

populate_git() {
    local bare="$ENV_DIR/git/sample-app.git"
    [ -f "$SAMPLE_APP_FIXTURE/main/Dockerfile" ] || die "sample application not found in $SAMPLE_APP_FIXTURE"
    mkdir -p "$ENV_DIR/git"
    if [ ! -d "$bare" ]; then
        git_fixed init -q --bare "$bare"
    fi
    git_fixed --git-dir="$bare" symbolic-ref HEAD "refs/heads/$GIT_BRANCH_MAIN"

    GIT_COMMIT="$(commit_tree "" "2024-01-01T12:00:00Z" \
        "Sample application for the local SBS environment" "$SAMPLE_APP_FIXTURE/main")"
    GIT_BROKEN_COMMIT="$(commit_tree "$GIT_COMMIT" "2024-01-01T13:00:00Z" \
        "Break the build: the RUN step exits 3" "$SAMPLE_APP_FIXTURE/broken")"
    GIT_PAGE_COMMIT="$(commit_tree "$GIT_COMMIT" "2024-01-01T14:00:00Z" \
        "Change the page text" "$SAMPLE_APP_FIXTURE/page")"
    git_fixed --git-dir="$bare" update-ref "refs/heads/$GIT_BRANCH_MAIN" "$GIT_COMMIT"
    git_fixed --git-dir="$bare" update-ref "refs/heads/$GIT_BRANCH_BROKEN" "$GIT_BROKEN_COMMIT"
    git_fixed --git-dir="$bare" update-ref "refs/heads/$GIT_BRANCH_PAGE" "$GIT_PAGE_COMMIT"
}

git_url() { printf 'ssh://%s@127.0.0.1:%s%s' "$(ssh_user)" "$SSH_PORT" "$ENV_DIR/git/sample-app.git"; }

# verify_git_clone: clones over SSH with the deploy key, as an SBS would.
verify_git_clone() {
    local tmp out
    tmp="$(mktemp -d "$ENV_DIR/git/verify.XXXXXX")"
    if ! out="$(GIT_SSH_COMMAND="$(git_ssh_command)" git_fixed clone -q "$(git_url)" "$tmp/sample-app" 2>&1)" ||
        [ ! -f "$tmp/sample-app/Dockerfile" ]; then
        rm -rf "$tmp"
        printf '%s\n' "$out" >&2
        tail -n 20 "$(sshd_log)" >&2 || true
        die "cloning $(git_url) with the deploy key failed"
    fi
    rm -rf "$tmp"
    log "cloned $(git_url) with the deploy key"
}
