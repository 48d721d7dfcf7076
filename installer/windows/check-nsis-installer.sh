#!/bin/sh
# CTest nsis_installer_under_wine (installer/windows/package.cmake, core-only mingw build): proves
# the NSIS installer script itself. Builds the installer with cpack, installs it silently under
# wine, checks the files, the Start-menu entry and the uninstall key, runs one installed test
# program, uninstalls silently and checks that nothing is left. Exit 77 (skip) without makensis
# or wine.
#
# usage: check-nsis-installer.sh <cpack> <build dir> <work dir> <install folder name>
#            <registry key> <test program .exe> <wine command...>
# The wine command is the toolchain's CMAKE_CROSSCOMPILING_EMULATOR (env WINEPREFIX=...
# WINEDEBUG=-all wine), so the installer runs in the same prefix and with the same settings as
# the test programs.
set -eu

if [ "$#" -lt 6 ]; then
    echo "usage: $0 <cpack> <build dir> <work dir> <folder> <registry key> <test .exe> <wine...>" >&2
    exit 2
fi
cpack=$1 build=$2 work=$3 folder=$4 key=$5 test_exe=$6
shift 6

if ! command -v makensis >/dev/null 2>&1; then
    echo "SKIP: makensis not found: install the nsis package to build the Windows installer"
    exit 77
fi
if [ "$#" -eq 0 ]; then
    echo "SKIP: wine not found: install wine and wine64 to run the Windows installer here"
    exit 77
fi

fail() {
    echo "FAIL: $*"
    exit 1
}

start=$(date +%s)
rm -rf "$work"
mkdir -p "$work"

# 1. The installer, from this build's CPack configuration.
if ! "$cpack" --config "$build/CPackConfig.cmake" -G NSIS -B "$work" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack -G NSIS failed"
fi
installer=$(find "$work" -maxdepth 1 -name '*.exe')
[ -f "$installer" ] || fail "cpack made no installer in $work"
echo "built $(basename "$installer") ($(wc -c <"$installer") bytes)"

# Windows paths for the install folder, Unix paths to look at them. No spaces in the folder: NSIS
# takes /D= and _?= only unquoted, and wine quotes an argument that has spaces.
win_dir="C:\\socketlab-nsis-check"
dir=$("$@" winepath -u "$win_dir" | tr -d '\r')
menu=$("$@" winepath -u "C:\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\$folder" | tr -d '\r')
if [ -z "$dir" ] || [ -z "$menu" ]; then
    fail "winepath gave no Unix path for $win_dir (wine prefix not ready?)"
fi
uninstall_key="HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$key"
# A run killed half-way leaves files behind: start clean.
rm -rf "$dir" "$menu"
"$@" reg delete "$uninstall_key" /f >/dev/null 2>&1 || true

# 2. Silent install into a folder of our own (/D must be the last argument, unquoted).
"$@" "$installer" /S "/D=$win_dir" || fail "the installer exited with status $?"
[ -f "$dir/bin/$test_exe" ] || fail "not installed: $dir/bin/$test_exe (installer ran, installed nothing?)"
[ -f "$dir/Uninstall.exe" ] || fail "no uninstaller: $dir/Uninstall.exe"
# Per-machine (wine's user is an administrator): the all-users Start menu and HKLM.
[ -f "$menu/${test_exe%.exe}.lnk" ] || fail "no Start-menu entry: $menu/${test_exe%.exe}.lnk"
"$@" reg query "$uninstall_key" /v DisplayName >"$work/reg.txt" 2>&1 ||
    fail "no uninstall key $uninstall_key"
grep -q "$folder" "$work/reg.txt" || fail "uninstall key without DisplayName \"$folder\": $(cat "$work/reg.txt")"
echo "installed into $win_dir, Start-menu entry and uninstall key present"

# 3. An installed program runs from the installed folder.
status=0
"$@" "$win_dir\\bin\\$test_exe" >"$work/run.log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
    cat "$work/run.log"
    fail "installed $test_exe exited with status $status"
fi
echo "installed $test_exe ran: exit 0"

# 4. Silent uninstall. _?= makes the uninstaller run in place and wait; otherwise it copies itself
# to %TEMP% and returns at once. Running in place, it cannot delete itself (nor so the folder).
"$@" "$win_dir\\Uninstall.exe" /S "_?=$win_dir" || fail "the uninstaller exited with status $?"
rm -f "$dir/Uninstall.exe"
if [ -e "$dir" ]; then
    rmdir "$dir" 2>/dev/null || fail "uninstall left files behind: $(find "$dir" -type f | head -5)"
fi
[ ! -e "$menu" ] || fail "uninstall left the Start-menu folder: $menu"
if "$@" reg query "$uninstall_key" >/dev/null 2>&1; then
    fail "uninstall left the registry key $uninstall_key"
fi
echo "uninstalled: folder, Start-menu folder and uninstall key gone"

rm -rf "$work"
echo "PASS in $(($(date +%s) - start)) s"
