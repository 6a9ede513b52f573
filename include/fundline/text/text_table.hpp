// fundline/text/text_table.hpp - aligned plain-text tables.
//
// Columns are padded by display width (so "€" and "é" count as one column),
// separated by two spaces, with a header line and a rule of dashes; lines
// carry no trailing spaces, so the output is stable to compare in tests.
// A row with the wrong number of cells is a programming error: error.
//
//   using namespace fundline;
//   TextTable t;
//   t.add_column("Round", Align::left).add_column("Amount", Align::right);
//   t.add_row({"Seed", "€105M"});
//   t.add_row({"Series A", "€385M"});
//   t.render();
//   // "Round     Amount\n"
//   // "--------  ------\n"
//   // "Seed       €105M\n"
//   // "Series A   €385M\n"
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace fundline {

enum class Align : std::uint8_t { left, right };

class TextTable {
 public:
  TextTable& add_column(std::string header, Align align);
  TextTable& add_row(std::vector<std::string> cells);

  [[nodiscard]] std::size_t columns() const noexcept { return headers_.size(); }
  [[nodiscard]] std::size_t rows() const noexcept { return rows_.size(); }
  [[nodiscard]] std::string render() const;

 private:
  std::vector<std::string> headers_;
  std::vector<Align> aligns_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace fundline
