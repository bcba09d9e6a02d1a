#!/usr/bin/env bash
# Installs everything Invitedesk needs to build, run and test on Debian 12, from Debian's own packages.
# Idempotent: when every package is already there it changes nothing and does not touch the network.
# Extra Debian package names given as arguments are installed the same way (scripts/install-bench-deps.sh).
set -euo pipefail

packages=(
    build-essential cmake ninja-build git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite qt6-svg-dev qtkeychain-qt6-dev libquazip1-qt6-dev libgl-dev
    clang-format python3 xvfb xauth
    clang libclang-rt-14-dev
    dpkg-dev desktop-file-utils appstream man-db groff-base
    "$@"
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
