#!/usr/bin/env bash
# Validates the AppStream metainfo and the desktop entry as distributions and software
# centres do.
#
# usage: validate-desktop-integration.sh METAINFO DESKTOP_FILE
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 METAINFO DESKTOP_FILE" >&2
    exit 2
fi
metainfo=$1
desktop=$2

echo "== appstreamcli validate --no-net --pedantic $metainfo"
if ! appstreamcli validate --no-net --pedantic "$metainfo"; then
    echo "FAIL: the AppStream metainfo has errors or warnings (see above)" >&2
    exit 1
fi

echo "== desktop-file-validate $desktop"
# desktop-file-validate prints hints too but only fails on errors.
output=$(desktop-file-validate "$desktop" 2>&1) || {
    echo "$output" >&2
    echo "FAIL: the desktop entry is invalid (see above)" >&2
    exit 1
}
[ -z "$output" ] || echo "$output"

# AppStream finds the desktop entry through <launchable>, and the file name must be the
# component id.
id=$(sed -n 's:.*<id>\(.*\)</id>.*:\1:p' "$metainfo" | head -n1)
launchable=$(sed -n 's:.*<launchable type="desktop-id">\(.*\)</launchable>.*:\1:p' "$metainfo")
if [ "$launchable" != "$id.desktop" ] || [ "$(basename "$desktop")" != "$id.desktop" ]; then
    echo "FAIL: desktop entry $(basename "$desktop") and launchable '$launchable' must both be $id.desktop" >&2
    exit 1
fi
echo "OK: metainfo $id and desktop entry are valid"
