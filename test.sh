#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-deps.sh
scripts/build.sh

build="${SBS_BUILD_DIR:-$PWD/build}"
cd "$build"
ctest --output-on-failure --timeout 900 "$@"
