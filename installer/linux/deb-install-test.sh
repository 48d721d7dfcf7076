#!/bin/sh
# Usage: deb-install-test.sh BUILD_DIR VERSION
# The .deb as a new user gets it: made with cpack from the (release) build BUILD_DIR, installed
# with `apt-get install ./<deb>`, run from the installed paths, then purged, leaving nothing.
#   1. cpack -G "DEB;TGZ" into a temporary folder; the .tar.gz holds the same programs;
#   2. apt-get install -y ./socketlab_VERSION_<arch>.deb; dpkg -s: Depends names the Qt 6
#      libraries (dpkg-shlibdeps), Recommends qt6-translations-l10n and qt6-wayland;
#   3. /usr/bin/socketlab --version and /usr/bin/socketlab-cli --version print VERSION; the
#      installed window starts offscreen and draws its first frame (SOCKETLAB_REPORT_SHOWN=quit);
#   4. the desktop file, icons, AppStream metadata and man pages are in place;
#   5. apt-get purge -y socketlab: every file the package listed is gone, dpkg knows no socketlab.
# Needs root (apt-get): otherwise exit 77 (CTest: skipped) with the reason. So does an existing
# socketlab package: this test never replaces or removes a copy the user installed.
set -eu
build_dir=$1
version=$2
id=io.github.socketlab.SocketLab
say() { echo "deb-install-test.sh: $*"; }
fail() {
    echo "deb-install-test.sh: FAILED: $*" >&2
    exit 1
}
skip() {
    echo "deb-install-test.sh: skipped: $*" >&2
    exit 77
}

[ "$(id -u)" -eq 0 ] || skip "installing a package needs root (apt-get, dpkg); run ctest as root"
for tool in apt-get dpkg dpkg-query cpack timeout; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is missing"
done
status=$(dpkg-query -W -f='${db:Status-Status}' socketlab 2>/dev/null || true)
if [ -n "$status" ] && [ "$status" != "not-installed" ]; then
    skip "a socketlab package is on this machine already (dpkg status: $status); not touching it"
fi

work=$(mktemp -d)
installed=no
cleanup() {
    # A failure after the install must not leave the package behind (there was none before).
    if [ "$installed" = yes ]; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq socketlab >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

# 1. The packages. cpack installs the build's install() rules into its staging tree.
say "cpack -G DEB;TGZ from $build_dir"
(cd "$build_dir" && cpack -G "DEB;TGZ" -B "$work/packages" >"$work/cpack.log" 2>&1) ||
    fail "cpack failed: $(cat "$work/cpack.log")"
deb=$(find "$work/packages" -maxdepth 1 -name "socketlab_${version}_*.deb")
tgz=$(find "$work/packages" -maxdepth 1 -name "socketlab-${version}-*.tar.gz")
[ -f "$deb" ] || fail "no socketlab_${version}_<arch>.deb in $(ls "$work/packages")"
[ -f "$tgz" ] || fail "no socketlab-${version}-<system>.tar.gz in $(ls "$work/packages")"
for member in bin/socketlab bin/socketlab-cli share/applications/$id.desktop share/man/man1/socketlab.1.gz; do
    tar -tzf "$tgz" | grep -q "/$member\$" || fail "$(basename "$tgz") has no $member"
done

# 2. Installed as README says. Without recommends: the test needs no download (the build's own
# packages satisfy Depends); Recommends is checked in the package's fields.
say "apt-get install $deb"
# apt-get takes a local file when its name has a slash, as "./socketlab_...deb" does.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 ||
    fail "apt-get install failed: $(cat "$work/apt.log")"
installed=yes
[ "$(dpkg-query -W -f='${db:Status-Status} ${Version}' socketlab)" = "installed $version" ] ||
    fail "dpkg does not show socketlab $version as installed"
depends=$(dpkg-query -W -f='${Depends}' socketlab)
for library in libqt6core6 libqt6gui6 libqt6widgets6 libc6 libstdc++6; do
    case ", $depends" in
    *", $library "* | *", $library,"* | *"| $library "*) ;;
    *) fail "Depends lacks $library: $depends" ;;
    esac
