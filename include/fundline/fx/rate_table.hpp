// fundline/fx/rate_table.hpp - dated, exact currency conversion through EUR.
//
// A RateTable holds the ECB's euro reference rates, one sorted column of
// fixings per currency, as exact integer millionths (units of the currency
// per 1 EUR x 10^6). Every question names its date; there is no "today".
//
// Rules:
// - As of: the rate on a day is the latest fixing on or before that day
//   (a Saturday uses Friday's fixing). Look-ups are O(1) through a per-day
//   index (4 bytes per calendar day and currency), O(log n) in the number of
//   fixings for a sparse hand-made table.
// - The table holds an FxPolicy (fx/fx_policy.hpp), the one rule the
//   Dataset's conversion follows too. Errors (fx_error, naming the currency
//   and the date, with typed fields in refusal()): a currency the table has
//   no column for; a day before the currency's first fixing; a latest fixing
//   older than the staleness window (7 days by default: the longest ECB
//   closure, Easter, leaves a 4-day-old fixing; a retired currency such as
//   CYP goes stale after its last fixing); and any day after the table's
//   last day, because the table cannot know what came later.
//   accepting_dates_past_end() lifts the last rule for callers who ask for it;
//   such conversions are marked stale in Conversion::stale.
// - convert() goes through EUR in one step with exact 128-bit integer
//   arithmetic and rounds once, with the caller's RoundingMode (half-even by
//   default): to = amount x rate(to) / rate(from), scaled to minor units.
// - EUR is 1 on every day, including days outside the table; converting a
//   currency to itself needs no rate.
//
//   using namespace fundline;
//   const RateTable& ecb = RateTable::bundled();          // embedded ECB history
//   auto on = parse_date("2024-06-11");
//   ecb.rate(currencies::USD, on).micro;                    // 1073000 (1.0730 USD per EUR)
//   auto b = Money::from_major(600'000'000, currencies::EUR);
//   ecb.convert(b, currencies::USD, on);                   // USD 643800000.00
//   auto five = Money::from_major(5, currencies::EUR);     // USD 5.365 exactly, then rounded:
//   ecb.convert(five, currencies::USD, on);                // USD 5.36 (half-even)
//   ecb.convert(five, currencies::USD, on, RoundingMode::half_up);   // USD 5.37
//   ecb.rate(currencies::USD, parse_date("2024-06-15")).fixing_date;   // 2024-06-14 (the 15th is a Saturday)
//   ecb.last_day();                                        // 2025-05-09
//   // ecb.rate(currencies::USD, parse_date("2025-09-09")) throws fx_error:
//   //   "no EUR/USD rate on 2025-09-09: the table (bundled eurofxref-hist.csv) ends on 2025-05-09; ..."
//   //   with refusal().reason == FxFailure::past_table_end, refusal().table_last_day == 2025-05-09
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "fundline/core/currency.hpp"
#include "fundline/core/date.hpp"
#include "fundline/core/day_number.hpp"
#include "fundline/core/money.hpp"
#include "fundline/core/rounding.hpp"
#include "fundline/fx/ecb_file.hpp"
#include "fundline/fx/fx_policy.hpp"

namespace fundline {

// One fixing: units of `currency` per 1 EUR x 10^6. For EUR itself micro is
// 1000000 and fixing_date is the asked day.
struct FxRate {
  Currency currency;
  std::int64_t micro = 0;
  Date fixing_date;

  friend bool operator==(const FxRate&, const FxRate&) = default;
};

// The exact decimal text of a rate: 1073000 -> "1.073".
[[nodiscard]] std::string rate_to_decimal(std::int64_t micro);

// A conversion with everything needed to reproduce it.
struct Conversion {
  Money from;
  Money to;
  // The fixings used; EUR's is 1. When from and to are one currency no rate
  // is needed: both have micro 0 and the amount is returned unchanged.
  FxRate from_rate;
  FxRate to_rate;
  Date on;
  RoundingMode mode = RoundingMode::half_even;
  bool stale = false;  // a rate past the table's last day, which the caller accepted

  friend bool operator==(const Conversion&, const Conversion&) = default;
};

class RateTable {
 public:
  static constexpr int default_max_staleness_days = FxPolicy::default_max_staleness_days;

  // An empty table: only EUR converts.
  RateTable() = default;
  explicit RateTable(const EcbRates& ecb);

  // The ECB history embedded in the library, built once (thread-safe).
  [[nodiscard]] static const RateTable& bundled();
  // The table of `ecb` under the standard policy: a copy of bundled() (O(1),
  // the rates shared) when `ecb` is bundled_ecb_rates(), else built from it
  // (O(days x currencies)). For calls that take an EcbRates.
  [[nodiscard]] static RateTable of(const EcbRates& ecb);
  // Reads eurofxref-hist.csv or the daily eurofxref.csv; errors name the file.
  [[nodiscard]] static RateTable load(const std::filesystem::path& path);

  // Copies with another policy; the rates are shared, so these are O(1).
  [[nodiscard]] RateTable with_max_staleness(int days) const;
  [[nodiscard]] RateTable accepting_dates_past_end() const;
  [[nodiscard]] RateTable with_policy(FxPolicy policy) const;
  [[nodiscard]] const FxPolicy& policy() const noexcept { return policy_; }
  // This table extended by a newer one (e.g. today's eurofxref.csv); on a
  // day both have, `newer` wins.
  [[nodiscard]] RateTable merged_with(const RateTable& newer) const;

