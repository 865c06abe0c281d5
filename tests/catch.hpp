// Catch2 v3 or 2.13, whichever CMake found (it defines DAYE_CATCH_V3 or DAYE_CATCH_V2).
#ifndef DAYE_TESTS_CATCH_HPP
#define DAYE_TESTS_CATCH_HPP

#if defined(DAYE_CATCH_V3)
#include <catch2/catch_test_macros.hpp>
#else
#include <catch2/catch.hpp>
#endif

#endif
