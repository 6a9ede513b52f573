// fundline/dataset/converted_dataset.hpp - a Dataset's amounts in one currency.
//
// Dataset::convert_to() gives one amount a round in the target currency's
// minor units (undisclosed rounds hold 0 and count nowhere). The queries
// analysts ask of a whole export run on it: totals by year, group-bys,
// top-N companies by total, and batch as-of look-ups of cumulative funding.
// Sums are exact; one that does not fit in int64 throws overflow_error.
// It refers to its Dataset, which must outlive it.
//
//   // continues the example of fundline/dataset/as_of_queries.hpp
//   // (ds: m1 EUR 105M and 385M, h2 USD 223M; q: m1 as of 2023-12-31, nobody)
//   auto eur = ds.convert_to(currencies::EUR, bundled_ecb_rates(), RoundingMode::half_up);
//   eur.amounts()[0];                          // 10500000000 (EUR 105M, in cents)
//   eur.totals_by_year();                      // {2023 69782851817 (3 rounds)}
//   eur.group_by(GroupKey::currency);          // {EUR 49000000000 (2 rounds), USD 20782851817 (1 round)}
//   eur.top_n(10);                             // {m1 49000000000, h2 20782851817}
//   eur.top_n(10, eur.as_of_index());          // {m1 49000000000, h2 20782851817}
//   AsOfQuery q{*ds.find_company("m1"), days_from_civil(2023, 12, 1)};
//   eur.cumulative_as_of(std::span(&q, 1));    // {10500000000}
//   fmt::format("{}", eur.top_n(1)[0]);        // "m1 49000000000"
//   fmt::format("{}", eur.totals_by_year()[0]);  // "2023 69782851817 (3 rounds)"
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "fundline/core/currency.hpp"
#include "fundline/core/day_number.hpp"
#include "fundline/core/rounding.hpp"
#include "fundline/dataset/company_index.hpp"

namespace fundline {

class Dataset;

enum class GroupKey : unsigned char { year, country, round_type, currency };

struct YearTotal {
  int year = 0;
  std::int64_t total = 0;   // minor units of the converted currency
  std::size_t rounds = 0;   // disclosed rounds
  friend bool operator==(const YearTotal&, const YearTotal&) = default;
};

struct GroupTotal {
  std::string key;          // "2024", "FRA", "series_a", "USD"; "" for a missing country
  std::int64_t total = 0;
  std::size_t rounds = 0;
  friend bool operator==(const GroupTotal&, const GroupTotal&) = default;
};

struct CompanyTotal {
  CompanyId company = 0;
  std::string_view uuid;
  std::int64_t total = 0;
  friend bool operator==(const CompanyTotal&, const CompanyTotal&) = default;
};

// A look-up: cumulative funding of company as of the end of day.
struct AsOfQuery {
  static constexpr CompanyId unknown = std::numeric_limits<CompanyId>::max();
  CompanyId company = unknown;  // unknown companies have raised 0
  DayNumber day = 0;
};

// Each company's disclosed rounds in day order with running totals: the
// step function "raised so far", answered by binary search.
class AsOfIndex {
 public:
  // O(rows) to build (a counting sort by company).
  AsOfIndex(std::span<const CompanyId> companies, std::size_t company_count, std::span<const DayNumber> days,
            std::span<const std::int64_t> amounts, std::span<const std::uint8_t> disclosed_currency);
  // The company's disclosed rounds and their sum (its last running total). O(1).
  [[nodiscard]] std::size_t rounds(CompanyId company) const noexcept;
  [[nodiscard]] std::int64_t total(CompanyId company) const noexcept;
  // Sum of the company's amounts announced on or before day. O(log rounds of that company).
  [[nodiscard]] std::int64_t cumulative(CompanyId company, DayNumber day) const noexcept;
  // One answer a query, in order; uses up to `threads` threads (0 = one a core).
  [[nodiscard]] std::vector<std::int64_t> cumulative(std::span<const AsOfQuery> queries, unsigned threads = 0) const;

 private:
  std::vector<std::uint32_t> begin_;    // company -> first event; size companies + 1
  std::vector<DayNumber> day_;          // events by company, then day
  std::vector<std::int64_t> running_;   // running total after each event
};

class ConvertedDataset {
 public:
  ConvertedDataset(const Dataset& dataset, Currency currency, std::vector<std::int64_t> amounts,
                   std::vector<std::uint8_t> used_currency);

  [[nodiscard]] Currency currency() const noexcept { return currency_; }
  [[nodiscard]] const Dataset& dataset() const noexcept { return *dataset_; }
  // Minor units of currency() a round; 0 for an undisclosed round.
  [[nodiscard]] std::span<const std::int64_t> amounts() const noexcept { return amounts_; }
  // The currency each round was converted from (Currency::index()), or
  // Dataset::no_currency when undisclosed.
  [[nodiscard]] std::span<const std::uint8_t> source_currencies() const noexcept { return used_currency_; }
  [[nodiscard]] bool disclosed(std::size_t row) const noexcept { return used_currency_[row] != 0xFF; }

  // O(rows).
  [[nodiscard]] int128 total() const noexcept;
  // Years with at least one disclosed round, ascending. O(rows).
  [[nodiscard]] std::vector<YearTotal> totals_by_year() const;
  // Disclosed rounds grouped by key, keys ascending. O(rows + groups log groups).
  [[nodiscard]] std::vector<GroupTotal> group_by(GroupKey key) const;
  // Per-company total of every company with a disclosed round.
  [[nodiscard]] std::vector<std::int64_t> company_totals() const;
  // The n largest company totals: total descending, then uuid ascending.
  // O(rows + companies log n).
  [[nodiscard]] std::vector<CompanyTotal> top_n(std::size_t n) const;
  // The same from the totals of an as_of_index() of this: no pass over the
  // rows. O(companies log n).
  [[nodiscard]] std::vector<CompanyTotal> top_n(std::size_t n, const AsOfIndex& index) const;
  [[nodiscard]] AsOfIndex as_of_index() const;
  // Builds an AsOfIndex and answers every query: O(rows + queries log rounds).
  [[nodiscard]] std::vector<std::int64_t> cumulative_as_of(std::span<const AsOfQuery> queries) const;

 private:
  const Dataset* dataset_;
  Currency currency_;
  std::vector<std::int64_t> amounts_;
  std::vector<std::uint8_t> used_currency_;
};

}  // namespace fundline

template <>
struct fmt::formatter<fundline::YearTotal> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const fundline::YearTotal& t, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(
        fmt::format("{} {} ({} round{})", t.year, t.total, t.rounds, t.rounds == 1 ? "" : "s"), ctx);
  }
};

template <>
struct fmt::formatter<fundline::GroupTotal> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const fundline::GroupTotal& t, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(
        fmt::format("{} {} ({} round{})", t.key.empty() ? "-" : t.key, t.total, t.rounds, t.rounds == 1 ? "" : "s"),
        ctx);
  }
};

template <>
struct fmt::formatter<fundline::CompanyTotal> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const fundline::CompanyTotal& t, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(fmt::format("{} {}", t.uuid, t.total), ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const YearTotal& t) { return os << fmt::format("{}", t); }
inline std::ostream& operator<<(std::ostream& os, const GroupTotal& t) { return os << fmt::format("{}", t); }
inline std::ostream& operator<<(std::ostream& os, const CompanyTotal& t) { return os << fmt::format("{}", t); }
}  // namespace fundline
