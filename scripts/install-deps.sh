#!/usr/bin/env bash
# Installs the Debian packages that building, running and testing SBS Desktop need.
# Idempotent: it asks apt only for what is missing, and updates the package lists once.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config clang-format git file
    # Qt 6 and the libraries the core links
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev
    libqt6svg6 qt6-svg-dev libgl-dev libvulkan-dev
    libssl-dev openssl libarchive-dev libgpgme-dev gnupg libyaml-cpp-dev
    libquazip1-qt6-dev nlohmann-json3-dev libqt6sql6-sqlite
    # packaging checks
    dpkg-dev appstream desktop-file-utils
    # running the GUI headless, screenshots
    xvfb xauth imagemagick fonts-dejavu-core
    # the real parts tests talk to
    docker-registry buildah skopeo busybox-static openssh-server openssh-client
    uidmap fuse-overlayfs bzip2 xxd apache2-utils curl
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
