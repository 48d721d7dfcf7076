# CTest checks of the Linux packaging (label "package"), from installer/linux/package.cmake:
#   desktop_file_valid     desktop-file-validate, hints included
#   metainfo_valid         appstreamcli validate --no-net --pedantic; the screenshots exist
#   man_page_socketlab     the page formats without warnings and lists every option of --help
#   man_page_socketlab_cli the same for socketlab-cli and each of its commands
#   man_page_*_ru          the same for the Russian pages
#   deb_package_installs   cpack, apt-get install ./<deb>, run, purge (root only; release builds)
#   deb_package_lintian    lintian finds no error or warning in the .deb (release builds)
# A missing tool or no root: skipped (exit 77) with the reason, never passed silently.
find_program(SOCKETLAB_SH sh REQUIRED)

add_test(NAME desktop_file_valid
    COMMAND ${SOCKETLAB_SH} ${socketlab_linux_dir}/check-desktop-file.sh
        ${socketlab_linux_dir}/${SOCKETLAB_APP_ID}.desktop)
add_test(NAME metainfo_valid
    COMMAND ${SOCKETLAB_SH} ${socketlab_linux_dir}/check-metainfo.sh ${socketlab_metainfo} ${PROJECT_SOURCE_DIR})
foreach(language en ru)
    set(suffix "")
    if(NOT language STREQUAL "en")
        set(suffix _${language})
    endif()
    add_test(NAME man_page_socketlab${suffix}
        COMMAND ${SOCKETLAB_SH} ${socketlab_linux_dir}/check-man-page.sh
            $<TARGET_FILE:socketlab> ${PROJECT_BINARY_DIR}/installer/man/${language}/socketlab.1)
    add_test(NAME man_page_socketlab_cli${suffix}
        COMMAND ${SOCKETLAB_SH} ${socketlab_linux_dir}/check-man-page.sh
            $<TARGET_FILE:socketlab-cli> ${PROJECT_BINARY_DIR}/installer/man/${language}/socketlab-cli.1)
endforeach()
set(socketlab_package_tests desktop_file_valid metainfo_valid
    man_page_socketlab man_page_socketlab_cli man_page_socketlab_ru man_page_socketlab_cli_ru)

# The package is the release build's: a sanitized build's programs would not run outside the build
# (and are not what anyone installs).
if(NOT SOCKETLAB_SANITIZE)
    add_test(NAME deb_package_installs
        COMMAND ${SOCKETLAB_SH} ${socketlab_linux_dir}/deb-install-test.sh ${PROJECT_BINARY_DIR} ${PROJECT_VERSION})
    # It installs into the system and runs cpack in the build tree: alone, and with time for both.
    set_tests_properties(deb_package_installs PROPERTIES RUN_SERIAL ON TIMEOUT 600)
    add_test(NAME deb_package_lintian
        COMMAND ${SOCKETLAB_SH} ${socketlab_linux_dir}/deb-lintian-test.sh ${PROJECT_BINARY_DIR} ${PROJECT_VERSION})
    set_tests_properties(deb_package_lintian PROPERTIES TIMEOUT 300)
    list(APPEND socketlab_package_tests deb_package_installs deb_package_lintian)
endif()

set_tests_properties(${socketlab_package_tests} PROPERTIES
    LABELS package
    SKIP_RETURN_CODE 77
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
