// fundline/io/crunchbase_import.hpp - funding rounds from CSV files.
//
// Reads the files people actually have, one funding round a row:
// - Crunchbase's open-data-map funding_rounds.csv (ImportFormat::odm):
//   companies keyed by company_uuid, type from funding_round_type +
//   funding_round_code ("venture" + "A" is Series A);
// - Crunchbase's bulk-export funding_rounds.csv (ImportFormat::bulk):
//   companies keyed by org_uuid, type from investment_type ("series_a");
// - Crunchbase's web export of a search (ImportFormat::web): "Company
//   Name,Announced Date,...,Money Raised,Lead Investors,Funding Type" with
//   compact amounts ("$180M", "€8.8M"); companies keyed by name;
// - fundline's own layout (ImportFormat::fundline), written by csv_writer.hpp.
// The layout is detected from the header (names trimmed of spaces).
//
// Mapping (docs/import.md has the full tables):
// - Round::id is the Crunchbase round uuid (web rows, which have none, get
//   "<type>-<date>", with "-2", "-3"... when a company has two alike).
// - The amount is the original currency when the file gives it, else USD.
//   When both are given and differ in currency, Crunchbase's USD figure is
//   kept as a Claim{about "amount_usd", value "USD 113000000.00"} (and
//   "post_money_usd" for the valuation). Undisclosed amounts stay
//   undisclosed, in the row's currency (USD when it names none).
// - Investor names become participations; bulk exports name leads only, by uuid.
//
// Bad rows: strict mode (the default) throws parse_error at the first
// problem, naming file, line, column, field and what was expected. Lenient
// mode skips the row, records an ImportProblem with the same detail and
// counts it in stats.rejected: no row is ever dropped without a report.
// A file that is not one of these layouts is an error in both modes.
// Checked per row: field count, dates, amounts (unparseable, negative,
// overflowing), currencies, round types, a round before the company's
// founding (a founded_on column, or known_companies), a company id missing
// from known_companies (when given), a round id seen twice (in the file for
// Crunchbase uuids, within the company otherwise), a company whose
// name changes between rows; and the CSV itself (csv_reader.hpp).
//
//   auto r = fundline::import_csv_text(
//       "Company Name,Announced Date,Transaction Name,Number of Investors,Money Raised,Lead Investors,Funding Type\n"
//       "Mistral AI,\"Jun 11, 2024\",Series B - Mistral AI,13,€600M,General Catalyst,Series B\n",
//       "web.csv");
//   r.format;                                   // ImportFormat::web
//   r.companies[0].name;                        // "Mistral AI"
//   r.companies[0].rounds[0].type;              // RoundType::series_b
//   r.companies[0].rounds[0].amount;            // EUR 600000000.00
//   r.companies[0].rounds[0].id;                // "series_b-2024-06-11"
//   r.stats.to_string();                        // "rows 1, companies 1, rounds 1, undisclosed 0, rejected 0"
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fundline/core/error.hpp"
#include "fundline/io/csv_reader.hpp"
#include "fundline/model/company.hpp"

namespace fundline {

enum class ImportFormat : std::uint8_t { auto_detect, odm, bulk, web, fundline };

[[nodiscard]] std::string_view to_string(ImportFormat f) noexcept;
// "auto", "odm", "bulk", "web", "fundline".
[[nodiscard]] std::optional<ImportFormat> try_parse_import_format(std::string_view s) noexcept;

struct ImportOptions {
  ImportFormat format = ImportFormat::auto_detect;
  bool lenient = false;
  // When not empty, every row must belong to one of these companies (by id;
  // by name for the web layout); their rounds are kept and the file's added.
  std::vector<Company> known_companies;
  // Called about every MiB read, with bytes read and total (0 when unknown).
  std::function<void(std::uint64_t, std::uint64_t)> progress;
  CsvOptions csv;
};

struct ImportStats {
  std::size_t rows = 0;         // data rows read (header excluded)
  std::size_t companies = 0;    // companies in the result
  std::size_t rounds = 0;       // rounds imported
  std::size_t undisclosed = 0;  // of which with an undisclosed amount
  std::size_t rejected = 0;     // rows skipped in lenient mode, each with a problem

