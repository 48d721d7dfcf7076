#!/bin/sh
# Installs everything SocketLab needs to build, test and package on Debian 12 (bookworm), from
# Debian's archive only. Run as root, or as a user who may use sudo.
set -eu

packages="
  cmake ninja-build g++
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-svg-dev
  xvfb xauth imagemagick
  dpkg-dev file
  python3 socat netcat-openbsd
  clang libclang-rt-14-dev valgrind
"
# The Linux package checks (installer/linux/checks.cmake): desktop-file-validate, appstreamcli,
# groff for the man pages, lintian for the .deb.
packages="$packages desktop-file-utils appstream groff-base lintian"

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
