// fundline/core/day_number.hpp - days as small integers, for columns.
//
// A DayNumber counts days since 1970-01-01 (negative before). Columnar code
// (the Dataset, the rate tables) stores these instead of boost dates: four
// bytes, ordered, and differences are day counts.
//
//   using namespace fundline;
//   days_from_civil(1970, 1, 1);                        // 0
//   days_from_civil(2023, 6, 13);                       // 19521
//   to_day_number(parse_date("2024-06-11")) - to_day_number(parse_date("2023-06-13"));  // 364
//   to_iso(from_day_number(19521));                     // "2023-06-13"
#pragma once

#include <cstdint>

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

[[nodiscard]] inline DayNumber to_day_number(Date d) {
  const auto ymd = d.year_month_day();
  return days_from_civil(ymd.year, ymd.month, ymd.day);
}

[[nodiscard]] inline Date from_day_number(DayNumber n) {
  const CivilDay c = civil_from_days(n);
  return Date(static_cast<unsigned short>(c.year), static_cast<unsigned short>(c.month),
              static_cast<unsigned short>(c.day));
}

}  // namespace fundline
