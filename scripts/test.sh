#!/usr/bin/env bash
# Builds fundline and runs the whole test suite (unit tests, examples, the
# CLI, the find_package consumer), installing missing Debian packages first.
# Usage: scripts/test.sh   (BUILD_DIR=build by default; JOBS=nproc)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
jobs=${JOBS:-$(nproc)}

bash scripts/deps.sh
echo "test: + cmake -S . -B $build -DCMAKE_BUILD_TYPE=Release ${CMAKE_ARGS:-}"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release ${CMAKE_ARGS:-} >/dev/null
echo "test: + cmake --build $build -j $jobs"
cmake --build "$build" -j "$jobs"
echo "test: + ctest --test-dir $build -j $jobs --output-on-failure"
ctest --test-dir "$build" -j "$jobs" --output-on-failure
