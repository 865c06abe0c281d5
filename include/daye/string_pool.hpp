// Interned strings: each distinct string stored once and named by a small number.
//
// A panel of 900,000 figures names a few thousand regions, a few dozen indicators and
// units, and repeats each name on every row. Kept once each, the names cost next to
// nothing, a figure refers to them by a 32-bit id, and two names are equal exactly when
// their ids are. Off the constexpr core: it uses the heap.
#ifndef DAYE_STRING_POOL_HPP
#define DAYE_STRING_POOL_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

namespace daye {
inline namespace v0 {

/// Distinct strings, each with an id (0, 1, 2, ... in the order they were first added).
/// The characters of a string stay where they are until the pool is destroyed, also
/// when the pool is moved: views and c_str() pointers remain valid. A copy holds copies
/// of the strings, under the same ids.
class string_pool {
public:
    using id_type = std::uint32_t;
    /// What find() returns for a string that is not in the pool.
    static constexpr id_type none = 0xFFFFFFFFu;

    string_pool() = default;
    string_pool(string_pool&& other) noexcept { swap(other); }
    string_pool& operator=(string_pool&& other) noexcept {
        string_pool taken(std::move(other));
        swap(taken);
        return *this;
    }
    string_pool(const string_pool& other) : string_pool() {
        for (const std::string_view s : other.strings_) intern(s);
    }
    string_pool& operator=(const string_pool& other) {
        if (this != &other) *this = string_pool(other);
        return *this;
    }
    ~string_pool() = default;

    void swap(string_pool& other) noexcept {
        blocks_.swap(other.blocks_);
        std::swap(current_, other.current_);
        std::swap(free_, other.free_);
        std::swap(allocated_, other.allocated_);
        strings_.swap(other.strings_);
        hashes_.swap(other.hashes_);
        slots_.swap(other.slots_);
    }

    /// The id of `s`, added if it is new. std::length_error beyond 2^32 - 1 strings.
    id_type intern(std::string_view s) {
        const std::uint64_t h = hash(s);
        if (2 * (strings_.size() + 1) > slots_.size()) grow();
        std::size_t i = slot_of(h);
        for (; slots_[i] != 0; i = (i + 1) & (slots_.size() - 1)) {
            const id_type id = slots_[i] - 1;
            if (hashes_[id] == h && strings_[id] == s) return id;
        }
        if (strings_.size() >= none) throw std::length_error("daye::string_pool: more than 2^32 - 1 strings");
        const auto id = static_cast<id_type>(strings_.size());
        strings_.push_back(store(s));
        hashes_.push_back(h);
        slots_[i] = id + 1;
        return id;
    }

    /// The id of `s`, or `none`.
    id_type find(std::string_view s) const noexcept {
        if (slots_.empty()) return none;
        const std::uint64_t h = hash(s);
        for (std::size_t i = slot_of(h); slots_[i] != 0; i = (i + 1) & (slots_.size() - 1)) {
            const id_type id = slots_[i] - 1;
            if (hashes_[id] == h && strings_[id] == s) return id;
        }
        return none;
    }

    /// The string of `id` (an id this pool gave).
    std::string_view operator[](id_type id) const noexcept { return strings_[id]; }
    /// The same, followed by a '\0' (cut short if the string itself holds one).
    const char* c_str(id_type id) const noexcept { return strings_[id].data(); }

    std::size_t size() const noexcept { return strings_.size(); }
    /// Every string, in the order of their ids.
    const std::vector<std::string_view>& strings() const noexcept { return strings_; }
    /// Heap bytes held, for memory budgets.
    std::size_t bytes() const noexcept {
        return allocated_ + strings_.capacity() * sizeof(std::string_view) +
               hashes_.capacity() * sizeof(std::uint64_t) + slots_.capacity() * sizeof(id_type);
    }

    /// A 64-bit hash of the bytes of `s`, eight at a time.
    static std::uint64_t hash(std::string_view s) noexcept {
        std::uint64_t h = 0x9E3779B97F4A7C15u ^ s.size();
        const char* p = s.data();
        std::size_t n = s.size();
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, p, 8);
            h = mix(h ^ word);
        }
        if (n != 0) {
            std::uint64_t word = 0;
            std::memcpy(&word, p, n);
            h = mix(h ^ word ^ (std::uint64_t{n} << 59));
        }
        return mix(h);
    }

private:
    // The finalizer of SplitMix64 (Steele, Lea and Flood 2014): every input bit moves
    // about half of the output bits.
    static std::uint64_t mix(std::uint64_t x) noexcept {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9u;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBu;
        return x ^ (x >> 31);
    }

    std::size_t slot_of(std::uint64_t h) const noexcept { return static_cast<std::size_t>(h) & (slots_.size() - 1); }

    void grow() {
        std::vector<id_type> bigger(slots_.empty() ? 64 : 2 * slots_.size(), 0);
        slots_.swap(bigger);
        for (id_type id = 0; id < strings_.size(); ++id) {
            std::size_t i = slot_of(hashes_[id]);
            while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
            slots_[i] = id + 1;
        }
    }

    /// A copy of `s` and a '\0' in a block that never moves.
    std::string_view store(std::string_view s) {
        constexpr std::size_t block_size = 64 * 1024;
        const std::size_t need = s.size() + 1;
        if (need > block_size / 4)  // a long string gets a block of its own
            return place(allocate(need), s);
        if (free_ < need) {
            current_ = allocate(block_size);
            free_ = block_size;
        }
        const std::string_view placed = place(current_ + (block_size - free_), s);
        free_ -= need;
        return placed;
    }

    char* allocate(std::size_t bytes) {
        blocks_.push_back(std::make_unique<char[]>(bytes));
        allocated_ += bytes;
        return blocks_.back().get();
    }

    static std::string_view place(char* at, std::string_view s) noexcept {
        if (!s.empty()) std::memcpy(at, s.data(), s.size());
        at[s.size()] = '\0';
        return {at, s.size()};
    }

    std::vector<std::unique_ptr<char[]>> blocks_;
    char* current_ = nullptr;                // the block small strings go into
    std::size_t free_ = 0;                   // bytes left in it
    std::size_t allocated_ = 0;              // bytes of all blocks
    std::vector<std::string_view> strings_;  // by id
    std::vector<std::uint64_t> hashes_;      // by id
    std::vector<id_type> slots_;             // open addressing, linear probing: id + 1, or 0 when empty
};

}  // namespace v0
}  // namespace daye

#endif
