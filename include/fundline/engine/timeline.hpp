// fundline/engine/timeline.hpp - the funding history of one company, as queries.
//
// A Timeline is an immutable, sorted copy of a company's rounds; every
// question an analyst asks of a funding history is a const query on it.
//
// Rules:
// - Order: rounds are placed on a day, the first day of their PartialDate
//   (a round known only as "2024-02" is placed on 2024-02-01, as Crunchbase
//   does), and sorted by that day; on one day, a finer date comes first
//   (2024-06-01 before "2024-06"), then the order the rounds were given in.
// - As of: raised_as_of(d) counts the rounds placed on or before d
//   (inclusive): a step function of d. The default RoundFilter counts
//   everything announced, like Crunchbase's total funding; see
//   round_filter.hpp for "priced rounds only" and per-instrument totals.
// - Qualifiers are carried through: an undisclosed round makes a total "at
//   least", an "about" amount makes it "about" (ReportedMoney::operator+).
// - Currency: totals need one currency. A timeline whose rounds mix
//   currencies answers only after converted(); totals throw
//   currency_mismatch naming both currencies. An empty timeline is in EUR
//   (or in the currency it was converted to) and its totals are exact zero.
// - converted() converts every amount (round, tranches, pre- and post-money)
//   with a RateTable (the bundled ECB history when none is given) under a
//   Convention; a round that cannot be converted is an fx_error naming the
//   round, the currency and the date, never a silently skipped round.
//
// Complexity (n rounds): raised_as_of with the default filter O(log n),
// with another filter O(n); series O(n + periods); best_window O(n);
// the rest O(n) or O(n x investors per round).
//
//   using namespace fundline;
//   auto eur = [](std::int64_t m) { return Money::from_major(m * 1'000'000, currencies::EUR); };
//   Company mistral{.name = "Mistral AI", .founded = PartialDate::month(2023, 4)};
//   mistral.rounds = {
//       Round{.id = "seed", .type = RoundType::seed, .announced = parse_date("2023-06-13"),
//             .amount = ReportedMoney::exact(eur(105))},
//       Round{.id = "series-a", .type = RoundType::series_a, .announced = parse_date("2023-12-11"),
//             .amount = ReportedMoney::exact(eur(385))},
//       Round{.id = "microsoft", .type = RoundType::convertible_note, .announced = parse_date("2024-02-26"),
//             .amount = ReportedMoney::exact(eur(15))},
//       Round{.id = "series-b", .type = RoundType::series_b, .announced = parse_date("2024-06-11"),
//             .amount = ReportedMoney::exact(eur(600))}};
//   Timeline t(mistral);
//   t.raised_as_of(parse_date("2024-06-10"));                  // EUR 505000000.00
//   t.raised_as_of(parse_date("2024-06-11"));                  // EUR 1105000000.00
//   t.raised_as_of(parse_date("2024-06-11"), RoundFilter::priced_rounds());  // EUR 1090000000.00
//   t.best_window(WindowLength::months(12))->span_days();     // 364 (2023-06-13 .. 2024-06-11)
//   t.gaps()[0].days;                                          // 181 (seed to Series A)
//   t.converted(currencies::USD, Convention::historical()).raised_total();   // USD 1187549000.00
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "fundline/core/currency.hpp"
#include "fundline/core/date.hpp"
#include "fundline/core/reported.hpp"
#include "fundline/core/rounding.hpp"
#include "fundline/engine/convention.hpp"
#include "fundline/engine/investors.hpp"
#include "fundline/engine/period.hpp"
#include "fundline/engine/round_filter.hpp"
#include "fundline/engine/series.hpp"
#include "fundline/engine/valuation_steps.hpp"
#include "fundline/engine/window.hpp"
#include "fundline/fx/rate_table.hpp"
#include "fundline/model/company.hpp"
#include "fundline/model/round.hpp"

namespace fundline {

// Days and whole months between two rounds, or from founding to a round.
struct RoundGap {
  std::optional<std::size_t> from;  // nullopt: from the founding date
  std::size_t to = 0;
  int days = 0;
  int months = 0;

