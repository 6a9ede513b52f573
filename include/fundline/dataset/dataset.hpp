// fundline/dataset/dataset.hpp - many companies, millions of rounds, in columns.
//
// A Dataset holds one funding round a row in compact columns: an interned
// company id (4 bytes), the announced day as a DayNumber (4 bytes), amounts
// as int64 minor units, currencies as one-byte codes (Currency::index()), the
// country as a packed three-letter code and the round type as a RoundType.
// It is built straight from a Crunchbase open-data-map funding_rounds.csv:
// columns are found by header name, fields may be RFC 4180 quoted (doubled
// quotes, commas and newlines inside), CRLF line ends and a UTF-8 BOM are
// accepted, blank lines are skipped. Large files are memory-mapped, split at
// line boundaries and parsed on several threads; pages already parsed are
// handed back to the kernel, so the resident size stays near the columns'.
//
// Columns read (by name; others are skipped): company_uuid, announced_on,
// raised_amount_usd, raised_amount, raised_amount_currency_code (required);
// country_code, funding_round_type, funding_round_code, funding_round_uuid,
// company_name (optional; names are kept when LoadOptions::company_names).
// A round's amount is raised_amount in its currency when both are given,
// else raised_amount_usd in USD, else it is undisclosed. The row rules
// (docs/row-rules.md) are those of fundline import: a raised_amount with no
// currency is refused unless it is the USD figure, a repeated
// funding_round_uuid is refused, years run 1400..9999, a header naming a
// column twice is an error.
//
// Complexity: loading is O(bytes) with no allocation per row (arena growth
// only); every query below is O(rows) or better. Memory: about 30 bytes a
// round plus about 80 a company.
//
//   using namespace fundline;
//   auto ds = Dataset::parse_odm_csv(   // or Dataset::load_odm_csv("funding_rounds.csv")
//       "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
//       "m1,2023-06-13,113000000,105000000,EUR\n"
//       "h2,2023-09-14,223000000,,\n"
//       "m1,2023-12-11,415000000,385000000,EUR\n", "mini.csv");
//   ds.size();                                   // 3 (rounds)
//   ds.company_count();                          // 2
//   ds.company_uuid(ds.company_of(1));           // "h2"
//   ds.raised_amounts()[0];                      // 10500000000 (EUR cents)
//   auto eur = ds.convert_to(currencies::EUR, bundled_ecb_rates(), RoundingMode::half_up);
//   eur.amounts()[1];                            // 20782851817 (USD 223M at 1.073 USD per EUR)
//   eur.totals_by_year()[0];                     // 2023 69782851817 (3 rounds)
//   eur.top_n(1)[0].uuid;                        // "m1"
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "fundline/core/currency.hpp"
#include "fundline/core/day_number.hpp"
#include "fundline/core/rounding.hpp"
#include "fundline/dataset/company_index.hpp"
#include "fundline/dataset/converted_dataset.hpp"
#include "fundline/dataset/load_options.hpp"
#include "fundline/fx/ecb_file.hpp"
#include "fundline/fx/rate_table.hpp"
#include "fundline/model/round_type.hpp"

namespace fundline {

class Dataset {
 public:
  // A missing amount in raised_usd() / raised_amounts().
  static constexpr std::int64_t missing = std::numeric_limits<std::int64_t>::min();
  // A missing currency in raised_currencies().
  static constexpr std::uint8_t no_currency = 0xFF;

  Dataset() = default;

  // Reads an open-data-map funding_rounds.csv. Strict mode throws
  // parse_error (file, line, column, field, expected) at the first bad row;
  // lenient mode skips it and records a LoadProblem in summary().
  [[nodiscard]] static Dataset load_odm_csv(const std::filesystem::path& path, const LoadOptions& options = {});
  // The same from text in memory; source_name appears in errors.
  [[nodiscard]] static Dataset parse_odm_csv(std::string_view text, std::string_view source_name,
                                             const LoadOptions& options = {});

  [[nodiscard]] std::size_t size() const noexcept { return company_.size(); }
  [[nodiscard]] std::size_t company_count() const noexcept { return companies_.size(); }
  [[nodiscard]] const CompanyIndex& companies() const noexcept { return companies_; }
  [[nodiscard]] std::string_view company_uuid(CompanyId id) const noexcept { return companies_.key(id); }
  [[nodiscard]] std::optional<CompanyId> find_company(std::string_view uuid) const noexcept {
    return companies_.find(uuid);
  }
  [[nodiscard]] const LoadSummary& summary() const noexcept { return summary_; }
  // The company_name of the company's first row, when the load asked for
  // names (LoadOptions::company_names) and the file has the column; else "".
  [[nodiscard]] std::string_view company_name(CompanyId id) const noexcept;

