// How firmly the report commits to an entry: the word printed before it, or, for the
// headline block, the block's label (主要预期目标: 预期 names the block, not each figure).
//
// A target is binding (约束性) because of where it comes from, a quota assigned from above and
// assessed, not because of a verb; the one-vote veto is the library's model of the higher
// level's assessment (see the README's "Assumptions this library makes"). The order of
// firmness the library assumes: floors (binding quotas, 确保, 完成); the indicative block and
// plain statements; aspirations (力争, 冲刺). In 确保X、力争Y, X is the floor, Y the stretch.
#ifndef DAYE_COMMITMENT_HPP
#define DAYE_COMMITMENT_HPP

#include <string_view>

namespace daye {
inline namespace v0 {

/// The commitment words of a government work report.
enum class commitment : unsigned char {
    stated,    ///< no word printed: a plain statement of intent
    expected,  ///< listed in the 主要预期目标 block: indicative (预期性); no word printed before the figure
    ensure,    ///< 确保: "make sure", a floor the government commits to
    strive,    ///< 力争: "strive for", an aspiration above the floor (确保X、力争Y)
    sprint,    ///< 冲刺: "sprint for", a stretch, usually a threshold
    complete,  ///< 完成: "fulfil", the verb of tasks, often quotas assigned from above
    binding,   ///< a floor assigned from above and assessed (守住…底线 for the farmland red lines)
};

/// The id used in data and JSON: "expected", "ensure", ...
constexpr std::string_view name(commitment c) noexcept {
    switch (c) {
        case commitment::stated: return "stated";
        case commitment::expected: return "expected";
        case commitment::ensure: return "ensure";
        case commitment::strive: return "strive";
        case commitment::sprint: return "sprint";
        case commitment::complete: return "complete";
        case commitment::binding: return "binding";
    }
    return "stated";
}

/// The word as the report writes it; for `expected`, 预期 of the block's label 主要预期目标.
constexpr std::string_view word_zh(commitment c) noexcept {
    switch (c) {
        case commitment::stated: return "";
        case commitment::expected: return "预期";
        case commitment::ensure: return "确保";
        case commitment::strive: return "力争";
        case commitment::sprint: return "冲刺";
        case commitment::complete: return "完成";
        case commitment::binding: return "守住";
    }
    return "";
}

}  // namespace v0
}  // namespace daye

#endif
