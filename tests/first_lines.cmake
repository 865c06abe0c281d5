# first_lines(<text> <n> <out>): the first n lines of a compiler's message, as a user reads
# them. C++ messages are full of ';', CMake's list separator, so the text is cut with
# string(FIND) rather than split into a list.
function(first_lines text n out)
  set(first "")
  foreach(i RANGE 1 ${n})
    string(FIND "${text}" "\n" at)
    if(at EQUAL -1)
      string(APPEND first "${text}")
      break()
    endif()
    math(EXPR next "${at} + 1")
    string(SUBSTRING "${text}" 0 ${next} line)
    string(APPEND first "${line}")
    string(SUBSTRING "${text}" ${next} -1 text)
  endforeach()
  set(${out} "${first}" PARENT_SCOPE)
endfunction()
