# Runs one compile-fail case: cmake -DCOMPILER=... -DFLAGS=... -DINCLUDE=... -DSOURCE=... -P run.cmake
# The case's first lines say what the error must contain, one regular expression a line:
#   // expect: <the rule>
#   // expect: <the indicator or entry it concerns, where the compiler can name it>
cmake_minimum_required(VERSION 3.20)
file(STRINGS "${SOURCE}" head LIMIT_COUNT 4)
set(expects "")
foreach(line IN LISTS head)
  if(line MATCHES "^// expect: (.+)$")
    list(APPEND expects "${CMAKE_MATCH_1}")
  endif()
endforeach()
if(expects STREQUAL "")
  message(FATAL_ERROR "${SOURCE}: the first line must be '// expect: <regex>'")
endif()

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
foreach(expect IN LISTS expects)
  if(NOT bad_errors MATCHES "${expect}")
    message(FATAL_ERROR "${SOURCE} failed to compile, but the message does not name '${expect}':\n${bad_errors}")
  endif()
  message(STATUS "fails as it must: ${expect}")
endforeach()
