// fundline/core/date.hpp - calendar days and dates known to a precision.
//
// Exact days are boost::gregorian::date (fundline::Date). Sources often say
// only "June 2023" or "Q2 2023", so a PartialDate is a period: a first day
// and a precision (day, month, quarter, year).
//
// Rules, used everywhere in fundline:
// - A PartialDate covers the days first_day() .. last_day() inclusive;
//   contains(d) tests one day, contains(other) tests a whole period.
// - Ordering: by first day, then the finer precision first, so
//   2023-06-01 < 2023-06 < 2023-Q2 < 2023.
// - Placement: where one day is needed (as-of totals, sorting rounds, day
//   counts between rounds) a PartialDate is placed on its first day, as
//   Crunchbase does for rounds known only to the month.
// - Canonical text: "2023-06-13", "2023-06", "2023-Q2", "2023"; parse()
//   reads exactly these and rejects impossible dates such as 2023-02-30.
//
//   using namespace fundline;
//   auto d = parse_date("2023-06-13");                 // boost::gregorian::date
//   auto june = PartialDate::parse("2023-06");
//   june.precision();                                   // DatePrecision::month
//   june.first_day() == parse_date("2023-06-01");       // true
//   june.last_day() == parse_date("2023-06-30");        // true
//   june.contains(d);                                   // true
//   fmt::format("{}", PartialDate::parse("2023-Q2"));   // "2023-Q2"
//   // parse_date("2023-02-30") throws parse_error:
//   //   "invalid date \"2023-02-30\": day 30 is out of range for 2023-02 (1..28)"
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <fmt/format.h>

#include "fundline/core/error.hpp"

namespace fundline {

using Date = boost::gregorian::date;

namespace detail {
constexpr bool is_leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
constexpr int days_in_month(int y, int m) noexcept {
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}
// English month names, January first: fundline's one month table (the
// short forms "Jan".."Dec" are their first three letters).
inline constexpr std::array<std::string_view, 12> english_months{
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December"};
// 1..12 for "June" or "Jun"; 0 for anything else.
constexpr int english_month_number(std::string_view name) noexcept {
  for (std::size_t m = 0; m < english_months.size(); ++m)
    if (name == english_months[m] || (name.size() == 3 && english_months[m].substr(0, 3) == name))
      return static_cast<int>(m) + 1;
  return 0;
}
// Reads exactly `width` digits at text[pos]; -1 when they are not digits.
constexpr int read_digits(std::string_view text, std::size_t pos, std::size_t width) noexcept {
  if (pos + width > text.size()) return -1;
  int v = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    v = v * 10 + (text[i] - '0');
  }
  return v;
}
}  // namespace detail

// Boost.Date_Time supports 1400..9999; fundline accepts this narrower range
// so that every date it stores has a day number and a four-digit year.
inline constexpr int min_year = 1400;
inline constexpr int max_year = 9999;

// Returns what is wrong with y-m-d, or an empty string when it is a real day.
inline std::string check_ymd(int y, int m, int d) {
  if (y < min_year || y > max_year) return "year " + std::to_string(y) + " is out of range (1400..9999)";
  if (m < 1 || m > 12) return "month " + std::to_string(m) + " is out of range (1..12)";
  const int dim = detail::days_in_month(y, m);
  if (d < 1 || d > dim)
    return fmt::format("day {} is out of range for {:04}-{:02} (1..{})", d, y, m, dim);
  return {};
}

[[nodiscard]] inline std::optional<Date> try_parse_date(std::string_view text) noexcept {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const int y = detail::read_digits(text, 0, 4), m = detail::read_digits(text, 5, 2), d = detail::read_digits(text, 8, 2);
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  try {
    if (!check_ymd(y, m, d).empty()) return std::nullopt;
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
  } catch (...) {
    return std::nullopt;
  }
}

// "YYYY-MM-DD" to a day. Throws parse_error naming the text and the problem.
[[nodiscard]] inline Date parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-')
    throw parse_error(fmt::format("invalid date \"{}\": expected YYYY-MM-DD", text));
  const int y = detail::read_digits(text, 0, 4), m = detail::read_digits(text, 5, 2), d = detail::read_digits(text, 8, 2);
  if (y < 0 || m < 0 || d < 0) throw parse_error(fmt::format("invalid date \"{}\": expected YYYY-MM-DD digits", text));
  if (auto problem = check_ymd(y, m, d); !problem.empty())
    throw parse_error(fmt::format("invalid date \"{}\": {}", text, problem));
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

[[nodiscard]] inline std::string to_iso(Date d) {
  if (d.is_special()) return "not-a-date";
  // Boost's years are 1400..9999: always four digits.
  const auto ymd = d.year_month_day();
  const int y = ymd.year, m = ymd.month, day = ymd.day;
  const char text[10] = {static_cast<char>('0' + y / 1000),     static_cast<char>('0' + y / 100 % 10),
                         static_cast<char>('0' + y / 10 % 10),  static_cast<char>('0' + y % 10),
                         '-',
                         static_cast<char>('0' + m / 10),       static_cast<char>('0' + m % 10),
                         '-',
                         static_cast<char>('0' + day / 10),     static_cast<char>('0' + day % 10)};
  return std::string(text, sizeof text);
}

enum class DatePrecision : std::uint8_t { day, month, quarter, year };

[[nodiscard]] constexpr std::string_view to_string(DatePrecision p) noexcept {
  switch (p) {
    case DatePrecision::day: return "day";
    case DatePrecision::month: return "month";
    case DatePrecision::quarter: return "quarter";
    case DatePrecision::year: return "year";
  }
  return "?";
}

class PartialDate {
 public:
  // A day is a lossless PartialDate, so this converts implicitly.
  PartialDate(Date day) : first_(day), precision_(DatePrecision::day) {}  // NOLINT(google-explicit-constructor)

