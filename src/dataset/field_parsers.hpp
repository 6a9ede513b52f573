// Internal: the dataset loaders' field parsers. Each reads one field and
// returns false (the caller words the error) instead of throwing: a lenient
// load of a file full of bad rows stays at full speed.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "fundline/core/currency.hpp"
#include "fundline/core/day_number.hpp"

namespace fundline::detail {

// "2023-06-13" exactly, a real calendar day.
inline bool parse_iso_day(std::string_view s, DayNumber& out) noexcept {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  unsigned v[8];
  static constexpr int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
  for (int i = 0; i < 8; ++i) {
    v[i] = static_cast<unsigned>(static_cast<unsigned char>(s[static_cast<std::size_t>(at[i])]) - '0');
    if (v[i] > 9) return false;
  }
  const int y = static_cast<int>(v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3]);
  const unsigned m = v[4] * 10 + v[5], d = v[6] * 10 + v[7];
  if (m < 1 || m > 12 || d < 1) return false;
  static constexpr unsigned month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > month_days[m - 1] + (m == 2 && leap ? 1u : 0u)) return false;
  out = days_from_civil(y, m, d);
  return true;
}

// A non-negative decimal ("1500000", "1500000.00") as minor units of a
// currency with `exponent` decimals; extra decimals must be zeros.
inline bool parse_minor_units(std::string_view s, int exponent, std::int64_t& out) noexcept {
  if (s.empty()) return false;
  std::uint64_t v = 0;
  std::size_t i = 0;
  for (; i < s.size() && s[i] != '.'; ++i) {
    const unsigned d = static_cast<unsigned>(static_cast<unsigned char>(s[i]) - '0');
    if (d > 9 || v > 99'999'999'999'999'999ull) return false;
    v = v * 10 + d;
  }
  if (i == 0) return false;
  int decimals = 0;
  if (i < s.size()) {
    ++i;
    if (i == s.size()) return false;
    for (; i < s.size(); ++i) {
      const unsigned d = static_cast<unsigned>(static_cast<unsigned char>(s[i]) - '0');
      if (d > 9) return false;
      if (decimals < exponent) {
        v = v * 10 + d;
        ++decimals;
      } else if (d != 0) {
        return false;
      }
    }
  }
  for (; decimals < exponent; ++decimals) v *= 10;
  if (v > static_cast<std::uint64_t>(INT64_MAX) / 1000) return false;  // leaves room for sums and rates
  out = static_cast<std::int64_t>(v);
  return true;
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

}  // namespace fundline::detail
