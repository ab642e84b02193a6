# shellcheck shell=bash
# The base image: built offline from the static busybox with buildah (private vfs storage under
# the environment directory, chroot isolation) and pushed to the local registry.

BASE_IMAGE_REPO="base/busybox"
BASE_IMAGE_TAG="latest"
# Fixed creation time (2024-01-01T00:00:00Z) so the same busybox gives the same image.
BASE_IMAGE_EPOCH=1704067200

# bh ARGS...: buildah on the environment's private storage, never the global one.
bh() {
    CONTAINERS_STORAGE_CONF="$ENV_DIR/containers/storage.conf" \
        buildah --storage-driver vfs \
        --root "$ENV_DIR/containers/storage" --runroot "$ENV_DIR/containers/run" "$@"
}

# skopeo_env ARGS...: skopeo with the environment's policy and registries.d.
skopeo_env() {
    skopeo --policy "$ENV_DIR/containers/policy.json" \
        --registries.d "$ENV_DIR/containers/registries.d" "$@"
}

find_static_busybox() {
    local b
    for b in /bin/busybox /usr/bin/busybox; do
        if [ -x "$b" ] && file -L "$b" 2>/dev/null | grep -q 'statically linked'; then
            printf '%s' "$b"
            return 0
        fi
    done
    die "no statically linked busybox found (install busybox-static)"
}

ensure_base_image() {
    local ref="127.0.0.1:$REGISTRY_PORT/$BASE_IMAGE_REPO:$BASE_IMAGE_TAG"
    local certdir="$ENV_DIR/certs.d/127.0.0.1:$REGISTRY_PORT"
    # shellcheck disable=SC2034 # used by git.sh and write_env
    BASE_IMAGE="$ref"
    if skopeo_env inspect --raw --authfile "$ENV_DIR/auth-readonly.json" --cert-dir "$certdir" \
        "docker://$ref" >/dev/null 2>&1; then
        log "base image $ref already in the registry"
        return 0
    fi

    log "building the base image from $(find_static_busybox)"
    local ctx="$ENV_DIR/base-image" local_name="localhost/sbs-localenv-base:build"
    rm -rf "$ctx"
    mkdir -p "$ctx"
    cp "$LOCALENV_LIB/base-image.Dockerfile" "$ctx/Dockerfile"
    cp "$(find_static_busybox)" "$ctx/busybox"
    chmod 0755 "$ctx/busybox"
    local out
    if ! out="$(bh bud --isolation chroot --signature-policy "$ENV_DIR/containers/policy.json" \
        --timestamp "$BASE_IMAGE_EPOCH" --pull=never -t "$local_name" -f "$ctx/Dockerfile" "$ctx" 2>&1)"; then
        printf '%s\n' "$out" >&2
        die "building the base image failed"
    fi
    if ! out="$(bh push --signature-policy "$ENV_DIR/containers/policy.json" \
        --authfile "$ENV_DIR/auth.json" --cert-dir "$certdir" \
        "$local_name" "docker://$ref" 2>&1)"; then
        printf '%s\n' "$out" >&2
        die "pushing the base image to $ref failed"
    fi
    # The registry is the only copy: builds must pull it from there, as a real SBS would.
    bh rmi "$local_name" >/dev/null 2>&1 || true
    rm -rf "$ctx"
    log "pushed base image $ref"
}
