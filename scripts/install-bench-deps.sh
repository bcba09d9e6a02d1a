#!/usr/bin/env bash
# Installs what the benchmarks (tests/bench, target `benchmark`) need beyond scripts/install-deps.sh, on Debian 12:
# LibreOffice Calc without a GUI, the `soffice --headless --convert-to csv` that bench_sheets races against, and perf
# and valgrind to profile. Not needed to build, run or test Invitedesk. Idempotent like install-deps.sh.
set -euo pipefail
exec "$(dirname "$0")/install-deps.sh" libreoffice-calc-nogui linux-perf valgrind
