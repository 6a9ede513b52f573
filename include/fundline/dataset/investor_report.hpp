// fundline/dataset/investor_report.hpp - who invests, co-invests and leads.
//
// The questions an analyst asks of a whole investments export, by the
// ecosystem rules:
// - an investor takes part in a round once, however many rows (partners)
//   name it there; a round is led by an investor when one of its rows says
//   is_lead_investor True;
// - the capital of an investor is the sum of the rounds it joined, each
//   round's whole amount (undisclosed rounds count 0), exactly;
// - two investors co-invested once for each round both joined.
//
// Participations builds the distinct (round, investor) pairs once, round by
// round, optionally keeping only the rounds a RoundSelection names (years,
// round types, announced on or before a day). On it: each investor's
// standing (rounds joined, rounds led, capital), the top investors by
// capital and by leads, and the top co-investment pairs. make_investors_report
// prints the investor benchmark's report (amounts in euro cents converted
// with RoundingMode::half_up, as the ecosystem report).
//
// One investor: investor_portfolio() lists its rounds (with each round's
// amount converted at that day's ECB rate by a RateTable), its companies
// (first and last round, rounds joined and led, capital), its most frequent
// co-investors, and capital_by_period() its timeline by month or year.
//
// Complexity: Participations O(rows + rounds); standings O(pairs); top pairs
// O(pair instances + investors) with one counter array; a portfolio O(rows).
//
//   // continues the example of fundline/dataset/investments.hpp
//   // (ds, keys, inv: rounds r1 and r2, investors ls and a16z, one orphan row)
//   auto eur = ds.convert_to(currencies::EUR, bundled_ecb_rates(), RoundingMode::half_up);
//   Participations p(inv, ds);
//   p.size();                                        // 3 (r1: ls; r2: a16z, ls)
//   p.rounds_led();                                  // 2
//   auto s = p.standings(eur.amounts());
//   s[*inv.find_investor("ls")].capital;             // 49000000000 (EUR 490M in cents)
//   p.top_pairs(10)[0].shared_rounds;                // 1 (a16z and ls in r2)
//   fmt::print("{}", make_investors_report(inv, ds, bundled_ecb_rates()));
//   // investments 4
//   // orphans 1
//   // investors 2
//   // participations 3
//   // rounds_with_investors 2
//   // rounds_led 2
//   // top_participated 1 ls 2 49000000000
//   // top_participated 2 a16z 1 38500000000
//   // top_leads 1 a16z 1
//   // top_leads 2 ls 1
//   // top_pairs 1 a16z ls 1
//   auto folio = investor_portfolio(inv, ds, keys, *inv.find_investor("ls"), RateTable::bundled(), currencies::EUR);
//   folio.capital;                                   // EUR 490000000.00
//   folio.rounds.size();                             // 2
//   capital_by_period(folio, Period::year)[0].capital;   // EUR 490000000.00 (2023)
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "fundline/core/currency.hpp"
#include "fundline/core/date.hpp"
#include "fundline/core/day_number.hpp"
#include "fundline/core/money.hpp"
#include "fundline/dataset/dataset.hpp"
#include "fundline/dataset/investments.hpp"
#include "fundline/engine/period.hpp"
#include "fundline/fx/ecb_file.hpp"
#include "fundline/fx/rate_table.hpp"
#include "fundline/model/round_type.hpp"

namespace fundline {

// Which rounds count; the default counts every round.
struct RoundSelection {
  int from_year = 0;               // 0: no lower bound
  int to_year = 0;                 // 0: no upper bound (inclusive)
  std::vector<RoundType> types;    // empty: every type
  std::optional<DayNumber> as_of;  // announced on or before this day
  [[nodiscard]] bool selects(DayNumber day, RoundType type) const noexcept;
  [[nodiscard]] bool selects_everything() const noexcept {
    return from_year == 0 && to_year == 0 && types.empty() && !as_of;
  }
};

// One investor's figures over the selected rounds.
struct InvestorStanding {
  std::size_t rounds = 0;    // rounds joined
  std::size_t led = 0;       // rounds led
  std::int64_t capital = 0;  // sum of the joined rounds' amounts
  friend bool operator==(const InvestorStanding&, const InvestorStanding&) = default;
};

struct RankedInvestor {
  InvestorId investor = 0;
  std::string_view uuid;
  InvestorStanding standing;
  friend bool operator==(const RankedInvestor&, const RankedInvestor&) = default;
};

struct CoInvestmentPair {
  InvestorId a = 0, b = 0;  // a < b, so uuid_a < uuid_b bytewise
  std::string_view uuid_a, uuid_b;
  std::size_t shared_rounds = 0;
  friend bool operator==(const CoInvestmentPair&, const CoInvestmentPair&) = default;
};

// The distinct (round, investor) pairs of the selected rounds.
class Participations {
 public:
  Participations(const Investments& investments, const Dataset& rounds, const RoundSelection& selection = {});

  // Distinct (round, investor) pairs.
  [[nodiscard]] std::size_t size() const noexcept { return member_.size(); }
  [[nodiscard]] std::size_t rounds_with_investors() const noexcept { return rounds_with_investors_; }
  // Rounds with at least one lead.
  [[nodiscard]] std::size_t rounds_led() const noexcept { return rounds_led_; }
  // The investors of the round at Dataset row `row`, ascending.
  [[nodiscard]] std::span<const InvestorId> investors_of(std::uint32_t row) const noexcept {
    return std::span<const InvestorId>(member_).subspan(begin_[row], begin_[row + 1] - begin_[row]);
  }
  // Whether the k-th investor of investors_of(row) led that round.
  [[nodiscard]] bool led(std::uint32_t row, std::size_t k) const noexcept { return lead_[begin_[row] + k] != 0; }

