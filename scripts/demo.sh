#!/usr/bin/env bash
# Builds fundline and prints Mistral AI's funding timeline, installing
# missing Debian packages first.
# Usage: scripts/demo.sh   (BUILD_DIR=build by default)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
jobs=${JOBS:-$(nproc)}

bash scripts/deps.sh
echo "demo: + cmake -S . -B $build -DCMAKE_BUILD_TYPE=Release"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
echo "demo: + cmake --build $build -j $jobs --target mistral_timeline"
cmake --build "$build" -j "$jobs" --target mistral_timeline
echo "demo: + $build/examples/mistral_timeline"
echo
"$build/examples/mistral_timeline"
