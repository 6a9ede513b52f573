// fundline/io/json.hpp - companies as JSON documents (schema fundline.company/1).
//
// A document is one company, or {"schema": ..., "companies": [...]}. Every
// document names its schema version in "schema"; the JSON Schema is
// data/schema/company.schema.json and docs/json.md describes each field.
// Amounts are decimal strings with their currency and an optional qualifier
// ({"amount": "105000000", "currency": "EUR"}), dates are "2023-06-13",
// "2023-06", "2023-Q2" or "2023".
//
// Guarantees:
// - Lossless: parse_company_json(to_json_text(c), ...) == c for every valid
//   Company; every value, qualifier, precision and source survives.
// - Stable: to_json_text writes keys in one fixed order and omits only what
//   reads back as the default (empty strings and lists, false, absent dates,
//   an undisclosed EUR valuation), so equal companies give equal text.
// - Strict: malformed JSON, a wrong type, a missing required field, an
//   unknown key, currency, qualifier, round type, instrument or investor
//   kind, an impossible date, a negative amount, a duplicate key, round id or
//   investor, an unknown or uncited source id throw parse_error with the
//   source name, line, column and JSON path ("rounds[2].amount.currency").
//   After reading, each round and company is checked (Round::validate,
//   Company::validate); their inconsistent_data is rethrown with the source
//   name and path in front.
// - Sources may be written once, in a company's "bibliography" (or its own
//   "sources"), and cited elsewhere by their id: "sources": ["reuters-2024"].
//   The writer does the same for every source id used consistently.
//
//   using namespace fundline;
//   Company c{.id = "acme", .name = "Acme", .founded = PartialDate::month(2023, 4), .country = "FR"};
//   c.rounds.push_back(Round{.id = "seed", .type = RoundType::seed, .announced = PartialDate::month(2023, 6),
//                            .amount = ReportedMoney::approximately(Money::from_major(5'000'000, currencies::EUR))});
//   std::string text = to_json_text(c);
//   // {
//   //   "schema": "fundline.company/1",
//   //   "id": "acme",
//   //   "name": "Acme",
//   //   "founded": "2023-04",
//   //   "country": "FR",
//   //   "rounds": [
//   //     {
//   //       "id": "seed",
//   //       "type": "seed",
//   //       "announced": "2023-06",
//   //       "amount": {
//   //         "qualifier": "approximately",
//   //         "amount": "5000000",
//   //         "currency": "EUR"
//   //       }
//   //     }
//   //   ]
//   // }
//   parse_company_json(text, "acme.json") == c;          // true
//   bundled_mistral().name;                                 // "Mistral AI"
//   // parse_company_json(R"({"schema": "fundline.company/1", "name": 3})", "x.json") throws parse_error:
//   //   "x.json:1:42: field 'name': expected a string, got number"
#pragma once

#include <cstddef>
#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "fundline/model/company.hpp"

namespace fundline {

// Written as "schema" in every document; read documents must carry it.
inline constexpr std::string_view company_schema_version = "fundline.company/1";

// A company document or {"schema": ..., "companies": [...]}. source_name
// names the text in errors (a file name, "<stdin>").
[[nodiscard]] std::vector<Company> parse_companies_json(std::string_view text, std::string_view source_name);
// Exactly one company: a company document, or a "companies" list of one.
[[nodiscard]] Company parse_company_json(std::string_view text, std::string_view source_name);
[[nodiscard]] std::vector<Company> load_companies_json(const std::filesystem::path& path);
[[nodiscard]] Company load_company_json(const std::filesystem::path& path);

// Pretty (two-space indent), UTF-8, keys in a fixed order, ending in a newline.
[[nodiscard]] std::string to_json_text(const Company& company);
// {"schema": ..., "companies": [...]}.
[[nodiscard]] std::string to_json_text(const std::vector<Company>& companies);
// Writes the text of to_json_text(companies) a company at a time, for exports
// too large to hold: nothing but one company is in memory. finish() closes
// the document.
class JsonCompaniesWriter {
 public:
  explicit JsonCompaniesWriter(std::ostream& out);
  void write(const Company& company);
  void finish();

 private:
  std::ostream& out_;
  std::size_t count_ = 0;
};
// Writes to_json_text(...) to path; throws error when the file cannot be written.
void save_json(const std::filesystem::path& path, const Company& company);
void save_json(const std::filesystem::path& path, const std::vector<Company>& companies);

// The data/companies/mistral.json compiled into the library, parsed once.
[[nodiscard]] const Company& bundled_mistral();
// The data/companies/ai-peers.json compiled into the library, parsed once.
[[nodiscard]] const std::vector<Company>& bundled_ai_peers();

}  // namespace fundline
