// fundline/engine/period.hpp - calendar periods and distances between days.
//
// Series are bucketed by calendar Period (day, month, quarter, year); a
// period is named by its first day. Distances are whole days, and whole
// calendar months (a month counts once its day-of-month is reached, so
// 2023-04-01 .. 2024-06-11 is 14 months, and 01-31 .. 02-28 is 0 months).
//
//   using namespace fundline;
//   period_start(parse_date("2024-06-11"), Period::quarter);   // 2024-04-01
//   next_period_start(parse_date("2024-04-01"), Period::quarter);  // 2024-07-01
//   days_between(parse_date("2023-06-13"), parse_date("2024-06-11"));    // 364
//   months_between(parse_date("2023-04-01"), parse_date("2024-06-11"));  // 14
//   period_label(parse_date("2024-04-01"), Period::quarter);   // "2024-Q2"
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "fundline/core/date.hpp"

namespace fundline {

enum class Period : std::uint8_t { day, month, quarter, year };

[[nodiscard]] constexpr std::string_view to_string(Period p) noexcept {
  switch (p) {
    case Period::day: return "day";
    case Period::month: return "month";
    case Period::quarter: return "quarter";
    case Period::year: return "year";
  }
  return "?";
}

// The first day of the period holding d.
[[nodiscard]] inline Date period_start(Date d, Period p) {
  const auto ymd = d.year_month_day();
  const auto y = static_cast<unsigned short>(ymd.year);
  const auto m = static_cast<unsigned short>(ymd.month);
  switch (p) {
    case Period::day: return d;
    case Period::month: return Date(y, m, 1);
    case Period::quarter: return Date(y, static_cast<unsigned short>((m - 1) / 3 * 3 + 1), 1);
    case Period::year: return Date(y, 1, 1);
  }
  return d;
}

// The first day of the period after the one holding d.
[[nodiscard]] inline Date next_period_start(Date d, Period p) {
  const Date start = period_start(d, p);
  switch (p) {
    case Period::day: return start + boost::gregorian::days(1);
    case Period::month: return start + boost::gregorian::months(1);
    case Period::quarter: return start + boost::gregorian::months(3);
    case Period::year: return start + boost::gregorian::years(1);
  }
  return start;
}

// "2024-06-11", "2024-06", "2024-Q2", "2024": the period holding d, as PartialDate prints it.
[[nodiscard]] inline std::string period_label(Date d, Period p) {
  const Date s = period_start(d, p);
  switch (p) {
    case Period::day: return PartialDate(s).to_string();
    case Period::month: return PartialDate::month(s.year(), s.month()).to_string();
    case Period::quarter: return PartialDate::quarter(s.year(), (s.month() - 1) / 3 + 1).to_string();
    case Period::year: return PartialDate::year(s.year()).to_string();
  }
  return PartialDate(s).to_string();
}

// to - from in days (negative when to is earlier).
[[nodiscard]] inline int days_between(Date from, Date to) { return static_cast<int>((to - from).days()); }

// Whole calendar months from `from` to `to` (negative when to is earlier).
[[nodiscard]] inline int months_between(Date from, Date to) {
  if (to < from) return -months_between(to, from);
  const auto a = from.year_month_day(), b = to.year_month_day();
  int months = (static_cast<int>(b.year) - static_cast<int>(a.year)) * 12 +
               (static_cast<int>(b.month) - static_cast<int>(a.month));
  if (static_cast<int>(b.day) < static_cast<int>(a.day)) --months;
  return months;
}

}  // namespace fundline
