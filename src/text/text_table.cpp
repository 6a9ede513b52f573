#include "fundline/text/text_table.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "fundline/core/error.hpp"
#include "fundline/text/display_width.hpp"

namespace fundline {

TextTable& TextTable::add_column(std::string header, Align align) {
  if (!rows_.empty()) throw error("cannot add a column to a table that has rows");
  headers_.push_back(std::move(header));
  aligns_.push_back(align);
  return *this;
}

TextTable& TextTable::add_row(std::vector<std::string> cells) {
  if (cells.size() != headers_.size())
    throw error(fmt::format("table row has {} cells, the table has {} columns", cells.size(), headers_.size()));
  rows_.push_back(std::move(cells));
  return *this;
}

std::string TextTable::render() const {
  std::vector<std::size_t> widths(headers_.size());
  for (std::size_t c = 0; c < headers_.size(); ++c) {
    widths[c] = display_width(headers_[c]);
    for (const auto& r : rows_) widths[c] = std::max(widths[c], display_width(r[c]));
  }
  const auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c > 0) out += "  ";
      out += aligns_[c] == Align::left ? pad_right(cells[c], widths[c]) : pad_left(cells[c], widths[c]);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + '\n';
  };
  std::vector<std::string> rule;
  for (auto w : widths) rule.emplace_back(w, '-');
  std::string out = line(headers_) + line(rule);
  for (const auto& r : rows_) out += line(r);
  return out;
}

}  // namespace fundline
