#!/bin/sh
# CTest qt_translations_as_deployed (tests/i18n): Qt's own texts must still speak Russian in the
# layout windeployqt gives a Windows install (src/gui/CMakeLists.txt): the programs in bin/ with a
# bin/qt.conf of "Prefix = ..", and Qt's catalogues merged by lconvert into
# translations/qt_<code>.qm (windeployqt makes no qtbase_<code>.qm). Checked here with the Linux
# socketlab-cli: a Qt message (QCommandLineParser's "Unknown option") must come out in Russian.
#
# usage: check-deployed-qt-translations.sh <socketlab-cli> <lconvert> <Qt translations dir> <work dir>
set -eu

if [ "$#" -ne 4 ]; then
    echo "usage: $0 <socketlab-cli> <lconvert> <Qt translations dir> <work dir>" >&2
    exit 2
fi
cli=$1 lconvert=$2 qt_translations=$3 work=$4

if [ ! -f "$qt_translations/qtbase_ru.qm" ]; then
    echo "SKIP: no $qt_translations/qtbase_ru.qm: install qt6-translations-l10n"
    exit 77
fi

rm -rf "$work"
mkdir -p "$work/bin" "$work/translations"
cp "$cli" "$work/bin/"
printf '[Paths]\nPrefix = ..\n' >"$work/bin/qt.conf"
"$lconvert" -o "$work/translations/qt_ru.qm" "$qt_translations/qtbase_ru.qm"

output=$("$work/bin/$(basename "$cli")" --lang ru --no-such-option 2>&1 || true)
echo "$output"
if ! printf '%s\n' "$output" | grep -q "no-such-option"; then
    echo "FAIL: socketlab-cli did not report the unknown option"
    exit 1
fi
if printf '%s\n' "$output" | grep -q "Unknown option"; then
    echo "FAIL: Qt's message is in English: translations/qt_ru.qm was not loaded"
    exit 1
fi
rm -rf "$work"
echo "PASS: Qt's own texts in Russian from translations/qt_ru.qm"