  // Latest fixing on or before `on`; throws fx_error naming currency and date.
  [[nodiscard]] FxRate rate(Currency c, Date on) const;
  // rate(c, on).micro for columnar callers that store DayNumbers; same rules.
  [[nodiscard]] std::int64_t micro_on(Currency c, DayNumber day) const;
  // Whether rate(c, on) would succeed; never throws.
  [[nodiscard]] bool can_convert(Currency c, Date on) const noexcept;

  // For columnar callers (the Dataset): the as-of fixing of c on day under
  // policy(), or why there is none; never throws. O(1) for the ECB tables.
  struct DayRate {
    std::int64_t micro = 0;  // rate x 10^6 per EUR; 0 when refused
    DayNumber fixing = 0;    // the fixing's day (stale and retired refusals too)
    FxFailure refused = FxFailure::other;  // meaningful only when micro == 0
    [[nodiscard]] bool ok() const noexcept { return micro != 0; }
  };
  [[nodiscard]] DayRate rate_on(Currency c, DayNumber day) const noexcept;
  // The fx_error that rate(c, on) throws, without throwing it (on must be a
  // day rate_on refused).
  [[nodiscard]] fx_error refusal(Currency c, DayNumber day) const;

  [[nodiscard]] Money convert(Money amount, Currency to, Date on, RoundingMode mode = RoundingMode::half_even) const;
  [[nodiscard]] Conversion convert_detailed(Money amount, Currency to, Date on,
                                            RoundingMode mode = RoundingMode::half_even) const;

  // The table's first and last ECB business days; throws fx_error when empty.
  [[nodiscard]] Date first_day() const;
  [[nodiscard]] Date last_day() const;
  [[nodiscard]] bool empty() const noexcept { return first_ > last_; }
  // The currencies with at least one fixing, in code order (EUR included).
  [[nodiscard]] std::vector<Currency> currencies() const;
  [[nodiscard]] int max_staleness_days() const noexcept { return policy_.max_staleness_days; }
  [[nodiscard]] bool accepts_dates_past_end() const noexcept { return policy_.accept_dates_past_end; }
  [[nodiscard]] const std::string& source() const noexcept { return source_; }

 private:
  struct Column {
    std::vector<DayNumber> days;      // ascending, fixings only (no N/A)
    std::vector<std::int64_t> micro;  // parallel to days
    // by_day[d - days.front()]: the as-of fixing of day d, for O(1) look-ups;
    // empty for a sparse table, which falls back to binary search.
    std::vector<std::uint32_t> by_day;

    void build_index();
    // The latest fixing on or before day; day >= days.front(), days not empty.
    [[nodiscard]] std::size_t as_of(DayNumber day) const noexcept;
  };
  [[nodiscard]] fx_error refusal(FxFailure why, Currency c, Date on, DayNumber fixing) const;

  // By Currency::index(); shared because it is immutable, so that the
  // policy copies (with_max_staleness...) cost nothing.
  std::shared_ptr<const std::vector<Column>> columns_ =
      std::make_shared<const std::vector<Column>>(Currency::count());
  DayNumber first_ = 1;  // first_ > last_: empty
  DayNumber last_ = 0;
  FxPolicy policy_;
  std::string source_ = "empty rate table";
};

}  // namespace fundline

template <>
struct fmt::formatter<fundline::FxRate> : fmt::formatter<std::string_view> {
  // "USD 1.073 per EUR (fixing of 2024-06-11)"
  template <typename FormatContext>
  auto format(const fundline::FxRate& r, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(
        fmt::format("{} {} per EUR (fixing of {})", r.currency, fundline::rate_to_decimal(r.micro),
                    fundline::to_iso(r.fixing_date)),
        ctx);
  }
};

template <>
struct fmt::formatter<fundline::Conversion> : fmt::formatter<std::string_view> {
  // "EUR 600000000.00 = USD 643800000.00 on 2024-06-11 (USD 1.073 per EUR (fixing of 2024-06-11), half_even)"
  template <typename FormatContext>
  auto format(const fundline::Conversion& c, FormatContext& ctx) const {
    std::string rates = c.from.currency() == c.to.currency()           ? std::string("same currency, no rate")
                        : c.from.currency() == fundline::currencies::EUR ? fmt::format("{}", c.to_rate)
                        : c.to.currency() == fundline::currencies::EUR
                            ? fmt::format("{}", c.from_rate)
                            : fmt::format("{}; {}", c.from_rate, c.to_rate);
    return fmt::formatter<std::string_view>::format(
        fmt::format("{} = {} on {} ({}, {}){}", c.from, c.to, fundline::to_iso(c.on), rates,
                    fundline::to_string(c.mode), c.stale ? " [stale rate]" : ""),
        ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const FxRate& r) { return os << fmt::format("{}", r); }
inline std::ostream& operator<<(std::ostream& os, const Conversion& c) { return os << fmt::format("{}", c); }
}  // namespace fundline
