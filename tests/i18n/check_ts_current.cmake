# Fails when a .ts file is stale: re-runs lupdate, exactly as the <target>_lupdate rule does, on a
# copy of the committed file and compares. A difference means texts were added, changed or removed
# in the code without `cmake --build <dir> --target update_translations`.
#
# -D arguments: LUPDATE, PROJECT_GENERATOR, PROJECT_CMAKE, OPTIONS (lupdate's, separated by |),
# TS_FILE, WORK_DIR.
string(REPLACE "|" ";" OPTIONS "${OPTIONS}")
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
set(project_json "${WORK_DIR}/${ts_name}.project.json")
set(fresh "${WORK_DIR}/${ts_name}")

execute_process(
    COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_CMAKE}" "-DOUT_FILE=${project_json}" -P "${PROJECT_GENERATOR}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Could not write the lupdate project file ${project_json}")
endif()

configure_file("${TS_FILE}" "${fresh}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -project "${project_json}" ${OPTIONS} -ts "${fresh}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()

file(READ "${TS_FILE}" committed)
file(READ "${fresh}" regenerated)
if(NOT committed STREQUAL regenerated)
    execute_process(COMMAND diff -u "${TS_FILE}" "${fresh}")
    message(FATAL_ERROR "${TS_FILE} is stale: the code's texts have changed since it was updated. "
        "Run `cmake --build <build dir> --target update_translations`, translate what is new, and commit.")
endif()
message(STATUS "${ts_name} matches the code (lupdate: ${output})")
