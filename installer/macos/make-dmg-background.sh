#!/bin/sh
# Renders the .dmg window's background (installer/macos/dmg-background.svg) to the PNG that CPack
# copies into the image (CPACK_DMG_BACKGROUND_IMAGE). The PNG is committed, so macOS builds need
# no renderer; run this again after changing the SVG. Needs rsvg-convert (librsvg2-bin).
set -eu
cd "$(dirname "$0")"
rsvg-convert --width 600 --height 400 dmg-background.svg --output dmg-background.png
echo "make-dmg-background.sh: wrote $(pwd)/dmg-background.png"
