# socketlab_add_windows_resources(<target> <description>)
# On Windows, compiles a version resource and the application icon into <target>'s .exe (see
# socketlab.rc.in): Explorer's Properties > Details shows <description>, the version from
# project(VERSION) and the copyright line of LICENSE. Elsewhere it does nothing, so callers need no
# if(WIN32). Both MSVC (rc.exe) and MinGW (windres) compile the same file: CMake's Windows
# platform modules enable the RC language by themselves.
function(socketlab_add_windows_resources target description)
    if(NOT WIN32)
        return()
    endif()
    set(SOCKETLAB_RC_NAME "${target}")
    set(SOCKETLAB_RC_DESCRIPTION "${description}")
    get_target_property(output_name ${target} OUTPUT_NAME)
    if(NOT output_name)
        set(output_name "${target}")
    endif()
    set(SOCKETLAB_RC_FILENAME "${output_name}.exe")
    set(SOCKETLAB_RC_COMPANY "The SocketLab developers")
    set(SOCKETLAB_RC_ICON "${PROJECT_SOURCE_DIR}/resources/icons/socketlab.ico")
    # "Copyright (c) 2026 The SocketLab developers": the line LICENSE states, so the two never
    # disagree.
    file(STRINGS "${PROJECT_SOURCE_DIR}/LICENSE" copyright LIMIT_COUNT 1 REGEX "^Copyright ")
    set(SOCKETLAB_RC_COPYRIGHT "${copyright}, MIT License")

    set(rc_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_resources.rc")
    configure_file("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/socketlab.rc.in" "${rc_file}" @ONLY)
    target_sources(${target} PRIVATE "${rc_file}")
    # configure_file already re-runs CMake when the template changes; the icon is read by the
    # resource compiler, so a new icon must rebuild the .res.
    set_property(SOURCE "${rc_file}" TARGET_DIRECTORY ${target}
        APPEND PROPERTY OBJECT_DEPENDS "${SOCKETLAB_RC_ICON}")
endfunction()
