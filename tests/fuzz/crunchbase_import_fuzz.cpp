// Any bytes, in every layout, strict and lenient: an ImportResult or a
// fundline::error, never a crash. What imports is exported to fundline CSV
// and imported again to the same companies.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fundline/io/crunchbase_import.hpp"
#include "fundline/io/csv_writer.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the layout and the mode; the rest is the file.
  const auto format = static_cast<fundline::ImportFormat>(data[0] % 5);
  fundline::ImportOptions options;
  options.format = format;
  options.lenient = (data[0] & 0x80) != 0;
  options.csv = fundline::CsvOptions{.max_field_bytes = 4096, .max_record_bytes = 16384};
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  fundline::ImportResult result;
  try {
    result = fundline::import_csv_text(text, "fuzz.csv", options);
  } catch (const fundline::error&) {
    return 0;
  }
  FUNDLINE_FUZZ_CHECK(result.stats.rejected == result.problems.size());
  FUNDLINE_FUZZ_CHECK(options.lenient || result.problems.empty());
  FUNDLINE_FUZZ_CHECK(result.stats.companies == result.companies.size());
  std::size_t rounds = 0;
  for (const auto& c : result.companies) rounds += c.rounds.size();
  FUNDLINE_FUZZ_CHECK(rounds == result.stats.rounds);
  const auto again = fundline::import_csv_text(fundline::to_csv_text(result.companies), "again.csv");
  FUNDLINE_FUZZ_CHECK(again.companies == result.companies);
  return 0;
}
