// fundline/core/day_number.hpp - days as small integers, for columns.
//
// A DayNumber counts days since 1970-01-01 (negative before). Columnar code
// (the Dataset, the rate tables) stores these instead of boost dates: four
// bytes, ordered, and differences are day counts.
//
// This header is fundline's one conversion between Date and day numbers:
// to_day_number/from_day_number (through Boost's own day count), the civil
// arithmetic days_from_civil/civil_from_days, and parse_iso_day, which reads
// "YYYY-MM-DD" straight to a day number with the rules of parse_date (years
// 1400..9999, real calendar days) for the loaders that read millions of them.
//
//   using namespace fundline;
//   days_from_civil(1970, 1, 1);                        // 0
//   days_from_civil(2023, 6, 13);                       // 19521
//   to_day_number(parse_date("2024-06-11")) - to_day_number(parse_date("2023-06-13"));  // 364
//   to_iso(from_day_number(19521));                     // "2023-06-13"
//   DayNumber n = 0;
//   detail::parse_iso_day("2023-06-13", n);             // true
//   n;                                                  // 19521
//   detail::parse_iso_day("0000-06-13", n);             // false: parse_date rejects it too
//   detail::iso_day_problem("0000-06-13");              // "year 0 is out of range (1400..9999)"
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "fundline/core/date.hpp"

namespace fundline {

using DayNumber = std::int32_t;

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
[[nodiscard]] constexpr DayNumber days_from_civil(int y, unsigned m, unsigned d) noexcept {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

struct CivilDay {
  int year;
  unsigned month;
  unsigned day;
};

[[nodiscard]] constexpr CivilDay civil_from_days(DayNumber z) noexcept {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

// Boost keeps a date as its Julian day number: one subtraction, no civil
// calendar arithmetic. d must be a real day (not a special value).
inline constexpr long julian_day_of_1970_01_01 = 2440588;

[[nodiscard]] inline DayNumber to_day_number(Date d) {
  return static_cast<DayNumber>(static_cast<long>(d.day_number()) - julian_day_of_1970_01_01);
}

[[nodiscard]] inline Date from_day_number(DayNumber n) { return Date(1970, 1, 1) + boost::gregorian::days(n); }

namespace detail {
namespace days {
// Day number of 1 January of each year from first_year, and of the first of
// each month in a common and a leap year: table look-ups instead of the
// civil arithmetic, for code that reads a date on every row of a file.
constexpr int first_year = 1900, years = 300;
constexpr std::array<DayNumber, years> year_starts = [] {
  std::array<DayNumber, years> out{};
  for (int i = 0; i < years; ++i) out[static_cast<std::size_t>(i)] = days_from_civil(first_year + i, 1, 1);
  return out;
}();
constexpr std::array<std::array<unsigned short, 13>, 2> month_starts = [] {
  std::array<std::array<unsigned short, 13>, 2> out{};
  for (int leap = 0; leap < 2; ++leap)
    for (int m = 2; m <= 12; ++m)
      out[static_cast<std::size_t>(leap)][static_cast<std::size_t>(m)] = static_cast<unsigned short>(
          out[static_cast<std::size_t>(leap)][static_cast<std::size_t>(m - 1)] + days_in_month(leap ? 2000 : 2001, m - 1));
  return out;
}();
}  // namespace days

// "2023-06-13" exactly, a real calendar day in min_year..max_year (the rules
// of parse_date), as a day number. Never throws; false for anything else.
inline bool parse_iso_day(std::string_view s, DayNumber& out) noexcept {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  auto digit = [&](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(s[i])) - '0'; };
  const unsigned y0 = digit(0), y1 = digit(1), y2 = digit(2), y3 = digit(3);
  const unsigned m0 = digit(5), m1 = digit(6), d0 = digit(8), d1 = digit(9);
  if ((y0 > 9) | (y1 > 9) | (y2 > 9) | (y3 > 9) | (m0 > 9) | (m1 > 9) | (d0 > 9) | (d1 > 9)) return false;
  const int y = static_cast<int>(y0 * 1000 + y1 * 100 + y2 * 10 + y3);
  const unsigned m = m0 * 10 + m1, d = d0 * 10 + d1;
  if (y < min_year || m < 1 || m > 12 || d < 1) return false;
  if (d > static_cast<unsigned>(days_in_month(y, static_cast<int>(m)))) return false;
  const int offset = y - days::first_year;
  if (offset >= 0 && offset < days::years) {
    out = days::year_starts[static_cast<std::size_t>(offset)] +
          days::month_starts[is_leap(y)][m] + static_cast<DayNumber>(d) - 1;
  } else {
    out = days_from_civil(y, m, d);
  }
  return true;
}

// Why parse_iso_day refused s, in parse_date's words ("year 0 is out of
// range (1400..9999)"), or "" when s is not shaped YYYY-MM-DD at all. For
// error messages only: the refused row is the slow path.
inline std::string iso_day_problem(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return {};
  const int y = read_digits(s, 0, 4), m = read_digits(s, 5, 2), d = read_digits(s, 8, 2);
  if (y < 0 || m < 0 || d < 0) return {};
  return check_ymd(y, m, d);
}

// "expected a date YYYY-MM-DD, got "S"", with the reason when there is one.
inline std::string iso_day_error(std::string_view s) {
  const std::string why = iso_day_problem(s);
  return fmt::format("expected a date YYYY-MM-DD, got \"{}\"{}{}", s, why.empty() ? "" : ": ", why);
}
}  // namespace detail

}  // namespace fundline
