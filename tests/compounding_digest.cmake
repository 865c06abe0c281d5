# Runs two builds of compounding_digest and checks that they print the same digest:
#   cmake -DPLAIN=path -DFUSED=path -P compounding_digest.cmake
cmake_minimum_required(VERSION 3.20)
foreach(build PLAIN FUSED)
  execute_process(COMMAND ${${build}} RESULT_VARIABLE code OUTPUT_VARIABLE out_${build})
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "${${build}} exited with ${code}")
  endif()
endforeach()
message(STATUS "plain: ${out_PLAIN}fused: ${out_FUSED}")
if(NOT out_PLAIN STREQUAL out_FUSED)
  message(FATAL_ERROR "fused multiply-add changed the results of compounding")
endif()
