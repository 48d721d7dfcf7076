# Windows installer: NSIS.
set(CPACK_GENERATOR "NSIS")
