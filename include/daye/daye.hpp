// The umbrella header: the constexpr core of daye, and no plan.
//
// Plans are apart: <daye/plans/daye_2024.hpp> is Daye's 2024 plan, and the catalogue of
// indicators is <daye/catalog.hpp> (or one of its sections, <daye/catalog/economy.hpp>).
// Text in and out (io.hpp, json.hpp, csv.hpp) is not included either, so that a program
// that only evaluates pulls in no <ostream> and no heap; nor is the table of words
// (words.hpp), which plans do not need and whose constant table every includer would
// pay for.
#ifndef DAYE_DAYE_HPP
#define DAYE_DAYE_HPP

#include "daye/result.hpp"
#include "daye/units.hpp"
#include "daye/indicator.hpp"
#include "daye/attainment.hpp"
#include "daye/commitment.hpp"
#include "daye/compounding.hpp"
#include "daye/date.hpp"
#include "daye/decimal.hpp"
#include "daye/maybe.hpp"
#include "daye/measure.hpp"
#include "daye/nearest.hpp"
#include "daye/observation.hpp"
#include "daye/plan.hpp"
#include "daye/plan_figures.hpp"
#include "daye/price_basis.hpp"
#include "daye/progress.hpp"
#include "daye/relation.hpp"
#include "daye/roles.hpp"
#include "daye/scorecard.hpp"
#include "daye/span.hpp"
#include "daye/target.hpp"
#include "daye/text.hpp"
#include "daye/version.hpp"

#endif
