#!/usr/bin/env bash
# Installs what is missing, builds, starts a local sbs-server (scripts/demo.sh stop ends it)
# and opens SBS Desktop on its profile.
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
# Without arguments: a local build server (scripts/demo.sh) and its profile. The app opens
# either way.
config=""
if [ $# -eq 0 ] && ! config=$(SBS_BUILD_DIR="$build" scripts/demo.sh start); then
    echo "run.sh: the local sbs-server did not start (see above); opening SBS Desktop without it." >&2
    config=""
fi
exec "$build/bin/sbs-desktop" ${config:+"$config"} "$@"
