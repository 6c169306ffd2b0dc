# Helpers shared by every module, app and test target.

# Warnings on and clean for our own code (third-party headers are SYSTEM includes).
function(radcurator_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter)
endfunction()

# radcurator_module(<name> SOURCES ... [PUBLIC_DEPS ...] [PRIVATE_DEPS ...])
# Creates static library rc_<name>. Public headers live in modules/<name>/include/<name>/,
# so code includes them as "<name>/Header.h"; everything in src/ stays private.
function(radcurator_module name)
  cmake_parse_arguments(arg "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(rc_${name} STATIC ${arg_SOURCES})
  target_include_directories(rc_${name}
    PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
  target_link_libraries(rc_${name} PUBLIC ${arg_PUBLIC_DEPS} PRIVATE ${arg_PRIVATE_DEPS})
  radcurator_warnings(rc_${name})
endfunction()
