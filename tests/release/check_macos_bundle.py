#!/usr/bin/env python3
"""Checks the macOS packaging files that only a Mac can use:
  * installer/macos/Info.plist.in, filled in the way CMake fills MACOSX_BUNDLE_INFO_PLIST with the
    properties src/gui/CMakeLists.txt gives the socketlab target, is a valid plist (plistlib) with
    every key the bundle needs, and LSMinimumSystemVersion is Qt's own minimum (its mkspecs);
  * the .dmg's background is a 600 x 400 PNG, and the Finder script places the bundle by the name
    the build gives it.
Exit 0: fine; 1: a problem (each printed).

Usage: check_macos_bundle.py <source dir> <app id> <project version> [<Qt's mkspecs/common/macx.conf>]
"""
import pathlib
import plistlib
import re
import struct
import sys


def gui_bundle_properties(gui_cmake):
    """The MACOSX_BUNDLE_* and OUTPUT_NAME values set in src/gui/CMakeLists.txt's if(APPLE) block."""
    block = gui_cmake.split("if(APPLE)", 1)[1].split("endif()", 1)[0]
    properties = {}
    for match in re.finditer(r"^\s*(MACOSX_BUNDLE_\w+|OUTPUT_NAME)\s+(\"[^\"]*\"|\S+?)\)?\s*$", block, re.M):
        properties[match.group(1)] = match.group(2).strip('"')
    return properties


def main():
    source = pathlib.Path(sys.argv[1])
    app_id, version = sys.argv[2], sys.argv[3]
    macx_conf = pathlib.Path(sys.argv[4]) if len(sys.argv) > 4 else None
    problems = []

    def need(condition, message):
        if not condition:
            problems.append(message)

    properties = gui_bundle_properties((source / "src/gui/CMakeLists.txt").read_text(encoding="utf-8"))
    need(properties.get("MACOSX_BUNDLE_INFO_PLIST", "").endswith("/installer/macos/Info.plist.in"),
         "src/gui does not point MACOSX_BUNDLE_INFO_PLIST at installer/macos/Info.plist.in")
    known = {"SOCKETLAB_APP_ID": app_id, "PROJECT_VERSION": version, "PROJECT_SOURCE_DIR": str(source)}
    values = {name: re.sub(r"\$\{(\w+)\}", lambda m: known.get(m.group(1), m.group(0)), value)
              for name, value in properties.items()}
    # CMake sets this one itself, from the target's output name.
    values["MACOSX_BUNDLE_EXECUTABLE_NAME"] = values.get("OUTPUT_NAME", "socketlab")

    template = (source / "installer/macos/Info.plist.in").read_text(encoding="utf-8")
    # CMake's configure step replaces both ${VAR} and @VAR@; an unset one becomes empty, silently.
    used = set(re.findall(r"\$\{(\w+)\}|@(\w+)@", template))
    for name in {a or b for a, b in used}:
        need(name in values and values[name] != "" and "${" not in values[name],
             "Info.plist.in uses %s, which src/gui/CMakeLists.txt does not set" % name)
    filled = re.sub(r"\$\{(\w+)\}|@(\w+)@", lambda m: values.get(m.group(1) or m.group(2), ""), template)
    try:
        plist = plistlib.loads(filled.encode("utf-8"))
    except Exception as error:  # plistlib raises several types for malformed XML
        print("check_macos_bundle: Info.plist is not a valid plist: %s" % error)
        return 1

    expected = {
        "CFBundleIdentifier": app_id,
        "CFBundleName": "SocketLab",
        "CFBundleDisplayName": "SocketLab",
        "CFBundleExecutable": values["MACOSX_BUNDLE_EXECUTABLE_NAME"],
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleIconFile": "socketlab.icns",
        "CFBundleDevelopmentRegion": "en",
        "NSPrincipalClass": "NSApplication",
        "NSHighResolutionCapable": True,
    }
    for key, value in expected.items():
        need(plist.get(key) == value, "Info.plist %s is %r, expected %r" % (key, plist.get(key), value))
    need({"en", "ru"} <= set(plist.get("CFBundleLocalizations", [])), "CFBundleLocalizations must hold en and ru")
    need(plist.get("LSApplicationCategoryType", "").startswith("public.app-category."),
         "LSApplicationCategoryType is not an App Store category")
    need("Copyright" in plist.get("NSHumanReadableCopyright", ""), "NSHumanReadableCopyright is empty")
    need((source / "resources/icons" / plist.get("CFBundleIconFile", "-")).is_file(),
         "the icon file named by CFBundleIconFile is not in resources/icons")
    if macx_conf and macx_conf.is_file():
        qt_minimum = re.search(r"QMAKE_MACOSX_DEPLOYMENT_TARGET\s*=\s*(\S+)", macx_conf.read_text()).group(1)
        need(plist.get("LSMinimumSystemVersion") == qt_minimum,
             "LSMinimumSystemVersion %r is not Qt's minimum %r (%s)"
             % (plist.get("LSMinimumSystemVersion"), qt_minimum, macx_conf))
    else:
        print("check_macos_bundle: Qt's macx.conf not found; LSMinimumSystemVersion not compared")

    # The disk image's window: background size, and the names the Finder script places.
    png = (source / "installer/macos/dmg-background.png").read_bytes()
    need(png[:8] == b"\x89PNG\r\n\x1a\n", "dmg-background.png is not a PNG")
    width, height = struct.unpack(">II", png[16:24])
    need((width, height) == (600, 400), "dmg-background.png is %dx%d, not 600x400" % (width, height))
    script = (source / "installer/macos/dmg-setup.applescript").read_text(encoding="utf-8")
    bundle = values["MACOSX_BUNDLE_EXECUTABLE_NAME"] + ".app"
    need('item "%s"' % bundle in script, "dmg-setup.applescript does not place %s" % bundle)
    need('item "Applications"' in script and ".background:background.png" in script,
         "dmg-setup.applescript must place the Applications link and use .background/background.png")
    cli_cmake = (source / "src/cli/CMakeLists.txt").read_text(encoding="utf-8")
    need("DESTINATION %s/Contents/MacOS" % bundle in cli_cmake,
         "socketlab-cli is not installed into %s/Contents/MacOS" % bundle)

    for problem in problems:
        print("check_macos_bundle: " + problem)
    if not problems:
        print("check_macos_bundle: Info.plist valid (%d keys), .dmg background and layout consistent" % len(plist))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
