# CMake toolchain file: cross-builds the Qt-free core for 64-bit Windows with Debian's mingw-w64
# (package g++-mingw-w64-x86-64) and runs its test programs under wine, so the Winsock side of
# the platform shim is compiled and exercised on a Linux machine. Debian has no Qt for mingw,
# so configure with -DSOCKETLAB_CORE_ONLY=ON:
#
#   cmake -S . -B build-mingw -G Ninja -DCMAKE_TOOLCHAIN_FILE=installer/windows/mingw-w64.cmake \
#         -DSOCKETLAB_CORE_ONLY=ON
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(SOCKETLAB_MINGW_TRIPLET x86_64-w64-mingw32)

# The -posix variants: the default win32 thread model has no std::thread, std::mutex or
# std::call_once, which the core uses.
set(CMAKE_C_COMPILER ${SOCKETLAB_MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${SOCKETLAB_MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER ${SOCKETLAB_MINGW_TRIPLET}-windres)

# Headers and libraries from the mingw sysroot only, never the host's; programs (moc-free here,
# but ninja, wine, ...) from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${SOCKETLAB_MINGW_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Link libgcc, libstdc++ and winpthread into each .exe: otherwise wine (and a Windows machine
# without mingw) cannot find libgcc_s_seh-1.dll, libstdc++-6.dll and libwinpthread-1.dll.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
set(CMAKE_SHARED_LINKER_FLAGS_INIT "-static-libgcc -static-libstdc++")
set(CMAKE_MODULE_LINKER_FLAGS_INIT "-static-libgcc -static-libstdc++")

# ctest runs the cross-built tests through wine when it is installed (packages wine64 and wine,
# with --no-install-recommends). The emulator is a command line, so `env` gives wine the two
# settings it needs: a prefix of its own (first start ~12 s, then reused; an existing WINEPREFIX
# in the environment wins), WINEDEBUG=-all, which silences fixme: lines in the test output, and
# WINEDLLOVERRIDES that disable mscoree and mshtml, so creating the prefix never asks (in a
# dialog, on a machine with no display) to install Mono or Gecko.
find_program(SOCKETLAB_WINE NAMES wine wine64 NO_CMAKE_FIND_ROOT_PATH)
if(SOCKETLAB_WINE)
    if(DEFINED ENV{WINEPREFIX})
        set(SOCKETLAB_WINEPREFIX "$ENV{WINEPREFIX}")
    else()
        set(SOCKETLAB_WINEPREFIX "${CMAKE_BINARY_DIR}/wineprefix")
    endif()
    set(CMAKE_CROSSCOMPILING_EMULATOR
        /usr/bin/env "WINEPREFIX=${SOCKETLAB_WINEPREFIX}" WINEDEBUG=-all "WINEDLLOVERRIDES=mscoree,mshtml="
        "${SOCKETLAB_WINE}")
endif()
