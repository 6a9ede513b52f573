// fundline/dataset/investments.hpp - who invested in which round, in columns.
//
// Crunchbase's bulk export has one investments.csv row per investor (or per
// partner of an investor) in a funding round. Investments reads it into
// compact columns joined to a Dataset of rounds: the round's Dataset row (4
// bytes), an interned investor id (4 bytes) and the lead flag (1 byte).
//
// The join key is funding_round_uuid. The Dataset does not keep it, so
// RoundKeys reads that one column of the same funding_rounds.csv, row for row
// with the Dataset (rows a lenient Dataset load skipped are skipped too).
// The Dataset's row rules refuse a repeated funding_round_uuid
// (docs/row-rules.md), so each uuid names one round.
//
// Columns read from investments.csv (by name; the other twelve are skipped):
// funding_round_uuid, investor_uuid, is_lead_investor (required);
// investor_name, investor_type (optional). The real files' quirks are data,
// not errors:
// - a row naming a round that funding_rounds.csv lacks is an orphan: counted
//   (orphan_count()), then left out of the columns;
// - an investor named twice in one round (two partners) is kept as two rows;
//   the questions in investor_report.hpp count it once;
// - is_lead_investor is "True", "False" or empty (unknown, not a lead).
// Anything else (an empty uuid, a lead flag such as "yes", a wrong field
// count, an unterminated quote) is a malformed row: strict mode throws
// parse_error naming file, line, column and field; lenient mode skips it
// and lists it in summary(). The CSV rules are the Dataset's: RFC 4180
// quoting, CRLF, BOM, blank lines; large files are memory-mapped and parsed
// on every core.
//
// Investor ids follow the uuids' byte order (id a < id b exactly when uuid a
// < uuid b), so ordered outputs need no string comparisons. An investor's
// name and type are those of its first row.
//
// Memory: 9 bytes a kept row, plus about 100 bytes an investor; RoundKeys
// about 70 bytes a round.
//
//   using namespace fundline;
//   auto ds = Dataset::parse_odm_csv(
//       "company_uuid,funding_round_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
//       "m1,r1,2023-06-13,113000000,105000000,EUR\n"
//       "m1,r2,2023-12-11,415000000,385000000,EUR\n", "rounds.csv");
//   auto keys = RoundKeys::parse_odm_csv(
//       "company_uuid,funding_round_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
//       "m1,r1,2023-06-13,113000000,105000000,EUR\n"
//       "m1,r2,2023-12-11,415000000,385000000,EUR\n", "rounds.csv", ds);
//   keys.find("r2");                                  // std::optional{1} (the Dataset row)
//   auto inv = Investments::parse_bulk_csv(
//       "funding_round_uuid,investor_uuid,investor_name,is_lead_investor\n"
//       "r1,ls,Lightspeed Venture Partners,True\n"
//       "r2,a16z,Andreessen Horowitz,True\n"
//       "r2,ls,Lightspeed Venture Partners,False\n"
//       "r9,ls,Lightspeed Venture Partners,\n", "investments.csv", keys);
//   inv.size();                                       // 3 (rows kept)
//   inv.orphan_count();                               // 1 (r9 is not a round)
//   inv.investor_count();                             // 2
//   inv.investor_uuid(0);                             // "a16z" (ids in uuid order)
//   inv.investor_name(*inv.find_investor("ls"));      // "Lightspeed Venture Partners"
//   inv.rounds()[2];                                  // 1 (the Dataset row of r2)
//   inv.leads()[0] == LeadFlag::yes;                  // true
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "fundline/dataset/company_index.hpp"
#include "fundline/dataset/load_options.hpp"

namespace fundline {

class Dataset;

using InvestorId = std::uint32_t;

// is_lead_investor: "False", "True", or empty.
enum class LeadFlag : std::uint8_t { no, yes, unknown };

// funding_round_uuid -> the round's row in the Dataset read from the same file.
class RoundKeys {
 public:
  RoundKeys() = default;

  // Reads the funding_round_uuid column of the open-data-map file `rounds`
  // was loaded from, with the same options. Throws parse_error when the
  // column is missing, and inconsistent_data when the file no longer has
  // rounds.size() rows.
  [[nodiscard]] static RoundKeys load_odm_csv(const std::filesystem::path& path, const Dataset& rounds,
                                              const LoadOptions& options = {});
  [[nodiscard]] static RoundKeys parse_odm_csv(std::string_view text, std::string_view source_name,
                                               const Dataset& rounds, const LoadOptions& options = {});

