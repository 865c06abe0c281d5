# Runs one compile-fail case: cmake -DCOMPILER=... -DFLAGS=... -DINCLUDE=... -DSOURCE=... -P run.cmake
# The case's first line says what the error must contain: // expect: <regular expression>
cmake_minimum_required(VERSION 3.20)
file(STRINGS "${SOURCE}" first LIMIT_COUNT 1)
if(NOT first MATCHES "^// expect: (.+)$")
  message(FATAL_ERROR "${SOURCE}: the first line must be '// expect: <regex>'")
endif()
set(expect "${CMAKE_MATCH_1}")

# Without DAYE_COMPILE_FAIL the case compiles: the failure below is the misuse, not a typo.
execute_process(COMMAND ${COMPILER} ${FLAGS} -fsyntax-only -I${INCLUDE} ${SOURCE}
  RESULT_VARIABLE ok_result ERROR_VARIABLE ok_errors)
if(NOT ok_result EQUAL 0)
  message(FATAL_ERROR "${SOURCE} does not compile even without the misuse:\n${ok_errors}")
endif()

execute_process(COMMAND ${COMPILER} ${FLAGS} -fsyntax-only -DDAYE_COMPILE_FAIL -I${INCLUDE} ${SOURCE}
  RESULT_VARIABLE bad_result ERROR_VARIABLE bad_errors)
if(bad_result EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled, but the misuse must not")
endif()
if(NOT bad_errors MATCHES "${expect}")
  message(FATAL_ERROR "${SOURCE} failed to compile, but the message does not name '${expect}':\n${bad_errors}")
endif()
message(STATUS "fails as it must: ${expect}")
