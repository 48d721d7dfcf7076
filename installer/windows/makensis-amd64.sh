#!/bin/sh
# makensis for cross-building on Linux (CPACK_NSIS_EXECUTABLE, set in package.cmake): Debian's
# makensis builds with the 32-bit x86-unicode stub by default, and that installer, run under
# wine64, exits 0 having installed nothing. amd64-unicode is Debian's 64-bit stub (nsis package,
# /usr/share/nsis/Stubs). On Windows use plain makensis: the official NSIS distribution ships
# only the 32-bit stubs, which work there.
set -eu
exec makensis "-XTarget amd64-unicode" "$@"
