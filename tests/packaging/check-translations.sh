#!/usr/bin/env bash
# Checks that every translation catalogue holds exactly the strings the sources ask for:
# runs lupdate with the build's own project description on a copy of each .ts file and
# compares the messages, ignoring source locations.
#
# usage: check-translations.sh LUPDATE LCONVERT PROJECT_GENERATOR PROJECT_CMAKE TS_FILE...
set -euo pipefail

if [ $# -lt 5 ]; then
    echo "usage: $0 LUPDATE LCONVERT PROJECT_GENERATOR PROJECT_CMAKE TS_FILE..." >&2
    exit 2
fi
lupdate=$1
lconvert=$2
generator=$3
project=$4
shift 4

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake -DIN_FILE="$project" -DOUT_FILE="$work/project.json" -P "$generator"

failed=0
for ts in "$@"; do
    name=$(basename "$ts")
    if [ ! -f "$ts" ]; then
        echo "FAIL: $ts does not exist" >&2
        failed=1
        continue
    fi
    cp "$ts" "$work/$name"
    # The English catalogue holds only plural forms.
    only=()
    [[ $name == *_en.ts ]] && only=(-pluralonly)
    "$lupdate" -silent -project "$work/project.json" -ts "$work/$name" -no-obsolete -locations none "${only[@]}"
    "$lconvert" -i "$ts" -o "$work/committed.ts" -locations none -sort-contexts
    "$lconvert" -i "$work/$name" -o "$work/expected.ts" -locations none -sort-contexts
    if diff -u "$work/committed.ts" "$work/expected.ts"; then
        echo "OK: $name is in sync with the sources ($(grep -c '<message' "$ts") messages)"
    else
        echo "FAIL: $name is out of date ('+' lines are missing, '-' lines are stale)" >&2
        failed=1
    fi
    # Every message has its translation: a new string left untranslated fails here.
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "FAIL: $name has $unfinished untranslated messages:" >&2
        grep -B4 'type="unfinished"' "$ts" | grep '<source>' | head -n 10 >&2
        failed=1
    fi
done

if [ "$failed" -ne 0 ]; then
    echo "Update the catalogues with: cmake --build <build dir> --target lupdate, then translate" >&2
    echo "every new message." >&2
    exit 1
fi