done
recommends=$(dpkg-query -W -f='${Recommends}' socketlab)
for package in qt6-translations-l10n qt6-wayland; do
    case ", $recommends," in
    *", $package,"* | *", $package "*) ;;
    *) fail "Recommends lacks $package: $recommends" ;;
    esac
done
say "Depends: $depends"
say "Recommends: $recommends"

# The files the package owns (directories aside: /usr/share/icons/hicolor is everyone's).
dpkg -L socketlab >"$work/listed"
: >"$work/files"
while IFS= read -r path; do
    if [ -f "$path" ] || [ -L "$path" ]; then
        echo "$path" >>"$work/files"
    fi
done <"$work/listed"

# 3. The installed programs, with nothing of the build around them (no build paths, a fresh HOME).
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
run() {
    env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" LANG=C.UTF-8 "$@"
}
for program in socketlab socketlab-cli; do
    [ "$(command -v "$program")" = "/usr/bin/$program" ] || fail "$program is not /usr/bin/$program on PATH"
    dpkg -S "/usr/bin/$program" >/dev/null 2>&1 || fail "/usr/bin/$program is not from the package"
    out=$(run timeout 30 "/usr/bin/$program" --version) || fail "/usr/bin/$program --version failed"
    [ "$out" = "$program $version" ] || fail "/usr/bin/$program --version printed '$out', not '$program $version'"
    say "/usr/bin/$program --version: $out"
done
out=$(run SOCKETLAB_REPORT_SHOWN=quit QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/socketlab 2>"$work/gui.err") ||
    fail "the installed socketlab did not start and quit: $out $(cat "$work/gui.err")"
case $out in
*SOCKETLAB_SHOWN*) say "/usr/bin/socketlab drew its first frame (offscreen)" ;;
*) fail "the installed socketlab never reported its window shown: $out $(cat "$work/gui.err")" ;;
esac

# 4. Desktop integration in place.
for path in "/usr/share/applications/$id.desktop" \
    "/usr/share/icons/hicolor/scalable/apps/$id.svg" \
    "/usr/share/metainfo/$id.metainfo.xml" \
    /usr/share/man/man1/socketlab.1.gz /usr/share/man/man1/socketlab-cli.1.gz \
    /usr/share/man/ru/man1/socketlab.1.gz /usr/share/man/ru/man1/socketlab-cli.1.gz; do
    [ -s "$path" ] || fail "$path is not installed"
done
for size in 16 22 24 32 48 64 128 256; do
    [ -s "/usr/share/icons/hicolor/${size}x$size/apps/$id.png" ] || fail "the ${size}x$size icon is not installed"
done
for page in /usr/share/man/man1/socketlab.1.gz /usr/share/man/man1/socketlab-cli.1.gz \
    /usr/share/man/ru/man1/socketlab.1.gz /usr/share/man/ru/man1/socketlab-cli.1.gz; do
    gzip -t "$page" || fail "$page is not a valid gzip file"
    zcat "$page" | grep -q "^\.TH .*\"SocketLab $version\"" || fail "the installed $page does not name SocketLab $version"
done
grep -q "<release version=\"$version\"" "/usr/share/metainfo/$id.metainfo.xml" ||
    fail "the installed metainfo has no release $version"
say "desktop file, icons (scalable, 16-256), metainfo and man pages (en, ru) are installed"

# 5. Removal leaves nothing.
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq socketlab >"$work/purge.log" 2>&1 ||
    fail "apt-get purge failed: $(cat "$work/purge.log")"
installed=no
left=""
while IFS= read -r path; do
    if [ -e "$path" ] || [ -L "$path" ]; then
        left="$left $path"
    fi
done <"$work/files"
[ -z "$left" ] || fail "apt-get purge left files behind:$left"
if dpkg -s socketlab >/dev/null 2>&1; then
    fail "dpkg still knows socketlab after the purge: $(dpkg-query -W -f='${db:Status-Status}' socketlab)"
fi
say "purged: all $(wc -l <"$work/files") files are gone and dpkg knows no socketlab"
