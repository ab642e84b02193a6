#!/usr/bin/env bash
# Configures (once) and builds the project with Ninja and ccache into build/ (or $SBS_BUILD_DIR).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${SBS_BUILD_DIR:-$root/build}"
# Paths under the source tree are hashed relative to it, so a second clone reuses the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
# Debug info would otherwise tie every cache entry to the folder of one clone.
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE="${SBS_BUILD_TYPE:-RelWithDebInfo}" \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
        ${SBS_CMAKE_ARGS:-}
fi
cmake --build "$build" -- -j"$(nproc)"
