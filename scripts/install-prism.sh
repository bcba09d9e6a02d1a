#!/usr/bin/env bash
# Installs the pinned Stoplight Prism (the OpenAPI validating proxy of the contract test) into build/tools/prism,
# exactly as tests/contract/package-lock.json records it. Idempotent: when that version is there it does nothing.
# Without npm (or when npm fails) it says so and exits 0: the contract test then skips locally and fails in CI.
set -euo pipefail
cd "$(dirname "$0")/.."

source_dir=tests/contract
prefix=build/tools/prism
wanted=$(sed -n 's/.*"@stoplight\/prism-cli": *"\([^"]*\)".*/\1/p' "$source_dir/package.json" | head -n 1)
installed_manifest="$prefix/node_modules/@stoplight/prism-cli/package.json"

if [ -x "$prefix/node_modules/.bin/prism" ] && [ -f "$installed_manifest" ] &&
    grep -q "\"version\": *\"$wanted\"" "$installed_manifest" &&
    cmp -s "$source_dir/package-lock.json" "$prefix/package-lock.json"; then
    echo "install-prism: @stoplight/prism-cli $wanted present in $prefix"
    exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
    echo "install-prism: npm not found: cannot install @stoplight/prism-cli $wanted;" \
        "the contract test (tst_clerkcontract) will fail in CI and skip locally. Install Debian's nodejs and npm." >&2
    exit 0
fi

echo "install-prism: installing @stoplight/prism-cli $wanted into $prefix"
mkdir -p "$prefix"
cp "$source_dir/package.json" "$source_dir/package-lock.json" "$prefix/"
# npm ci installs exactly the lock file's tree (and fails when package.json and the lock disagree); no package of
# that tree needs an install script.
if ! npm ci --prefix "$prefix" --no-audit --no-fund --ignore-scripts --loglevel=error; then
    rm -rf "$prefix/node_modules" "$prefix/package-lock.json"
    echo "install-prism: npm ci failed: @stoplight/prism-cli $wanted is not installed;" \
        "the contract test (tst_clerkcontract) will fail in CI and skip locally." >&2
    exit 0
fi
echo "install-prism: installed @stoplight/prism-cli $("$prefix/node_modules/.bin/prism" --version)"