  // The Dataset row of the round with this uuid (the last one when several
  // share it). Expected O(uuid length).
  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view uuid) const noexcept {
    if (auto k = keys_.find(uuid)) return row_[*k];
    return std::nullopt;
  }
  // The same with h == CompanyIndex::hash(uuid) computed beforehand, after a prefetch(h).
  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view uuid, std::uint64_t h) const noexcept {
    if (auto k = keys_.find(uuid, h)) return row_[*k];
    return std::nullopt;
  }
  void prefetch(std::uint64_t h) const noexcept { keys_.prefetch(h); }
  // Distinct non-empty round uuids.
  [[nodiscard]] std::size_t size() const noexcept { return keys_.size(); }
  // Rows of the Dataset these keys belong to.
  [[nodiscard]] std::size_t rounds() const noexcept { return rounds_; }
  // The uuid of a Dataset row, "" when the file left it empty. O(1).
  [[nodiscard]] std::string_view uuid_of_row(std::uint32_t row) const noexcept {
    const std::uint32_t k = key_of_row_[row];
    return k == no_key ? std::string_view() : keys_.key(k);
  }

 private:
  friend class RoundKeysBuilder;
  static constexpr std::uint32_t no_key = 0xFFFFFFFF;
  CompanyIndex keys_;                    // round uuids, interned
  std::vector<std::uint32_t> row_;       // key -> Dataset row (the last with that uuid)
  std::vector<std::uint32_t> key_of_row_;  // Dataset row -> key, or no_key
  std::size_t rounds_ = 0;
};

class Investments {
 public:
  Investments() = default;

  // Reads a Crunchbase bulk-export investments.csv, joined to `rounds`.
  [[nodiscard]] static Investments load_bulk_csv(const std::filesystem::path& path, const RoundKeys& rounds,
                                                 const LoadOptions& options = {});
  // The same from text in memory; source_name appears in errors.
  [[nodiscard]] static Investments parse_bulk_csv(std::string_view text, std::string_view source_name,
                                                  const RoundKeys& rounds, const LoadOptions& options = {});

  // Rows kept: well-formed rows naming a known round.
  [[nodiscard]] std::size_t size() const noexcept { return round_.size(); }
  // Well-formed rows naming a round funding_rounds.csv does not have.
  [[nodiscard]] std::size_t orphan_count() const noexcept { return orphans_; }
  // Every well-formed data row: size() + orphan_count().
  [[nodiscard]] std::size_t rows_read() const noexcept { return summary_.rows; }
  [[nodiscard]] const LoadSummary& summary() const noexcept { return summary_; }

  // Investors of the kept rows (orphan rows add none).
  [[nodiscard]] std::size_t investor_count() const noexcept { return investors_.size(); }
  [[nodiscard]] std::string_view investor_uuid(InvestorId id) const noexcept { return investors_.key(id); }
  [[nodiscard]] std::string_view investor_name(InvestorId id) const noexcept { return names_.at(id); }
  [[nodiscard]] std::string_view investor_type(InvestorId id) const noexcept { return types_.at(id); }
  [[nodiscard]] std::optional<InvestorId> find_investor(std::string_view uuid) const noexcept {
    return investors_.find(uuid);
  }
  // Investors whose name is exactly `name` (names are not unique), ascending.
  [[nodiscard]] std::vector<InvestorId> find_investors_named(std::string_view name) const;

  // One value a kept row, in file order.
  [[nodiscard]] std::span<const std::uint32_t> rounds() const noexcept { return round_; }  // Dataset rows
  [[nodiscard]] std::span<const InvestorId> investors() const noexcept { return investor_; }
  [[nodiscard]] std::span<const LeadFlag> leads() const noexcept { return lead_; }
  // Rows of the Dataset these rows refer to.
  [[nodiscard]] std::size_t round_count() const noexcept { return round_count_; }

 private:
  friend class InvestmentsBuilder;
  // Strings end to end in one arena: one allocation for all names.
  struct Texts {
    std::string chars;
    std::vector<std::uint64_t> ends{0};
    void push(std::string_view s) {
      chars += s;
      ends.push_back(chars.size());
    }
    [[nodiscard]] std::string_view at(std::size_t i) const noexcept {
      return std::string_view(chars).substr(ends[i], ends[i + 1] - ends[i]);
    }
  };
  CompanyIndex investors_;  // uuids, ids in byte order
  Texts names_, types_;     // by investor id
  std::vector<std::uint32_t> round_;
  std::vector<InvestorId> investor_;
  std::vector<LeadFlag> lead_;
  std::size_t orphans_ = 0;
  std::size_t round_count_ = 0;
  LoadSummary summary_;
};

}  // namespace fundline
