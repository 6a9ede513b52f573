// Private to src/io: an open-data-map export written straight as fundline
// JSON or CSV, row by row, without Company objects (import_csv_streaming's
// fast path). Each field is read by the same functions as import_csv reads
// it (Currency::from_code, Money::parse, parse_any_date, parse_round_type,
// Round::validate); a row import_csv would refuse throws, and the caller
// starts over with import_csv. The text is byte for byte what
// JsonCompaniesWriter and CsvCompaniesWriter write for import_csv's
// companies (tests/io/direct_import_writer_test.cpp compares them).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "../dataset/field_parsers.hpp"
#include "fundline/io/crunchbase_import.hpp"

namespace fundline::detail {

// Where an open-data-map header has each column the writer reads; absent: npos.
struct OdmColumns {
  static constexpr std::size_t absent = static_cast<std::size_t>(-1);
  std::size_t company_name = absent, country = absent, categories = absent, type = absent, code = absent,
              announced = absent, usd = absent, amount = absent, currency = absent, post_usd = absent,
              post = absent, post_currency = absent, investor_count = absent, investor_names = absent,
              cb_url = absent, company_uuid = absent, round_uuid = absent;

  // nullopt when the direct writer does not read this header the way
  // import_csv does (a founded_on column: the object model decides).
  [[nodiscard]] static std::optional<OdmColumns> of(const std::map<std::string, std::size_t, std::less<>>& index);
};

// The document around the companies.
[[nodiscard]] std::string_view companies_text_opening(CompaniesText format);
[[nodiscard]] std::string_view companies_text_closing(CompaniesText format, bool empty);

class OdmTextWriter {
 public:
  // format nullopt: check and count only.
  OdmTextWriter(const OdmColumns& columns, std::optional<CompaniesText> format) : c_(columns), format_(format) {}

  // One row of the current company (rows in file order); appends to out.
  // Throws error where import_csv would refuse or report the row.
  void row(const CsvRecord& record, std::string& out);
  // Closes the current company's text; JSON elements start with ",\n"
  // (the caller drops the comma of the document's first one).
  void end_company(std::string& out);

  [[nodiscard]] const ImportStats& stats() const noexcept { return stats_; }

 private:
  std::string_view field(const CsvRecord& r, std::size_t column) const;

  OdmColumns c_;
  std::optional<CompaniesText> format_;
  ImportStats stats_;
  std::size_t rounds_ = 0;  // of the current company
  std::string name_, cb_url_;
  std::string csv_company_;  // the company's escaped cells, each followed by ','
  RoundTypeCache types_;
};

}  // namespace fundline::detail
