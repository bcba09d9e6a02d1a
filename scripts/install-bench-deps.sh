#!/usr/bin/env bash
# Installs what the benchmarks (tests/bench, target `benchmark`) need beyond scripts/install-deps.sh, on Debian 12:
# LibreOffice Calc without a GUI, the `soffice --headless --convert-to csv` that bench_sheets races against, and perf
# to profile. Not needed to build, run or test Invitedesk. Idempotent like install-deps.sh.
set -euo pipefail

packages=(libreoffice-calc-nogui linux-perf valgrind)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-bench-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
echo "install-bench-deps: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
