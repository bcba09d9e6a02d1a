# invitedesk_add_test(NAME SOURCES... [LIBRARIES ...]): one QtTest executable registered with CTest,
# run offscreen, with the source and build trees available as INVITEDESK_TEST_DATA / INVITEDESK_BUILD_DIR.
function(invitedesk_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE invitedesk_settings Qt6::Test ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        INVITEDESK_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        INVITEDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        INVITEDESK_BUILD_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=" TIMEOUT 300)
endfunction()
