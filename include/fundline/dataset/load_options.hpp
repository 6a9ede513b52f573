// fundline/dataset/load_options.hpp - how the dataset loaders treat bad rows.
//
// Strict (the default): the first malformed row throws fundline::parse_error
// naming the file, line, column, field and what was expected. Lenient: the
// row is skipped, counted, and described in a LoadProblem; loading goes on at
// full speed. Either way nothing is dropped silently.
//
//   using namespace fundline;
//   const std::string text =
//       "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
//       "m1,2023-06-13,113000000,105000000,EUR\n"
//       "m1,2023-13-01,1,,\n";
//   Dataset::parse_odm_csv(text, "x.csv");   // throws parse_error:
//   //   "x.csv:3:4: field 'announced_on': expected a date YYYY-MM-DD, got \"2023-13-01\": month 13 is out of range (1..12)"
//   auto ds = Dataset::parse_odm_csv(text, "x.csv", LoadOptions{.mode = ParseMode::lenient});
//   ds.size();                               // 1
//   ds.summary().skipped;                    // 1
//   ds.summary().problems[0];                // 3:4: field 'announced_on': expected a date YYYY-MM-DD, got "2023-13-01": month 13 is out of range (1..12)
//   fmt::format("{}", ds.summary().problems[0]);
//   //   "3:4: field 'announced_on': expected a date YYYY-MM-DD, got \"2023-13-01\": month 13 is out of range (1..12)"
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace fundline {

enum class ParseMode : unsigned char { strict, lenient };

struct LoadOptions {
  ParseMode mode = ParseMode::strict;
  // Worker threads for parsing; 0 = one a core. Small inputs use one.
  unsigned threads = 0;
  // Dataset: also keep each company's name (company_name), for rankings.
  bool company_names = false;
};

// One skipped row of a lenient load.
struct LoadProblem {
  std::size_t line = 0;    // 1-based physical line of the problem
  std::size_t column = 0;  // 1-based byte column in that line
  std::string field;       // the column's header name; empty for a structural problem
  std::string message;     // what was expected and what was found

  friend bool operator==(const LoadProblem&, const LoadProblem&) = default;
};

// What a load read: rows kept, rows skipped and why (lenient mode).
struct LoadSummary {
  std::string source;
  std::size_t rows = 0;     // rows kept
  std::size_t skipped = 0;  // rows skipped (lenient mode only)
  std::vector<LoadProblem> problems;  // one per skipped row, in file order
};

}  // namespace fundline

template <>
struct fmt::formatter<fundline::LoadProblem> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const fundline::LoadProblem& p, FormatContext& ctx) const {
    std::string text = fmt::format("{}:{}: ", p.line, p.column);
    if (!p.field.empty()) text += fmt::format("field '{}': ", p.field);
    text += p.message;
    return fmt::formatter<std::string_view>::format(text, ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const LoadProblem& p) { return os << fmt::format("{}", p); }
}  // namespace fundline
