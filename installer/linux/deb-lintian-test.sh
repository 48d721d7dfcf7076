#!/bin/sh
# Usage: deb-lintian-test.sh BUILD_DIR VERSION
# Makes the .deb with cpack from BUILD_DIR into a temporary folder and runs lintian on it: any
# error or warning fails (the package is lintian-clean, pedantic tags included, with Debian 12's
# lintian). Prints every tag lintian reports. Exit 77 (CTest: skipped) without lintian.
set -eu
build_dir=$1
version=$2
for tool in lintian cpack; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "deb-lintian-test.sh: $tool is missing (apt-get install $tool): skipped" >&2
        exit 77
    fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trap 'exit 1' HUP INT TERM

(cd "$build_dir" && cpack -G DEB -B "$work" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    echo "deb-lintian-test.sh: cpack failed" >&2
    exit 1
}
deb=$(find "$work" -maxdepth 1 -name "socketlab_${version}_*.deb")
if [ ! -f "$deb" ]; then
    echo "deb-lintian-test.sh: cpack made no socketlab_${version}_<arch>.deb" >&2
    exit 1
fi
# lintian says "running with root privileges is not recommended" as root: not a finding.
status=0
lintian --info --display-experimental --pedantic --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1 ||
    status=$?
grep -v 'running with root privileges is not recommended' "$work/lintian.log" || true
if [ "$status" -ne 0 ]; then
    echo "deb-lintian-test.sh: lintian found errors or warnings in $(basename "$deb") (exit $status)" >&2
    exit 1
fi
echo "deb-lintian-test.sh: $(basename "$deb") has no lintian error or warning ($(grep -c '^[EWIPX]:' "$work/lintian.log" || true) tags in all)"
