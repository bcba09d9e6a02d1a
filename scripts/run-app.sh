#!/usr/bin/env bash
# Installs the dependencies, builds the release preset and starts Invitedesk
# (on the embedded sandbox when no Clerk key is configured). Extra arguments go to invitedesk.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/ui/invitedesk "$@"
