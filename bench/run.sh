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

# Manifest verification: a 50 MiB and a 200 MiB manifest against bzip2 -dc + openssl dgst.
cmake --build "$build" --target bench_manifest
"$build/bench/bench_manifest" "$@"

# The log viewer: a million-line log (about 100 MB) into LogModel and LogView, shown offscreen
# and following, against wc -l; with the longest GUI-thread stall and the peak memory.
cmake --build "$build" --target bench_log
"$build/bench/bench_log" "$@"

# Manifest listing: a manifest with 100,000 files in git/ listed against tar -tjf, then shown in
# ManifestTreeModel and a QTreeView offscreen, filled from a worker, with the longest GUI-thread stall.
cmake --build "$build" --target bench_manifest_list
"$build/bench/bench_manifest_list" "$@"

# sbs-server: the status endpoint under 50 mutual-TLS clients, and a build against the same
# steps as a shell script (starts scripts/local-env.sh in a temporary folder).
if cmake --build "$build" --target bench_status bench_pipeline; then
    "$build/bench/bench_status"
    "$build/bench/bench_pipeline" "$@"
fi