  // "rows 5, companies 2, rounds 4, undisclosed 1, rejected 1"
  [[nodiscard]] std::string to_string() const;
  friend bool operator==(const ImportStats&, const ImportStats&) = default;
};

struct ImportProblem {
  SourceLocation where;  // file, line, column, field
  std::string message;   // what was wrong and what was expected

  // "rounds.csv:12:40: field 'announced_on': invalid date ..."
  [[nodiscard]] std::string to_string() const { return parse_error::describe(where, message); }
};

struct ImportResult {
  std::vector<Company> companies;  // in order of first appearance
  ImportStats stats;
  std::vector<ImportProblem> problems;  // empty in strict mode
  ImportFormat format = ImportFormat::auto_detect;  // the layout read
};

[[nodiscard]] ImportResult import_csv(const std::filesystem::path& path, const ImportOptions& options = {});
[[nodiscard]] ImportResult import_csv_text(std::string_view text, std::string_view source_name,
                                           const ImportOptions& options = {});
[[nodiscard]] ImportResult import_csv(CsvReader& reader, const ImportOptions& options = {});

// One company out of an export of any size, as a Company (the object model,
// for its timeline): the rows whose company id or name (company_uuid or
// company_name, org_uuid or org_name, Company Name, company_id or
// company_name) equals id_or_name, read and checked as import_csv reads
// them; other rows are not parsed. Throws error when no company or more than
// one answers (two companies of one name: pass the id). O(file) time, memory
// of one company. Lenient mode skips the company's bad rows; nothing else
// is reported.
[[nodiscard]] Company import_company(const std::filesystem::path& path, std::string_view id_or_name,
                                     const ImportOptions& options = {});

// Where import_csv_streaming puts the companies it reads.
struct CompanySink {
  std::function<void(const Company&)> add;
  // Forget every company added so far: the import starts over.
  std::function<void()> restart;
};

// import_csv for exports too large to hold as objects: each company is
// handed to sink.add as soon as it is complete, in the order import_csv
// gives, and dropped; the result has stats, problems and format, and no
// companies. A clean open-data-map or bulk export is read in two passes over
// the memory-mapped file: the columnar scanner groups the rows by company
// (and finds repeated round ids), then each company's rows are read and
// checked exactly as import_csv reads them. Memory: a few words a row and
// one company. Anything else (another layout, known_companies, a row to
// reject or report) makes it call sink.restart() and hand over import_csv's
// result instead, so the companies and every message are import_csv's.
[[nodiscard]] ImportResult import_csv_streaming(const std::filesystem::path& path, const ImportOptions& options,
                                                const CompanySink& sink);

// The text import_csv_streaming can write the companies as.
enum class CompaniesText : std::uint8_t { json, csv };

// Where the text goes.
struct TextSink {
  // Called with consecutive pieces of the document; when empty, the import
  // only checks the rows and counts them (no text is formatted).
  std::function<void(std::string_view)> write;
  // Forget all text written so far: the import starts over.
  std::function<void()> restart;
};

// import_csv_streaming for `fundline import -o`: the companies written
// straight as fundline JSON or CSV, the very bytes of
// to_json_text(companies) or to_csv_text(companies) for the companies
// import_csv gives. A clean open-data-map export (no founded_on column) is
// never turned into Company objects: each row is checked by the same field
// readers as import_csv and written from its fields, a company at a time,
// with companies formatted on several threads and written in order. Other
// clean exports go through the object model a company at a time; anything
// else, as in import_csv_streaming, restarts the sink and writes
// import_csv's result. The stats, problems and format are import_csv's.
[[nodiscard]] ImportResult import_csv_streaming(const std::filesystem::path& path, const ImportOptions& options,
                                                CompaniesText format, const TextSink& sink);

// The layout of a header row; throws parse_error when it is none of them.
[[nodiscard]] ImportFormat detect_import_format(const CsvRecord& header, std::string_view source_name);

}  // namespace fundline
