#!/usr/bin/env bash
# Installs the dependencies, builds every target with the development preset and runs every test offscreen, then the
# fuzz smoke, the whole suite once under ASan + UBSan and the package check. This is the README's test command and
# what CI runs. Stops at the first failing step; prints how long each step took (also when one fails).
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
timings=()
current=""
report() {
    local status=$?
    if [ -n "$current" ]; then
        timings+=("$(printf '%-22s %5d s  FAILED' "$current" $(($(date +%s) - step_start)))")
    fi
    echo "run-tests: step times (load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
    printf 'run-tests:   %s\n' "${timings[@]}"
    echo "run-tests: $([ "$status" -eq 0 ] && echo passed || echo FAILED) in $(($(date +%s) - start)) s"
}
trap report EXIT

# step NAME COMMAND...: runs COMMAND and records its wall time under NAME.
step() {
    current=$1
    shift
    echo "run-tests: == $current"
    step_start=$(date +%s)
    "$@"
    timings+=("$(printf '%-22s %5d s' "$current" $(($(date +%s) - step_start)))")
    current=""
}

step install-deps scripts/install-deps.sh
step install-prism scripts/install-prism.sh
step configure-dev cmake --preset dev
step build-dev cmake --build --preset dev
step check-translations scripts/check-translations.sh
step ctest-dev env QT_QPA_PLATFORM=offscreen ctest --preset dev
step fuzz-smoke scripts/run-fuzz-smoke.sh
step asan-tests scripts/run-asan-tests.sh
step check-package scripts/check-package.sh
