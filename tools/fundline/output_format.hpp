// --format text|csv|json, shared by the commands that print data (timeline,
// compare, fx, and any command that adds it): one option line, one way to
// write a table of records.
//
// A command fills a DataTable (named columns, one record a row) and calls
// print_data(). CSV is RFC 4180 through the project's CSV writer
// (io/csv_writer.hpp): a header row with the column names, then one line a
// record, empty for a missing value. JSON is one object: the command's
// metadata first, then the records under `rows_key`, each an object with the
// same keys as the CSV header, in the same order. Amounts are exact decimal
// strings ("105000000.00") in both, never JSON numbers: a reader that parses
// numbers as doubles would lose cents. Counts are JSON numbers; a missing
// value is null.
//
//   OutputFormat format = OutputFormat::text;
//   add_format_option(cmd, format);          // --format text|csv|json
//   DataTable t{.columns = {"date", "amount"}};
//   t.rows.push_back({Cell::text("2023-06-13"), Cell::text("105000000.00")});
//   print_data(t, format, "rounds");
//   // csv:  date,amount\n2023-06-13,105000000.00\n
//   // json: {"rounds": [{"date": "2023-06-13", "amount": "105000000.00"}]}
#pragma once

#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "fundline/core/reported.hpp"
#include "fundline/io/csv_writer.hpp"

namespace fundline::cli {

enum class OutputFormat : std::uint8_t { text, csv, json };

inline CLI::Option* add_format_option(CLI::App* cmd, OutputFormat& format) {
  return cmd
      ->add_option("--format", format, "Output: text (default), csv (RFC 4180) or json; columns in docs/cli.md")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, OutputFormat>{
              {"text", OutputFormat::text}, {"csv", OutputFormat::csv}, {"json", OutputFormat::json}},
          CLI::ignore_case));
}

// One value of a record: text (amounts included), a count, or nothing.
struct Cell {
  enum class Kind : std::uint8_t { text, number, missing };
  Kind kind = Kind::missing;
  std::string value;

  [[nodiscard]] static Cell text(std::string s) { return {Kind::text, std::move(s)}; }
  [[nodiscard]] static Cell number(std::int64_t n) { return {Kind::number, fmt::format("{}", n)}; }
  [[nodiscard]] static Cell missing() { return {}; }
  // true/false: a JSON literal, like a number; the same words in CSV.
  [[nodiscard]] static Cell boolean(bool b) { return {Kind::number, b ? "true" : "false"}; }
  template <typename T>
  [[nodiscard]] static Cell number_or_missing(const std::optional<T>& n) {
    return n ? number(static_cast<std::int64_t>(*n)) : missing();
  }
};

// A reported amount as three cells: the exact value (the low end of a
// range), its qualifier ("exact", "approximately", ...) and the high end of
// a range; all missing when undisclosed.
inline void add_reported(std::vector<Cell>& row, const ReportedMoney& r) {
  if (!r.is_disclosed()) {
    row.insert(row.end(), {Cell::missing(), Cell::text(std::string(to_string(r.qualifier()))), Cell::missing()});
    return;
  }
  row.push_back(Cell::text(r.value()->to_decimal()));
  row.push_back(Cell::text(std::string(to_string(r.qualifier()))));
  row.push_back(r.qualifier() == Qualifier::range ? Cell::text(r.high()->to_decimal()) : Cell::missing());
}

// The column names add_reported fills: "amount", "amount_qualifier", "amount_high".
inline void add_reported_columns(std::vector<std::string>& columns, const std::string& name) {
  columns.insert(columns.end(), {name, name + "_qualifier", name + "_high"});
}

struct DataTable {
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
  nlohmann::ordered_json meta = nlohmann::ordered_json::object();  // JSON only, before the rows
};

inline nlohmann::ordered_json to_json(const Cell& c) {
  switch (c.kind) {
    case Cell::Kind::text: return c.value;
    case Cell::Kind::number: return nlohmann::ordered_json::parse(c.value);
    case Cell::Kind::missing: return nullptr;
  }
  return nullptr;
}

inline nlohmann::ordered_json rows_to_json(const DataTable& t) {
  auto rows = nlohmann::ordered_json::array();
  for (const auto& row : t.rows) {
    auto record = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < t.columns.size(); ++i) record[t.columns[i]] = i < row.size() ? to_json(row[i]) : nullptr;
    rows.push_back(std::move(record));
  }
  return rows;
}

inline void print_csv(const DataTable& t, std::ostream& out = std::cout) {
  write_csv_record(out, t.columns);
  std::vector<std::string> fields;
  for (const auto& row : t.rows) {
    fields.clear();
    for (const Cell& c : row) fields.push_back(c.value);
    fields.resize(t.columns.size());
    write_csv_record(out, fields);
  }
  out.flush();
}

// Prints the table as CSV or as JSON ({meta..., rows_key: [...]}); text is the command's own.
inline void print_data(const DataTable& t, OutputFormat format, const std::string& rows_key) {
  if (format == OutputFormat::csv) return print_csv(t);
  nlohmann::ordered_json doc = t.meta;
  doc[rows_key] = rows_to_json(t);
  std::cout << doc.dump(2) << '\n';
  std::cout.flush();
}

}  // namespace fundline::cli
