// A program built against the one-header edition alone (single_include/daye.hpp): the
// model, a scorecard from CSV text, JSON out, compounding, and UTF-8 (every public header is in it).
#include <iostream>
#include <sstream>

#include "daye.hpp"

using namespace daye::literals;

int main() {
    static_assert(daye::check<daye::plans::daye_2024>());
    static_assert(daye::utf8::is_valid("大冶") && !daye::utf8::is_valid("\xC0\xAF"));
    const daye::observation_set reported = daye::read_observations(
        "indicator,year,value,unit,status,source\ngdp_growth,2024,8.0,percent,preliminary,\n", daye::plans::daye_2024);
    if (!reported.ok()) return 1;
    const auto card = daye::score(daye::plans::daye_2024, reported.observations()).value();
    std::ostringstream json;
    daye::write_json(json, daye::plans::daye_2024, card);
    const auto gdp = daye::compound(daye::amount<daye::nominal>(900), daye::growth_rate<daye::nominal>(7.5_pct), 2);
    std::cout << "met " << card.overall().met << ", " << gdp.value().value() << "\n";
    return card.overall().met == 1 && gdp.value().value() == 1040.0625 && json.str().size() > 1000 ? 0 : 1;
}
