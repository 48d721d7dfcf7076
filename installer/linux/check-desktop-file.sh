#!/bin/sh
# Usage: check-desktop-file.sh FILE
# desktop-file-validate on FILE, stricter than its exit code: a hint (such as two main categories,
# which puts the application in two menus) fails too. Exit 77 (CTest: skipped) without the tool.
set -eu
file=$1
if ! command -v desktop-file-validate >/dev/null 2>&1; then
    echo "check-desktop-file.sh: desktop-file-validate is missing (apt-get install desktop-file-utils): skipped" >&2
    exit 77
fi
status=0
report=$(desktop-file-validate "$file" 2>&1) || status=$?
if [ "$status" -ne 0 ] || [ -n "$report" ]; then
    printf 'check-desktop-file.sh: %s is not clean (exit %s):\n%s\n' "$file" "$status" "$report" >&2
    exit 1
fi
echo "check-desktop-file.sh: $file is valid, without hints"
