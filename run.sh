#!/usr/bin/env bash
# Installs what is missing, builds, and starts SBS Desktop.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-deps.sh
scripts/build.sh

build="${SBS_BUILD_DIR:-$PWD/build}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run.sh: no display found (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
    echo "run.sh: start it in a desktop session, or under a virtual one: xvfb-run ./run.sh" >&2
    exit 1
fi
exec "$build/bin/sbs-desktop" "$@"
