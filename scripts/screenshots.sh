#!/usr/bin/env bash
# Saves screenshots of Invitedesk's main screens for review into docs/screenshots/ (or the folder given):
# the editor with problems (the sample file), the results with a raw exchange, a run waiting on the rate limit, and
# the settings dialog. Builds the release preset if needed, then lets the app tour itself on the built-in sandbox
# (INVITEDESK_SCREENSHOT_DIR, ui/ScreenshotTour) under a virtual X server. Uses no settings, keys or journal of yours.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-docs/screenshots}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

if [[ ! -f build/release/build.ninja ]]; then
    cmake --preset release >/dev/null
fi
cmake --build build/release --target invitedesk -j2

command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is missing (apt-get install xvfb)" >&2; exit 2; }
# A session bus of its own, so the keychain is never asked; Fusion looks the same everywhere.
INVITEDESK_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion LANG=en_US.UTF-8 \
    DBUS_SESSION_BUS_ADDRESS=disabled: \
    xvfb-run -a -s "-screen 0 1400x900x24" build/release/ui/invitedesk

for png in "$out"/*.png; do
    size=$(stat -c %s "$png")
    if (( size > 300 * 1024 )); then
        echo "screenshots.sh: $png is $((size / 1024)) KB (more than 300 KB)" >&2
        exit 1
    fi
done
ls -l "$out"
