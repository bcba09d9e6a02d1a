#!/usr/bin/env bash
# Builds the fuzz preset (clang, libFuzzer + ASan + UBSan) and runs each fuzz target of tests/fuzz for a short while
# (FUZZ_SECONDS, 30 by default) on its committed seed corpus. Fails when a target crashes, hangs, leaks or breaks one
# of its invariants; the input that did it is left in build/fuzz/artifacts/. README (Testing) says how to fuzz longer
# and how to reproduce a crash.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-30}
# A fixed seed makes the smoke run repeatable: CI walks the same mutations every time (a run of the same seed for
# longer, locally, covers them first), so a red CI means a change broke something rather than a lucky new find.
# Fuzzing for new bugs is the long runs README describes; FUZZ_SEED=0 lets libFuzzer pick a seed.
seed=${FUZZ_SEED:-1}
start=$(date +%s)
cmake --preset fuzz
cmake --build --preset fuzz
echo "run-fuzz-smoke: configured and built in $(($(date +%s) - start)) s"

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
artifacts=build/fuzz/artifacts
# Only this run's crashes and logs: a rerun must not show an earlier run's input as its own.
rm -rf "$artifacts"
mkdir -p "$artifacts"
# New inputs go to a scratch directory (the first one): the committed corpus is only read.
scratch=""
trap 'rm -rf "$scratch"' EXIT
failed=()
for target in fuzz_csv fuzz_metadata fuzz_ods fuzz_xlsx; do
    scratch=$(mktemp -d)
    target_start=$(date +%s)
    echo "run-fuzz-smoke: $target for $seconds s"
    if ! build/fuzz/tests/fuzz/$target "$scratch" tests/fuzz/corpus/$target -dict=tests/fuzz/$target.dict \
        -seed="$seed" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$artifacts/$target-" -print_final_stats=1 2>"$artifacts/$target.log"; then
        tail -n 60 "$artifacts/$target.log"
        failed+=("$target")
    else
        grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::average_exec_per_sec)' "$artifacts/$target.log" || true
    fi
    rm -rf "$scratch"
    echo "run-fuzz-smoke: $target took $(($(date +%s) - target_start)) s"
done
if [ ${#failed[@]} -ne 0 ]; then
    echo "run-fuzz-smoke: FAILED: ${failed[*]} (inputs and logs in $artifacts)" >&2
    exit 1
fi
echo "run-fuzz-smoke: passed in $(($(date +%s) - start)) s"
