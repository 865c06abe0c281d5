cmake_minimum_required(VERSION 3.20)
# Builds tests/single_header/main.cpp against the one header alone, with COMPILER, after
# checking that no daye/ include is left in it.
#   cmake -DCOMPILER=... -DFLAGS=... -DHEADER_DIR=... -DSOURCE=... -DWORK_DIR=... -P check.cmake
file(READ "${HEADER_DIR}/daye.hpp" text)
if(text MATCHES "#[ \t]*include[ \t]*[<\"]daye/")
  message(FATAL_ERROR "single_include/daye.hpp still includes a daye/ header")
endif()
get_filename_component(name "${COMPILER}" NAME)
set(program "${WORK_DIR}/single_header_${name}")
execute_process(COMMAND ${COMPILER} ${FLAGS} -I${HEADER_DIR} ${SOURCE} -o ${program}
  RESULT_VARIABLE built ERROR_VARIABLE errors)
if(NOT built EQUAL 0)
  message(FATAL_ERROR "${name} cannot build against the single header:\n${errors}")
endif()
execute_process(COMMAND ${program} RESULT_VARIABLE ran OUTPUT_VARIABLE out)
if(NOT ran EQUAL 0)
  message(FATAL_ERROR "the program built with ${name} fails: ${out}")
endif()
message(STATUS "${name}: ${out}")
