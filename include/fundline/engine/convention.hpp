// fundline/engine/convention.hpp - which date a round's amounts convert at.
//
// Analysts use two conventions, and fundline names the one it applies:
// - historical(): each round at its own date (its placement day, the first
//   day of a month-precision date), which is what the money was worth then;
// - constant(day): every round at one date, so that rounds compare without
//   exchange-rate moves ("constant currency").
// convert_reported() converts a ReportedMoney figure by figure (both ends of
// a range), keeping its qualifier; undisclosed stays undisclosed.
//
//   using namespace fundline;
//   auto seed = ReportedMoney::more_than(Money::from_major(105'000'000, currencies::EUR));
//   convert_reported(RateTable::bundled(), seed, currencies::USD, parse_date("2023-06-13"));
//                                          // more than USD 113326500.00
//   Convention::historical().day_for(parse_date("2023-06-13"));                  // 2023-06-13
//   Convention::constant(parse_date("2024-06-11")).day_for(parse_date("2023-06-13"));  // 2024-06-11
//   fmt::format("{}", Convention::constant(parse_date("2024-06-11")));  // "constant currency at 2024-06-11"
#pragma once

#include <optional>
#include <ostream>

#include <fmt/format.h>

#include "fundline/core/date.hpp"
#include "fundline/core/reported.hpp"
#include "fundline/core/rounding.hpp"
#include "fundline/fx/rate_table.hpp"

namespace fundline {

class Convention {
 public:
  [[nodiscard]] static Convention historical() noexcept { return Convention(std::nullopt); }
  [[nodiscard]] static Convention constant(Date on) noexcept { return Convention(on); }

  [[nodiscard]] bool is_historical() const noexcept { return !fixed_; }
  // The date an amount of a round placed on `round_day` converts at.
  [[nodiscard]] Date day_for(Date round_day) const noexcept { return fixed_ ? *fixed_ : round_day; }

  friend bool operator==(const Convention&, const Convention&) = default;

 private:
  explicit Convention(std::optional<Date> fixed) noexcept : fixed_(fixed) {}
  std::optional<Date> fixed_;
};

// Converts each figure of r at `on`; throws fx_error as RateTable::convert does.
[[nodiscard]] inline ReportedMoney convert_reported(const RateTable& table, const ReportedMoney& r, Currency to, Date on,
                                                   RoundingMode mode = RoundingMode::half_even) {
  if (!r.is_disclosed()) return ReportedMoney::undisclosed(to);
  const Money value = table.convert(*r.value(), to, on, mode);
  if (r.qualifier() == Qualifier::range) return ReportedMoney::between(value, table.convert(*r.high(), to, on, mode));
  return ReportedMoney::with(r.qualifier(), value);
}

}  // namespace fundline

template <>
struct fmt::formatter<fundline::Convention> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const fundline::Convention& c, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(
        c.is_historical() ? std::string("historical (each round at its own date)")
                          : fmt::format("constant currency at {}", fundline::to_iso(c.day_for(fundline::Date()))),
        ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const Convention& c) { return os << fmt::format("{}", c); }
}  // namespace fundline
