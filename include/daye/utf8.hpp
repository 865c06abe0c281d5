// UTF-8 as Unicode defines it (Table 3-7 of the standard, RFC 3629), nothing looser.
//
// A byte pattern of the right shape is not enough: an overlong encoding (C0 AF for '/',
// E0 80 80 for NUL) gives a second spelling of a character that a check on the first
// spelling lets through; a UTF-16 surrogate (ED A0 80) and anything above U+10FFFF
// (F4 90 80 80) are not characters at all. All of them are ill-formed here.
#ifndef DAYE_UTF8_HPP
#define DAYE_UTF8_HPP

#include <cstddef>
#include <string_view>

namespace daye {
inline namespace v0 {
namespace utf8 {

/// One step of decoding: a code point and the bytes it took, or, for an ill-formed
/// sequence, `valid` false and the length of its maximal subpart (at least 1), so that a
/// loop resumes where Unicode says the next character may begin.
struct step {
    char32_t code_point = 0;
    std::size_t length = 1;
    bool valid = false;
};

/// The character that begins at `at` (which must be below s.size()).
constexpr step decode(std::string_view s, std::size_t at) noexcept {
    const auto lead = static_cast<unsigned char>(s[at]);
    if (lead < 0x80) return {lead, 1, true};
    // The lead byte gives the length, its payload bits, and the range of the second
    // byte: narrower after E0 and F0 (no overlongs), ED (no surrogates), F4 (<= U+10FFFF).
    std::size_t length = 0;
    unsigned payload = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        payload = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        payload = lead & 0x0Fu;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        payload = lead & 0x07u;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        return {};  // 80-C1 (a continuation byte, or an overlong two-byte lead), F5-FF
    }
    for (std::size_t k = 1; k < length; ++k) {
        if (at + k >= s.size()) return {0, k, false};
        const auto c = static_cast<unsigned char>(s[at + k]);
        if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) return {0, k, false};
        payload = (payload << 6) | (c & 0x3Fu);
    }
    return {static_cast<char32_t>(payload), length, true};
}

/// The offset of the first ill-formed byte, or std::string_view::npos when `s` is all
/// well-formed UTF-8.
constexpr std::size_t first_invalid(std::string_view s) noexcept {
    for (std::size_t at = 0; at < s.size();) {
        const step c = decode(s, at);
        if (!c.valid) return at;
        at += c.length;
    }
    return std::string_view::npos;
}

/// True when `s` is well-formed UTF-8.
constexpr bool is_valid(std::string_view s) noexcept { return first_invalid(s) == std::string_view::npos; }

}  // namespace utf8
}  // namespace v0
}  // namespace daye

#endif
