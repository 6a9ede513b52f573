#!/usr/bin/env bash
# Builds fundline's libFuzzer targets with clang++ (ASan + UBSan) and runs
# each for FUZZ_SECONDS on a scratch copy of its seed corpus in
# tests/fuzz/corpus/<target>/. Exits non-zero when any target crashes; the
# crashing input is kept in $FUZZ_ARTIFACTS for a unit test.
#
#   scripts/fuzz.sh                       # every target, 30 s each
#   FUZZ_SECONDS=5 scripts/fuzz.sh amount_parser csv_reader
#
# Environment: FUZZ_SECONDS (30), FUZZ_BUILD_DIR (build-fuzz),
# FUZZ_ARTIFACTS (build-fuzz/artifacts), FUZZ_JOBS (2, build parallelism),
# FUZZ_REUSE_BUILD (0; 1 builds the targets in FUZZ_BUILD_DIR as it is
# configured: CI's clang ASan+UBSan build, configured with FUNDLINE_FUZZ=ON
# and -fsanitize=fuzzer-no-link, so that the library is compiled once).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${FUZZ_SECONDS:-30}
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
artifacts=${FUZZ_ARTIFACTS:-$build/artifacts}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(csv_reader crunchbase_import amount_parser json ecb_file dataset captable_json investments); fi

say() { echo "fuzz.sh: $*"; }

missing=()
command -v clang++ >/dev/null 2>&1 || missing+=(clang)
if ! compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null; then
  missing+=(libclang-rt-14-dev)
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  say "installing ${missing[*]} with apt-get"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "${FUZZ_REUSE_BUILD:-0}" = 1 ]; then
  say "building in $build as it is configured"
else
  say "configuring $build with $(clang++ --version | head -n1)"
  cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DFUNDLINE_FUZZ=ON -DFUNDLINE_BUILD_TESTS=OFF -DFUNDLINE_BUILD_EXAMPLES=OFF -DFUNDLINE_BUILD_TOOLS=OFF \
    -DFUNDLINE_INSTALL=OFF \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
    >/dev/null
fi
build_targets=()
for t in "${targets[@]}"; do build_targets+=("${t}_fuzz"); done
say "building ${build_targets[*]}"
cmake --build "$build" -j"${FUZZ_JOBS:-2}" --target "${build_targets[@]}"

mkdir -p "$artifacts"
failed=()
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  cp -R "$root/tests/fuzz/corpus/$t/." "$work/"
  say "running ${t}_fuzz for ${seconds}s on a copy of tests/fuzz/corpus/$t ($(ls "$work" | wc -l) seeds)"
  if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$build/tests/fuzz/${t}_fuzz" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$artifacts/${t}-" "$work" >"$artifacts/${t}.log" 2>&1; then
    say "${t}_fuzz: no crash ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$artifacts/${t}.log" | grep -o '[0-9]*$') runs)"
  else
    say "${t}_fuzz: CRASH; log $artifacts/${t}.log, input:"
    ls "$artifacts/${t}-"* 2>/dev/null || true
    tail -n 30 "$artifacts/${t}.log"
    failed+=("$t")
  fi
  rm -rf "$work"
done

if [ ${#failed[@]} -gt 0 ]; then
  say "crashes in: ${failed[*]}"
  exit 1
fi
say "all ${#targets[@]} targets ran ${seconds}s each without a crash"
