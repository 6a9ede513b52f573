// fundline/fx/fx_policy.hpp - the one rule for which ECB fixing a conversion uses.
//
// Every conversion in fundline, one amount (RateTable) or millions of rounds
// (Dataset::convert_to), follows one FxPolicy value:
// - As of: the rate on a day is the currency's latest fixing on or before
//   that day (a Saturday uses Friday's fixing).
// - Staleness: that fixing may be at most max_staleness_days before the day
//   (7 by default: the longest ECB closure, Easter, leaves a 4-day-old
//   fixing). Older is refused (FxFailure::stale).
// - Retired currencies get no special case: after the ECB's last fixing
//   (CYP on 2007-12-31, replaced by the euro; RUB after 2022-03-01) the
//   staleness window refuses them, and the refusal says FxFailure::retired.
// - Past the table's end: a day after the table's last day is refused
//   (FxFailure::past_table_end), because the table cannot know what came
//   later, unless accept_dates_past_end is set; the conversion is then
//   marked stale.
// - Before the currency's first fixing, or a currency the table has no
//   column for: refused (before_first_fixing, no_rates).
// A refusal is an fx_error whose refusal() holds the reason, the currency,
// the day asked, the fixing found and the table's last day.
//
// latest_fixing_any_age() is the ecosystem benchmark's written rule (the
// latest fixing on or before the day, whatever its age): it converts 1000 CYP
// on 2020-06-11 at the 2007-12-31 fixing, which standard() refuses. On the
// benchmark's data (currencies with daily fixings, days inside the table) the
// two give the same cents.
//
//   using namespace fundline;
//   FxPolicy p;                                            // FxPolicy::standard()
//   p.max_staleness_days;                                  // 7
//   p.accept_dates_past_end;                               // false
//   FxPolicy::latest_fixing_any_age().max_staleness_days == FxPolicy::unlimited;  // true
//   RateTable::bundled().with_policy(FxPolicy::latest_fixing_any_age())
//       .convert(Money::from_major(1000, Currency::from_code("CYP")), currencies::EUR, parse_date("2020-06-11"));
//                                                          // EUR 1708.60 (fixing of 2007-12-31)
#pragma once

#include <limits>

namespace fundline {

struct FxPolicy {
  static constexpr int default_max_staleness_days = 7;
  static constexpr int unlimited = std::numeric_limits<int>::max();

  int max_staleness_days = default_max_staleness_days;  // 0 .. unlimited
  bool accept_dates_past_end = false;

  // The default: 7 days, nothing past the table's end.
  [[nodiscard]] static constexpr FxPolicy standard() noexcept { return {}; }
  // The latest fixing on or before the day, however old; still nothing past the table's end.
  [[nodiscard]] static constexpr FxPolicy latest_fixing_any_age() noexcept { return {unlimited, false}; }

  friend constexpr bool operator==(const FxPolicy&, const FxPolicy&) = default;
};

}  // namespace fundline
