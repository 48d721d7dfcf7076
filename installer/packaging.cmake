# Packaging: the CPack settings every installer shares, then each platform's own, then CPack.
# Included last from the top CMakeLists.txt, once every install() rule exists. `cpack` in a build
# directory makes the installers (see README, "Installers").
#
#   installer/linux/package.cmake    DEB and TGZ, desktop file, icons, AppStream, man pages
#   installer/windows/package.cmake  NSIS (GUI build: windeployqt; core-only cross build: the
#                                    Qt-free test programs, so CI proves the installer under wine)
#   installer/macos/package.cmake    app bundle and DragNDrop .dmg (macdeployqt)

set(CPACK_PACKAGE_NAME "socketlab")
set(CPACK_PACKAGE_VENDOR "SocketLab")
set(CPACK_PACKAGE_CONTACT "SocketLab developers <socketlab@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/socketlab/socketlab")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The long description, in lines of less than 80 characters (Debian shows them as they are).
set(CPACK_PACKAGE_DESCRIPTION [[SocketLab turns a beginner's tutorial on Python's socket module into a
program you can touch: a server and a client talk on your own machine, and
every real socket call (socket, bind, listen, accept, connect, send, recv,
close) is shown as it happens. It has UDP and name lookup, a live sequence
diagram, a step-by-step mode, the equivalent Python code and the tutorial's
vocabulary, in English and Russian. socketlab-cli runs the same sessions in a
terminal.]])
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SocketLab")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/resources/icons/io.github.socketlab.SocketLab.svg")
# Packages land in <build>/packages, away from the build tree's own files.
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/package.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/package.cmake)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/linux/package.cmake)
endif()

include(CPack)