  [[nodiscard]] static PartialDate day(int y, int m, int d) { return PartialDate(make(y, m, d), DatePrecision::day); }
  [[nodiscard]] static PartialDate month(int y, int m) { return PartialDate(make(y, m, 1), DatePrecision::month); }
  [[nodiscard]] static PartialDate quarter(int y, int q) {
    if (q < 1 || q > 4) throw parse_error(fmt::format("invalid quarter {}: expected 1..4", q));
    return PartialDate(make(y, (q - 1) * 3 + 1, 1), DatePrecision::quarter);
  }
  [[nodiscard]] static PartialDate year(int y) { return PartialDate(make(y, 1, 1), DatePrecision::year); }

  // "2023-06-13", "2023-06", "2023-Q2" or "2023". Throws parse_error.
  [[nodiscard]] static PartialDate parse(std::string_view text) {
    if (text.size() == 10) return PartialDate(parse_date(text));
    const int y = detail::read_digits(text, 0, 4);
    if (y >= 0 && text.size() == 4) return year(y);
    if (y >= 0 && text.size() == 7 && text[4] == '-' && text[5] == 'Q') {
      const int q = detail::read_digits(text, 6, 1);
      if (q >= 1 && q <= 4) return quarter(y, q);
      throw parse_error(fmt::format("invalid date \"{}\": quarter must be Q1..Q4", text));
    }
    if (y >= 0 && text.size() == 7 && text[4] == '-') {
      const int m = detail::read_digits(text, 5, 2);
      if (m >= 1 && m <= 12) return month(y, m);
      throw parse_error(fmt::format("invalid date \"{}\": month must be 01..12", text));
    }
    throw parse_error(fmt::format("invalid date \"{}\": expected YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY", text));
  }

  [[nodiscard]] Date first_day() const noexcept { return first_; }
  [[nodiscard]] Date last_day() const {
    // Built from the last month's length, not first_ + months(n) - 1 day,
    // because 10000-01-01 is outside Boost's range (9999-12 would throw).
    const auto ymd = first_.year_month_day();
    const auto y = static_cast<unsigned short>(ymd.year);
    const int m = static_cast<int>(ymd.month);
    const auto end_of = [y](int month) {
      return Date(y, static_cast<unsigned short>(month), static_cast<unsigned short>(detail::days_in_month(y, month)));
    };
    switch (precision_) {
      case DatePrecision::day: return first_;
      case DatePrecision::month: return end_of(m);
      case DatePrecision::quarter: return end_of(m + 2);
      case DatePrecision::year: return end_of(12);
    }
    return first_;
  }
  [[nodiscard]] DatePrecision precision() const noexcept { return precision_; }
  [[nodiscard]] bool is_exact_day() const noexcept { return precision_ == DatePrecision::day; }
  [[nodiscard]] bool contains(Date d) const { return first_ <= d && d <= last_day(); }
  [[nodiscard]] bool contains(const PartialDate& other) const {
    return first_ <= other.first_ && other.last_day() <= last_day();
  }
  [[nodiscard]] int year_number() const noexcept { return static_cast<int>(first_.year()); }

  friend bool operator==(const PartialDate& a, const PartialDate& b) noexcept {
    return a.first_ == b.first_ && a.precision_ == b.precision_;
  }
  friend std::strong_ordering operator<=>(const PartialDate& a, const PartialDate& b) noexcept {
    if (a.first_ < b.first_) return std::strong_ordering::less;
    if (b.first_ < a.first_) return std::strong_ordering::greater;
    return a.precision_ <=> b.precision_;
  }

  [[nodiscard]] std::string to_string() const {
    const auto ymd = first_.year_month_day();
    const int y = ymd.year, m = ymd.month;
    switch (precision_) {
      case DatePrecision::day: return to_iso(first_);
      case DatePrecision::month: return fmt::format("{:04}-{:02}", y, m);
      case DatePrecision::quarter: return fmt::format("{:04}-Q{}", y, (m - 1) / 3 + 1);
      case DatePrecision::year: return fmt::format("{:04}", y);
    }
    return to_iso(first_);
  }

 private:
  PartialDate(Date first, DatePrecision p) : first_(first), precision_(p) {}
  static Date make(int y, int m, int d) {
    if (auto problem = check_ymd(y, m, d); !problem.empty())
      throw parse_error(fmt::format("invalid date {:04}-{:02}-{:02}: {}", y, m, d, problem));
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
  }

  Date first_;
  DatePrecision precision_;
};

}  // namespace fundline

template <>
struct fmt::formatter<fundline::PartialDate> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const fundline::PartialDate& d, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(d.to_string(), ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const PartialDate& d) { return os << fmt::format("{}", d); }
}  // namespace fundline
