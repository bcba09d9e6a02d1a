#!/usr/bin/env bash
# Installs the dependencies, builds every target with the development preset and runs every test offscreen.
# This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
scripts/install-prism.sh
cmake --preset dev
cmake --build --preset dev
scripts/check-translations.sh
QT_QPA_PLATFORM=offscreen ctest --preset dev
scripts/run-fuzz-smoke.sh
scripts/run-asan-tests.sh
scripts/check-package.sh
