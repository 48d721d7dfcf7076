# Linux packages: a .deb for Debian and Ubuntu, and a .tar.gz of the same tree; and the desktop
# integration both install: the desktop file, the icons, the AppStream metadata and the man pages.
# Included from installer/packaging.cmake on Linux and other Unix (not WIN32/APPLE).
include(GNUInstallDirs)

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# dpkg-shlibdeps (dpkg-dev, file) turns the linked libraries into Depends: the Qt 6 packages.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own texts (dialogs, shortcuts) in Russian, and a native Wayland session.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
# Debian's one-line synopsis (the shared summary, the project's description, is longer than the
# 80 characters Debian allows); the long description is the shared CPACK_PACKAGE_DESCRIPTION.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "learn socket programming by watching every real socket call")
# The programs without their debug information (RelWithDebInfo), as Debian ships binaries
# (lintian: unstripped-binary-or-object).
set(CPACK_STRIP_FILES ON)
# Control files with the permissions dpkg expects (lintian: control-file-has-bad-permissions).
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(socketlab_linux_dir ${CMAKE_CURRENT_LIST_DIR})
set(socketlab_icons_dir ${PROJECT_SOURCE_DIR}/resources/icons)

install(FILES ${socketlab_linux_dir}/${SOCKETLAB_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${socketlab_icons_dir}/${SOCKETLAB_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256)
    install(FILES ${socketlab_icons_dir}/hicolor/${size}x${size}/apps/${SOCKETLAB_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Debian's documentation of every package, in /usr/share/doc/<package>: the license as its
# copyright file, and a changelog (installer/linux/changelog.in, one entry a release, like the
# AppStream releases below), gzipped.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/socketlab RENAME copyright)
set(socketlab_changelog ${PROJECT_BINARY_DIR}/installer/changelog)
configure_file(${socketlab_linux_dir}/changelog.in ${socketlab_changelog} @ONLY)
add_custom_command(OUTPUT ${socketlab_changelog}.gz
    COMMAND gzip -9 -n -c ${socketlab_changelog} > ${socketlab_changelog}.gz
    DEPENDS ${socketlab_changelog}
    COMMENT "Compressing the Debian changelog"
    VERBATIM)
add_custom_target(socketlab_changelog ALL DEPENDS ${socketlab_changelog}.gz)
install(FILES ${socketlab_changelog}.gz DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/socketlab)

# AppStream: the release entry takes the project's version.
set(socketlab_metainfo ${PROJECT_BINARY_DIR}/installer/${SOCKETLAB_APP_ID}.metainfo.xml)
configure_file(${socketlab_linux_dir}/${SOCKETLAB_APP_ID}.metainfo.xml.in ${socketlab_metainfo} @ONLY)
install(FILES ${socketlab_metainfo} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Man pages, English (installer/linux/*.1) and Russian (installer/linux/ru/*.1): written by hand,
# given the version here and gzipped as Debian wants them (CPack's DEB generator does not compress
# them itself). The package checks test that each page lists every option of its program's --help.
set(socketlab_man_pages "")
foreach(language en ru)
    if(language STREQUAL "en")
        set(source_dir ${socketlab_linux_dir})
        set(man_dir ${CMAKE_INSTALL_MANDIR}/man1)
    else()
        set(source_dir ${socketlab_linux_dir}/${language})
        set(man_dir ${CMAKE_INSTALL_MANDIR}/${language}/man1)
    endif()
    set(pages_of_language "")
    foreach(page socketlab socketlab-cli)
        set(configured ${PROJECT_BINARY_DIR}/installer/man/${language}/${page}.1)
        configure_file(${source_dir}/${page}.1 ${configured} @ONLY)
        # -n: no name or time stamp in the .gz, so the package is the same from one build to the next.
        add_custom_command(OUTPUT ${configured}.gz
            COMMAND gzip -9 -n -c ${configured} > ${configured}.gz
            DEPENDS ${configured}
            COMMENT "Compressing the man page ${language}/${page}.1"
            VERBATIM)
        list(APPEND pages_of_language ${configured}.gz)
    endforeach()
    install(FILES ${pages_of_language} DESTINATION ${man_dir})
    list(APPEND socketlab_man_pages ${pages_of_language})
endforeach()
add_custom_target(socketlab_man_pages ALL DEPENDS ${socketlab_man_pages})

# The checks of all the above, and of the .deb itself (label "package").
if(TARGET socketlab AND SOCKETLAB_BUILD_TESTS)
    include(${socketlab_linux_dir}/checks.cmake)
endif()
