// A level grown by a constant factor each year, and the first year whose level is at
// least a goal, decided exactly on the published decimals (big_decimal.hpp). A year's GDP
// reaches the goal or it does not: the answer is a year, never a fraction of one.
//
// daye_sprint and the explorer's page both project with this, so that they agree to the
// last digit.
#ifndef DAYE_EXAMPLES_PROJECTION_HPP
#define DAYE_EXAMPLES_PROJECTION_HPP

#include <vector>

#include <daye/decimal.hpp>

#include "big_decimal.hpp"

/// How many years ahead the first year at the goal is searched for.
inline constexpr int horizon_years = 100;

/// 1 + p / 100, exactly: what a year's growth of p percent multiplies a level by.
inline big_decimal growth_factor(daye::decimal percent) {
    return big_decimal(daye::decimal(1)) + big_decimal(percent).shifted(2);
}

/// How a projection meets its goal.
enum class reach {
    already,        ///< the base year's level is at least the goal
    reached,        ///< a later year's is, within the horizon
    never,          ///< the level does not grow (a factor of 1 or less)
    beyond_horizon  ///< it grows, but reaches the goal later than horizon_years after the base year
};

struct projection {
    reach outcome = reach::never;
    int first_year = 0;               ///< already or reached: the first year whose level is at least the goal
    std::vector<big_decimal> levels;  ///< exact, the base year's and `shown` years after it
};

/// `base`, the level of `base_year`, multiplied by `factor` each year.
inline projection project(const big_decimal& base, const big_decimal& factor, const big_decimal& goal, int base_year,
                          int shown) {
    projection p;
    big_decimal level = base;
    p.levels.push_back(level);
    if (level >= goal) {
        p.outcome = reach::already;
        p.first_year = base_year;
    } else {
        p.outcome = big_decimal(daye::decimal(1)) < factor ? reach::beyond_horizon : reach::never;
    }
    for (int n = 1; n <= horizon_years; ++n) {
        if (n > shown && p.outcome != reach::beyond_horizon) break;
        level = level * factor;
        if (n <= shown) p.levels.push_back(level);
        if (p.outcome == reach::beyond_horizon && level >= goal) {
            p.outcome = reach::reached;
            p.first_year = base_year + n;
        }
    }
    return p;
}

#endif
