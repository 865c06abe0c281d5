// A user's program: it includes daye and Daye's 2024 plan, checks the model, and prints one line.
#include <cstdio>

#include <daye/daye.hpp>
#include <daye/plans/daye_2024.hpp>

int main() {
    constexpr const daye::plan& plan = daye::plans::daye_2024;
    static_assert(daye::check<daye::plans::daye_2024>());
    std::printf("%.*s: %zu entries, %s\n", static_cast<int>(plan.id.size()), plan.id.data(), plan.entry_count(),
                daye::validate(plan).ok() ? "valid" : "invalid");
    return 0;
}
