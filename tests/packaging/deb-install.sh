#!/usr/bin/env bash
# Builds the Debian package from a build tree, checks its contents, installs it with dpkg,
# runs the installed programs and removes the package again.
#
# usage: deb-install.sh BINARY_DIR VERSION PROGRAM...
#
# PROGRAM: the executables the package must install to /usr/bin; each must print VERSION as
# the last word of the first line of `PROGRAM --version`.
#
# Needs root (dpkg -i); exits with 77 (skipped) otherwise. Meant for CI machines and
# throwaway containers: the package is installed system-wide for the duration of the test.
set -euo pipefail

if [ $# -lt 3 ]; then
    echo "usage: $0 BINARY_DIR VERSION PROGRAM..." >&2
    exit 2
fi
bindir=$1
version=$2
shift 2
programs=("$@")
package=sbs-desktop
app_id=io.github.sbs_desktop.sbs_desktop

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: installing a package needs root"
    exit 77
fi

step() { echo "== $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

work=$(mktemp -d)
installed=0
cleanup() {
    if [ "$installed" -eq 1 ]; then
        step "dpkg -r $package"
        dpkg -r "$package" || echo "WARNING: could not remove $package" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT

if dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q ' installed$'; then
    echo "NOTE: $package $(dpkg-query -W -f='${Version}' "$package") is installed already;" \
        "this test replaces it and removes it at the end"
fi

# The programs are normally built already (CI builds before it tests); building them here
# keeps the package from ever holding stale ones.
step "build the programs"
cmake --build "$bindir" --target "${programs[@]}"

step "cpack -G DEB -B $work"
(cd "$bindir" && cpack -G DEB -B "$work") || fail "cpack could not build the package"
deb="$work/${package}_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "expected $(basename "$deb"), cpack made: $(cd "$work" && ls ./*.deb 2>/dev/null)"

step "dpkg-deb --info $(basename "$deb")"
dpkg-deb --info "$deb"
[ "$(dpkg-deb -f "$deb" Package)" = "$package" ] || fail "wrong package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
[ "$(dpkg-deb -f "$deb" Section)" = devel ] || fail "section is not devel"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6widgets6 libssl3; do
    echo "$depends" | grep -q "\b$lib\b" || fail "Depends lacks $lib (dpkg-shlibdeps): $depends"
done

step "dpkg-deb --contents $(basename "$deb")"
dpkg-deb --contents "$deb" | tee "$work/contents.txt"
paths=$(awk '{print $NF}' "$work/contents.txt" | sed 's:^\./:/:')
for path in \
    "${programs[@]/#//usr/bin/}" \
    "/usr/share/applications/$app_id.desktop" \
    /usr/share/icons/hicolor/scalable/apps/sbs-desktop.svg \
    "/usr/share/metainfo/$app_id.metainfo.xml" \
    /usr/share/doc/sbs-desktop/copyright \
    /usr/share/sbs-desktop/scripts/demo.sh \
    /usr/share/sbs-desktop/scripts/local-env.sh \
    /usr/share/sbs-desktop/sample-app/main/Dockerfile; do
    echo "$paths" | grep -qx "$path" || fail "the package lacks $path"
done
unit=/usr/lib/systemd/system/sbs-server.service
if [[ " ${programs[*]} " == *" sbs-server "* ]]; then
    echo "$paths" | grep -qx "$unit" || fail "the package lacks $unit"
fi
if echo "$paths" | grep -E '^/usr/(include/|lib/.*\.a$)|/tests?/'; then
    fail "the package holds build-only files (listed above)"
fi

step "appstreamcli validate-tree on the unpacked package"
dpkg-deb -x "$deb" "$work/root"
appstreamcli validate-tree --no-net "$work/root" || fail "the installed desktop integration is not valid"

step "dpkg -i $(basename "$deb")"
installed=1
if ! dpkg -i "$deb"; then
    echo "dpkg could not install the package. Its dependencies and their state here:" >&2
    echo "$depends" | tr ',' '\n' | sed 's/^ *//' | while read -r dep; do
        name=${dep%% *}
        status=$(dpkg-query -W -f='${Status} ${Version}' "${name%%|*}" 2>/dev/null || echo "not installed")
        echo "  $dep: $status" >&2
    done
    fail "dpkg -i failed"
fi
dpkg-query -W -f='${Status}\n' "$package" | grep -q ' installed$' || fail "$package is not installed"

export QT_QPA_PLATFORM=offscreen
for program in "${programs[@]}"; do
    step "/usr/bin/$program --version"
    if ldd "/usr/bin/$program" | grep 'not found'; then
        fail "$program misses libraries (listed above)"
    fi
    output=$("/usr/bin/$program" --version) || fail "$program --version failed"
    echo "$output"
    printed=$(echo "$output" | head -n1 | awk '{print $NF}')
    [ "$printed" = "$version" ] || fail "$program prints version '$printed', the project is $version"
done

if [ -f "$unit" ] && command -v systemd-analyze >/dev/null; then
    step "systemd-analyze verify $unit"
    systemd-analyze verify "$unit" || fail "$unit does not verify"
fi

step "dpkg -r $package"
installed=0
dpkg -r "$package"
if dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q ' installed$'; then
    fail "$package is still installed"
fi
for program in "${programs[@]}"; do
    [ ! -e "/usr/bin/$program" ] || fail "/usr/bin/$program is left after dpkg -r"
done
echo "OK: $(basename "$deb") builds, installs, runs and uninstalls"
