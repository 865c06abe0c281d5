// How strongly the report commits to an entry: the word in front of it.
//
// 预期 marks an expected (anticipatory) target, a direction the government steers
// towards; 守住 ... 底线 marks a binding floor whose breach vetoes the whole
// assessment (一票否决). The words between grade the commitment.
#ifndef DAYE_COMMITMENT_HPP
#define DAYE_COMMITMENT_HPP

#include <string_view>

namespace daye {
inline namespace v0 {

/// The commitment words of a government work report.
enum class commitment : unsigned char {
    stated,    ///< no commitment word: a plain statement of intent
    expected,  ///< 预期: expected, anticipatory (the headline goals)
    ensure,    ///< 确保: ensure, a firm commitment
    strive,    ///< 力争: strive for
    sprint,    ///< 冲刺: sprint for, a stretch goal
    complete,  ///< 完成: complete
    binding,   ///< 守住 底线: a binding floor under one-vote veto
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

/// The word as the report writes it.
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
