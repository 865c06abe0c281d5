// Exact decimals of any size: a level compounded at a published rate, decided exactly.
//
// 930.71 亿元 grown at 3.7375 % a year for 30 years has 182 decimal places. daye::decimal
// holds 18 digits and a double about 16, so a level that comes within a rounding of the
// goal could be judged either way by them. Here the mantissa is a vector of base-10^9
// digits: sums, differences, products and comparisons are exact, and a value is rounded
// once, when it is printed.
#ifndef DAYE_EXAMPLES_BIG_DECIMAL_HPP
#define DAYE_EXAMPLES_BIG_DECIMAL_HPP

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include <daye/decimal.hpp>

/// An exact decimal number: sign, mantissa × 10^-places, with no limit on either.
class big_decimal {
public:
    big_decimal() = default;  // zero

    /// The same value as a published decimal.
    explicit big_decimal(daye::decimal d) : places_(d.places()), negative_(d.is_negative()) {
        for (std::uint64_t m = daye::decimal::magnitude(d.mantissa()); m != 0; m /= base)
            digits_.push_back(static_cast<std::uint32_t>(m % base));
    }

    /// This value divided by 10^k, exactly (k >= 0): a percentage as a fraction is shifted(2).
    big_decimal shifted(int k) const {
        big_decimal r = *this;
        r.places_ += k;
        return r;
    }

    friend big_decimal operator+(const big_decimal& a, const big_decimal& b) {
        const int places = a.places_ > b.places_ ? a.places_ : b.places_;
        const digits x = a.mantissa_at(places);
        const digits y = b.mantissa_at(places);
        if (a.negative_ == b.negative_) return make(add(x, y), places, a.negative_);
        // Opposite signs: the larger magnitude gives the sign.
        return compare_digits(x, y) >= 0 ? make(subtract(x, y), places, a.negative_)
                                         : make(subtract(y, x), places, b.negative_);
    }
    friend big_decimal operator-(const big_decimal& a, const big_decimal& b) { return a + b.negated(); }
    friend big_decimal operator*(const big_decimal& a, const big_decimal& b) {
        return make(multiply(a.digits_, b.digits_), a.places_ + b.places_, a.negative_ != b.negative_);
    }

    /// -1, 0 or 1 as a is less than, equal to or greater than b.
    friend int compare(const big_decimal& a, const big_decimal& b) {
        const big_decimal d = a - b;
        return d.digits_.empty() ? 0 : (d.negative_ ? -1 : 1);
    }
    friend bool operator<(const big_decimal& a, const big_decimal& b) { return compare(a, b) < 0; }
    friend bool operator>=(const big_decimal& a, const big_decimal& b) { return compare(a, b) >= 0; }
    friend bool operator==(const big_decimal& a, const big_decimal& b) { return compare(a, b) == 0; }

    /// Every digit, without trailing zeros after the point: "3.7375", "-0.5", "1000".
    std::string text() const {
        std::string s = with_point(all_digits(), places_);
        if (s.find('.') != std::string::npos) {
            s.erase(s.find_last_not_of('0') + 1);
            if (s.back() == '.') s.pop_back();
        }
        return (negative_ ? "-" : "") + s;
    }

    /// Rounded to `places` decimals, half away from zero (四舍五入), and written with
    /// exactly that many: "1040.06" for 1040.0625 at 2.
    std::string text(int places) const {
        std::string d = all_digits();
        if (places_ > places) {
            const auto keep = d.size() - static_cast<std::size_t>(places_ - places);
            const bool up = d[keep] >= '5';  // the rest is exact: 5 and anything after is at least a half
            d.erase(keep);
            if (up) {
                std::size_t k = d.size();
                while (k > 0 && d[k - 1] == '9') d[--k] = '0';
                if (k == 0)
                    d.insert(d.begin(), '1');
                else
                    ++d[k - 1];
            }
        } else {
            d.append(static_cast<std::size_t>(places - places_), '0');
        }
        const std::string s = with_point(d, places);
        const bool zero = s.find_first_not_of("0.") == std::string::npos;
        return (negative_ && !zero ? "-" : "") + s;
    }

