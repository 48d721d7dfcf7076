#!/bin/sh
# Installs everything SocketLab needs to build, test and package on Debian 12 (bookworm), from
# Debian's archive only. Run as root, or as a user who may use sudo.
set -eu

# Each line of the list, in order:
#   the build: CMake, Ninja, g++, Qt 6 (with its translations, tools and SVG);
#   screenshots and GUI checks under Xvfb;
#   packaging: dpkg-shlibdeps for the .deb's Depends, `file` for CPack;
#   the CLI tests and their baselines;
#   the sanitize and fuzz presets (clang, libFuzzer) and the memcheck runs;
#   the Linux package checks (installer/linux/checks.cmake): desktop-file-validate, appstreamcli,
#     groff for the man pages, lintian for the .deb;
#   the release workflow check (tests/release/check_release_workflow.py parses its YAML);
#   the windows-core preset: the core cross-built with mingw-w64 (posix threads), its tests run
#     under wine (64-bit only: wine32 is not needed), and its NSIS installer.
packages="
  cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-svg-dev
  xvfb xauth imagemagick
  dpkg-dev file
  python3 socat netcat-openbsd
  clang libclang-rt-14-dev valgrind
  desktop-file-utils appstream groff-base lintian
  python3-yaml
  g++-mingw-w64-x86-64-posix wine wine64 nsis
"

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "install-build-deps.sh: run this as root (or install sudo): apt-get needs root." >&2
    exit 1
fi

# shellcheck disable=SC2086 # the package list is split on purpose
$as_root apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $packages >/dev/null
echo "install-build-deps.sh: build dependencies are installed."
