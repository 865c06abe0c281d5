# The README's compile error as a user sees it: tests/docs/broken_plan.cpp and the first
# five lines g++ 12 and clang++ 14 print for it, between the markers
#   <!-- compiler messages of: tests/docs/broken_plan.cpp -->
#   <!-- end of compiler messages -->
# MODE=check fails when the README has drifted from the compilers' output (a CTest, label
# docs); MODE=write rewrites the block (tests/docs/regenerate.sh).
#   cmake -DMODE=check|write -DSOURCE_DIR=... -DGXX=... -DCLANGXX=... -P compiler_messages.cmake
# Other versions of the compilers word their messages otherwise: with them, the check is
# skipped (it prints "skipped:", which CTest reads as a skip).
cmake_minimum_required(VERSION 3.20)
include(${CMAKE_CURRENT_LIST_DIR}/../first_lines.cmake)
set(source tests/docs/broken_plan.cpp)
set(readme "${SOURCE_DIR}/README.md")
set(begin_marker "<!-- compiler messages of: ${source} -->\n")
set(end_marker "<!-- end of compiler messages -->")

execute_process(COMMAND ${GXX} -dumpversion OUTPUT_VARIABLE gxx_version OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND ${CLANGXX} -dumpversion OUTPUT_VARIABLE clang_version OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT gxx_version MATCHES "^12(\\.|$)" OR NOT clang_version MATCHES "^14\\.")
  message(STATUS "skipped: the README shows g++ 12 and clang++ 14, not g++ ${gxx_version} and clang++ ${clang_version}")
  return()
endif()

# The first five lines of each compiler, compiled from the source tree as a user would
# (relative paths), in a UTF-8 locale: g++ quotes with ‘ ’ there.
function(compiler_says compiler out)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 ${compiler} -std=c++17 -fsyntax-only -Iinclude
      ${source}
    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE result ERROR_VARIABLE errors)
  if(result EQUAL 0)
    message(FATAL_ERROR "${source} compiles with ${compiler}: it must show a broken rule")
  endif()
  first_lines("${errors}" 5 first)
  set(${out} "${first}" PARENT_SCOPE)
endfunction()

file(READ "${SOURCE_DIR}/${source}" code)
compiler_says(${GXX} gxx_lines)
compiler_says(${CLANGXX} clang_lines)
set(block "```c++\n${code}```\n\ng++ 12, its first five lines:\n\n```text\n${gxx_lines}```\n\n")
string(APPEND block "clang++ 14, its first five lines:\n\n```text\n${clang_lines}```\n")

file(READ "${readme}" text)
string(FIND "${text}" "${begin_marker}" begin)
string(FIND "${text}" "${end_marker}" end)
if(begin EQUAL -1 OR end EQUAL -1)
  message(FATAL_ERROR "README.md has no block '${begin_marker}' ... '${end_marker}'")
endif()
string(LENGTH "${begin_marker}" marker_length)
math(EXPR inside "${begin} + ${marker_length}")
math(EXPR inside_length "${end} - ${inside}")
string(SUBSTRING "${text}" ${inside} ${inside_length} shown)
if(shown STREQUAL block)
  message(STATUS "README.md shows what g++ ${gxx_version} and clang++ ${clang_version} say of ${source}")
elseif(MODE STREQUAL "write")
  string(SUBSTRING "${text}" 0 ${inside} before)
  string(SUBSTRING "${text}" ${end} -1 after)
  file(WRITE "${readme}" "${before}${block}${after}")
  message(STATUS "README.md: the compiler messages of ${source} rewritten")
else()
  message(FATAL_ERROR "README.md has drifted from what the compilers say of ${source}; run "
    "tests/docs/regenerate.sh. Now:\n${block}")
endif()
