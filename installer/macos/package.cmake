# macOS: SocketLab.app in a drag-and-drop disk image (.dmg), made by `cpack -G DragNDrop` on a Mac
# (CPack runs hdiutil and Finder; see README, "Installers", "macOS").
#
# What the image holds, all installed by the project's install() rules into the image's root:
#   SocketLab.app        the GUI (src/gui: MACOSX_BUNDLE, Info.plist from installer/macos/Info.plist.in,
#                        socketlab.icns) with socketlab-cli beside it in Contents/MacOS (src/cli),
#                        the Qt frameworks and plugins put in by macdeployqt (the deploy script in
#                        src/gui/CMakeLists.txt, qt_generate_deploy_app_script), and the ad-hoc
#                        signature below;
#   Applications         a link to /Applications to drag the app onto (CPack's, on by default);
#   .background/         the window's background picture (hidden), laid out by the AppleScript.
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "SocketLab ${PROJECT_VERSION}")
# zlib-compressed, read-only: CPack's default, said here because it is part of what we ship.
set(CPACK_DMG_FORMAT "UDZO")
# CPack makes CPACK_PACKAGE_ICON the volume's icon (.VolumeIcon.icns): it must be an .icns, not
# the SVG that installer/packaging.cmake names for the other generators.
set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/resources/icons/socketlab.icns")
# CPack 3.25 adds the /Applications link unless CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK is ON; said
# here so nobody turns it on by accident.
set(CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK OFF)
set(CPACK_DMG_BACKGROUND_IMAGE "${CMAKE_CURRENT_LIST_DIR}/dmg-background.png")
set(CPACK_DMG_DS_STORE_SETUP_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/dmg-setup.applescript")
# The license is in the app's About box and in LICENSE: no click-through agreement when the image
# is opened (CPack 3.23+ asks for it explicitly; hdiutil's udifrez is deprecated since macOS 12).
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
set(CPACK_PACKAGE_FILE_NAME "SocketLab-${PROJECT_VERSION}-macOS")

# Sign the finished bundle ad hoc (no identity), after the install rules and macdeployqt changed
# its binaries: on Apple silicon a binary whose signature no longer matches is killed at launch, and
# one seal over the bundle covers socketlab-cli, Info.plist and the frameworks. This is not a
# Developer ID signature: Gatekeeper still asks on first launch (README says how to open it).
# Runs last because packaging.cmake is included after every add_subdirectory() (CMP0082: install
# rules run in the order they were declared).
install(CODE [[
    set(socketlab_bundle "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/SocketLab.app")
    message(STATUS "Signing (ad hoc): ${socketlab_bundle}")
    execute_process(COMMAND codesign --force --deep --sign - "${socketlab_bundle}"
        RESULT_VARIABLE socketlab_codesign_result)
    if(NOT socketlab_codesign_result EQUAL 0)
        message(FATAL_ERROR "codesign failed (${socketlab_codesign_result}) for ${socketlab_bundle}")
    endif()
]])
