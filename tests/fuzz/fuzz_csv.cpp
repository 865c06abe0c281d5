// libFuzzer target: the CSV reader on arbitrary bytes. Beyond not crashing, it checks
// the reader's promises: errors and observations are never both returned; every error
// says where; every observation of an indicator the plan reads is in that indicator's
// unit and domain; every observation is found again by its key; a clean file scores
// every entry of the plan; and text split into chunks, as files are read, gives the
// same records and errors as the whole.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <daye/csv.hpp>
#include <daye/plans/daye_2024.hpp>
#include <daye/scorecard.hpp>

namespace {
void require(bool condition) {
    if (!condition) __builtin_trap();
}

/// Every record's fields and places, then every error, as text.
std::vector<std::string> records_of(std::string_view text, std::size_t chunk) {
    std::vector<std::string> out;
    daye::csv_errors errors("fuzz.csv", 1000);
    daye::csv_parser parser(errors);
    const auto take = [&](const daye::csv_record& r) {
        std::string s;
        for (const daye::csv_field& f : r)
            s += std::to_string(f.line()) + ":" + std::to_string(f.column()) + "=" + std::string(f.text()) + "|";
        out.push_back(s);
    };
    std::string held;
    std::size_t at = 0;
    do {
        held.append(text.substr(at, chunk));
        at += chunk;
        held.erase(0, parser.feed(held, at >= text.size(), take));
    } while (at < text.size() && !parser.stopped());
    for (const daye::csv_error& e : errors.listed()) out.push_back(daye::to_string(e));
    return out;
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
        require(set.figures().find(o.region(), o.indicator(), o.year(), o.covers()).known());
        const daye::indicator_info* i = plan.find_indicator(o.indicator());
        if (i == nullptr) continue;  // kept for score() to report as data the plan does not read
        require(*o.measured_in() == *i->measured_in);
        require(i->allows(o.number()));
    }
    if (size > 0) require(records_of(text, 1 + data[0] % 64) == records_of(text, text.size()));
    if (set.ok()) {
        const auto card = daye::score(plan, set.observations());
        require(card.ok());
        require(card.value().overall().total() == plan.entry_count());
    }
    return 0;
}
