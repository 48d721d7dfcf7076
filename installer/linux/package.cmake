# Linux packages: a .deb for Debian and Ubuntu, and a .tar.gz of the same tree.
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# dpkg-shlibdeps (dpkg-dev, file) turns the linked libraries into Depends: the Qt 6 packages.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own texts (dialogs, shortcuts) in Russian, and a native Wayland session.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
