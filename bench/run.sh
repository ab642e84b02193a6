#!/usr/bin/env bash
# Builds and runs the benchmarks. Each prints its timings and the ratio against the tool it
# competes with. Usage: bench/run.sh [--rounds N]   (build folder: $SBS_BUILD_DIR or build/)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${SBS_BUILD_DIR:-$root/build}"

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build" --target bench_keygen

"$build/bench/bench_keygen" "$@"
