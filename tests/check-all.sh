#!/bin/sh
# Builds and runs every check SocketLab has, as CI does (README's test command):
#   1. sanitize: the whole test suite built with AddressSanitizer + UndefinedBehaviorSanitizer;
#   2. fuzz:     the libFuzzer targets of the host/port and hex parsers, SOCKETLAB_FUZZ_SECONDS each;
#   3. windows-core: the core and its portable tests cross-built with mingw-w64, run under wine
#                (the Winsock side of the platform shim; about a minute);
#   4. release:  the build we ship and its whole test suite, the core's tests also under valgrind.
# Each step is a CMake workflow preset (configure, build, test), so one step can be re-run alone:
#   cmake --workflow --preset sanitize
# Stops at the first failure. The release suite runs last: its CTest summary is the closing line.
set -eu
cd "$(dirname "$0")/.."

for preset in sanitize fuzz windows-core release; do
    echo "check-all.sh: === $preset ==="
    cmake --workflow --preset "$preset"
done
