// Any bytes: the reader returns records or throws parse_error, never crashes
// or loops; input it accepts whole is written back by csv_escape and read
// again to the same fields.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fundline/io/csv_reader.hpp"
#include "fundline/io/csv_writer.hpp"
#include "fuzz_check.hpp"

namespace {
std::vector<std::vector<std::string>> read_all(const std::string& text, bool& clean) {
  auto csv = fundline::CsvReader::from_string(text, "fuzz.csv", fundline::CsvOptions{.max_field_bytes = 4096, .max_record_bytes = 8192});
  std::vector<std::vector<std::string>> rows;
  fundline::CsvRecord r;
  clean = true;
  for (;;) {
    try {
      if (!csv.next(r)) break;
      FUNDLINE_FUZZ_CHECK(r.size() > 0);
      // Columns count bytes from the line's start: after "\n\r" line ends the first field is past column 1.
      FUNDLINE_FUZZ_CHECK(r[0].line == r.line && r[0].column >= 1);
      auto& row = rows.emplace_back();
      for (const auto& f : r.fields) row.push_back(f.text);
    } catch (const fundline::parse_error& e) {
      FUNDLINE_FUZZ_CHECK(e.location().line >= 1);
      clean = false;
    }
  }
  return rows;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  bool clean = false;
  const auto rows = read_all(text, clean);
  if (!clean) return 0;
  // A byte-order mark first, so that a field starting with U+FEFF is not taken for one.
  std::string again = "\xEF\xBB\xBF";
  for (const auto& row : rows) {
    // A lone empty field is a blank line, which the reader skips: write it quoted.
    if (row.size() == 1 && row[0].empty()) {
      again += "\"\"\n";
      continue;
    }
    for (std::size_t i = 0; i < row.size(); ++i) again += (i ? "," : "") + fundline::csv_escape(row[i]);
    again += '\n';
  }
  bool clean_again = false;
  const auto rows_again = read_all(again, clean_again);
  FUNDLINE_FUZZ_CHECK(clean_again);
  FUNDLINE_FUZZ_CHECK(rows_again == rows);
  return 0;
}
