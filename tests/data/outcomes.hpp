// examples/data/daye-outcomes-2021-2025.csv, read once for the tests that use it. Its
// indicators are the catalogue's, but for a few project counts nobody declared, which
// the reader keeps; Daye's 2024 plan is the plan it is read with.
#ifndef DAYE_TESTS_DATA_OUTCOMES_HPP
#define DAYE_TESTS_DATA_OUTCOMES_HPP

#include <daye/csv.hpp>
#include <daye/plans/daye_2024.hpp>

namespace daye::test_data {

inline const observation_set& outcomes() {
    static const observation_set set = load_observations(DAYE_OUTCOMES_CSV, plans::daye_2024);
    return set;
}

}  // namespace daye::test_data

#endif
