// fundline/fx/ecb_file.hpp - the ECB's euro reference rates, as published.
//
// Reads eurofxref-hist.csv (full history: newest day first, "N/A" where a
// currency had no fixing, a trailing comma on every line) and the daily
// eurofxref.csv ("Date, USD, JPY, ..." with spaces after the commas and a
// date written "09 May 2025"). Rates are kept exactly, as integer millionths
// of a currency unit per euro (the ECB publishes at most 6 decimals).
//
// The history shipped in data/eurofxref-hist.csv (1999-01-04 .. 2025-05-09)
// is embedded in the library: bundled_ecb_rates() needs no file.
//
// Errors: parse_error naming the source, line, column, and what was
// expected (an unknown currency column, a malformed rate or date, a row with
// the wrong number of fields, two rows for one day).
//
//   auto ecb = fundline::parse_ecb_csv("Date,USD,JPY,\n2024-06-11,1.0730,168.53,\n", "mini.csv");
//   ecb.days.size();                                        // 1
//   ecb.currencies[0];                                      // USD
//   ecb.micro[0][0];                                        // 1073000 (1.0730 USD per EUR)
//   fundline::bundled_ecb_rates().days.size();              // 6747
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

#include "fundline/core/currency.hpp"
#include "fundline/core/day_number.hpp"

namespace fundline {

// The published table, oldest day first.
struct EcbRates {
  std::vector<DayNumber> days;                // each ECB business day, ascending
  std::vector<Currency> currencies;           // the file's columns, in file order
  std::vector<std::vector<std::int64_t>> micro;  // [column][day]: rate x 10^6; 0 = no fixing ("N/A")
  std::string source;                         // file name, or "bundled eurofxref-hist.csv"
  // The first line whose day is not older than the row above it; 0 when the
  // file lists its days strictly newest first, as the ECB publishes them.
  std::size_t first_line_out_of_order = 0;
};

// Parses the text of eurofxref-hist.csv or eurofxref.csv.
[[nodiscard]] EcbRates parse_ecb_csv(std::string_view text, std::string_view source_name);
// Reads and parses a file; the file name appears in every error.
[[nodiscard]] EcbRates load_ecb_csv(const std::filesystem::path& path);
// The history embedded in the library, parsed once (thread-safe).
[[nodiscard]] const EcbRates& bundled_ecb_rates();

}  // namespace fundline
