// fundline/dataset/ecosystem_report.hpp - the ecosystem benchmark's report.
//
// The fixed report of the ecosystem benchmark: row and company counts,
// undisclosed rounds, the USD total, the euro total and its split by year,
// the ten best-funded companies, and the sum and zero count of a batch of
// as-of look-ups. Amounts are euro cents converted at the ECB rate with
// RoundingMode::half_up, under the rate table's FxPolicy (a round it
// refuses is an error, never a silent conversion). fmt prints it line for line:
//
//   // continues the example of fundline/dataset/as_of_queries.hpp
//   // (ds: m1 EUR 105M and 385M, h2 USD 223M; q: m1 as of 2023-12-31, nobody)
//   auto report = make_ecosystem_report(ds, q.queries, bundled_ecb_rates());
//   fmt::print("{}", report);
//   // rounds 3
//   // companies 2
//   // undisclosed 0
//   // total_usd 751000000
//   // total_eur_cents 69782851817
//   // year 2023 69782851817
//   // top 1 m1 49000000000
//   // top 2 h2 20782851817
//   // asof_sum_eur_cents 49000000000
//   // asof_zero 1
#pragma once

#include <ostream>
#include <span>
#include <vector>

#include <fmt/format.h>

#include "fundline/dataset/dataset.hpp"

namespace fundline {

struct EcosystemReport {
  std::size_t rounds = 0;
  std::size_t companies = 0;
  std::size_t undisclosed = 0;
  int128 total_usd = 0;         // whole US dollars (cents dropped, toward zero)
  int128 total_eur_cents = 0;
  std::vector<YearTotal> years;
  std::vector<CompanyTotal> top;  // up to 10
  int128 as_of_sum = 0;
  std::size_t as_of_zero = 0;
};

// top_count is 10 in the benchmark. Uses up to `threads` threads. Rounds
// are converted under the table's FxPolicy: one it refuses throws fx_error.
[[nodiscard]] EcosystemReport make_ecosystem_report(const Dataset& dataset, std::span<const AsOfQuery> queries,
                                                    const RateTable& table, std::size_t top_count = 10,
                                                    unsigned threads = 0);
// The same with RateTable(rates) and the standard FxPolicy.
[[nodiscard]] EcosystemReport make_ecosystem_report(const Dataset& dataset, std::span<const AsOfQuery> queries,
                                                    const EcbRates& rates, std::size_t top_count = 10,
                                                    unsigned threads = 0);
// The canonical text: the lines above, each ended by '\n'.
[[nodiscard]] std::string to_string(const EcosystemReport& report);

}  // namespace fundline

template <>
struct fmt::formatter<fundline::EcosystemReport> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const fundline::EcosystemReport& r, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(fundline::to_string(r), ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const EcosystemReport& r) { return os << to_string(r); }
}  // namespace fundline
