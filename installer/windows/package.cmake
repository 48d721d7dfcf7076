# Windows installer: NSIS, made by CPack from the install tree (`cpack -G NSIS`; README,
# "Installers"). Included by installer/packaging.cmake after the shared settings.
#
# What CMake 3.25's NSIS template (Modules/Internal/CPack/NSIS.template.in) does, and so what this
# installer does, without a template of our own:
# - Per-machine or per-user: the template asks for elevation (RequestExecutionLevel admin). Run
#   with administrator rights (the normal case: UAC prompts), it installs for all users:
#   SetShellVarContext all, so the uninstall key goes to HKLM and the shortcuts to the all-users
#   Start menu, and the default folder is $PROGRAMFILES64\SocketLab. Without administrator rights
#   (a standard account with UAC off), it installs for the current user alone: HKCU, the user's
#   Start menu, and the default folder becomes $DOCUMENTS\SocketLab. The uninstaller makes the same
#   choice. A per-user install into %LOCALAPPDATA%\Programs or an "all users / just me" page would
#   need a copied template (MultiUser.nsh); we keep CMake's.
# - Languages: the template loads every MUI language, Russian and English among them, and offers
#   no language dialog; an NSIS installer with several languages starts in the Windows UI language
#   (GetUserDefaultUILanguage) and falls back to the first, English. So a Russian Windows gets
#   Russian pages, buttons and uninstaller, any other gets English. The texts we write below are
#   names and URLs, the same in both languages.

set(CPACK_GENERATOR "NSIS")
include(${CMAKE_CURRENT_LIST_DIR}/resources.cmake)

# A 64-bit application: "C:\Program Files", not "C:\Program Files (x86)".
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# One Add/Remove Programs entry across versions (the default key carries the version): a new
# installer finds the old one and, with the setting below, removes it first.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "SocketLab")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# The installer's and uninstaller's own icons. CPACK_PACKAGE_ICON (the shared SVG) would become
# the MUI header bitmap, which must be a .bmp: the MUI's default header is used instead.
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/socketlab.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/socketlab.ico")
unset(CPACK_PACKAGE_ICON)
# Sharp text on high-DPI screens.
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# The programs without debug sections (a MinGW RelWithDebInfo .exe is mostly DWARF; MSVC keeps
# its debug information in .pdb files, which are not installed).
set(CPACK_STRIP_FILES ON)

# Add/Remove Programs ("Apps & features"): name, publisher (CPACK_PACKAGE_VENDOR), version, icon,
# links. The license page shows CPACK_RESOURCE_FILE_LICENSE (LICENSE), set in packaging.cmake.
set(CPACK_NSIS_HELP_LINK "https://github.com/socketlab/socketlab/issues")
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")

if(SOCKETLAB_CORE_ONLY)
    # The core-only cross build (no Qt for mingw in Debian): the Qt-free portable test programs,
    # packaged with the same settings, so CI proves this installer under wine
    # (installer/windows/check-nsis-installer.sh). Its own folder, key and file name: it never
    # touches a real SocketLab install.
    get_property(socketlab_portable_tests GLOBAL PROPERTY SOCKETLAB_PORTABLE_TESTS)
    if(NOT socketlab_portable_tests)
        # SOCKETLAB_BUILD_TESTS=OFF: nothing to package (and nothing to check).
        message(STATUS "Windows core-only build without portable tests: the NSIS installer would be empty")
        return()
    endif()
    foreach(test_target IN LISTS socketlab_portable_tests)
        socketlab_add_windows_resources(${test_target} "SocketLab core test: ${test_target}")
    endforeach()
    install(TARGETS ${socketlab_portable_tests} RUNTIME DESTINATION bin)

    set(CPACK_NSIS_PACKAGE_NAME "SocketLab core tests")
    set(CPACK_NSIS_DISPLAY_NAME "SocketLab core tests")
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "SocketLab core tests")
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "SocketLab core tests")
    set(CPACK_PACKAGE_FILE_NAME "socketlab-core-tests-${PROJECT_VERSION}-win64")
    # A Start-menu entry here too, so the check sees the template's shortcut code work.
    list(GET socketlab_portable_tests 0 first_test)
    set(CPACK_PACKAGE_EXECUTABLES "${first_test}" "${first_test}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\${first_test}.exe")
else()
    set(CPACK_NSIS_PACKAGE_NAME "SocketLab")
    set(CPACK_NSIS_DISPLAY_NAME "SocketLab")
    set(CPACK_PACKAGE_FILE_NAME "socketlab-${PROJECT_VERSION}-win64")
    # Start menu: "SocketLab" starts bin\socketlab.exe (its icon is the .exe's own, from
    # socketlab.rc.in); the template adds "Uninstall" beside it. socketlab-cli is a console
    # program: it is in bin\, beside the GUI, for a terminal.
    set(CPACK_PACKAGE_EXECUTABLES "socketlab" "SocketLab")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\socketlab.exe")
    # No "Run SocketLab" on the finish page: the installer runs elevated, and so would the app
    # (as the administrator whose password was typed in, with that account's settings).

    if(MSVC)
        # The Visual C++ runtime (msvcp140.dll, vcruntime140*.dll) beside the programs, so no
        # separate redistributable install is needed. windeployqt (src/gui/CMakeLists.txt) would
        # rather drop vc_redist.x64.exe into bin/, which nothing runs, and Qt 6.4's deploy API
        # cannot pass it --no-compiler-runtime: remove that file after the deployment (these
        # rules run after src/gui's, CMP0082).
        set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
        include(InstallRequiredSystemLibraries)
        install(CODE [[
            file(GLOB socketlab_redist "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/bin/vc*redist*.exe")
            if(socketlab_redist)
                file(REMOVE ${socketlab_redist})
            endif()
        ]])
    endif()
endif()

if(NOT CMAKE_HOST_WIN32)
    # Cross-building on Linux: Debian's makensis defaults to the 32-bit stub, whose installer
    # exits 0 under wine64 having installed nothing. The wrapper picks the amd64-unicode stub,
    # which Debian ships. On Windows, plain makensis: the official NSIS distribution has no amd64
    # stub, and its 32-bit installer works there (installing into $PROGRAMFILES64 all the same).
    set(CPACK_NSIS_EXECUTABLE "${CMAKE_CURRENT_LIST_DIR}/makensis-amd64.sh")
endif()

if(SOCKETLAB_CORE_ONLY AND CMAKE_CROSSCOMPILING)
    # The installer, run under wine: install silently, run a test program from the installed
    # folder, uninstall silently, and check that nothing is left.
    add_test(NAME nsis_installer_under_wine
        COMMAND sh "${CMAKE_CURRENT_LIST_DIR}/check-nsis-installer.sh"
            "${CMAKE_CPACK_COMMAND}" "${CMAKE_BINARY_DIR}" "${CMAKE_BINARY_DIR}/nsis-check"
            "${CPACK_PACKAGE_INSTALL_DIRECTORY}" "${CPACK_PACKAGE_INSTALL_REGISTRY_KEY}"
            "${first_test}.exe" ${CMAKE_CROSSCOMPILING_EMULATOR})
    set_tests_properties(nsis_installer_under_wine PROPERTIES
        LABELS installer
        SKIP_RETURN_CODE 77
        TIMEOUT 300
        # Wine's prefix is started (or repaired) once by tests/portable's setup test.
        FIXTURES_REQUIRED socketlab_wine)
endif()
