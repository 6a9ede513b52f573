// Internal: the dataset loaders' field parsers. Each reads one field and
// returns false (the caller words the error) instead of throwing: a lenient
// load of a file full of bad rows stays at full speed.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "fundline/core/currency.hpp"
#include "fundline/core/day_number.hpp"

namespace fundline::detail {

namespace days {
constexpr int first_year = 1900, years = 300;
// Day number of 1 January of each year first_year .. first_year + years - 1.
constexpr std::array<DayNumber, years> year_starts = [] {
  std::array<DayNumber, years> out{};
  for (int i = 0; i < years; ++i) out[static_cast<std::size_t>(i)] = days_from_civil(first_year + i, 1, 1);
  return out;
}();
constexpr std::array<std::array<unsigned short, 13>, 2> month_starts{{
    {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334},
    {0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335},
}};
constexpr std::array<std::array<unsigned char, 13>, 2> month_days{{
    {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31},
    {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31},
}};
}  // namespace days

// "2023-06-13" exactly, a real calendar day. Table look-ups instead of the
// civil-calendar arithmetic: this runs for every row of every file.
inline bool parse_iso_day(std::string_view s, DayNumber& out) noexcept {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  auto digit = [&](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(s[i])) - '0'; };
  const unsigned y0 = digit(0), y1 = digit(1), y2 = digit(2), y3 = digit(3);
  const unsigned m0 = digit(5), m1 = digit(6), d0 = digit(8), d1 = digit(9);
  if ((y0 > 9) | (y1 > 9) | (y2 > 9) | (y3 > 9) | (m0 > 9) | (m1 > 9) | (d0 > 9) | (d1 > 9)) return false;
  const int y = static_cast<int>(y0 * 1000 + y1 * 100 + y2 * 10 + y3);
  const unsigned m = m0 * 10 + m1, d = d0 * 10 + d1;
  if (m < 1 || m > 12 || d < 1) return false;
  const std::size_t leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > days::month_days[leap][m]) return false;
  const int offset = y - days::first_year;
  if (offset >= 0 && offset < days::years) {
    out = days::year_starts[static_cast<std::size_t>(offset)] + days::month_starts[leap][m] + static_cast<DayNumber>(d) - 1;
  } else {
    out = days_from_civil(y, m, d);
  }
  return true;
}

// A non-negative decimal ("1500000", "1500000.00") as minor units of a
// currency with `exponent` decimals; extra decimals must be zeros.
inline bool parse_minor_units(std::string_view s, int exponent, std::int64_t& out) noexcept {
  if (s.empty()) return false;
  // Leaves room for sums and rates. v only grows, so past the limit is a
  // rejection; checked before every multiplication, which then cannot wrap.
  constexpr std::uint64_t limit = static_cast<std::uint64_t>(INT64_MAX) / 1000;
  std::uint64_t v = 0;
  std::size_t i = 0;
  for (; i < s.size() && s[i] != '.'; ++i) {
    const unsigned d = static_cast<unsigned>(static_cast<unsigned char>(s[i]) - '0');
    if (d > 9 || v > limit) return false;
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
        if (v > limit) return false;
        v = v * 10 + d;
        ++decimals;
      } else if (d != 0) {
        return false;
      }
    }
  }
  for (; decimals < exponent; ++decimals) {
    if (v > limit) return false;
    v *= 10;
  }
  if (v > limit) return false;
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