  // One value a round, in file order.
  [[nodiscard]] CompanyId company_of(std::size_t row) const noexcept { return company_[row]; }
  [[nodiscard]] std::span<const CompanyId> company_ids() const noexcept { return company_; }
  [[nodiscard]] std::span<const DayNumber> days() const noexcept { return day_; }
  // raised_amount_usd in US cents, or missing.
  [[nodiscard]] std::span<const std::int64_t> raised_usd() const noexcept { return raised_usd_; }
  // raised_amount in minor units of raised_currencies()[row], or missing.
  [[nodiscard]] std::span<const std::int64_t> raised_amounts() const noexcept { return raised_amount_; }
  [[nodiscard]] std::span<const std::uint8_t> raised_currencies() const noexcept { return raised_currency_; }
  // Three upper-case letters packed little-endian; 0 when empty. See country_code().
  [[nodiscard]] std::span<const std::uint32_t> countries() const noexcept { return country_; }
  [[nodiscard]] std::span<const RoundType> round_types() const noexcept { return round_type_; }
  [[nodiscard]] static std::string country_code(std::uint32_t packed);

  // Rounds with neither raised_amount + currency nor raised_amount_usd.
  [[nodiscard]] std::size_t undisclosed_count() const noexcept;
  // Sum of raised_amount_usd over all rounds, in US cents.
  [[nodiscard]] int128 total_raised_usd_cents() const noexcept;

  // Every disclosed round's amount in target, at the rate RateTable::rate
  // gives for its announced day under the table's FxPolicy (the latest
  // fixing on or before it, at most 7 days old by default, nothing past the
  // table's end); one division a round, rounded with mode, exact. A round
  // the policy refuses is an fx_error (typed refusal(), the message naming
  // the company and the day), never a silent conversion. O(rows). The
  // Dataset must outlive the result.
  [[nodiscard]] ConvertedDataset convert_to(Currency target, const RateTable& table, RoundingMode mode) const&;
  // The same on `threads` threads, each converting a range of rows (0: one
  // a core, for 2^16 rows or more). The refusal thrown is still the first
  // refused row's.
  [[nodiscard]] ConvertedDataset convert_to(Currency target, const RateTable& table, RoundingMode mode,
                                            unsigned threads) const&;
  // The same with RateTable(rates) and the standard policy.
  [[nodiscard]] ConvertedDataset convert_to(Currency target, const EcbRates& rates, RoundingMode mode) const&;
  // The result would refer to a destroyed Dataset.
  ConvertedDataset convert_to(Currency target, const RateTable& table, RoundingMode mode) const&& = delete;
  ConvertedDataset convert_to(Currency target, const RateTable& table, RoundingMode mode, unsigned threads) const&& = delete;
  ConvertedDataset convert_to(Currency target, const EcbRates& rates, RoundingMode mode) const&& = delete;

 private:
  friend class DatasetBuilder;
  CompanyIndex companies_;
  std::vector<CompanyId> company_;
  std::vector<DayNumber> day_;
  std::vector<std::int64_t> raised_usd_;
  std::vector<std::int64_t> raised_amount_;
  std::vector<std::uint8_t> raised_currency_;
  std::vector<std::uint32_t> country_;
  std::vector<RoundType> round_type_;
  LoadSummary summary_;
  std::string names_;                   // company names, one after another (LoadOptions::company_names)
  std::vector<std::size_t> name_begin_;  // company -> offset in names_; size companies + 1, or empty

  void add_name(std::string_view name);
  void drop_rows(const std::vector<bool>& drop);

  // Calls f(&Dataset::column) for each column but company_ (whose ids are
  // those of one CompanyIndex): the code that reserves, appends or drops
  // rows does it to company_ and then to these, listed once here.
  template <class F>
  static void for_each_value_column(F&& f) {
    f(&Dataset::day_);
    f(&Dataset::raised_usd_);
    f(&Dataset::raised_amount_);
    f(&Dataset::raised_currency_);
    f(&Dataset::country_);
    f(&Dataset::round_type_);
  }
};

}  // namespace fundline