    /// The double nearest to the value (strtod rounds correctly).
    double to_double() const { return std::strtod(text().c_str(), nullptr); }

private:
    using digits = std::vector<std::uint32_t>;  // base 10^9, least significant first, no leading zeros
    static constexpr std::uint32_t base = 1000000000;

    static big_decimal make(digits d, int places, bool negative) {
        big_decimal r;
        r.digits_ = std::move(d);
        r.places_ = places;
        r.negative_ = negative && !r.digits_.empty();
        return r;
    }
    big_decimal negated() const { return make(digits_, places_, !negative_); }

    static void trim(digits& d) {
        while (!d.empty() && d.back() == 0) d.pop_back();
    }
    static int compare_digits(const digits& x, const digits& y) {
        if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
        for (std::size_t k = x.size(); k-- > 0;)
            if (x[k] != y[k]) return x[k] < y[k] ? -1 : 1;
        return 0;
    }
    static digits add(const digits& x, const digits& y) {
        digits r;
        std::uint32_t carry = 0;
        for (std::size_t k = 0; k < x.size() || k < y.size() || carry != 0; ++k) {
            std::uint32_t s = carry + (k < x.size() ? x[k] : 0) + (k < y.size() ? y[k] : 0);  // < 2 × 10^9 + 1
            carry = s >= base ? 1 : 0;
            r.push_back(s - carry * base);
        }
        return r;
    }
    /// x - y for x >= y.
    static digits subtract(const digits& x, const digits& y) {
        digits r = x;
        std::uint32_t borrow = 0;
        for (std::size_t k = 0; k < r.size(); ++k) {
            const std::uint32_t take = borrow + (k < y.size() ? y[k] : 0);
            borrow = r[k] < take ? 1 : 0;
            r[k] = r[k] + borrow * base - take;
        }
        trim(r);
        return r;
    }
    static digits multiply(const digits& x, const digits& y) {
        if (x.empty() || y.empty()) return {};
        std::vector<std::uint64_t> acc(x.size() + y.size() + 1, 0);
        for (std::size_t i = 0; i < x.size(); ++i) {
            std::uint64_t carry = 0;
            for (std::size_t j = 0; j < y.size(); ++j) {
                // < 10^9 + 10^18 + 10^9: fits in 64 bits with room.
                std::uint64_t& cell = acc[i + j];
                const std::uint64_t t = cell + std::uint64_t{x[i]} * y[j] + carry;
                cell = t % base;
                carry = t / base;
            }
            for (std::size_t k = i + y.size(); carry != 0; ++k) {
                const std::uint64_t t = acc[k] + carry;
                acc[k] = t % base;
                carry = t / base;
            }
        }
        digits r(acc.begin(), acc.end());  // each below 10^9
        trim(r);
        return r;
    }
    /// The mantissa written with `places` decimals (places >= places_).
    digits mantissa_at(int places) const {
        int k = places - places_;
        digits r(static_cast<std::size_t>(k / 9), 0);
        r.insert(r.end(), digits_.begin(), digits_.end());
        std::uint32_t scale = 1;
        for (k %= 9; k > 0; --k) scale *= 10;
        return multiply(r, digits{scale});
    }
    /// The mantissa's decimal digits, at least places_ + 1 of them (a leading 0 before the point).
    std::string all_digits() const {
        std::string s = digits_.empty() ? "0" : std::to_string(digits_.back());
        for (std::size_t k = digits_.size(); k-- > 1;) {
            const std::string part = std::to_string(digits_[k - 1]);
            s.append(9 - part.size(), '0').append(part);
        }
        if (s.size() <= static_cast<std::size_t>(places_))
            s.insert(0, static_cast<std::size_t>(places_) + 1 - s.size(), '0');
        return s;
    }
    static std::string with_point(std::string d, int places) {
        if (places > 0) d.insert(d.size() - static_cast<std::size_t>(places), 1, '.');
        return d;
    }

    digits digits_;
    int places_ = 0;
    bool negative_ = false;
};

#endif
