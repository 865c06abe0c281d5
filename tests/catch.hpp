// Catch2 v3 or 2.13, whichever CMake found (it defines DAYE_CATCH_V3 or DAYE_CATCH_V2).
//
// With DAYE_TEST_AT_RUN_TIME (the sanitizer and coverage builds) the checks written for
// compile time run at run time as well: STATIC_REQUIRE becomes REQUIRE, and the values
// declared DAYE_CONSTEXPR become plain variables. Not even const: GCC folds calls with
// constant arguments at -O0, and then neither the sanitizers nor gcov would see them.
#ifndef DAYE_TESTS_CATCH_HPP
#define DAYE_TESTS_CATCH_HPP

#if defined(DAYE_TEST_AT_RUN_TIME)
#define CATCH_CONFIG_RUNTIME_STATIC_REQUIRE
#define DAYE_CONSTEXPR
#else
#define DAYE_CONSTEXPR constexpr
#endif

#if defined(DAYE_CATCH_V3)
#include <catch2/catch_test_macros.hpp>
#else
#include <catch2/catch.hpp>
#endif

#endif