  friend bool operator==(const RoundGap&, const RoundGap&) = default;
};

class Timeline {
 public:
  Timeline() = default;
  explicit Timeline(const Company& company);
  explicit Timeline(std::vector<Round> rounds, std::optional<PartialDate> founded = std::nullopt,
                    std::string name = {});

  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] const std::optional<PartialDate>& founded() const noexcept { return founded_; }
  // In date order (see the ordering rule above).
  [[nodiscard]] const std::vector<Round>& rounds() const noexcept { return rounds_; }
  [[nodiscard]] std::size_t size() const noexcept { return rounds_.size(); }
  [[nodiscard]] bool empty() const noexcept { return rounds_.empty(); }
  // The day round i is placed on.
  [[nodiscard]] Date day_of(std::size_t i) const { return days_.at(i); }
  // Index of the round with this id, if any.
  [[nodiscard]] std::optional<std::size_t> index_of(std::string_view round_id) const;
  [[nodiscard]] std::optional<Date> first_day() const;
  [[nodiscard]] std::optional<Date> last_day() const;

  // The one currency of every amount; throws currency_mismatch when mixed.
  [[nodiscard]] Currency currency() const;
  [[nodiscard]] bool is_single_currency() const noexcept { return !mixed_with_; }

  // Raised on or before `on` (inclusive).
  [[nodiscard]] ReportedMoney raised_as_of(Date on, const RoundFilter& filter = {}) const;
  // Raised from `from` to `to`, both inclusive.
  [[nodiscard]] ReportedMoney raised_between(Date from, Date to, const RoundFilter& filter = {}) const;
  // Raised as of the latest round.
  [[nodiscard]] ReportedMoney raised_total(const RoundFilter& filter = {}) const;
  // The step function: one Step per day with an included round.
  [[nodiscard]] std::vector<Step> steps(const RoundFilter& filter = {}) const;

  // Every period from the first round's to the last round's.
  [[nodiscard]] std::vector<PeriodAmount> series(Period period, const RoundFilter& filter = {}) const;
  // Every period from the one holding `from` to the one holding `to`.
  [[nodiscard]] std::vector<PeriodAmount> series(Period period, Date from, Date to,
                                                 const RoundFilter& filter = {}) const;

  // The most raised within any window of this length; nullopt when no round is included.
  [[nodiscard]] std::optional<FundingWindow> best_window(WindowLength length, const RoundFilter& filter = {}) const;

  // Between consecutive rounds (the filter's rounds only).
  [[nodiscard]] std::vector<RoundGap> gaps(const RoundFilter& filter = {}) const;
  // From founding to each round; empty when the founding date is unknown.
  [[nodiscard]] std::vector<RoundGap> since_founding(const RoundFilter& filter = {}) const;
  // Size of each included round over the previous one's.
  [[nodiscard]] std::vector<RoundGrowth> growth(const RoundFilter& filter = {}) const;

  [[nodiscard]] std::vector<StepUp> step_ups() const;
  // Each priced round with a known equity amount and post-money.
  [[nodiscard]] std::vector<Dilution> dilutions() const;

  [[nodiscard]] std::vector<InvestorRecord> investor_participation() const;
  [[nodiscard]] std::vector<InvestorRecord> repeat_investors() const;

  // The timeline as it stood on `on`: the rounds placed on or before it.
  [[nodiscard]] Timeline as_of(Date on) const;

  // Every amount in `to`, converted under `convention`.
  [[nodiscard]] Timeline converted(const RateTable& rates, Currency to, Convention convention,
                                   RoundingMode mode = RoundingMode::half_even) const;
  // The same with the bundled ECB history.
  [[nodiscard]] Timeline converted(Currency to, Convention convention,
                                   RoundingMode mode = RoundingMode::half_even) const;

 private:
  void require_one_currency() const;
  [[nodiscard]] ReportedMoney zero() const { return ReportedMoney::exact(Money::zero(currency_)); }
  // Rounds placed on or before `on`: the first index after them.
  [[nodiscard]] std::size_t end_as_of(Date on) const;

  std::string name_;
  std::optional<PartialDate> founded_;
  std::vector<Round> rounds_;
  std::vector<Date> days_;                 // placement day of each round
  std::vector<ReportedMoney> cumulative_;  // everything announced, after each round (single currency only)
  Currency currency_{};
  std::optional<Currency> mixed_with_;     // a second currency found among the amounts
};

}  // namespace fundline
