// Internal: the dataset loaders' field parsers. Each reads one field and
// returns false (the caller words the error) instead of throwing: a lenient
// load of a file full of bad rows stays at full speed.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "fundline/core/currency.hpp"
#include "fundline/core/day_number.hpp"
#include "fundline/core/money.hpp"
#include "fundline/model/round_type.hpp"

namespace fundline::detail {

// parse_iso_day (a date field to a day number) is in fundline/core/day_number.hpp.

// A non-negative decimal ("1500000", "1500000.00") as minor units of a
// currency with `exponent` decimals; extra decimals must be zeros. The one
// decimal parser (detail::scan_decimal), with a limit that leaves room for
// sums and rates.
inline bool parse_minor_units(std::string_view s, int exponent, std::int64_t& out) noexcept {
  constexpr std::uint64_t limit = static_cast<std::uint64_t>(INT64_MAX) / 1000;
  return scan_decimal(s, exponent, Sign::non_negative, limit, out).problem == DecimalProblem::none;
}

// Remembers the last code: a column of currencies repeats a few codes.
class CurrencyCache {
 public:
  std::optional<std::uint8_t> find(std::string_view code) noexcept {
    if (code.size() == 3) {
      const std::uint32_t key = static_cast<std::uint32_t>(static_cast<unsigned char>(code[0])) |
                                static_cast<std::uint32_t>(static_cast<unsigned char>(code[1])) << 8 |
                                static_cast<std::uint32_t>(static_cast<unsigned char>(code[2])) << 16;
      if (key == last_key_) return last_index_;
      if (auto c = Currency::try_from_code(code)) {
        last_key_ = key;
        last_index_ = c->index();
        return last_index_;
      }
    }
    return std::nullopt;
  }

 private:
  std::uint32_t last_key_ = 0xFFFFFFFF;
  std::uint8_t last_index_ = 0;
};

// (funding_round_type, funding_round_code) -> RoundType, remembered: a
// column repeats a couple of dozen pairs, and try_parse_round_type allocates.
// The same answers as try_parse_round_type.
class RoundTypeCache {
 public:
  std::optional<RoundType> find(std::string_view t, std::string_view c) {
    std::uint32_t h = 2166136261u;
    for (char ch : t) h = (h ^ static_cast<unsigned char>(ch)) * 16777619u;
    h = (h ^ 0x1Fu) * 16777619u;
    for (char ch : c) h = (h ^ static_cast<unsigned char>(ch)) * 16777619u;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      Entry& e = table_[i];
      if (!e.used) {
        auto parsed = try_parse_round_type(t, c);
        if (!parsed || used_ * 2 >= table_.size()) return parsed;
        e = Entry{true, h, std::string(t), std::string(c), *parsed};
        ++used_;
        return parsed;
      }
      if (e.hash == h && same(e.type, t) && same(e.code, c)) return e.value;
    }
  }

 private:
  static bool same(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size()) == 0);
  }
  struct Entry {
    bool used = false;
    std::uint32_t hash = 0;
    std::string type, code;
    RoundType value{};
  };
  static constexpr std::size_t mask = 127;
  std::array<Entry, mask + 1> table_{};
  std::size_t used_ = 0;
};

}  // namespace fundline::detail
