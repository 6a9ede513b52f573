#include "fundline/fx/ecb_file.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <limits>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "fundline/core/error.hpp"
#include "fundline/core/money.hpp"
#include "fundline/data/bundled.hpp"
#include "fundline/io/csv_reader.hpp"

namespace fundline {
namespace {

// One line's fields, trimmed of the spaces the daily file puts after its
// commas, with the 1-based columns where their text starts.
struct Field {
  std::string_view text;
  std::size_t column;
};

void trimmed_fields(const CsvRecord& record, std::vector<Field>& out) {
  out.clear();
  for (const CsvField& f : record.fields) {
    const std::string_view text = trim_blanks(f.text);
    const auto lead = f.quoted ? 0 : static_cast<std::size_t>(text.data() - f.text.data());
    out.push_back({text, f.column + lead});
  }
  // The ECB ends every line with a comma: drop the empty last field.
  if (out.size() > 1 && out.back().text.empty()) out.pop_back();
}

// "2025-05-09" or the daily file's "09 May 2025".
bool parse_ecb_day(std::string_view s, DayNumber& out) {
  if (auto d = try_parse_date(s)) {
    out = to_day_number(*d);
    return true;
  }
  if (s.size() != 11 || s[2] != ' ' || s[6] != ' ') return false;
  if (const int m = detail::english_month_number(s.substr(3, 3)); m != 0) {
    if (auto d = try_parse_date(fmt::format("{}-{:02}-{}", s.substr(7, 4), m, s.substr(0, 2)))) {
      out = to_day_number(*d);
      return true;
    }
  }
  return false;
}

// parse_ecb_csv on text the CSV reader may keep (no copy of a file read whole).
EcbRates parse_ecb_text(std::string text, std::string_view source_name) {
  EcbRates out;
  out.source = std::string(source_name);
  auto fail = [&](std::size_t line, std::size_t column, std::string field, const std::string& what) -> void {
    throw parse_error(SourceLocation{out.source, line, column, std::move(field)}, what);
  };
  std::vector<Field> fields;
  std::size_t line_no = 0;
  bool header_done = false;
  struct Row {
    DayNumber day;
    std::vector<std::int64_t> rates;
    std::size_t line;
  };
  std::vector<Row> rows;
  // The one CSV tokenizer: it skips the byte-order mark and blank lines and
  // names lines and columns; the rules below are the ECB's.
  auto csv = CsvReader::from_string(std::move(text), out.source);
  CsvRecord record;
  while (csv.next(record)) {
    line_no = record.line;
    trimmed_fields(record, fields);
    if (fields.size() == 1 && fields[0].text.empty()) continue;  // a line of spaces
    if (!header_done) {
      if (fields[0].text != "Date") {
        std::string line;
        for (const CsvField& f : record.fields) line += (line.empty() ? "" : ",") + f.text;
        fail(line_no, 1, "", fmt::format("expected the ECB header \"Date,USD,JPY,...\", got \"{}\"",
                                         std::string_view(line).substr(0, std::min<std::size_t>(line.size(), 40))));
      }
      for (std::size_t i = 1; i < fields.size(); ++i) {
        auto c = Currency::try_from_code(fields[i].text);
        if (!c)
          fail(line_no, fields[i].column, "",
               fmt::format("unknown currency column \"{}\": expected an ISO 4217 code", fields[i].text));
        for (auto seen : out.currencies)
          if (seen == *c) fail(line_no, fields[i].column, "", fmt::format("currency column {} appears twice", *c));
        out.currencies.push_back(*c);
      }
      if (out.currencies.empty()) fail(line_no, 1, "", "the header names no currency");
      header_done = true;
      continue;
    }
    if (fields.size() != out.currencies.size() + 1)
      fail(line_no, 1, "", fmt::format("expected {} fields (a date and {} rates), got {}", out.currencies.size() + 1,
                                       out.currencies.size(), fields.size()));
    DayNumber day = 0;
    if (!parse_ecb_day(fields[0].text, day))
      fail(line_no, fields[0].column, "Date",
           fmt::format("invalid date \"{}\": expected YYYY-MM-DD or DD Mon YYYY", fields[0].text));
    std::vector<std::int64_t> rates(out.currencies.size(), 0);
    for (std::size_t i = 1; i < fields.size(); ++i) {
      std::string_view v = fields[i].text;
      if (v == "N/A" || v.empty()) continue;
      std::int64_t micro = 0;
      // The one decimal parser, without the words of its verdict unless it refuses.
      const bool ok = detail::scan_decimal(v, 6, Sign::non_negative,
                                           static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()), micro)
                          .problem == detail::DecimalProblem::none;
      if (!ok || micro == 0) {
        const auto problem = detail::parse_scaled_decimal(v, 6, Sign::non_negative, micro);
        fail(line_no, fields[i].column, std::string(out.currencies[i - 1].code()),
             fmt::format("invalid rate \"{}\": expected a positive decimal with at most 6 decimals or N/A{}", v,
                         problem.empty() ? "" : " (" + problem + ")"));
      }
      rates[i - 1] = micro;
    }
    rows.push_back({day, std::move(rates), line_no});
  }
  if (!header_done) fail(1, 1, "", "empty file: expected the ECB header \"Date,USD,JPY,...\"");

  for (std::size_t i = 1; i < rows.size() && out.first_line_out_of_order == 0; ++i)
    if (rows[i].day >= rows[i - 1].day) out.first_line_out_of_order = rows[i].line;
  // Stable, so that of two rows for one day the later line comes second.
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.day < b.day; });
  for (std::size_t i = 1; i < rows.size(); ++i)
    if (rows[i].day == rows[i - 1].day) {
      const std::size_t first = std::min(rows[i].line, rows[i - 1].line), second = std::max(rows[i].line, rows[i - 1].line);
      throw parse_error(SourceLocation{out.source, second, 1, "Date"},
                        fmt::format("two rows for {} (lines {} and {})", to_iso(from_day_number(rows[i].day)), first,
                                    second));
    }
  out.days.reserve(rows.size());
  out.micro.assign(out.currencies.size(), std::vector<std::int64_t>(rows.size(), 0));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    out.days.push_back(rows[r].day);
    for (std::size_t c = 0; c < out.currencies.size(); ++c) out.micro[c][r] = rows[r].rates[c];
  }
  return out;
}

}  // namespace

EcbRates parse_ecb_csv(std::string_view text, std::string_view source_name) {
  return parse_ecb_text(std::string(text), source_name);
}

EcbRates load_ecb_csv(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw error(fmt::format("{}: cannot open the ECB rate file", path.string()));
  // In one read when the size is known (a regular file), else a buffer at a time.
  std::string text;
  std::error_code ec;
  const auto size = std::filesystem::is_regular_file(path, ec) ? std::filesystem::file_size(path, ec) : 0;
  if (!ec && size > 0) {
    text.resize(static_cast<std::size_t>(size));
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
  }
  if (in.good()) text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return parse_ecb_text(std::move(text), path.string());
}

const EcbRates& bundled_ecb_rates() {
  static const EcbRates rates = parse_ecb_csv(bundled_ecb_history_csv(), "bundled eurofxref-hist.csv");
  return rates;
}

}  // namespace fundline
