// libFuzzer target: the CSV reader on arbitrary bytes. Beyond not crashing, it checks
// the reader's promises: errors and observations are never both returned; every error
// says where; every observation of an indicator the plan reads is in that indicator's
// unit and domain; and a clean file scores every entry of the plan.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <daye/csv.hpp>
#include <daye/plans/daye_2024.hpp>
#include <daye/scorecard.hpp>

namespace {
void require(bool condition) {
    if (!condition) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const daye::plan& plan = daye::plans::daye_2024;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const daye::observation_set set = daye::read_observations(text, plan, "fuzz.csv");
    require(set.ok() || set.observations().empty());
    for (const daye::csv_error& e : set.errors()) require(e.line >= 1 && e.column >= 1 && !e.message.empty());
    for (const daye::observation& o : set.observations()) {
        require(o.measured_in() != nullptr);
        require(o.year() >= 1 && o.year() <= 9999);
        const daye::indicator_info* i = plan.find_indicator(o.indicator());
        if (i == nullptr) continue;  // kept for score() to report as data the plan does not read
        require(*o.measured_in() == *i->measured_in);
        require(i->allows(o.number()));
    }
    if (set.ok()) {
        const auto card = daye::score(plan, set.observations());
        require(card.ok());
        require(card.value().overall().total() == plan.entry_count());
    }
    return 0;
}