  // Per investor id, amounts one a Dataset row (ConvertedDataset::amounts()).
  // Throws overflow_error when a capital does not fit in int64.
  [[nodiscard]] std::vector<InvestorStanding> standings(std::span<const std::int64_t> amounts) const;
  // The n largest capitals: capital descending, then uuid ascending.
  [[nodiscard]] std::vector<RankedInvestor> top_by_capital(std::span<const std::int64_t> amounts,
                                                           std::size_t n) const;
  // The n most rounds led (investors who led none are left out): count
  // descending, then uuid ascending.
  [[nodiscard]] std::vector<RankedInvestor> top_by_leads(std::size_t n) const;
  // The n pairs with the most shared rounds: count descending, then uuid_a, uuid_b ascending.
  [[nodiscard]] std::vector<CoInvestmentPair> top_pairs(std::size_t n) const;
  [[nodiscard]] const Investments& investments() const noexcept { return *investments_; }

 private:
  [[nodiscard]] std::vector<RankedInvestor> ranked(const std::vector<InvestorStanding>& s, std::size_t n,
                                                   bool by_leads) const;
  const Investments* investments_;
  std::vector<std::uint32_t> begin_;  // Dataset row -> first pair; size rows + 1
  std::vector<InvestorId> member_;
  std::vector<std::uint8_t> lead_;
  std::size_t rounds_with_investors_ = 0, rounds_led_ = 0;
};

// The investor benchmark's report.
struct InvestorsReport {
  std::size_t investments = 0;  // well-formed data rows
  std::size_t orphans = 0;
  std::size_t investors = 0;    // distinct investors of known rounds
  std::size_t participations = 0;
  std::size_t rounds_with_investors = 0;
  std::size_t rounds_led = 0;
  std::vector<RankedInvestor> top_participated;  // by capital in euro cents
  std::vector<RankedInvestor> top_leads;
  std::vector<CoInvestmentPair> top_pairs;
};

// top_count is 10 in the benchmark. Capital is converted to euro cents by
// `table` (its policy: staleness window, dates past its end), half up.
[[nodiscard]] InvestorsReport make_investors_report(const Investments& investments, const Dataset& rounds,
                                                    const RateTable& table, std::size_t top_count = 10);
// The same with RateTable(rates) and the standard FxPolicy.
[[nodiscard]] InvestorsReport make_investors_report(const Investments& investments, const Dataset& rounds,
                                                    const EcbRates& rates, std::size_t top_count = 10);
// The canonical text, each line ended by '\n'.
[[nodiscard]] std::string to_string(const InvestorsReport& report);

// One round of a portfolio.
struct PortfolioRound {
  std::uint32_t row = 0;          // in the Dataset
  std::string_view round_uuid;
  CompanyId company = 0;
  std::string_view company_uuid;
  std::string_view company_name;   // "" unless the Dataset kept names (LoadOptions::company_names)
  Date announced;
  RoundType type = RoundType::undisclosed;
  std::optional<Money> amount;     // as reported; nullopt when undisclosed
  std::optional<Money> converted;  // in the portfolio's currency
  bool stale = false;              // converted with a rate older than the day (past the table's end)
  bool led = false;
  std::size_t investors = 0;       // all investors of the round, this one included
};

struct PortfolioCompany {
  CompanyId company = 0;
  std::string_view uuid;
  std::string_view name; // "" unless the Dataset kept names (LoadOptions::company_names)
  Date first, last;      // its first and last round joined
  std::size_t rounds = 0, led = 0, undisclosed = 0;
  Money capital;         // sum of the disclosed rounds joined
};

struct CoInvestor {
  InvestorId investor = 0;
  std::string_view uuid, name;
  std::size_t shared_rounds = 0;
};

struct InvestorPortfolio {
  InvestorId investor = 0;
  std::string_view uuid, name, type;
  Currency currency = currencies::EUR;
  std::vector<PortfolioRound> rounds;        // by day, then Dataset row
  std::vector<PortfolioCompany> companies;   // by capital descending, then first round, then uuid
  std::vector<CoInvestor> co_investors;      // by shared rounds descending, then uuid
  Money capital;                             // sum of the disclosed rounds joined
  std::size_t led = 0, undisclosed = 0, stale = 0;
};

// The selected rounds `investor` joined, each converted with `rates` (its
// rounding mode half-even; a day past the table's end is an fx_error unless
// rates.accepts_dates_past_end()), its companies and its `co_investor_count`
// most frequent co-investors.
[[nodiscard]] InvestorPortfolio investor_portfolio(const Investments& investments, const Dataset& rounds,
                                                   const RoundKeys& keys, InvestorId investor,
                                                   const RateTable& rates, Currency currency,
                                                   const RoundSelection& selection = {},
                                                   std::size_t co_investor_count = 5);

struct PeriodCapital {
  Date start;                 // first day of the period
  Money capital;              // disclosed rounds joined in it
  std::size_t rounds = 0;     // rounds joined in it, undisclosed included
  friend bool operator==(const PeriodCapital&, const PeriodCapital&) = default;
};

// The portfolio's capital by period (periods with rounds only, ascending).
[[nodiscard]] std::vector<PeriodCapital> capital_by_period(const InvestorPortfolio& portfolio, Period period);

}  // namespace fundline

template <>
struct fmt::formatter<fundline::InvestorsReport> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const fundline::InvestorsReport& r, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(fundline::to_string(r), ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const InvestorsReport& r) { return os << to_string(r); }
}  // namespace fundline
