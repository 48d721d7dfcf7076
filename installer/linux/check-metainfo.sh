#!/bin/sh
# Usage: check-metainfo.sh FILE SOURCE_DIR
# Validates the AppStream metadata FILE offline and pedantically, and checks that each screenshot
# it names is in SOURCE_DIR/resources/screenshots (the URLs point at that folder on GitHub, which
# cannot be fetched here). One pedantic note is accepted: cid-contains-uppercase-letter, because
# the application id io.github.socketlab.SocketLab is fixed (desktop file, Wayland app id,
# settings). Exit 77 (CTest: skipped) without appstreamcli.
set -eu
file=$1
source_dir=$2
if ! command -v appstreamcli >/dev/null 2>&1; then
    echo "check-metainfo.sh: appstreamcli is missing (apt-get install appstream): skipped" >&2
    exit 77
fi
status=0
report=$(appstreamcli validate --no-net --pedantic --no-color "$file" 2>&1) || status=$?
# Issue lines look like "W: io.github.socketlab.SocketLab:12: tag-name details".
issues=$(printf '%s\n' "$report" | grep -E '^[EWIP]: ' | grep -v ' cid-contains-uppercase-letter' || true)
if [ "$status" -ne 0 ] || [ -n "$issues" ]; then
    printf 'check-metainfo.sh: %s is not clean (exit %s):\n%s\n' "$file" "$status" "$report" >&2
    exit 1
fi

prefix=https://raw.githubusercontent.com/socketlab/socketlab/main/
images=$(sed -n 's|.*<image[^>]*>\(.*\)</image>.*|\1|p' "$file")
if [ -z "$images" ]; then
    echo "check-metainfo.sh: $file has no screenshot images" >&2
    exit 1
fi
for url in $images; do
    case $url in
    "$prefix"resources/screenshots/*) ;;
    *)
        echo "check-metainfo.sh: screenshot $url is not under ${prefix}resources/screenshots/" >&2
        exit 1
        ;;
    esac
    path=${url#"$prefix"}
    if [ ! -f "$source_dir/$path" ]; then
        echo "check-metainfo.sh: screenshot $url: $path is not in the repository" >&2
        exit 1
    fi
done
echo "check-metainfo.sh: $file is valid (pedantic), its $(echo "$images" | wc -l) screenshot images exist"
