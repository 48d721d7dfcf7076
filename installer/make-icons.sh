#!/bin/sh
# Renders the application icon's other forms from its one source,
# resources/icons/io.github.socketlab.SocketLab.svg, into resources/icons/:
#   hicolor/<N>x<N>/apps/<id>.png  PNG sizes for the freedesktop icon theme (Linux)
#   socketlab.ico                  16-256 px, for the Windows executable and installer
#   socketlab.icns                 16-512 px, for the macOS bundle
# The results are committed, so builds on Windows and macOS need none of these tools. Run it
# again after changing the SVG. Needs rsvg-convert (librsvg2-bin), icotool (icoutils) and
# png2icns (icnsutils), all in Debian.
set -eu
cd "$(dirname "$0")/../resources/icons"

id=io.github.socketlab.SocketLab
svg=$id.svg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$work/$size.png"
done

for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x$size/apps"
    cp "$work/$size.png" "hicolor/${size}x$size/apps/$id.png"
done

icotool --create --output socketlab.ico \
    "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" --raw="$work/256.png"

# png2icns picks the icon type from each image's size (16, 32, 48, 128, 256, 512).
png2icns socketlab.icns "$work/16.png" "$work/32.png" "$work/48.png" "$work/128.png" \
    "$work/256.png" "$work/512.png" >/dev/null

echo "make-icons.sh: icons written to $(pwd)"
