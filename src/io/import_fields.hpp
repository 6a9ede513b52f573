// Private to src/io: how an import reads a Crunchbase field, shared by the
// object-model importer (crunchbase_import.cpp) and the direct writer of
// imports (odm_text_writer.cpp), so that both accept the same text.
#pragma once

#include <string_view>

#include "fundline/core/date.hpp"
#include "fundline/io/csv_reader.hpp"

namespace fundline::detail {

// Each name of a separated list ("Index Ventures, Lightspeed"), trimmed,
// empties dropped, handed to f in order.
template <class F>
void for_each_name(std::string_view s, char separator, F&& f) {
  while (!s.empty()) {
    const auto cut = s.find(separator);
    const auto item = trim_blanks(s.substr(0, cut));
    if (!item.empty()) f(item);
    if (cut == std::string_view::npos) break;
    s.remove_prefix(cut + 1);
  }
}

// "2024-06-11", "2024-06", "Jun 11, 2024" or "June 11, 2024"; throws parse_error.
[[nodiscard]] PartialDate parse_any_date(std::string_view text);

}  // namespace fundline::detail
