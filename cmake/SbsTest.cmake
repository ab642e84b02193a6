# sbs_add_test(<name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>]
#              [ENVIRONMENT <VAR=value...>] [TIMEOUT <seconds>] [RESOURCE_LOCK <names...>])
#
# Builds one Qt Test executable and registers it with CTest. GUI tests run on the
# offscreen platform unless the environment says otherwise.
function(sbs_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT;RESOURCE_LOCK" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test sbstestsupport ${T_LIBS})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SBS_SOURCE_DIR=${CMAKE_SOURCE_DIR};SBS_BINARY_DIR=${CMAKE_BINARY_DIR};SBS_FIXTURES=${CMAKE_SOURCE_DIR}/tests/fixtures;${T_ENVIRONMENT}")
    if(T_RESOURCE_LOCK)
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK "${T_RESOURCE_LOCK}")
    endif()
endfunction()
