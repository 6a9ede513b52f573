// fundline/io/csv_writer.hpp - fundline's own CSV layout, one round a row.
//
// A spreadsheet-friendly export that import_csv() reads back unchanged
// (ImportFormat::fundline; columns in docs/import.md). Company fields repeat
// on each of the company's rows; a company without rounds is one row with
// empty round columns. Lists ("investors", "sectors", "sources") are joined
// with '|', a '|' or '\' inside an item escaped by '\'. Amounts are exact
// decimals; pre/post-money and tranches keep their qualifiers as text
// ("about USD 2000000000.00").
//
// What fits a row round-trips: company id, name, founding date, country,
// sectors, note, source publishers and URLs; every round field except
// per-participation sources, source titles, dates and quotes, and claims
// other than Crunchbase's USD figures. The JSON format keeps everything.
//
// Text is RFC 4180: fields quoted when they hold a comma, a quote or a line
// end; LF line ends; UTF-8 without a byte-order mark.
//
//   using namespace fundline;
//   Company c{.id = "mistral-ai", .name = "Mistral AI"};
//   c.rounds.push_back(Round{.id = "seed", .type = RoundType::seed, .announced = parse_date("2023-06-13"),
//                            .amount = ReportedMoney::exact(Money::from_major(105'000'000, currencies::EUR))});
//   auto text = to_csv_text({c});
//   // second line: "mistral-ai,Mistral AI,,,,,,seed,seed,2023-06-13,,EUR,105000000.00,,,,,,,,,,,"
//   import_csv_text(text, "x.csv").companies[0] == c;   // true
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "fundline/model/company.hpp"

namespace fundline {

void write_csv(std::ostream& out, const std::vector<Company>& companies);

// The same text a company at a time, for exports too large to hold: the
// header on construction, then each company's rows as it is given.
class CsvCompaniesWriter {
 public:
  explicit CsvCompaniesWriter(std::ostream& out);
  void write(const Company& company);

 private:
  std::ostream& out_;
  std::vector<std::string> cells_;
};
[[nodiscard]] std::string to_csv_text(const std::vector<Company>& companies);
// Throws error when the file cannot be written.
void save_csv(const std::filesystem::path& path, const std::vector<Company>& companies);

// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF.
[[nodiscard]] std::string csv_escape(std::string_view field);
// The same field appended to out (no allocation of its own).
void append_csv_field(std::string& out, std::string_view field);
// One RFC 4180 record: the fields escaped, joined by commas, ending in LF.
void write_csv_record(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace fundline
