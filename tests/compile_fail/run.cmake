# Runs one compile-fail case with one compiler:
#   cmake -DCOMPILER=... -DFLAGS=... -DINCLUDE=... -DSOURCE=... [-DCHECK_GOOD=ON] -P run.cmake
# The case's first lines say what the error must contain, one regular expression a line,
# each to be found within the first five lines the compiler prints, where a user reads:
#   // expect: <the rule, in a sentence>
#   // expect: <the indicator, entry or position it concerns, where the compiler can name it>
# and, optionally, how many errors the compiler reports in all (no cascade):
#   // errors: <n>
# With CHECK_GOOD the case is also compiled without DAYE_COMPILE_FAIL, and must compile:
# the failure is then the misuse, not a typo elsewhere in the case.
cmake_minimum_required(VERSION 3.20)
include(${CMAKE_CURRENT_LIST_DIR}/../first_lines.cmake)
set(shown_lines 5)
file(STRINGS "${SOURCE}" head LIMIT_COUNT 8 ENCODING UTF-8)
set(expects "")
foreach(line IN LISTS head)
  if(line MATCHES "^// expect: (.+)$")
    list(APPEND expects "${CMAKE_MATCH_1}")
  elseif(line MATCHES "^// errors: ([0-9]+)$")
    set(errors "${CMAKE_MATCH_1}")
  endif()
endforeach()
if(expects STREQUAL "")
  message(FATAL_ERROR "${SOURCE}: the first line must be '// expect: <regex>'")
endif()

if(CHECK_GOOD)
  execute_process(COMMAND ${COMPILER} ${FLAGS} -fsyntax-only -I${INCLUDE} ${SOURCE}
    RESULT_VARIABLE ok_result ERROR_VARIABLE ok_errors)
  if(NOT ok_result EQUAL 0)
    message(FATAL_ERROR "${SOURCE} does not compile even without the misuse:\n${ok_errors}")
  endif()
endif()

execute_process(COMMAND ${COMPILER} ${FLAGS} -fsyntax-only -DDAYE_COMPILE_FAIL -I${INCLUDE} ${SOURCE}
  RESULT_VARIABLE bad_result ERROR_VARIABLE bad_errors)
if(bad_result EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled, but the misuse must not")
endif()

# The first lines, as the user sees them.
first_lines("${bad_errors}" ${shown_lines} first)

# They read as written: clang 14 prints the bytes of a static_assert's message beyond ASCII
# as octal escapes (保 as \344\277\235), so daye's messages are ASCII.
if(first MATCHES "\\\\[23][0-7][0-7]")
  message(FATAL_ERROR "${COMPILER} prints a byte beyond ASCII as an escape in the first lines of "
    "${SOURCE}: write the message in ASCII:\n${first}")
endif()

foreach(expect IN LISTS expects)
  if(NOT first MATCHES "${expect}")
    if(bad_errors MATCHES "${expect}")
      set(why "it does, but not within the first ${shown_lines} lines")
    else()
      set(why "it does not")
    endif()
    message(FATAL_ERROR "${COMPILER} refuses ${SOURCE}, but must name '${expect}' within the first "
      "${shown_lines} lines of its message; ${why}:\n${bad_errors}")
  endif()
  message(STATUS "${COMPILER} names within ${shown_lines} lines: ${expect}")
endforeach()

if(DEFINED errors)
  string(REGEX MATCHALL "(^|\n)[^\n]*: error: " found "${bad_errors}")
  list(LENGTH found count)
  if(NOT count EQUAL errors)
    message(FATAL_ERROR "${COMPILER} reports ${count} errors for ${SOURCE}, not ${errors}:\n${bad_errors}")
  endif()
  message(STATUS "${COMPILER} reports ${errors} errors, no more")
endif()
