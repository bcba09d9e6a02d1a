#!/usr/bin/env bash
# Builds the Debian package from the release preset and checks it as a user would get it: unpacks it into a scratch
# root, runs both binaries from there (Qt comes from the system, no LD_LIBRARY_PATH), validates the installed desktop
# entry, AppStream metainfo and man pages, and checks that Depends names the package of every library the binaries
# link. Exits non-zero on the first failure. Reuses build/release when it is configured; builds only the two binaries.
set -euo pipefail
cd "$(dirname "$0")/.."

build=build/release
out=$build/package
root=$out/root
app_id=org.invitedesk.Invitedesk

say() { echo "check-package: $*"; }
fail() {
    echo "check-package: FAILED: $*" >&2
    exit 1
}

for tool in cmake cpack dpkg-deb dpkg-shlibdeps dpkg-query desktop-file-validate appstreamcli man groff readelf; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool not found; run scripts/install-deps.sh"
done

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake --preset release >/dev/null
fi
cmake --build "$build" --target invitedesk invitedesk-cli -j2

rm -rf "$out"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$PWD/$out" >"$build/cpack.log" 2>&1 ||
    { cat "$build/cpack.log" >&2; fail "cpack -G DEB"; }
debs=("$out"/invitedesk_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single invitedesk_*.deb in $out"
deb=${debs[0]}
say "built $deb"

dpkg-deb -x "$deb" "$root"
for file in usr/bin/invitedesk usr/bin/invitedesk-cli \
    usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/$app_id.svg usr/share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg \
    usr/share/man/man1/invitedesk.1 usr/share/man/man1/invitedesk-cli.1 usr/share/doc/invitedesk/copyright; do
    [ -f "$root/$file" ] || fail "the package lacks /$file"
done
say "contents:"
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print "  " $6 " (" $3 " bytes)" }'

# The installed binaries must find their libraries where Debian puts them, not in the build tree.
# No pipe here or below ends in a reader that stops early (grep -q, head, awk's exit): under pipefail the writer's
# SIGPIPE (status 141) would fail the script at random, as it once did in CI.
for binary in "$root"/usr/bin/*; do
    rpaths=$(readelf -d "$binary" | grep -E '\((RPATH|RUNPATH)\)' || true)
    if [[ $rpaths == *"$PWD"* ]]; then
        fail "$(basename "$binary") keeps an RPATH into the build tree"
    fi
done
version=$(env -u LD_LIBRARY_PATH "$root/usr/bin/invitedesk-cli" --version) || fail "invitedesk-cli --version"
say "ran /usr/bin/invitedesk-cli --version: $version"
[[ $version == "invitedesk-cli "* ]] || fail "unexpected version line '$version'"
gui_version=$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/invitedesk" --version) ||
    fail "invitedesk --version"
say "ran /usr/bin/invitedesk --version: $gui_version"

desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
say "desktop-file-validate: no errors"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
# The tree as a whole: the metainfo's launchable names a desktop entry that is installed.
tree_report=$(appstreamcli validate-tree --no-net "$root" 2>&1) ||
    { echo "$tree_report" >&2; fail "appstreamcli validate-tree $root"; }
for page in "$root"/usr/share/man/man1/*.1; do
    warnings=$( { LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" >/dev/null; } 2>&1) || fail "man $page"
    groff_warnings=$(groff -man -ww -z "$page" 2>&1) || fail "groff $page"
    warnings+=${groff_warnings:+$'\n'$groff_warnings}
    [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
done
say "man pages: no warnings"

say "control:"
dpkg-deb -f "$deb" | sed 's/^/  /'
depends=$(dpkg-deb -I "$deb" | sed -n 's/^ Depends: //p')
say "Depends: $depends"
[ -n "$depends" ] || fail "the package has no Depends"
# Qt's own strings (qtbase_*.qm, loaded by Translations) come from qt6-translations-l10n, recommended not required.
recommends=$(dpkg-deb -I "$deb" | sed -n 's/^ Recommends: //p')
say "Recommends: $recommends"
recommends_names=$(tr ',|' '\n\n' <<<"$recommends" | awk '{ print $1 }')
for package in qt6-translations-l10n libsecret-1-0; do
    grep -qxF "$package" <<<"$recommends_names" || fail "Recommends lacks $package"
done
# The package that installed a library, by the path ldconfig knows, the real file, or its /usr-merged twin.
owner_of() {
    local real
    real=$(readlink -f "$1")
    for candidate in "$1" "$real" "${real#/usr}"; do
        if dpkg-query -S "$candidate" >/dev/null 2>&1; then
            dpkg-query -S "$candidate" | awk -F: 'NR == 1 { print $1 }'
            return 0
        fi
    done
    return 1
}
# Every library the binaries link must come from a package named in Depends; the SQLite driver is a plugin.
needed_packages=(libqt6sql6-sqlite)
library_cache=$(ldconfig -p)
for binary in "$root"/usr/bin/*; do
    for library in $(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        path=$(awk -v lib="$library" '$1 == lib && $0 ~ /x86-64|64bit/ && !found { print $NF; found = 1 }' \
            <<<"$library_cache")
        [ -n "$path" ] || path=$(awk -v lib="$library" '$1 == lib && !found { print $NF; found = 1 }' <<<"$library_cache")
        [ -n "$path" ] || fail "$(basename "$binary") links $library, which is not installed here"
        package=$(owner_of "$path") || fail "no package owns $path ($(basename "$binary") links it)"
        needed_packages+=("$package")
    done
done
# The package names of Depends, alternatives included, one per line.
depends_names=$(tr ',|' '\n\n' <<<"$depends" | awk '{ print $1 }')
for package in $(printf '%s\n' "${needed_packages[@]}" | sort -u); do
    grep -qxF "$package" <<<"$depends_names" || fail "Depends lacks $package"
done
say "Depends names every linked library's package: $(printf '%s\n' "${needed_packages[@]}" | sort -u | tr '\n' ' ')"
say "OK: $deb"
